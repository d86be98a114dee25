"""The code: which grapheme–phoneme correspondences (CGP) each pupil decodes, in the class's order.

A class keeps its own progression (``code_unit`` rows, in ``position`` order): the default one
shipped in ``resources/code/CP.json`` (its source said in the README there), edited by the teacher
or replaced by the school's own order read from a spreadsheet (``read_order``). A correspondence is
known by its grapheme and phoneme together; its row id is derived from them and the class
(``unit_id``), so two copies of a carnet that seed or add the same correspondence agree on its row
and a merge keeps one. Each pupil gets marks on it (``code_mark``) with the steps of the carnet's
scale, like the grid; the latest mark is what the pupil decodes now.

The link to the programme (``code_proposals``): the objectives about correspondences take a
proposed step from the grid, unless the teacher observed the objective directly or decided its
step — what she recorded wins (``RULE``, said in the app and the guide).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import select

from progression.errors import InvalidInputError
from progression.queries import CarnetQueries
from progression.schema import CodeMark, CodeUnit, stable_id
from progression.views import StepView

DEFAULT_FORMAT = "progression-code/1"


@dataclass(frozen=True)
class UnitSpec:
    """One correspondence as a progression lists it."""

    grapheme: str
    phoneme: str = ""
    example: str = ""

    @property
    def key(self) -> str:
        return unit_key(self.grapheme, self.phoneme)


@dataclass(frozen=True)
class CodeUnitView:
    id: str
    position: int
    grapheme: str
    phoneme: str
    example: str
    taught_on: date | None

    @property
    def name(self) -> str:
        """« ch [ʃ] »: the grapheme and its phoneme, as the page and the documents write it."""
        return f"{self.grapheme} {self.phoneme}".strip()


@dataclass(frozen=True)
class CodeMarkView:
    id: str
    pupil_id: str
    unit_id: str
    step_id: str
    observed_on: date
    created_at: datetime


def unit_key(grapheme: str, phoneme: str) -> str:
    return f"{' '.join(grapheme.split()).casefold()}|{' '.join(phoneme.split()).casefold()}"


def unit_id(class_id: str, grapheme: str, phoneme: str) -> str:
    """The row id of a correspondence in a class: the same in every copy of the carnet."""
    return stable_id("code_unit", f"{class_id}:{unit_key(grapheme, phoneme)}")


# ---------------------------------------------------------------- the default progression


def default_path() -> Path:
    from resources import ROOT

    return ROOT / "code" / "CP.json"


@cache
def default_units() -> tuple[UnitSpec, ...]:
    raw = json.loads(default_path().read_text(encoding="utf-8"))
    if raw.get("format") != DEFAULT_FORMAT:
        raise ValueError(f"unexpected code progression format: {raw.get('format')!r}")
    return tuple(UnitSpec(u["grapheme"], u.get("phoneme", ""), u.get("example", "")) for u in raw["units"])


def default_source() -> str:
    return str(json.loads(default_path().read_text(encoding="utf-8"))["source"])


# ---------------------------------------------------------------- reading the carnet


def units(queries: CarnetQueries) -> list[CodeUnitView]:
    """The class's progression, in its order."""
    unit = CodeUnit.__table__.c
    with queries.carnet.reading() as connection:
        rows = connection.execute(
            select(unit.id, unit.position, unit.grapheme, unit.phoneme, unit.example, unit.taught_on)
            .where(unit.deleted_at.is_(None), unit.class_id == queries.class_info().id)
            .order_by(unit.position, unit.id)
        )
        return [CodeUnitView(*row) for row in rows]


def marks(queries: CarnetQueries, pupil_ids: Sequence[str] | None = None, *,
          until: date | None = None) -> list[CodeMarkView]:
    """Live marks, oldest first (date, then time of recording)."""
    mark = CodeMark.__table__.c
    query = select(mark.id, mark.pupil_id, mark.code_unit_id, mark.step_id, mark.observed_on,
                   mark.created_at).where(mark.deleted_at.is_(None))
    if pupil_ids is not None:
        query = query.where(mark.pupil_id.in_(list(pupil_ids)))
    if until is not None:
        query = query.where(mark.observed_on <= until)
    with queries.carnet.reading() as connection:
        rows = connection.execute(query.order_by(mark.observed_on, mark.created_at, mark.id))
        return [CodeMarkView(*row) for row in rows]


