"""The carnet's settings, checked one by one and as a whole against the carnet's scale."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from progression import settings as codec
from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome
from progression.operations.context import CarnetContext
from progression.schema import Observation, Scale, ScaleStep, Setting
from progression.settings import CarnetSettings
from progression.validation import shown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ChangeSettings:
    """New values for some of the carnet's settings (the rule, the window, the scale…)."""

    values: tuple[tuple[str, str], ...]  # (key, JSON text), as stored
    kind: str = "change_settings"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        values = _checked_settings(session, context, self.values)
        previous = []
        for key, value in values:
            row = session.get(Setting, key)
            previous.append((key, row.value if row else None))
            if row is None:
                session.add(Setting(key=key, value=value))  # stamped as it is flushed, like every row
            else:
                row.value = value
        inverse = ChangeSettings(tuple((k, v) for k, v in previous if v is not None))
        return Outcome(Changes(Part.SETTINGS), inverse)


def _checked_settings(
    session: Session, context: CarnetContext, values: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The settings as they will be stored, each checked (``progression.settings``), and the
    carnet's settings as a whole checked against its scale; InvalidInputError otherwise."""
    checked = {key: codec.check_stored(key, text) for key, text in values}
    candidate = context.settings._replace(**checked)
    current = context.settings.scale
    scale_id = session.scalars(
        select(Scale.id).where(Scale.code == candidate.scale, Scale.deleted_at.is_(None))
    ).first()
    if scale_id is None:
        known = ", ".join(code for code, _ in context.scales())
        raise InvalidInputError("scale.unknown_choose", scale=shown(candidate.scale), known=known)
    if candidate.scale != current and session.scalar(
        select(Observation.id).where(Observation.deleted_at.is_(None)).limit(1)
    ) is not None:
        raise InvalidInputError("scale.frozen")
    steps = session.execute(
        select(ScaleStep.rank, ScaleStep.value, ScaleStep.counts)
        .where(ScaleStep.scale_id == scale_id, ScaleStep.deleted_at.is_(None))
    ).all()
    codec.check_for_scale(candidate, [(rank, value, bool(counts)) for rank, value, counts in steps])
    encoded = codec.encode(candidate)
    return [(key, encoded[key]) for key, _ in values]


def settings_change(current: CarnetSettings, values: Mapping[str, Any]) -> ChangeSettings | None:
    """The operation that sets these values (typed: ``CarnetSettings`` fields), or None when none
    differs from ``current``. Impossible combinations are refused here, before anything is stored."""
    updated = {k: v for k, v in values.items() if getattr(current, k) != v}
    if not updated:
        return None
    candidate = current._replace(**updated)
    candidate.rule_options()
    encoded = codec.encode(candidate)
    return ChangeSettings(tuple((k, encoded[k]) for k in updated))
