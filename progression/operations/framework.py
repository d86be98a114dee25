"""The framework and the scales: the teacher's own items, hiding items, importing a framework file,
adding a scale — each undoable. The rows a framework or a scale is made of are written here too,
for a new carnet as for an import (``add_framework_rows``, ``add_scale_rows``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select

from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.framework import MAX_LABEL, FrameworkSpec, check_tree, framework_uuid, item_uuid
from progression.operations.base import Batch, Operation, Outcome
from progression.operations.context import CarnetContext
from progression.operations.tombstones import FRAMEWORKS, SCALES, SetDeleted, SetItemsDeleted
from progression.scales import ScaleSpec
from progression.schema import Framework, FrameworkItem, Scale, ScaleStep, new_id, stable_id
from progression.synthesis import default_thresholds
from progression.validation import check_grade, clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SaveCustomItem:
    code: str
    label: str
    parent_code: str
    grades: tuple[str, ...]
    kind: str = "add_item"
    size: int = 1
    item_kind: str = "objective"

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        code, label = clean_line(self.code, "le code", 64), clean_line(self.label, "l'intitulé", 4 * MAX_LABEL)
        if not code or not label:
            raise InvalidInputError("item.code_and_label_needed")
        if len(label) > MAX_LABEL:
            raise InvalidInputError("item.label_too_long", most=MAX_LABEL)
        if context.item_by_code(code, missing_ok=True) is not None:
            raise InvalidInputError("item.code_taken", code=code)
        parent = context.item_by_code(self.parent_code)
        for grade in self.grades:
            check_grade(grade)
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
            position=10_000 + len(context.items(include_hidden=True)),
            verified=True,
            custom=True,
        )
        session.add(row)
        return Outcome(Changes(Part.ITEMS), SetItemsDeleted((row.id,), True))


@dataclass(frozen=True)
class SetItemsHidden:
    """Hide items not worked this year (they stay in the carnet and in older records)."""

    ids: tuple[str, ...]
    hidden: bool
    kind: str = "hide_items"

    @property
    def size(self) -> int:
        return len(self.ids)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        previous: dict[bool, list[str]] = {True: [], False: []}
        for row in session.scalars(select(FrameworkItem).where(FrameworkItem.id.in_(self.ids))):
            previous[row.hidden].append(row.id)
            row.hidden = self.hidden
        # Undo restores each item's own previous state: those already in the new state stay.
        inverse_ids = tuple(previous[not self.hidden])
        return Outcome(Changes(Part.ITEMS), SetItemsHidden(inverse_ids, not self.hidden))


@dataclass(frozen=True)
class ImportFramework:
    """Add a teacher's framework file to the carnet (new codes only), as one undoable action."""

    spec: FrameworkSpec
    kind: str = "import_framework"

    @property
    def size(self) -> int:
        return len(self.spec.items)

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        existing = {i.code for i in context.items(include_hidden=True)}
        clash = [i.code for i in self.spec.items if i.code in existing]
        if clash:
            raise InvalidInputError("framework.code_taken", code=clash[0])
        check_tree(self.spec.items, self.spec.label, known_codes=existing)
        framework_id, new_framework, item_ids = add_framework_rows(session, self.spec, hidden=False, custom=True)
        undo: list[Operation] = [SetItemsDeleted(item_ids, True)]
        if new_framework:
            undo.append(SetDeleted(FRAMEWORKS, (framework_id,), True))
        return Outcome(Changes(Part.ITEMS), Batch(tuple(undo), kind=self.kind))


@dataclass(frozen=True)
class AddScale:
    """Add the teacher's own scale (2 to 6 counting steps, values 0–100 rising with rank)."""

    spec: ScaleSpec
    kind: str = "add_scale"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        spec = self.spec
        counting = [s for s in spec.steps if s.counts]
        if not 2 <= len(counting) <= 6:
            raise InvalidInputError("scale.step_count")
        if any(code == spec.code for code, _ in context.scales()):
            raise InvalidInputError("scale.code_taken", code=spec.code)
        try:
            default_thresholds([(s.rank, s.value) for s in counting])  # type: ignore[misc]
        except ValueError as error:
            raise InvalidInputError("scale.invalid", label=spec.label, reason=str(error)) from error
        scale_id = add_scale_rows(session, spec)
        return Outcome(Changes(Part.SETTINGS), SetDeleted(SCALES, (scale_id,), True))


# ---------------------------------------------------------------- rows


def add_scale_rows(session: Session, spec: ScaleSpec) -> str:
    """Write a scale and its steps; return the scale's id. Ids are stable (the same in every carnet),
    so a scale taken back by undo and added again is the same rows, brought back."""
    scale_id = stable_id("scale", spec.code)
    scale = _existing(session, Scale, [scale_id]).get(scale_id) or Scale(id=scale_id)
    scale.code, scale.label, scale.deleted_at = spec.code, spec.label, None
    session.add(scale)
    step_ids = [stable_id("step", f"{spec.code}:{step.short}") for step in spec.steps]
    found = _existing(session, ScaleStep, step_ids)
    for position, (step_id, step) in enumerate(zip(step_ids, spec.steps, strict=True)):
        row = found.get(step_id) or ScaleStep(id=step_id)
        row.scale_id, row.position, row.rank, row.short = scale_id, position, step.rank, step.short
        row.label, row.value, row.color, row.symbol = step.label, step.value, step.color, step.symbol
        row.counts, row.deleted_at = step.counts, None
        session.add(row)
    return scale_id


def add_framework_rows(
    session: Session, spec: FrameworkSpec, *, hidden: bool, custom: bool = False, offset: int = 0
) -> tuple[str, bool, tuple[str, ...]]:
    """Write a framework and its items: (framework id, whether the framework row is new, item ids).
    Like a scale's, an item's id comes from its code: an import taken back and made again brings
    the same rows back."""
    fw_id = framework_uuid(spec.code if not custom else f"custom:{spec.code}:{spec.label}")
    framework = session.get(Framework, fw_id)
    new_framework = framework is None or framework.deleted_at is not None
    if framework is None:
        session.add(
            Framework(
                id=fw_id,
                code=spec.code,
                label=spec.label,
                version=spec.version,
                cycle=spec.cycle,
                builtin=not custom,
                status=spec.status,
            )
        )
    else:
        framework.deleted_at = None
    base = offset if not custom else 100_000
    ids = tuple(item_uuid(item.code) for item in spec.items)
    found = _existing(session, FrameworkItem, ids)
    for position, (item_id, item) in enumerate(zip(ids, spec.items, strict=True)):
        row = found.get(item_id) or FrameworkItem(id=item_id)
        row.framework_id, row.code, row.label, row.kind = fw_id, item.code, item.label, item.kind
        row.parent_id = item_uuid(item.parent) if item.parent else None
        row.grades, row.lsu_code, row.coefficient = ",".join(item.grades), item.lsu_code, item.coefficient
        row.position, row.timing, row.verified = base + position, item.timing, item.verified
        row.custom, row.hidden, row.deleted_at = custom, hidden, None
        session.add(row)
        session.flush()
    return fw_id, new_framework, ids


_Row = TypeVar("_Row", Scale, ScaleStep, FrameworkItem)


def _existing(session: Session, model: type[_Row], ids: Sequence[str]) -> dict[str, _Row]:
    """The rows already holding these ids (deleted ones too: they are brought back, not duplicated)."""
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(list(ids))))}
