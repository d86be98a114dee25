"""The code progression: seeding it, marking what a pupil decodes, marking what the class was taught,
editing the order (add, rename, move, a school's order imported). Every one undoable (``Part.CODE``).

A step typed on a cell that already holds a mark of the same day replaces it (``MarkCode``), as a
key retyped in the grid corrects the session's mark: a slip must not count. A mark of another day
is new evidence and is added; the latest is what the pupil decodes now.

A correspondence's row id comes from the class, its grapheme and its phoneme
(``code_progression.unit_id``): adding one that was removed brings the same row back, marks and
all, and two copies that seeded the default progression merge without doubles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression.changes import Changes, Part
from progression.code_progression import UnitSpec, unit_id, unit_key
from progression.errors import InvalidInputError
from progression.operations.base import Batch, Operation, Outcome, now
from progression.operations.context import CarnetContext
from progression.operations.tombstones import SetDeleted, Tombstones
from progression.schema import CodeMark, CodeUnit, new_id
from progression.validation import clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CODE_MARKS = Tombstones(CodeMark, Part.CODE, "delete_code_marks", gone="code.mark_gone", pupils="pupil_id")
CODE_UNITS = Tombstones(CodeUnit, Part.CODE, "delete_code_units")
CODE = Changes(Part.CODE)


class SetCodeMarksDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(CODE_MARKS, ids, deleted)


class SetCodeUnitsDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(CODE_UNITS, ids, deleted)


def _live_units(session: Session, class_id: str) -> list[CodeUnit]:
    return list(session.scalars(select(CodeUnit).where(CodeUnit.class_id == class_id, CodeUnit.deleted_at.is_(None))
                                .order_by(CodeUnit.position, CodeUnit.id)))


def _checked(spec: UnitSpec) -> UnitSpec:
    grapheme = clean_line(spec.grapheme, "le graphème", 60)
    if not grapheme:
        raise InvalidInputError("Le graphème est vide : écrivez les lettres de la correspondance (ou, ch, an…).")
    return UnitSpec(grapheme, clean_line(spec.phoneme, "le phonème", 60), clean_line(spec.example, "l'exemple", 200))


def _unit(session: Session, context: CarnetContext, id: str) -> CodeUnit:
    row = session.get(CodeUnit, id)
    if row is None or row.deleted_at is not None or row.class_id != context.class_info().id:
        raise InvalidInputError("Cette correspondance n'est plus dans la progression de la classe : "
                                "rien n'a été enregistré.")
    return row


def _add(session: Session, context: CarnetContext, spec: UnitSpec, position: int) -> str:
    """Add a correspondence at ``position`` (or bring back the same one removed earlier); its id."""
    class_id = context.class_info().id
    if any(unit_key(u.grapheme, u.phoneme) == spec.key for u in _live_units(session, class_id)):
        raise InvalidInputError(f"« {spec.grapheme} {spec.phoneme} » est déjà dans la progression : "
                                "chaque correspondance n'y figure qu'une fois.")
    id = unit_id(class_id, spec.grapheme, spec.phoneme)
    row = session.get(CodeUnit, id)
    if row is not None and row.deleted_at is None:
        id, row = new_id(), None  # its stable id is held by a renamed correspondence
    if row is None:
        session.add(CodeUnit(id=id, class_id=class_id, position=position, grapheme=spec.grapheme,
                             phoneme=spec.phoneme, example=spec.example, taught_on=None))
    else:
        row.deleted_at, row.position = None, position
        row.grapheme, row.phoneme, row.example = spec.grapheme, spec.phoneme, spec.example or row.example
    session.flush()
    return id


@dataclass(frozen=True)
class SeedCodeProgression:
    """The default progression (or any list) put in a class that has none yet."""

    units: tuple[UnitSpec, ...]
    kind: str = "seed_code"

    @property
    def size(self) -> int:
        return len(self.units)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        if _live_units(session, context.class_info().id):
            raise InvalidInputError("La classe a déjà sa progression du code : rien n'a été ajouté.")
        ids = tuple(_add(session, context, _checked(spec), n) for n, spec in enumerate(self.units))
        return Outcome(CODE, SetCodeUnitsDeleted(ids, True))


@dataclass(frozen=True)
class SaveCodeUnit:
    """Add a correspondence at the end of the progression (``id`` None), or rename one."""

    id: str | None
    unit: UnitSpec
    kind: str = "save_code_unit"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        spec = _checked(self.unit)
        if self.id is None:
            live = _live_units(session, context.class_info().id)
            added = _add(session, context, spec, max((u.position for u in live), default=-1) + 1)
            return Outcome(CODE, SetCodeUnitsDeleted((added,), True))
        row = _unit(session, context, self.id)
        others = [u for u in _live_units(session, row.class_id) if u.id != row.id]
        if any(unit_key(u.grapheme, u.phoneme) == spec.key for u in others):
            raise InvalidInputError(f"« {spec.grapheme} {spec.phoneme} » est déjà dans la progression : "
                                    "chaque correspondance n'y figure qu'une fois.")
        inverse = SaveCodeUnit(row.id, UnitSpec(row.grapheme, row.phoneme, row.example))
        row.grapheme, row.phoneme, row.example = spec.grapheme, spec.phoneme, spec.example
        return Outcome(CODE, inverse)


@dataclass(frozen=True)
class SetCodePositions:
    """Correspondences at these places in the progression (id, position): moving one, an import."""

    positions: tuple[tuple[str, int], ...]
    kind: str = "order_code"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        class_id = context.class_info().id
        before = []
        for id, position in self.positions:
            row = session.get(CodeUnit, id)
            if row is None or row.class_id != class_id:
                _unit(session, context, id)  # says it is gone
                continue
            before.append((id, row.position))
            if row.position != position:
                row.position = position
        return Outcome(CODE, SetCodePositions(tuple(before)))


def in_order(ids: list[str]) -> SetCodePositions:
    """The operation that puts the progression in this order."""
    return SetCodePositions(tuple((id, n) for n, id in enumerate(ids)))


@dataclass(frozen=True)
class SetCodeTaught:
    """Correspondences taught to the class on a day (None: not taught yet), each with its date."""

    dates: tuple[tuple[str, date | None], ...]
    kind: str = "taught_code"

    @property
    def size(self) -> int:
        return len(self.dates)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        if not self.dates:
            raise InvalidInputError("Choisissez d'abord la colonne d'une correspondance (cliquez sur son titre).")
        before = []
        for id, day in self.dates:
            row = _unit(session, context, id)
            if day is not None:
                context.check_date_in_year(day)
            before.append((id, row.taught_on))
            row.taught_on = day
        return Outcome(CODE, SetCodeTaught(tuple(before)))


@dataclass(frozen=True)
class MarkCode:
    """A step typed on cells (pupil × correspondence): added, or replacing the same day's mark."""

    cells: tuple[tuple[str, str], ...]
    step_id: str
    observed_on: date
    author: str = ""
    kind: str = "mark_code"

    @property
    def size(self) -> int:
        return len(self.cells)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        if not self.cells:
            raise InvalidInputError("Choisissez d'abord une case de la grille du code.")
        context.step(self.step_id)
        context.check_date_in_year(self.observed_on)
        author = clean_line(self.author, "l'auteur")
        cells = tuple(dict.fromkeys(self.cells))
        for pupil_id in {p for p, _ in cells}:
            context.check_pupil_present(pupil_id, self.observed_on)
        for unit in {u for _, u in cells}:
            _unit(session, context, unit)
        wanted = set(cells)
        replaced = tuple(
            mark.id for mark in session.scalars(
                select(CodeMark).where(CodeMark.deleted_at.is_(None), CodeMark.observed_on == self.observed_on,
                                       CodeMark.pupil_id.in_({p for p, _ in cells})))
            if (mark.pupil_id, mark.code_unit_id) in wanted
        )
        stamp = now()
        for mark in session.scalars(select(CodeMark).where(CodeMark.id.in_(replaced))):
            mark.deleted_at = stamp
        added = []
        for pupil_id, unit in cells:
            row = CodeMark(id=new_id(), pupil_id=pupil_id, code_unit_id=unit, step_id=self.step_id,
                           observed_on=self.observed_on, author=author, created_at=stamp)
            session.add(row)
            added.append(row.id)
        inverse: Operation = SetCodeMarksDeleted(tuple(added), True)
        if replaced:
            inverse = Batch((inverse, SetCodeMarksDeleted(replaced, False)), kind=self.kind)
        return Outcome(Changes(Part.CODE, pupils=frozenset(p for p, _ in cells)), inverse)


