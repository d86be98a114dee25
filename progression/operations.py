"""Named changes to a carnet, each returning what changed and its inverse.

A user action is one operation run in one transaction. Its ``apply`` returns an
``Outcome``: which parts of the carnet changed (so screens refresh only those) and the
operation that undoes it. Undo and redo in the app only ever run these operations, so
undoing works the same from the grid, the synthesis page or a pupil's page.

Deletions are tombstones, so undoing a deletion brings back the very same rows.

An operation that needs only Core statements may also define ``write(connection, service)``:
the service then runs it on a plain connection, without an ORM session. Recording from the
grid goes this way, because the session's bookkeeping costs more than the write itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol, cast

from sqlalchemy import Table, insert, select

from progression.changes import Cell, Changes, Part
from progression.errors import InvalidInputError
from progression.schema import (
    Appreciation,
    Enrolment,
    FluencyMeasure,
    FrameworkItem,
    Observation,
    Pupil,
    Setting,
    SynthesisOverride,
    new_id,
)
from progression.validation import check_text, clean_ine, clean_line, clean_name, shown
from progression.views import ObservationView

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from progression.service import CarnetService

INSERT_OBSERVATION = insert(cast(Table, Observation.__table__))


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Outcome:
    changes: Changes
    inverse: Operation


class Operation(Protocol):
    @property
    def kind(self) -> str: ...

    def apply(self, session: Session, service: CarnetService) -> Outcome: ...

    @property
    def size(self) -> int: ...


# ---------------------------------------------------------------- observations


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
    connection: Connection, service: CarnetService, observations: Sequence[NewObservation], author: str
) -> Outcome:
    """Check and insert observations in the caller's transaction; the inverse tombstones them."""
    created = now()
    carnet = service.carnet
    views: list[ObservationView] = []
    rows: list[dict[str, object]] = []
    texts = _TypedTexts()  # a selection or a file repeats the same few texts: each is checked once
    author = texts.line(author, "l'auteur")
    for new in observations:
        service.step(new.step_id)
        service.check_date_in_year(new.observed_on)
        service.check_pupil_present(new.pupil_id, new.observed_on)
        service.item(new.item_id)
        view = ObservationView(new_id(), new.pupil_id, new.item_id, new.step_id, new.observed_on,
                               texts.line(new.activity, "l'activité"), texts.text(new.comment, "le commentaire"),
                               author, created)
        views.append(view)
        rows.append(
            {
                "id": view.id,
                "pupil_id": view.pupil_id,
                "item_id": view.item_id,
                "step_id": view.step_id,
                "observed_on": view.observed_on,
                "activity": view.activity,
                "comment": view.comment,
                "author": author,
                "created_at": created,
                "modified_at": carnet.stamp(),
                "device_id": carnet.device_id,
            }
        )
    connection.execute(INSERT_OBSERVATION, rows)  # stamped above: no ORM flush hook on this path
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

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        return self.write(session.connection(), service)

    def write(self, connection: Connection, service: CarnetService) -> Outcome:
        if not self.cells:
            raise InvalidInputError("Aucune case choisie : sélectionnez au moins un élève et un item.")
        observations = [
            NewObservation(pupil_id, item_id, self.step_id, self.observed_on, self.activity, self.comment)
            for pupil_id, item_id in self.cells
        ]
        return _add_observations(connection, service, observations, self.author)


@dataclass(frozen=True)
class AddObservations:
    """Observations each with its own step and date (an imported file): one action, undone at once."""

    observations: tuple[NewObservation, ...]
    author: str = ""
    kind: str = "import_observations"

    @property
    def size(self) -> int:
        return len(self.observations)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        return self.write(session.connection(), service)

    def write(self, connection: Connection, service: CarnetService) -> Outcome:
        if not self.observations:
            raise InvalidInputError("Aucune observation à ajouter.")
        return _add_observations(connection, service, self.observations, self.author)


@dataclass(frozen=True)
class SetObservationsDeleted:
    ids: tuple[str, ...]
    deleted: bool
    kind: str = "delete_observations"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        rows = session.scalars(select(Observation).where(Observation.id.in_(self.ids))).all()
        if len(rows) != len(set(self.ids)):
            raise InvalidInputError("Cette observation n'existe plus dans le carnet.")
        stamp = now() if self.deleted else None
        for row in rows:
            row.deleted_at = stamp
        cells = frozenset((r.pupil_id, r.item_id) for r in rows)
        changes = Changes(Part.OBSERVATIONS, cells, frozenset(p for p, _ in cells))
        return Outcome(changes, SetObservationsDeleted(self.ids, not self.deleted))


