"""Works read (« œuvres lues »): the class's reading list, who read what, and the programme's figure.

The teacher enters a work once for the class (title, author, kind), then ticks who read it, how
(read aloud by the teacher, alone, with help), when, and what the pupil said of it. The programme
counts works per school year (5 to 10 from CP to CE2; 7 in CM1 and CM2): that figure is kept as
data with its source and how sure it is (``resources/norms/works.json``), and every screen and
document calls it a « repère du programme », never a mark. A work read twice counts once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression import paths
from progression.schema import Work, WorkReading

if TYPE_CHECKING:
    from exports.report import WorksRead
    from progression.queries import CarnetQueries
    from progression.views import PeriodView, PupilView

# The kinds of works the programme names, in its order (code stored → French word).
KINDS: dict[str, str] = {
    "album": "album",
    "roman": "roman",
    "conte": "conte",
    "fable": "fable",
    "poesie": "poésie",
    "theatre": "théâtre",
    "documentaire": "documentaire",
    "bd": "bande dessinée",
}

# How the pupil met the work (code stored → French words).
MODES: dict[str, str] = {
    "alone": "lu seul",
    "helped": "lu avec aide",
    "aloud": "lu à voix haute par l'enseignant(e)",
}

PROGRAMME_WORDING = "repère du programme"


@dataclass(frozen=True)
class WorkView:
    id: str
    title: str
    author: str
    kind: str
    position: int

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ReadingView:
    id: str
    work_id: str
    pupil_id: str
    read_on: date
    mode: str
    response: str

    @property
    def mode_label(self) -> str:
        return MODES.get(self.mode, self.mode)


@dataclass(frozen=True)
class ProgrammeFigure:
    """The works a grade reads in a year, as the programme says (``maximum`` None: « at least »)."""

    grade: str
    minimum: int
    maximum: int | None
    wording: str
    verified: bool
    verification: str
    source: str
    item: str | None

    def words(self) -> str:
        """« 5 à 10 œuvres dans l'année », « au moins 7 œuvres dans l'année »."""
        if self.maximum is not None:
            return f"{self.minimum} à {self.maximum} œuvres dans l'année"
        return f"au moins {self.minimum} œuvres dans l'année"


@dataclass(frozen=True)
class PupilWorks:
    """One pupil's year so far: works read (each once), kinds covered, the programme's figure."""

    pupil_id: str
    grade: str
    count: int
    kinds: tuple[str, ...]  # codes, in KINDS' order
    figure: ProgrammeFigure | None

    @property
    def kinds_missing(self) -> tuple[str, ...]:
        return tuple(code for code in KINDS if code not in self.kinds)

    @property
    def reached(self) -> bool | None:
        """Whether the count is at the figure's lower bound yet; None when the grade has no figure."""
        return None if self.figure is None else self.count >= self.figure.minimum

    def against_programme(self) -> str:
        """« 4 œuvres lues depuis la rentrée · repère du programme en CE1 : 5 à 10 œuvres dans l'année »."""
        said = f"{self.count} œuvre{'s' if self.count > 1 else ''} lue{'s' if self.count > 1 else ''} depuis la rentrée"
        if self.figure is None:
            return said
        return f"{said} · {PROGRAMME_WORDING} en {self.grade} : {self.figure.words()}"


@cache
def programme_figures() -> dict[str, ProgrammeFigure]:
    raw = json.loads((paths.resources_dir() / "norms" / "works.json").read_text(encoding="utf-8"))
    return {
        f["grade"]: ProgrammeFigure(
            grade=f["grade"],
            minimum=int(f["min"]),
            maximum=int(f["max"]) if f.get("max") is not None else None,
            wording=f["wording"],
            verified=bool(f.get("verified", False)),
            verification=f.get("verification", ""),
            source=f["source"],
            item=f.get("item"),
        )
        for f in raw["figures"]
    }


def programme_figure(grade: str) -> ProgrammeFigure | None:
    return programme_figures().get(grade)