def latest_marks(queries: CarnetQueries, pupil_ids: Sequence[str] | None = None, *,
                 until: date | None = None) -> dict[tuple[str, str], CodeMarkView]:
    """The latest mark per pupil × correspondence: what the pupil decodes now."""
    latest: dict[tuple[str, str], CodeMarkView] = {}
    for mark in marks(queries, pupil_ids, until=until):
        latest[(mark.pupil_id, mark.unit_id)] = mark
    return latest


# ---------------------------------------------------------------- the school's own order


def read_order(path: Path) -> tuple[UnitSpec, ...]:
    """A school's order from a CSV, xlsx or ods file: one correspondence a line, in teaching order,
    columns « graphème » (required), « phonème » and « exemple »; a file without a header is read
    as those columns in that order. Refused whole, with the line, when a line cannot be used."""
    from progression.importers.tabular import find_header, header_key, open_table

    path = Path(path)
    found: list[UnitSpec] = []
    seen: dict[str, int] = {}
    with open_table(path) as table:
        rows = list(table.rows)
    header, _ = find_header(iter(rows), lambda cells: any(header_key(c).startswith("graph") for c in cells))
    columns = {"grapheme": 0, "phoneme": 1, "example": 2}
    if header is not None:
        keys = [header_key(c) for c in header.cells]
        columns = {}
        for name, starts in (("grapheme", "graph"), ("phoneme", ("phon", "son")), ("example", "exemple")):
            at = next((n for n, key in enumerate(keys) if key.startswith(starts)), None)
            if at is not None:
                columns[name] = at
        rows = [row for row in rows if row.line > header.line]
    for row in rows:
        where = f"{path.name}, ligne {row.line}"
        if row.error is not None:
            raise InvalidInputError(f"{where} : {row.error} ; corrigez la ligne puis importez de nouveau.")

        def cell(name: str, cells: tuple[str, ...] = row.cells) -> str:
            at = columns.get(name)
            return " ".join(cells[at].split()) if at is not None and at < len(cells) else ""

        spec = UnitSpec(cell("grapheme"), cell("phoneme"), cell("example"))
        if not spec.grapheme:
            raise InvalidInputError(f"{where} : la colonne « graphème » est vide ; écrivez le graphème "
                                    "(ou, ch, an…) ou supprimez la ligne.")
        if len(spec.grapheme) > 60 or len(spec.phoneme) > 60 or len(spec.example) > 200:
            raise InvalidInputError(f"{where} : une case est trop longue pour une correspondance "
                                    "(60 caractères au plus pour le graphème et le phonème).")
        if spec.key in seen:
            raise InvalidInputError(f"{where} : « {spec.grapheme} {spec.phoneme} » figure déjà ligne "
                                    f"{seen[spec.key]} ; gardez une seule ligne par correspondance.")
        seen[spec.key] = row.line
        found.append(spec)
    if not found:
        raise InvalidInputError(f"{path.name} ne contient aucune correspondance : une ligne par graphème, "
                                "dans l'ordre où la classe les apprend (colonnes graphème, phonème, exemple).")
    return tuple(found)


# ---------------------------------------------------------------- the link to the programme

# The objectives about correspondences and how many the pupil should decode: the programme's
# figure (the lower bound of « 12 à 15 », « 25 à 30 »), or None for « all » (the class's progression).
CODE_OBJECTIVES: dict[str, int | None] = {
    "C2-24-L1-CP.1": 12,
    "C2-24-L1-CP.3": 25,
    "C2-24-L1-CE1.2": None,
    "C2-24-L1-CE1.3": None,
}
HALF = 0.5
RULE = ("Une correspondance est sue quand son dernier relevé est « Atteints » ou mieux. Positionnement "
        "proposé pour les objectifs du code : « 12 à 15 CGP » (CP, fin de période 1) compte sur 12, "
        "« 25 à 30 CGP » (CP, milieu d'année) sur 25, « toutes les CGP » et « l'ensemble des CGP » (CE1) "
        "sur toutes les correspondances de la progression de la classe. Toutes sues : Atteints ; au moins "
        "la moitié : Partiellement atteints ; moins : Non atteints. Seulement pour un élève qui a des "
        "relevés du code, et tant que l'objectif n'a été ni observé directement ni décidé par l'enseignant.")