@dataclass(frozen=True)
class EditObservation:
    id: str
    step_id: str
    observed_on: date
    activity: str
    comment: str
    kind: str = "edit_observation"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        row = session.get(Observation, self.id)
        if row is None or row.deleted_at is not None:
            raise InvalidInputError("Cette observation n'existe plus dans le carnet.")
        service.step(self.step_id)
        service.check_date_in_year(self.observed_on)
        activity, comment = clean_line(self.activity, "l'activité"), check_text(self.comment, "le commentaire")
        inverse = EditObservation(row.id, row.step_id, row.observed_on, row.activity, row.comment)
        row.step_id, row.observed_on = self.step_id, self.observed_on
        row.activity, row.comment = activity, comment
        cell = (row.pupil_id, row.item_id)
        return Outcome(Changes(Part.OBSERVATIONS, frozenset({cell}), frozenset({row.pupil_id})), inverse)


# ---------------------------------------------------------------- synthesis


@dataclass(frozen=True)
class SetOverride:
    """The teacher's own step for a pupil × period × item; ``step_id=None`` removes it."""

    pupil_id: str
    period_id: str
    item_id: str
    step_id: str | None
    author: str = ""
    note: str = ""
    kind: str = "set_override"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        service.item(self.item_id)
        service.pupil(self.pupil_id)
        author, note = clean_line(self.author, "l'auteur"), check_text(self.note, "la remarque")
        row = session.scalars(
            select(SynthesisOverride).where(
                SynthesisOverride.pupil_id == self.pupil_id,
                SynthesisOverride.period_id == self.period_id,
                SynthesisOverride.item_id == self.item_id,
                SynthesisOverride.deleted_at.is_(None),
            )
        ).first()
        previous = SetOverride(
            self.pupil_id,
            self.period_id,
            self.item_id,
            row.step_id if row else None,
            row.author if row else "",
            row.note if row else "",
        )
        if self.step_id is None:
            if row is not None:
                row.deleted_at = now()
        else:
            step = service.step(self.step_id)
            if not step.counts:
                raise InvalidInputError(
                    f"« {step.short} » ne compte pas dans les bilans : choisissez un échelon de l'échelle."
                )
            if row is None:
                session.add(
                    SynthesisOverride(
                        id=new_id(),
                        pupil_id=self.pupil_id,
                        period_id=self.period_id,
                        item_id=self.item_id,
                        step_id=self.step_id,
                        author=author,
                        decided_at=now(),
                        note=note,
                    )
                )
            else:
                row.step_id, row.author, row.note, row.decided_at = (
                    self.step_id,
                    author,
                    note,
                    now(),
                )
        changes = Changes(
            Part.OVERRIDES, frozenset({(self.pupil_id, self.item_id)}), frozenset({self.pupil_id})
        )
        return Outcome(changes, previous)


@dataclass(frozen=True)
class SetAppreciation:
    pupil_id: str
    period_id: str
    text: str
    author: str = ""
    kind: str = "set_appreciation"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        service.pupil(self.pupil_id)
        # What LSU and every printed bilan will carry: refused here if no document could hold it.
        text, author = check_text(self.text, "l'appréciation"), clean_line(self.author, "l'auteur")
        row = session.scalars(
            select(Appreciation).where(
                Appreciation.pupil_id == self.pupil_id,
                Appreciation.period_id == self.period_id,
                Appreciation.deleted_at.is_(None),
            )
        ).first()
        previous = SetAppreciation(self.pupil_id, self.period_id, row.text if row else "", self.author)
        if row is None:
            session.add(
                Appreciation(
                    id=new_id(),
                    pupil_id=self.pupil_id,
                    period_id=self.period_id,
                    text=text,
                    author=author,
                )
            )
        else:
            row.text, row.author = text, author
        return Outcome(Changes(Part.APPRECIATIONS, pupils=frozenset({self.pupil_id})), previous)


# ---------------------------------------------------------------- fluency


