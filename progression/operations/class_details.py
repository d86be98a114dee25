"""The class as documents print it: its name, school and teacher, its ONDE id, its periods' dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from progression.calendar import PeriodSpec, check_periods
from progression.carnet_connections import driver
from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome, stamp
from progression.operations.context import CarnetContext
from progression.schema import ClassGroup, Period
from progression.validation import clean_line, shown

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SaveClassDetails:
    """The class's name, school and teacher, as printed on every document."""

    label: str
    school: str
    teacher: str
    kind: str = "edit_class"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        label = clean_line(self.label, "le nom de la classe")
        school, teacher = clean_line(self.school, "le nom de l'école"), clean_line(self.teacher, "l'enseignant")
        if not label:
            raise InvalidInputError("class.name_missing")
        row = session.get(ClassGroup, context.class_info().id)
        assert row is not None
        inverse = SaveClassDetails(row.label, row.school, row.teacher)
        row.label, row.school, row.teacher = label, school, teacher
        return Outcome(Changes(Part.CLASS), inverse)


@dataclass(frozen=True)
class SetClassOndeId:
    """The class's identifier in ONDE, which the LSU export needs: taken from an ONDE class list."""

    onde_class_id: str | None
    kind: str = "edit_class"
    size: int = 0  # counts no pupil: inside a class-list import, the import's size stays its pupils

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        session.flush()  # what the same action changed through the ORM is written first
        return self.write(session.connection(), context)

    def write(self, connection: Connection, context: CarnetContext) -> Outcome:
        # One statement to SQLite: it closes every class-list import, where the ORM's first query
        # of a session cost a millisecond.
        onde_id = self.onde_class_id
        if onde_id is not None and not (onde_id.isascii() and onde_id.isdigit() and len(onde_id) <= 32):
            raise InvalidInputError("class.onde_id", onde_id=shown(onde_id))
        raw = driver(connection)
        class_id = context.class_info().id
        (before,) = raw.execute("SELECT onde_class_id FROM class_group WHERE id = ?", (class_id,)).fetchone()
        raw.execute("UPDATE class_group SET onde_class_id = ?, modified_at = ?, device_id = ? WHERE id = ?",
                    (onde_id, *stamp(context), class_id))
        return Outcome(Changes(Part.CLASS), SetClassOndeId(before))


@dataclass(frozen=True)
class SavePeriodDates:
    """New dates for the periods (another zone's holidays, a school's own calendar).

    Periods must still follow each other with no gap and stay inside the school year; the
    observations keep their own dates, so each simply counts in the period its date falls in.
    """

    dates: tuple[tuple[int, date, date], ...]  # (index, first day, last day)
    kind: str = "edit_periods"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        periods = {p.index: p for p in context.periods()}
        if sorted(i for i, _, _ in self.dates) != sorted(periods):
            raise InvalidInputError("periods.dates_missing")
        specs = [PeriodSpec(i, periods[i].label, start, end) for i, start, end in sorted(self.dates)]
        check_periods(specs)
        klass = context.class_info()
        if specs[0].starts_on < klass.year_starts_on or specs[-1].ends_on > klass.year_ends_on:
            raise InvalidInputError(
                "periods.outside_year",
                year=klass.year_label,
                starts=klass.year_starts_on,
                ends=klass.year_ends_on,
            )
        inverse = SavePeriodDates(tuple((p.index, p.starts_on, p.ends_on) for p in periods.values()))
        for spec in specs:
            row = session.get(Period, periods[spec.index].id)
            assert row is not None
            row.starts_on, row.ends_on = spec.starts_on, spec.ends_on
        return Outcome(Changes(Part.CLASS), inverse)
