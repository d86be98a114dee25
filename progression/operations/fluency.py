"""Fluency: a one-minute reading measured, of a text, syllables or pseudo-words (deleting one is
``SetFluencyDeleted``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from progression.changes import Changes, Part
from progression.fluency import check_reading
from progression.operations.base import Outcome
from progression.operations.context import CarnetContext
from progression.operations.tombstones import SetFluencyDeleted
from progression.schema import FluencyMeasure, new_id
from progression.validation import check_text, clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
    reading_kind: str = "text"  # what was read: "text", "syllables" or "pseudo_words"
    kind: str = "add_fluency"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        check_reading(self.words_read, self.errors, self.seconds, self.reading_kind)
        context.check_pupil_present(self.pupil_id, self.measured_on)
        context.check_date_in_year(self.measured_on)
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
            kind=self.reading_kind,
        )
        session.add(row)
        return Outcome(
            Changes(Part.FLUENCY, pupils=frozenset({self.pupil_id})),
            SetFluencyDeleted((row.id,), True),
        )
