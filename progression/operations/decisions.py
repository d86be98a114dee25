"""The teacher's word on a period: a step decided for an item (override), an appreciation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome, now
from progression.operations.context import CarnetContext
from progression.schema import Appreciation, SynthesisOverride, new_id
from progression.validation import check_appreciation, check_text, clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        context.item(self.item_id)
        context.pupil(self.pupil_id)
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
            step = context.step(self.step_id)
            if not step.counts:
                raise InvalidInputError("step.not_counted", short=step.short)
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

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        context.pupil(self.pupil_id)
        # What LSU and every printed bilan will carry: refused here if no document could hold it.
        text, author = check_appreciation(self.text), clean_line(self.author, "l'auteur")
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
