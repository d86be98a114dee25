"""Reading fluency: words correctly read per minute (MCLM) and the grade targets.

The official figures are end-of-year targets (and a CP mid-year range) from the 2024/2025
programmes, in ``resources/norms/fluency.json``: CP at least 30 on a text read without
preparation and 50 on a prepared one, CE1 70, CE2 90, CM1 110, CM2 120. Only those are
« objectif » anywhere. Between them the app draws a straight *repère estimé (non officiel)*
from the previous grade's end-of-year target in September to this grade's target in June;
screens and documents call it that.

A measure says whether the text was prepared (``FluencyView.prepared``): a prepared reading is
compared with the prepared target where the programme gives one (CP: 50), and with nothing
otherwise, since every other official figure is for a text read without preparation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from progression import paths
from progression.errors import InvalidInputError

PREVIOUS_GRADE = {"CP": None, "CE1": "CP", "CE2": "CE1", "CM1": "CE2", "CM2": "CM1"}
MAX_SECONDS = 600


# What a timed reading read: a text (the fluency proper: the only kind compared with the targets
# and drawn on the curve), or a list of syllables or of pseudo-words (decoding, shown apart).
READING_KINDS = ("text", "syllables", "pseudo_words")
KIND_WORDS = {"text": "texte", "syllables": "syllabes", "pseudo_words": "pseudo-mots"}
KIND_UNITS = {"text": "mots/min", "syllables": "syllabes/min", "pseudo_words": "pseudo-mots/min"}


def check_kind(kind: str) -> str:
    if kind not in READING_KINDS:
        raise InvalidInputError(f"« {kind} » n'est pas une lecture chronométrée connue : un texte (text), des "
                                "syllabes (syllables) ou des pseudo-mots (pseudo_words). Rien n'a été enregistré.")
    return kind


def check_reading(words_read: int, errors: int, seconds: float, kind: str = "text") -> float:
    """The figures of a reading about to be saved, whatever brings them (the app, a merged copy):
    a reading with no word read is a slip (a timer stopped at once, a field left empty), never a
    measure to print for parents as « 0 mots/min »."""
    check_kind(kind)
    if words_read == 0 and kind != "text":
        raise InvalidInputError(
            f"Aucun élément lu : une lecture de {KIND_WORDS[kind]} sans rien de lu n'est pas une mesure. Saisissez "
            f"le nombre de {KIND_WORDS[kind]} lus (ou ne l'enregistrez pas)."
        )
    if words_read == 0:
        raise InvalidInputError(
            "Aucun mot lu : une lecture sans mot n'est pas une mesure. Saisissez le nombre de mots lus "
            "(ou ne l'enregistrez pas)."
        )
    return mclm(words_read, errors, seconds)


def mclm(words_read: int, errors: int, seconds: float) -> float:
    """(words − errors) × 60 / seconds, checked so a typing slip cannot give a silly figure."""
    if seconds <= 0 or seconds > MAX_SECONDS:
        raise InvalidInputError(
            "fluency.duration_impossible",
            seconds=f"{seconds:g}",
            most=MAX_SECONDS
        )
    if words_read < 0 or errors < 0:
        raise InvalidInputError("fluency.negative")
    if errors > words_read:
        raise InvalidInputError(
            "fluency.more_errors_than_words",
            errors=errors,
            words_read=words_read
        )
    return round((words_read - errors) * 60 / seconds, 1)


@dataclass(frozen=True)
class Norm:
    grade: str
    moment: str
    month: int
    minimum: float
    maximum: float | None
    prepared: bool
    verified: bool
    item: str | None  # the programme objective that states this figure (C2-24-L2-CE1.1…)


@cache
def norms() -> tuple[Norm, ...]:
    raw = json.loads((paths.resources_dir() / "norms" / "fluency.json").read_text(encoding="utf-8"))
    return tuple(
        Norm(
            grade=n["grade"],
            moment=n["moment"],
            month=int(n["month"]),
            minimum=float(n["min"]),
            maximum=float(n["max"]) if n.get("max") is not None else None,
            prepared=bool(n.get("prepared", False)),
            verified=bool(n.get("verified", False)),
            item=n.get("item"),
        )
        for n in raw["norms"]
    )


ESTIMATE_WORDING = "repère estimé (non officiel)"
OBJECTIVE_WORDING = "objectif"


def fluency_objective_codes(grade: str) -> frozenset[str]:
    """The codes of the programme objectives that state the grade's end-of-year speed
    (« … avec une vitesse de 70 mots par minute » in CE1): the readings give them a step."""
    return frozenset(n.item for n in norms() if n.grade == grade and n.moment == "end_of_year" and n.item)


# The step a reading gives the objective, by its share of the official target (see the guide,
# « La fluence dans les bilans »): the lowest share of each step, from « Non atteints » up.
READING_SHARES = (0.0, 0.75, 1.0, 1.2)


def reading_level(value: float, target: float, steps: int) -> int:
    """Index (0 = lowest) of the counting step a reading gives among ``steps`` steps: below 75 % of
    the official target the lowest, from 75 % the second, from the target the third (« Atteints »
    on the usual four-step scale), from 120 % the highest. A scale of another size is spread on the
    same four levels."""
    level = max(n for n, share in enumerate(READING_SHARES) if value >= share * target)
    if steps <= 1:
        return 0
    return round(level * (steps - 1) / (len(READING_SHARES) - 1))


def official_target(grade: str, *, prepared: bool = False) -> float | None:
    """The programme's end-of-year figure for this kind of reading; None when it gives none."""
    candidates = [n.minimum for n in norms()
                  if n.grade == grade and n.moment == "end_of_year" and n.prepared == prepared]
    return min(candidates, default=None)


def year_end_target(grade: str) -> float | None:
    """The grade's official end-of-year target for a text read without preparation."""
    return official_target(grade) if official_target(grade) is not None else official_target(grade, prepared=True)


def _school_year_start(day: date) -> date:
    return date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def year_end(day: date) -> date:
    """The day the end-of-year targets apply to: 30 June of ``day``'s school year."""
    return date(_school_year_start(day).year + 1, 6, 30)


def expected_on(grade: str, day: date, *, prepared: bool = False) -> float | None:
    """The repère estimé for a date (see module docstring); None when no official figure applies.

    A prepared reading's line starts from 0, since the previous grade has no prepared target.
    """
    target = official_target(grade, prepared=prepared) if prepared else year_end_target(grade)
    if target is None:
        return None
    previous = PREVIOUS_GRADE.get(grade)
    start_value = 0.0 if prepared or not previous else (year_end_target(previous) or 0.0)
    start = _school_year_start(day)
    end = year_end(day)
    if day >= end:
        return target
    share = (day - start).days / (end - start).days
    return round(start_value + (target - start_value) * share, 1)


def position(grade: str, day: date, value: float, *, prepared: bool = False) -> str | None:
    """'above', 'near' (within 15 % below) or 'below' the repère for that date."""
    expected = expected_on(grade, day, prepared=prepared)
    if expected is None or expected <= 0:
        return None
    if value >= expected:
        return "above"
    if value >= expected * 0.85:
        return "near"
    return "below"