def class_works(service: CarnetQueries) -> list[WorkView]:
    """The class's reading list, in the order entered."""
    work = Work.__table__.c
    class_id = service.class_info().id
    with service.carnet.reading() as connection:
        rows = connection.execute(
            select(work.id, work.title, work.author, work.kind, work.position)
            .where(work.class_id == class_id, work.deleted_at.is_(None))
            .order_by(work.position, work.title, work.id)
        )
        return [WorkView(*row) for row in rows]


def readings(service: CarnetQueries, pupil_ids: Sequence[str] | None = None, *, since: date | None = None,
             until: date | None = None) -> list[ReadingView]:
    """Live readings of live works, oldest first."""
    reading, work = WorkReading.__table__.c, Work.__table__.c
    query = (
        select(reading.id, reading.work_id, reading.pupil_id, reading.read_on, reading.mode, reading.response)
        .join(Work.__table__, work.id == reading.work_id)
        .where(reading.deleted_at.is_(None), work.deleted_at.is_(None))
    )
    if pupil_ids is not None:
        query = query.where(reading.pupil_id.in_(list(pupil_ids)))
    if since is not None:
        query = query.where(reading.read_on >= since)
    if until is not None:
        query = query.where(reading.read_on <= until)
    query = query.order_by(reading.read_on, reading.modified_at, reading.id)
    with service.carnet.reading() as connection:
        return [ReadingView(*row) for row in connection.execute(query)]


def readers(service: CarnetQueries) -> dict[str, set[str]]:
    """Work id → the pupils who read it this year."""
    found: dict[str, set[str]] = defaultdict(set)
    for r in readings(service):
        found[r.work_id].add(r.pupil_id)
    return found


def year_summaries(service: CarnetQueries, pupils: Iterable[PupilView], until: date | None = None
                   ) -> dict[str, PupilWorks]:
    """Each pupil's works of the school year up to ``until`` (the whole year by default)."""
    klass = service.class_info()
    kinds = {w.id: w.kind for w in class_works(service)}
    pupils = list(pupils)
    read: dict[str, set[str]] = defaultdict(set)
    for r in readings(service, [p.id for p in pupils], since=klass.year_starts_on, until=until or klass.year_ends_on):
        read[r.pupil_id].add(r.work_id)
    summaries = {}
    for pupil in pupils:
        works = read[pupil.id]
        covered = {kinds[w] for w in works if w in kinds}
        summaries[pupil.id] = PupilWorks(pupil.id, pupil.grade, len(works),
                                         tuple(code for code in KINDS if code in covered),
                                         programme_figure(pupil.grade))
    return summaries


def report_works(service: CarnetQueries, period: PeriodView, pupils: Sequence[PupilView]) -> dict[str, WorksRead]:
    """For the period's synthesis: the works each pupil read in the period, and the year's count up to
    its end against the programme's figure."""
    from exports.report import WorkRead, WorksRead

    works = {w.id: w for w in class_works(service)}
    if not works:
        return {}  # a class with no reading list: the documents say nothing of works
    in_period: dict[str, list[WorkRead]] = defaultdict(list)
    for r in readings(service, [p.id for p in pupils], since=period.starts_on, until=period.ends_on):
        work = works.get(r.work_id)
        if work is not None:
            in_period[r.pupil_id].append(WorkRead(work.title, work.author, work.kind_label, r.mode_label,
                                                  r.read_on, r.response))
    summaries = year_summaries(service, pupils, until=period.ends_on)
    result = {}
    for pupil in pupils:
        summary = summaries[pupil.id]
        figure = summary.figure
        result[pupil.id] = WorksRead(
            in_period=tuple(in_period[pupil.id]),
            year_count=summary.count,
            programme=f"{PROGRAMME_WORDING} en {pupil.grade} : {figure.words()}" if figure else "",
            kinds=tuple(KINDS[k] for k in summary.kinds),
        )
    return result