@dataclass(frozen=True)
class AddFluencyMeasure:
    pupil_id: str
    measured_on: date
    words_read: int
    errors: int
    seconds: float
    text_title: str = ""
    prepared: bool = False
    comment: str = ""
    author: str = ""
    kind: str = "add_fluency"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        from progression.fluency import mclm

        mclm(self.words_read, self.errors, self.seconds)  # validates the figures
        service.check_pupil_present(self.pupil_id, self.measured_on)
        service.check_date_in_year(self.measured_on)
        row = FluencyMeasure(
            id=new_id(),
            pupil_id=self.pupil_id,
            measured_on=self.measured_on,
            words_read=self.words_read,
            errors=self.errors,
            seconds=self.seconds,
            text_title=clean_line(self.text_title, "le titre du texte"),
            prepared=self.prepared,
            comment=check_text(self.comment, "le commentaire"),
            author=clean_line(self.author, "l'auteur"),
        )
        session.add(row)
        return Outcome(
            Changes(Part.FLUENCY, pupils=frozenset({self.pupil_id})),
            SetFluencyDeleted((row.id,), True),
        )


@dataclass(frozen=True)
class SetFluencyDeleted:
    ids: tuple[str, ...]
    deleted: bool
    kind: str = "delete_fluency"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        rows = session.scalars(select(FluencyMeasure).where(FluencyMeasure.id.in_(self.ids))).all()
        stamp = now() if self.deleted else None
        for row in rows:
            row.deleted_at = stamp
        return Outcome(
            Changes(Part.FLUENCY, pupils=frozenset(r.pupil_id for r in rows)),
            SetFluencyDeleted(self.ids, not self.deleted),
        )


# ---------------------------------------------------------------- pupils


@dataclass(frozen=True)
class PupilFields:
    last_name: str
    first_name: str
    grade: str
    birth_date: date | None = None
    sex: str | None = None
    ine: str | None = None
    birth_last_name: str | None = None
    group: str = ""
    arrived_on: date | None = None
    left_on: date | None = None


@dataclass(frozen=True)
class SavePupil:
    """Add a pupil to the class (``pupil_id=None``) or change one's details."""

    fields: PupilFields
    pupil_id: str | None = None
    kind: str = "save_pupil"
    size: int = 1
    new_pupil_id: str = field(default_factory=new_id)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        f = self.fields
        last, first = clean_name(f.last_name, "le nom"), clean_name(f.first_name, "le prénom")
        if not last or not first:
            raise InvalidInputError("Le nom et le prénom de l'élève sont obligatoires.")
        birth_last = clean_name(f.birth_last_name, "le nom de naissance") or None
        ine = clean_ine(f.ine)
        group = clean_line(f.group, "le groupe", 100)
        if f.sex not in (None, "M", "F"):
            raise InvalidInputError(f"Sexe « {shown(f.sex)} » inconnu : M, F ou rien.")
        if f.arrived_on is not None and f.left_on is not None and f.left_on < f.arrived_on:
            raise InvalidInputError(
                f"La date de départ ({f.left_on.strftime('%d/%m/%Y')}) précède la date d'arrivée "
                f"({f.arrived_on.strftime('%d/%m/%Y')})."
            )
        service.check_grade(f.grade)
        klass = service.class_info()
        if self.pupil_id is None:
            pupil = Pupil(id=self.new_pupil_id, last_name=last, first_name=first)
            session.add(pupil)
            enrolment = Enrolment(id=new_id(), pupil_id=pupil.id, class_id=klass.id, grade=f.grade)
            session.add(enrolment)
            inverse: Operation = SetPupilsDeleted((pupil.id,), True)
        else:
            pupil_or_none = session.get(Pupil, self.pupil_id)
            enrolment_or_none = service.enrolment_row(session, self.pupil_id)
            if pupil_or_none is None or enrolment_or_none is None:
                raise InvalidInputError("Cet élève n'est plus dans le carnet.")
            pupil, enrolment = pupil_or_none, enrolment_or_none
            inverse = SavePupil(
                PupilFields(
                    pupil.last_name,
                    pupil.first_name,
                    enrolment.grade,
                    pupil.birth_date,
                    pupil.sex,
                    pupil.ine,
                    pupil.birth_last_name,
                    enrolment.group_label,
                    enrolment.arrived_on,
                    enrolment.left_on,
                ),
                pupil.id,
            )
        pupil.last_name, pupil.first_name = last, first
        pupil.birth_date, pupil.sex = f.birth_date, f.sex
        pupil.ine = ine
        pupil.birth_last_name = birth_last
        enrolment.grade, enrolment.group_label = f.grade, group
        enrolment.arrived_on, enrolment.left_on = f.arrived_on, f.left_on
        return Outcome(Changes(Part.PUPILS, pupils=frozenset({pupil.id})), inverse)


