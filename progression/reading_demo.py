"""The demo class's reading beyond the grid: the code, the reading grids and the decoding readings.

- The code: the class took the default progression (``resources/code/CP.json``); in periods 1 and 2
  the teacher went over the harder correspondences again with the whole class, a few a week (each
  marked « enseigné » on its day), and followed on the page « Code » the CE1 pupils who need it, the
  weakest readers of the grade: one assessment of every correspondence in September, another in
  November of those not yet known.
- A reading aloud (prosody) grid and a comprehension grid for most pupils in periods 1 and 2.
- Syllable and pseudo-word readings for the same weak CE1 pupils, every period.

Written straight into the demo's session like the rest of the demo (``progression.demo``), with its
own randomness drawn from the demo's seed, so the other demo data stay as they were; nothing dated
after ``until``.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from progression.code_progression import default_units, unit_id
from progression.reading_grids import grid
from progression.schema import CodeMark, CodeUnit, FluencyMeasure, ReadingGrid, new_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# How many CE1 pupils the code follows: the weakest readers, at least four when the class has them.
CODE_PUPILS = (4, 6)
# The harder correspondences gone over again with the class, from « c [k] » on, three a week.
TAUGHT_FROM, TAUGHT_PER_WEEK = 20, 3
# Mondays of the weeks they were taught (periods 1 and 2 of 2026-2027).
TAUGHT_WEEKS = (date(2026, 9, 14), date(2026, 9, 21), date(2026, 9, 28), date(2026, 10, 5), date(2026, 10, 12),
                date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30))
# The two assessments of the code: every correspondence, then those not known yet.
CODE_ASSESSMENTS = ((date(2026, 9, 7), date(2026, 9, 11)), (date(2026, 11, 23), date(2026, 11, 27)))
GRID_TEXTS = (
    "Le loup qui voulait changer de couleur",
    "Les Trois Brigands",
    "Le Corbeau et le Renard",
    "Le Petit Chaperon rouge",
)
GRID_COMMENTS = {
    "prosody": ("Lit mot à mot, sans tenir compte des points.", "Marque bien les pauses, l'intonation viendra.",
                "Lecture vivante, les dialogues sont joués."),
    "comprehension": ("Retrouve les personnages, peine à dire pourquoi.", "Raconte l'histoire dans l'ordre.",
                      "Justifie ses réponses avec le texte."),
}


def weakest_ce1(pupils: Sequence[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    """The CE1 pupils who need the code: the weakest readers of the grade (``pupils``: id, grade,
    ability), four to six of them when the class has that many CE1 pupils."""
    ce1 = sorted((p for p in pupils if p[1] == "CE1"), key=lambda p: p[2])
    low, high = CODE_PUPILS
    struggling = sum(1 for p in ce1 if p[2] < -0.4)
    return ce1[:max(low, min(high, struggling))]


def _weekday(rng: random.Random, start: date, end: date) -> date:
    while True:
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        if day.weekday() in (0, 1, 3, 4):
            return day


def _rank(rng: random.Random, ability: float, position: int, size: int, later: bool) -> int:
    """How a weak reader decodes a correspondence: the early, simple ones mostly known."""
    known = 1 / (1 + math.exp(-(2.2 + 0.9 * ability - 4.2 * position / size + (1.3 if later else 0))))
    return min(4, max(1, round(0.6 + 3.2 * known + rng.gauss(0, 0.5))))


def add_demo_code(session: Session, class_id: str, weak: Sequence[tuple[str, str, float]], steps: dict,
                  until: date | None, author: str, rng: random.Random) -> None:
    """The default progression, the weeks it was gone over, and the weak CE1 pupils' marks."""
    specs = default_units()
    taught: dict[int, date] = {}
    for week, monday in enumerate(TAUGHT_WEEKS):
        day = monday + timedelta(days=rng.choice((0, 1, 3)))
        for n in range(TAUGHT_PER_WEEK):
            position = TAUGHT_FROM + week * TAUGHT_PER_WEEK + n
            if position < len(specs) and (until is None or day <= until):
                taught[position] = day
    ids = []
    for position, spec in enumerate(specs):
        id = unit_id(class_id, spec.grapheme, spec.phoneme)
        ids.append(id)
        session.add(CodeUnit(id=id, class_id=class_id, position=position, grapheme=spec.grapheme,
                             phoneme=spec.phoneme, example=spec.example, taught_on=taught.get(position)))
    session.flush()  # the correspondences before the marks that point to them
    for pupil_id, _, ability in weak:
        known: set[int] = set()
        for later, (start, end) in enumerate(CODE_ASSESSMENTS):
            day = _weekday(rng, start, end)
            if until is not None and day > until:
                break
            stamp = datetime.combine(day, time(16, 30))
            for position, id in enumerate(ids):
                if position in known or (later and position >= TAUGHT_FROM and not taught.get(position, day) < day):
                    continue
                rank = _rank(rng, ability, position, len(ids), bool(later))
                if rank >= 3:
                    known.add(position)
                session.add(CodeMark(id=new_id(), pupil_id=pupil_id, code_unit_id=id, step_id=steps[rank].id,
                                     observed_on=day, author=author, created_at=stamp))


