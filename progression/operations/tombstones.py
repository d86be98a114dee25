"""Deleting rows a teacher made, and bringing them back: one operation for every kind of row.

Deletions are tombstones (``deleted_at``), so undoing one brings back the very same rows, and a
merged copy learns of the deletion. What differs between kinds of rows is data (``Tombstones``):
the table, the rows that go with each (a pupil's enrolment, a scale's steps), what the change
tells the screens, and whether a row already gone is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome, now
from progression.operations.context import CarnetContext
from progression.schema import (
    Enrolment,
    FluencyMeasure,
    Framework,
    FrameworkItem,
    Observation,
    Pupil,
    Scale,
    ScaleStep,
    Synced,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Tombstones:
    """One kind of row a teacher deletes."""

    model: type[Synced]
    part: Part
    kind: str
    children: tuple[tuple[type[Synced], str], ...] = ()  # rows deleted with it: (model, column naming it)
    gone: str | None = None  # the error's code when one of the rows no longer exists; None: nothing to say
    pupils: str | None = None  # the column naming the pupils the change touches ("id": the rows are pupils)


OBSERVATIONS = Tombstones(Observation, Part.OBSERVATIONS, "delete_observations",
                          gone="observation.gone", pupils="pupil_id")
FLUENCY = Tombstones(FluencyMeasure, Part.FLUENCY, "delete_fluency", pupils="pupil_id")
PUPILS = Tombstones(Pupil, Part.PUPILS, "delete_pupils", children=((Enrolment, "pupil_id"),), pupils="id")
ITEMS = Tombstones(FrameworkItem, Part.ITEMS, "delete_items")
FRAMEWORKS = Tombstones(Framework, Part.ITEMS, "delete_frameworks")
SCALES = Tombstones(Scale, Part.SETTINGS, "delete_scales", children=((ScaleStep, "scale_id"),))


@dataclass(frozen=True)
class SetDeleted:
    """Tombstone rows of one kind (``deleted=True``) or bring them back (``False``)."""

    rows: Tombstones
    ids: tuple[str, ...]
    deleted: bool

    @property
    def kind(self) -> str:
        return self.rows.kind

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        spec = self.rows
        found = session.scalars(select(spec.model).where(spec.model.id.in_(self.ids))).all()
        if spec.gone is not None and len(found) != len(set(self.ids)):
            raise InvalidInputError(spec.gone)
        stamp = now() if self.deleted else None
        for row in found:
            row.deleted_at = stamp
        for child, column in spec.children:
            for row in session.scalars(select(child).where(getattr(child, column).in_(self.ids))):
                row.deleted_at = stamp
        cells = frozenset((r.pupil_id, r.item_id) for r in found if isinstance(r, Observation))
        if spec.pupils == "id":
            pupils = frozenset(self.ids)
        else:
            pupils = frozenset(getattr(r, spec.pupils) for r in found) if spec.pupils else frozenset()
        return Outcome(Changes(spec.part, cells, pupils), SetDeleted(spec, self.ids, not self.deleted))


# The names the screens and the tests use for each kind.


class SetObservationsDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(OBSERVATIONS, ids, deleted)


class SetFluencyDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(FLUENCY, ids, deleted)


class SetPupilsDeleted(SetDeleted):
    """Remove pupils from the class (undoable). Erasing for good is ``privacy.purge_pupil``."""

    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(PUPILS, ids, deleted)


class SetItemsDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(ITEMS, ids, deleted)
