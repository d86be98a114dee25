"""Works read: the class's reading list, and the pupils who read each work (see ``progression.works``).

Adding a work, changing it, taking it off the list (with its readings, brought back together by
Undo), ticking several pupils as having read it (one action, one Undo), changing one reading (its
date, how it was read, what the pupil said) and removing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome, now
from progression.operations.context import CarnetContext
from progression.operations.tombstones import SetDeleted, Tombstones
from progression.schema import Work, WorkReading, new_id
from progression.validation import check_text, clean_line
from progression.works import KINDS, MODES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

READINGS = Tombstones(WorkReading, Part.WORKS, "delete_work_readings", gone="work.reading_gone", pupils="pupil_id")


def _checked_work(session: Session, context: CarnetContext, title: str, author: str, kind: str,
                  work_id: str | None) -> tuple[str, str]:
    """The title and author as stored, once the work is known to be new to the class's list."""
    clean_title = clean_line(title, "le titre")
    if not clean_title:
        raise InvalidInputError("work.title_missing")
    clean_author = clean_line(author, "l'auteur")
    if kind not in KINDS:
        raise InvalidInputError("work.kind_unknown", kind=kind)
    same = select(Work.id).where(
        Work.class_id == context.class_info().id,
        Work.deleted_at.is_(None),
        func.lower(Work.title) == clean_title.lower(),
        func.lower(Work.author) == clean_author.lower(),
    )
    if work_id is not None:
        same = same.where(Work.id != work_id)
    if session.scalar(same) is not None:
        raise InvalidInputError("work.already_listed", title=clean_title)
    return clean_title, clean_author


def _live_work(session: Session, work_id: str) -> Work:
    work = session.get(Work, work_id)
    if work is None or work.deleted_at is not None:
        raise InvalidInputError("work.gone")
    return work


@dataclass(frozen=True)
class AddWork:
    """A work added at the end of the class's reading list."""

    title: str
    author: str
    genre: str
    kind: str = "add_work"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        title, author = _checked_work(session, context, self.title, self.author, self.genre, None)
        class_id = context.class_info().id
        last = session.scalar(select(func.max(Work.position)).where(Work.class_id == class_id))
        row = Work(id=new_id(), class_id=class_id, title=title, author=author, kind=self.genre,
                   position=(last or 0) + 1)
        session.add(row)
        return Outcome(Changes(Part.WORKS), SetWorkDeleted(row.id, True))


@dataclass(frozen=True)
class EditWork:
    """A work of the list with a corrected title, author or kind."""

    work_id: str
    title: str
    author: str
    genre: str
    kind: str = "edit_work"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        work = _live_work(session, self.work_id)
        title, author = _checked_work(session, context, self.title, self.author, self.genre, work.id)
        inverse = EditWork(work.id, work.title, work.author, work.kind)
        work.title, work.author, work.kind = title, author, self.genre
        return Outcome(Changes(Part.WORKS), inverse)


@dataclass(frozen=True)
class SetWorkDeleted:
    """A work taken off the list with the readings it had (``deleted=True``), or brought back with
    exactly those readings (``readings``: the ones its removal took, not one removed before)."""

    work_id: str
    deleted: bool
    readings: tuple[str, ...] = ()
    size: int = 1

    @property
    def kind(self) -> str:
        return "delete_work" if self.deleted else "restore_work"

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        work = session.get(Work, self.work_id)
        if work is None:
            raise InvalidInputError("work.gone")
        stamp = now() if self.deleted else None
        if self.deleted:
            rows = list(session.scalars(select(WorkReading).where(WorkReading.work_id == work.id,
                                                                  WorkReading.deleted_at.is_(None))))
        else:
            rows = list(session.scalars(select(WorkReading).where(WorkReading.id.in_(self.readings))))
        work.deleted_at = stamp
        for row in rows:
            row.deleted_at = stamp
        ids = tuple(row.id for row in rows)
        return Outcome(Changes(Part.WORKS, pupils=frozenset(row.pupil_id for row in rows)),
                       SetWorkDeleted(work.id, not self.deleted, ids))


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise InvalidInputError("work.mode_unknown", mode=mode)


@dataclass(frozen=True)
class RecordReadings:
    """Several pupils read one work: one reading each, one action. Pupils who already have this
    work noted are left as they are (their reading is changed with ``EditReading``)."""

    work_id: str
    pupil_ids: tuple[str, ...]
    read_on: date
    mode: str
    response: str = ""
    author: str = ""
    kind: str = "record_readings"

    @property
    def size(self) -> int:
        return len(set(self.pupil_ids))

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        work = _live_work(session, self.work_id)
        if not self.pupil_ids:
            raise InvalidInputError("work.no_pupil", title=work.title)
        _check_mode(self.mode)
        context.check_date_in_year(self.read_on)
        wanted = list(dict.fromkeys(self.pupil_ids))
        for pupil_id in wanted:
            context.check_pupil_present(pupil_id, self.read_on)
        already = set(session.scalars(select(WorkReading.pupil_id).where(
            WorkReading.work_id == work.id, WorkReading.deleted_at.is_(None), WorkReading.pupil_id.in_(wanted))))
        new = [p for p in wanted if p not in already]
        if not new:
            pupil = context.pupil(wanted[0])
            who = f"{pupil.first_name} {pupil.last_name}" if len(wanted) == 1 else f"ces {len(wanted)} élèves"
            raise InvalidInputError("work.read_by_all_already", title=work.title, who=who)
        response = check_text(self.response, "la réponse de l'élève")
        author = clean_line(self.author, "l'auteur")
        rows = [WorkReading(id=new_id(), work_id=work.id, pupil_id=pupil_id, read_on=self.read_on, mode=self.mode,
                            response=response, author=author) for pupil_id in new]
        session.add_all(rows)
        return Outcome(Changes(Part.WORKS, pupils=frozenset(new)),
                       SetWorkReadingsDeleted(tuple(row.id for row in rows), True))


@dataclass(frozen=True)
class EditReading:
    """One reading with its date, its way of reading or the pupil's response changed."""

    reading_id: str
    read_on: date
    mode: str
    response: str
    kind: str = "edit_reading"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        row = session.get(WorkReading, self.reading_id)
        if row is None or row.deleted_at is not None:
            raise InvalidInputError("work.reading_gone")
        _live_work(session, row.work_id)
        _check_mode(self.mode)
        context.check_date_in_year(self.read_on)
        context.check_pupil_present(row.pupil_id, self.read_on)
        response = check_text(self.response, "la réponse de l'élève")
        inverse = EditReading(row.id, row.read_on, row.mode, row.response)
        row.read_on, row.mode, row.response = self.read_on, self.mode, response
        return Outcome(Changes(Part.WORKS, pupils=frozenset({row.pupil_id})), inverse)


class SetWorkReadingsDeleted(SetDeleted):
    """Readings removed (``deleted=True``) or brought back."""

    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(READINGS, ids, deleted)
