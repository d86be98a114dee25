"""Observations: recording steps (one cell or many, typed or imported), editing one, correcting one.

A key typed on a cell that already holds a mark of the same session (same day, same activity)
corrects that mark rather than adding one (``MarkCells``): on paper a slip is crossed out, and a
typo must not count in the synthesis. A mark on another day is new evidence and is added.

Recording is the hot path (one key press in the grid): ``RecordObservations`` and
``AddObservations`` also define ``write(connection, context)``, which the service runs on a plain
connection with one Core insert, without an ORM session, whose bookkeeping costs more than the
write itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from progression.carnet_connections import driver
from progression.changes import Cell, Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Batch, Outcome, now, stamp, stored_moment
from progression.operations.context import CarnetContext
from progression.operations.tombstones import SetObservationsDeleted
from progression.schema import Observation, new_id
from progression.validation import check_text, clean_line
from progression.views import ObservationView

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

_INSERT_OBSERVATION = (
    "INSERT INTO observation (id, pupil_id, item_id, step_id, observed_on, activity, comment, author, created_at, "
    "modified_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class NewObservation:
    """One observation to add: a pupil, an item, a step, a date."""

    pupil_id: str
    item_id: str
    step_id: str
    observed_on: date
    activity: str = ""
    comment: str = ""


def _add_observations(
    connection: Connection, context: CarnetContext, observations: Sequence[NewObservation], author: str
) -> Outcome:
    """Check and insert observations in the caller's transaction; the inverse tombstones them."""
    created = now()
    views: list[ObservationView] = []
    rows: list[tuple[object, ...]] = []
    stored_created = stored_moment(created)
    texts = _TypedTexts()  # a selection or a file repeats the same few texts: each is checked once
    author = texts.line(author, "l'auteur")
    for new in observations:
        context.step(new.step_id)
        context.check_date_in_year(new.observed_on)
        context.check_pupil_present(new.pupil_id, new.observed_on)
        context.item(new.item_id)
        view = ObservationView(new_id(), new.pupil_id, new.item_id, new.step_id, new.observed_on,
                               texts.line(new.activity, "l'activité"), texts.text(new.comment, "le commentaire"),
                               author, created)
        views.append(view)
        rows.append((view.id, view.pupil_id, view.item_id, view.step_id, view.observed_on.isoformat(), view.activity,
                     view.comment, author, stored_created, *stamp(context)))
    # Straight to SQLite: this runs on every key press of the grid, where SQLAlchemy's handling of
    # the statement cost as much as the insert.
    driver(connection).executemany(_INSERT_OBSERVATION, rows)
    cells = frozenset((v.pupil_id, v.item_id) for v in views)
    # The new rows travel with the changes, so the grid shows them without reading them back.
    changes = Changes(Part.OBSERVATIONS, cells, frozenset(p for p, _ in cells), tuple(views))
    return Outcome(changes, SetObservationsDeleted(tuple(v.id for v in views), True))


class _TypedTexts:
    def __init__(self) -> None:
        self._checked: dict[tuple[str, str, str], str] = {}

    def line(self, raw: str, what: str) -> str:
        key = ("line", what, raw)
        if key not in self._checked:
            self._checked[key] = clean_line(raw, what)
        return self._checked[key]

    def text(self, raw: str, what: str) -> str:
        key = ("text", what, raw)
        if key not in self._checked:
            self._checked[key] = check_text(raw, what)
        return self._checked[key]


@dataclass(frozen=True)
class RecordObservations:
    """Record one step for one or several cells (pupil × item) at once."""

    cells: tuple[Cell, ...]
    step_id: str
    observed_on: date
    activity: str = ""
    comment: str = ""
    author: str = ""
    kind: str = "record_observations"

    @property
    def size(self) -> int:
        return len(self.cells)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        return self.write(session.connection(), context)

    def write(self, connection: Connection, context: CarnetContext) -> Outcome:
        if not self.cells:
            raise InvalidInputError("observation.no_cell")
        observations = [
            NewObservation(pupil_id, item_id, self.step_id, self.observed_on, self.activity, self.comment)
            for pupil_id, item_id in self.cells
        ]
        return _add_observations(connection, context, observations, self.author)


