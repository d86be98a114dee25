"""Creating a carnet: the school year and its periods, the class, the scales, the frameworks.

What the teacher says (``NewClass``: the wizard, or ``progression new``) is checked first; the
carnet is then written in one transaction, and a carnet that could not be made whole is removed
with its lock, never left half-made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from progression import calendar as school_calendar
from progression import settings as settings_codec
from progression.carnet import Carnet, create_carnet
from progression.errors import InvalidInputError
from progression.framework import FrameworkSpec, builtin_frameworks
from progression.grades import CYCLE_OF_GRADE
from progression.operations.framework import add_framework_rows, add_scale_rows
from progression.scales import BUILTIN_SCALES, DEFAULT_SCALE
from progression.schema import ClassGroup, Period, SchoolYear, Setting
from progression.settings import CarnetSettings
from progression.validation import check_grade, clean_line


@dataclass(frozen=True)
class NewClass:
    """What the teacher says when creating a carnet (the wizard, or ``progression new``)."""

    label: str
    year: str = "2026-2027"
    grades: tuple[str, ...] = ("CE1", "CE2")
    periods: int = 5
    school: str = ""
    teacher: str = ""
    scale: str = DEFAULT_SCALE
    period_dates: tuple[tuple[date, date], ...] | None = None
    # The holiday zone whose official calendar cuts the periods (progression.calendar.zones()).
    zone: str = school_calendar.DEFAULT_ZONE


def seed_carnet(path: Path, new: NewClass) -> Carnet:
    """A new carnet at ``path`` for the class ``new`` describes, open and locked."""
    label = clean_line(new.label, "le nom de la classe")
    school, teacher = clean_line(new.school, "le nom de l'école"), clean_line(new.teacher, "l'enseignant")
    if not label:
        raise InvalidInputError("class.name_missing")
    for grade in new.grades:
        check_grade(grade)
    if new.scale not in BUILTIN_SCALES:
        raise InvalidInputError("scale.unknown", scale=new.scale)
    zone = school_calendar.parse_zone(new.zone)
    start, end = school_calendar.year_bounds(new.year, zone)
    periods = school_calendar.default_periods(new.year, new.periods, zone)
    if new.period_dates:
        periods = [
            school_calendar.PeriodSpec(p.index, p.label, s, e)
            for p, (s, e) in zip(periods, new.period_dates, strict=True)
        ]
        school_calendar.check_periods(periods)
    frameworks = builtin_frameworks()
    carnet = create_carnet(Path(path))
    try:
        with carnet.session() as session:
            year = SchoolYear(label=new.year.replace(" ", ""), starts_on=start, ends_on=end)
            session.add(year)
            session.flush()
            for p in periods:
                session.add(
                    Period(
                        year_id=year.id,
                        index=p.index,
                        label=p.label,
                        starts_on=p.starts_on,
                        ends_on=p.ends_on,
                    )
                )
            session.add(
                ClassGroup(
                    year_id=year.id,
                    label=label,
                    school=school,
                    teacher=teacher,
                )
            )
            for spec in BUILTIN_SCALES.values():
                add_scale_rows(session, spec)
            for order, spec_fw in enumerate(frameworks):
                add_framework_rows(session, spec_fw, hidden=not _shown_at_start(spec_fw, start, new.grades),
                                   offset=order * 1000)
            stored = settings_codec.encode(CarnetSettings(scale=new.scale, author=teacher, zone=zone))
            for key, value in stored.items():
                session.add(Setting(key=key, value=value))
    except Exception:
        carnet.engine.dispose()
        Path(path).unlink(missing_ok=True)
        raise
    return carnet


def _shown_at_start(spec: FrameworkSpec, year_start: date, grades: Sequence[str]) -> bool:
    """Frameworks in force for the year are shown; so is the cycle 1 reading block for a maternelle
    class, which has no newer block in the app yet (its 2024 wording could not be checked)."""
    if spec.in_force_on(year_start):
        return True
    return spec.cycle == 1 and any(CYCLE_OF_GRADE.get(g) == 1 for g in grades)