@dataclass(frozen=True)
class ImportCodeOrder:
    """A school's own order replaces the progression: correspondences already there keep their
    row (marks and taught date) and take their new place, new ones are added, and those the file
    does not list are removed (their marks come back with Ctrl+Z)."""

    units: tuple[UnitSpec, ...]
    kind: str = "import_code"

    @property
    def size(self) -> int:
        return len(self.units)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        if not self.units:
            raise InvalidInputError("Le fichier ne contient aucune correspondance : rien n'a été changé.")
        specs = [_checked(spec) for spec in self.units]
        class_id = context.class_info().id
        live = {unit_key(u.grapheme, u.phoneme): u for u in _live_units(session, class_id)}
        inverses: list[Operation] = []
        wanted = {spec.key for spec in specs}
        gone = tuple(u.id for key, u in live.items() if key not in wanted)
        if gone:
            inverses.append(SetCodeUnitsDeleted(gone, True).apply(session, context).inverse)
            session.flush()
        positions = []
        for position, spec in enumerate(specs):
            kept = live.get(spec.key)
            if kept is None:
                inverses.append(SetCodeUnitsDeleted((_add(session, context, spec, position),), True))
            else:
                if spec.example and spec.example != kept.example:
                    inverses.append(SaveCodeUnit(kept.id, UnitSpec(kept.grapheme, kept.phoneme, kept.example)))
                    kept.example = spec.example
                positions.append((kept.id, position))
        inverses.append(SetCodePositions(tuple(positions)).apply(session, context).inverse)
        return Outcome(CODE, Batch(tuple(reversed(inverses)), kind=self.kind))