@dataclass(frozen=True)
class AddObservations:
    """Observations each with its own step and date (an imported file): one action, undone at once."""

    observations: tuple[NewObservation, ...]
    author: str = ""
    kind: str = "import_observations"

    @property
    def size(self) -> int:
        return len(self.observations)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        return self.write(session.connection(), context)

    def write(self, connection: Connection, context: CarnetContext) -> Outcome:
        if not self.observations:
            raise InvalidInputError("observation.none_to_add")
        return _add_observations(connection, context, self.observations, self.author)


@dataclass(frozen=True)
class EditObservation:
    id: str
    step_id: str
    observed_on: date
    activity: str
    comment: str
    kind: str = "edit_observation"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        row = session.get(Observation, self.id)
        if row is None or row.deleted_at is not None:
            raise InvalidInputError("observation.gone")
        context.step(self.step_id)
        context.check_date_in_year(self.observed_on)
        activity, comment = clean_line(self.activity, "l'activité"), check_text(self.comment, "le commentaire")
        inverse = EditObservation(row.id, row.step_id, row.observed_on, row.activity, row.comment)
        row.step_id, row.observed_on = self.step_id, self.observed_on
        row.activity, row.comment = activity, comment
        cell = (row.pupil_id, row.item_id)
        return Outcome(Changes(Part.OBSERVATIONS, frozenset({cell}), frozenset({row.pupil_id})), inverse)


def same_session(observation: ObservationView, observed_on: date, activity: str) -> bool:
    """Whether a mark was taken in the session a new one is typed in: the same day and activity
    (compared as stored: trimmed, spaces collapsed)."""
    try:
        activity = clean_line(activity, "l'activité")
    except InvalidInputError:
        return False  # a refused activity: the recording itself will say why
    return observation.observed_on == observed_on and observation.activity == activity


@dataclass(frozen=True)
class MarkCells:
    """A step typed on cells of the grid. The marks of the same session it ``replaces`` (found
    with ``same_session``, see ``CarnetService.marking``) are tombstoned in the same transaction,
    so a correction is one action and its undo brings the previous mark back."""

    cells: tuple[Cell, ...]
    step_id: str
    observed_on: date
    activity: str = ""
    comment: str = ""
    author: str = ""
    replaces: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "correct_observations" if self.replaces else "record_observations"

    @property
    def size(self) -> int:
        return len(self.cells)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        return self.write(session.connection(), context)

    def write(self, connection: Connection, context: CarnetContext) -> Outcome:
        recording = RecordObservations(self.cells, self.step_id, self.observed_on, self.activity, self.comment,
                                       self.author)
        if not self.replaces:
            return recording.write(connection, context)
        replaced = tuple(dict.fromkeys(self.replaces))
        # Plain SQL, as the insert that follows: a correction is a key press of the grid too. One
        # placeholder an id, as the read of the day's marks before it (``Queries.observations_on``).
        retired = driver(connection).execute(
            "UPDATE observation SET deleted_at = ?, modified_at = ?, device_id = ? "
            f"WHERE id IN ({', '.join('?' * len(replaced))}) AND deleted_at IS NULL",
            (stored_moment(now()), *stamp(context), *replaced),
        ).rowcount
        if retired != len(replaced):
            # Erased meanwhile (an undo, another screen): nothing is written, the teacher types again.
            raise InvalidInputError("La marque à corriger n'existe plus dans le carnet : rien n'a été enregistré.")
        added = recording.write(connection, context)
        inverse = Batch((added.inverse, SetObservationsDeleted(replaced, False)), kind=self.kind)
        return Outcome(added.changes, inverse)
