"""Plain read-only views of carnet rows, handed to the UI, the command line and reports.

Screens never hold ORM objects: these small frozen records are safe to keep across
transactions and threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class StepView:
    id: str
    position: int
    rank: int | None
    short: str
    label: str
    value: int | None
    color: str
    symbol: str
    counts: bool


@dataclass(frozen=True)
class ItemView:
    id: str
    code: str
    label: str
    kind: str
    parent_code: str | None
    grades: tuple[str, ...]
    lsu_code: str | None
    coefficient: float
    timing: str | None
    verified: bool
    custom: bool
    hidden: bool
    framework_code: str
    position: int


@dataclass(frozen=True)
class PeriodView:
    id: str
    index: int
    label: str
    starts_on: date
    ends_on: date

    def contains(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class PupilView:
    id: str
    last_name: str
    first_name: str
    birth_last_name: str | None
    birth_date: date | None
    sex: str | None
    ine: str | None
    grade: str
    group: str
    arrived_on: date | None
    left_on: date | None

    @property
    def display_name(self) -> str:
        return f"{self.last_name} {self.first_name}"

    @property
    def list_name(self) -> str:
        """« BOYER Capucine »: the surname in capitals, as class lists (and the grid) write it."""
        return f"{self.last_name.upper()} {self.first_name}"

    def present_on(self, day: date) -> bool:
        return (self.arrived_on is None or self.arrived_on <= day) and (
            self.left_on is None or day <= self.left_on
        )

    def in_period(self, period: PeriodView) -> bool:
        """In the class for at least part of the period: the screens and the reports agree on it."""
        return (self.arrived_on is None or self.arrived_on <= period.ends_on) and (
            self.left_on is None or self.left_on >= period.starts_on
        )


@dataclass(frozen=True)
class ObservationView:
    id: str
    pupil_id: str
    item_id: str
    step_id: str
    observed_on: date
    activity: str
    comment: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class FluencyView:
    id: str
    pupil_id: str
    measured_on: date
    text_title: str
    words_read: int
    errors: int
    seconds: float
    prepared: bool
    mclm: float
    comment: str
    kind: str = "text"  # what was read in the time: a "text", "syllables" or "pseudo_words"


@dataclass(frozen=True)
class ReadingGridView:
    """A reading aloud (``prosody``) or ``comprehension`` grid: criterion code → level 1 to 4."""

    id: str
    pupil_id: str
    assessed_on: date
    kind: str
    text_title: str
    prepared: bool
    levels: dict[str, int]
    comment: str
    author: str


@dataclass(frozen=True)
class ClassInfo:
    id: str
    label: str
    school: str
    teacher: str
    year_label: str
    year_starts_on: date
    year_ends_on: date
    onde_class_id: str | None


class SynthesisRow(NamedTuple):
    """One computed (or decided) mark of a period synthesis. A named tuple rather than a frozen
    dataclass: a class synthesis makes thousands of these and tuples are built several times faster."""

    pupil_id: str
    item_id: str
    item_code: str
    kind: str
    rollup: bool
    rank: int | None
    score: int | None
    overridden: bool
    computed_rank: int | None
    computed_score: int | None
    observations: int  # observations counted, or the readings for a step given by fluency readings
    from_readings: bool = False  # the step comes from the fluency readings (the speed objective)
    from_code: bool = False  # the step comes from the code grid (the objectives about correspondences)
    from_grid: str = ""  # the step comes from the latest grid of this kind ("prosody", "comprehension")