def decoded_rank(steps: Sequence[StepView]) -> int | None:
    """The lowest rank at which a correspondence counts as decoded: « Atteints » on the usual
    four-step scale (the third), the same place on a scale of another size."""
    ranks = sorted(s.rank for s in steps if s.counts and s.rank is not None)
    return ranks[(2 * len(ranks)) // 3] if ranks else None


@dataclass(frozen=True)
class Proposal:
    pupil_id: str
    item_id: str
    step: StepView
    decoded: int  # correspondences decoded
    expected: int  # what the objective asks for
    marks: int  # marks read


def proposed_step(decoded: int, expected: int, steps: Sequence[StepView]) -> StepView | None:
    counting = sorted((s for s in steps if s.counts and s.rank is not None), key=lambda s: s.rank or 0)
    threshold = decoded_rank(steps)
    if not counting or threshold is None or expected <= 0:
        return None
    at = next(n for n, s in enumerate(counting) if s.rank == threshold)
    share = decoded / expected
    if share >= 1:
        return counting[at]
    if share >= HALF:
        return counting[max(0, at - 1)]
    return counting[0]


def code_proposals(queries: CarnetQueries, until: date, pupil_ids: Sequence[str]) -> list[Proposal]:
    """The step each pupil's code marks (up to ``until``) propose for the objectives about
    correspondences of the pupil's grade (``RULE``)."""
    items = [i for i in queries.items_by_id.values()
             if i.code in CODE_OBJECTIVES and i.kind == "objective" and not i.hidden]
    if not items:
        return []
    latest = latest_marks(queries, pupil_ids, until=until)
    if not latest:
        return []
    live = {u.id for u in units(queries)}
    steps = queries.steps()
    rank_of = {s.id: s.rank for s in steps}
    threshold = decoded_rank(steps)
    if threshold is None:
        return []
    per_pupil: dict[str, tuple[int, int]] = {}
    for (pupil_id, unit), mark in latest.items():
        if unit not in live:
            continue
        decoded, count = per_pupil.get(pupil_id, (0, 0))
        rank = rank_of.get(mark.step_id)
        per_pupil[pupil_id] = (decoded + (rank is not None and rank >= threshold), count + 1)
    grade_of = {p.id: p.grade for p in queries.pupils()}
    found = []
    for pupil_id, (decoded, count) in per_pupil.items():
        for item in items:
            if grade_of.get(pupil_id) not in item.grades:
                continue
            expected = CODE_OBJECTIVES[item.code] or len(live)
            step = proposed_step(decoded, expected, steps)
            if step is not None:
                found.append(Proposal(pupil_id, item.id, step, decoded, expected, count))
    return found


@dataclass(frozen=True)
class PupilCode:
    """What a pupil decodes, for the documents: the correspondences in the class's order."""

    decoded: tuple[str, ...]
    learning: tuple[str, ...]  # marked, not yet decoded


def pupil_code(queries: CarnetQueries, pupil_id: str, until: date,
               progression: Sequence[CodeUnitView] | None = None) -> PupilCode | None:
    """None when the pupil has no code mark up to ``until``."""
    return pupil_codes(queries, [pupil_id], until, progression).get(pupil_id)


def pupil_codes(queries: CarnetQueries, pupil_ids: Sequence[str], until: date,
                progression: Sequence[CodeUnitView] | None = None) -> dict[str, PupilCode]:
    """``pupil_code`` for several pupils in one read of the marks (a class's documents); pupils
    without code marks up to ``until`` are left out."""
    latest = latest_marks(queries, pupil_ids, until=until)
    if not latest:
        return {}
    steps = queries.steps()
    threshold = decoded_rank(steps)
    rank_of = {s.id: s.rank for s in steps}
    order = progression if progression is not None else units(queries)
    found = {}
    for pupil_id in dict.fromkeys(p for p, _ in latest):
        decoded: list[str] = []
        learning: list[str] = []
        for unit in order:
            mark = latest.get((pupil_id, unit.id))
            if mark is None:
                continue
            rank = rank_of.get(mark.step_id)
            if rank is None:
                continue  # absent: says nothing about the correspondence
            (decoded if threshold is not None and rank >= threshold else learning).append(unit.name)
        if decoded or learning:
            found[pupil_id] = PupilCode(tuple(decoded), tuple(learning))
    return found