@dataclass(frozen=True)
class SetPupilsDeleted:
    """Remove pupils from the class (tombstone; undoable). Erasing for good is ``purge_pupil``."""

    ids: tuple[str, ...]
    deleted: bool
    kind: str = "delete_pupils"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        stamp = now() if self.deleted else None
        for pupil in session.scalars(select(Pupil).where(Pupil.id.in_(self.ids))):
            pupil.deleted_at = stamp
        for enrolment in session.scalars(select(Enrolment).where(Enrolment.pupil_id.in_(self.ids))):
            enrolment.deleted_at = stamp
        return Outcome(
            Changes(Part.PUPILS, pupils=frozenset(self.ids)),
            SetPupilsDeleted(self.ids, not self.deleted),
        )


# ---------------------------------------------------------------- framework and settings


@dataclass(frozen=True)
class SaveCustomItem:
    code: str
    label: str
    parent_code: str
    grades: tuple[str, ...]
    kind: str = "add_item"
    size: int = 1
    item_kind: str = "objective"

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        from progression.framework import MAX_LABEL, item_uuid

        code, label = clean_line(self.code, "le code", 64), clean_line(self.label, "l'intitulé", 4 * MAX_LABEL)
        if not code or not label:
            raise InvalidInputError("Un item a besoin d'un code et d'un intitulé.")
        if len(label) > MAX_LABEL:
            raise InvalidInputError(f"L'intitulé dépasse {MAX_LABEL} caractères.")
        if service.item_by_code(code, missing_ok=True) is not None:
            raise InvalidInputError(f"Le code « {code} » existe déjà : choisissez-en un autre.")
        parent = service.item_by_code(self.parent_code)
        for grade in self.grades:
            service.check_grade(grade)
        parent_row = session.get(FrameworkItem, parent.id)
        assert parent_row is not None
        row = FrameworkItem(
            id=item_uuid(f"custom:{code}:{new_id()}"),
            framework_id=parent_row.framework_id,
            code=code,
            label=label,
            kind=self.item_kind,
            parent_id=parent.id,
            grades=",".join(self.grades or parent.grades),
            lsu_code=parent.lsu_code,
            position=10_000 + len(service.items(include_hidden=True)),
            verified=True,
            custom=True,
        )
        session.add(row)
        return Outcome(Changes(Part.ITEMS), SetItemsDeleted((row.id,), True))


@dataclass(frozen=True)
class SetItemsDeleted:
    ids: tuple[str, ...]
    deleted: bool
    kind: str = "delete_items"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        stamp = now() if self.deleted else None
        for row in session.scalars(select(FrameworkItem).where(FrameworkItem.id.in_(self.ids))):
            row.deleted_at = stamp
        return Outcome(Changes(Part.ITEMS), SetItemsDeleted(self.ids, not self.deleted))


@dataclass(frozen=True)
class SetItemsHidden:
    """Hide items not worked this year (they stay in the carnet and in older records)."""

    ids: tuple[str, ...]
    hidden: bool
    kind: str = "hide_items"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        previous: dict[bool, list[str]] = {True: [], False: []}
        for row in session.scalars(select(FrameworkItem).where(FrameworkItem.id.in_(self.ids))):
            previous[row.hidden].append(row.id)
            row.hidden = self.hidden
        # Undo restores each item's own previous state: those already in the new state stay.
        inverse_ids = tuple(previous[not self.hidden])
        return Outcome(Changes(Part.ITEMS), SetItemsHidden(inverse_ids, not self.hidden))


@dataclass(frozen=True)
class ChangeSettings:
    values: tuple[tuple[str, str], ...]  # (key, JSON text), as stored
    kind: str = "change_settings"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        values = _checked_settings(session, service, self.values)
        previous = []
        for key, value in values:
            row = session.get(Setting, key)
            previous.append((key, row.value if row else None))
            if row is None:
                session.add(
                    Setting(
                        key=key,
                        value=value,
                        modified_at=service.carnet.stamp(),
                        device_id=service.carnet.device_id,
                    )
                )
            else:
                row.value, row.modified_at = value, service.carnet.stamp()
        inverse = ChangeSettings(tuple((k, v) for k, v in previous if v is not None))
        return Outcome(Changes(Part.SETTINGS), inverse)