def add_demo_grids(session: Session, pupils: Sequence[tuple[str, str, float]],
                   windows: Sequence[tuple[date, date]], until: date | None, author: str,
                   rng: random.Random) -> None:
    """A prosody grid and a comprehension grid for most pupils in each of ``windows``."""
    for index, (start, end) in enumerate(windows):
        for pupil_id, _, ability in pupils:
            for kind in ("prosody", "comprehension"):
                if rng.random() < 0.15:
                    continue  # not assessed this period
                day = _weekday(rng, start, end)
                if until is not None and day > until:
                    continue
                base = 2.5 + 0.8 * ability + 0.3 * index
                levels = {c.code: min(4, max(1, round(base + rng.gauss(0, 0.6)))) for c in grid(kind).criteria}
                mean = sum(levels.values()) / len(levels)
                comment = GRID_COMMENTS[kind][min(2, int(mean) - 1) if mean >= 1 else 0] if rng.random() < 0.3 else ""
                session.add(ReadingGrid(id=new_id(), pupil_id=pupil_id, assessed_on=day, kind=kind,
                                        text_title=rng.choice(GRID_TEXTS), prepared=rng.random() < 0.5,
                                        levels=json.dumps(levels), comment=comment, author=author))


def add_demo_decoding(session: Session, weak: Sequence[tuple[str, str, float]],
                      windows: Sequence[tuple[date, date]], until: date | None, author: str,
                      rng: random.Random) -> None:
    """A syllable reading and a pseudo-word reading a period for the weak CE1 pupils."""
    for index, (start, end) in enumerate(windows):
        for pupil_id, _, ability in weak:
            for kind, base, title in (("syllables", 42, "Syllabes, liste"), ("pseudo_words", 22, "Pseudo-mots, liste")):
                day = _weekday(rng, start, end)
                if until is not None and day > until:
                    continue
                read = max(6, round(base * (1 + 0.14 * index) * (1 + 0.15 * ability) + rng.gauss(0, 3)))
                errors = max(0, round(rng.gauss(3 - ability, 1.2)))
                session.add(FluencyMeasure(id=new_id(), pupil_id=pupil_id, measured_on=day,
                                           text_title=f"{title} {index + 1}", words_read=read + errors,
                                           errors=errors, seconds=60.0, author=author, kind=kind))


def add_demo_reading(session: Session, class_id: str, pupils: Sequence[tuple[str, str, float]], steps: dict,
                     windows: Sequence[tuple[date, date]], until: date | None, author: str, seed: int) -> None:
    """Everything of this module for the demo class (``pupils``: id, grade, ability; ``steps``: the
    counting steps by rank; ``windows``: the teaching days of each period)."""
    rng = random.Random(seed * 1009 + 19)
    weak = weakest_ce1(pupils)
    add_demo_code(session, class_id, weak, steps, until, author, rng)
    add_demo_grids(session, pupils, windows[:2], until, author, rng)
    add_demo_decoding(session, weak, windows, until, author, rng)