def _checked_settings(
    session: Session, service: CarnetService, values: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The settings as they will be stored, each checked (``progression.settings``), and the
    carnet's settings as a whole checked against its scale; InvalidInputError otherwise."""
    from dataclasses import replace

    from progression import settings as codec
    from progression.schema import Scale, ScaleStep

    checked = {key: codec.check_stored(key, text) for key, text in values}
    candidate = replace(service.settings, **checked)
    current = service.settings.scale
    scale_id = session.scalars(
        select(Scale.id).where(Scale.code == candidate.scale, Scale.deleted_at.is_(None))
    ).first()
    if scale_id is None:
        known = ", ".join(code for code, _ in service.scales())
        raise InvalidInputError(f"Échelle « {shown(candidate.scale)} » inconnue dans ce carnet ; échelles : {known}.")
    if candidate.scale != current and session.scalar(
        select(Observation.id).where(Observation.deleted_at.is_(None)).limit(1)
    ) is not None:
        raise InvalidInputError(
            "Ce carnet contient déjà des observations : l'échelle ne peut plus changer cette année."
        )
    steps = session.execute(
        select(ScaleStep.rank, ScaleStep.value, ScaleStep.counts)
        .where(ScaleStep.scale_id == scale_id, ScaleStep.deleted_at.is_(None))
    ).all()
    codec.check_for_scale(candidate, [(rank, value, bool(counts)) for rank, value, counts in steps])
    encoded = codec.encode(candidate)
    return [(key, encoded[key]) for key, _ in values]


@dataclass(frozen=True)
class Batch:
    """Several operations as one user action (an import): one transaction, one undo entry."""

    operations: tuple[Operation, ...]
    kind: str = "batch"

    @property
    def size(self) -> int:
        return sum(op.size for op in self.operations)

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        changes = Changes()
        inverses: list[Operation] = []
        for operation in self.operations:
            outcome = operation.apply(session, service)
            changes = changes | outcome.changes
            inverses.append(outcome.inverse)
        return Outcome(changes, Batch(tuple(reversed(inverses)), kind=self.kind))


@dataclass(frozen=True)
class SaveClassDetails:
    """The class's name, school and teacher, as printed on every document."""

    label: str
    school: str
    teacher: str
    kind: str = "edit_class"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        from progression.schema import ClassGroup

        label = clean_line(self.label, "le nom de la classe")
        school, teacher = clean_line(self.school, "le nom de l'école"), clean_line(self.teacher, "l'enseignant")
        if not label:
            raise InvalidInputError("Donnez un nom à la classe (par exemple « CE1-CE2 »).")
        row = session.get(ClassGroup, service.class_info().id)
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

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        from progression.schema import ClassGroup

        onde_id = self.onde_class_id
        if onde_id is not None and not (onde_id.isascii() and onde_id.isdigit() and len(onde_id) <= 32):
            raise InvalidInputError(
                f"L'identifiant ONDE de la classe « {shown(onde_id)} » est un nombre (par exemple 1001) : il figure "
                "dans la liste des élèves extraite d'ONDE."
            )
        row = session.get(ClassGroup, service.class_info().id)
        assert row is not None
        inverse = SetClassOndeId(row.onde_class_id)
        row.onde_class_id = self.onde_class_id
        return Outcome(Changes(Part.CLASS), inverse)


@dataclass(frozen=True)
class SavePeriodDates:
    """New dates for the periods (another zone's holidays, a school's own calendar).

    Periods must still follow each other with no gap and stay inside the school year; the
    observations keep their own dates, so each simply counts in the period its date falls in.
    """

    dates: tuple[tuple[int, date, date], ...]  # (index, first day, last day)
    kind: str = "edit_periods"
    size: int = 1

    def apply(self, session: Session, service: CarnetService) -> Outcome:
        from progression.calendar import PeriodSpec, check_periods
        from progression.schema import Period

        periods = {p.index: p for p in service.periods()}
        if sorted(i for i, _, _ in self.dates) != sorted(periods):
            raise InvalidInputError("Donnez les dates de toutes les périodes de l'année.")
        specs = [PeriodSpec(i, periods[i].label, start, end) for i, start, end in sorted(self.dates)]
        check_periods(specs)
        klass = service.class_info()
        if specs[0].starts_on < klass.year_starts_on or specs[-1].ends_on > klass.year_ends_on:
            raise InvalidInputError(
                f"Les périodes doivent rester dans l'année scolaire {klass.year_label} "
                f"(du {klass.year_starts_on.strftime('%d/%m/%Y')} au {klass.year_ends_on.strftime('%d/%m/%Y')})."
            )
        inverse = SavePeriodDates(tuple((p.index, p.starts_on, p.ends_on) for p in periods.values()))
        for spec in specs:
            row = session.get(Period, periods[spec.index].id)
            assert row is not None
            row.starts_on, row.ends_on = spec.starts_on, spec.ends_on
        return Outcome(Changes(Part.CLASS), inverse)
