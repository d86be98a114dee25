"""Reading aloud and comprehension grids: one entered for a pupil, or deleted (and back on undo)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from progression.changes import Changes, Part
from progression.operations.base import Outcome
from progression.operations.context import CarnetContext
from progression.operations.tombstones import SetDeleted, Tombstones
from progression.reading_grids import check_levels
from progression.schema import ReadingGrid, new_id
from progression.validation import check_text, clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

READING_GRIDS = Tombstones(ReadingGrid, Part.READING_GRIDS, "delete_reading_grid", pupils="pupil_id")


class SetReadingGridsDeleted(SetDeleted):
    def __init__(self, ids: tuple[str, ...], deleted: bool) -> None:
        super().__init__(READING_GRIDS, ids, deleted)


@dataclass(frozen=True)
class AddReadingGrid:
    """One grid as the teacher filled it: ``levels`` gives every criterion of the grid a level 1–4."""

    pupil_id: str
    assessed_on: date
    grid: str  # "prosody" or "comprehension"
    levels: tuple[tuple[str, int], ...]  # (criterion code, level), a tuple so the operation stays frozen
    text_title: str = ""
    prepared: bool = False
    comment: str = ""
    author: str = ""
    kind: str = "add_reading_grid"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        levels = check_levels(self.grid, dict(self.levels))
        context.check_pupil_present(self.pupil_id, self.assessed_on)
        context.check_date_in_year(self.assessed_on)
        row = ReadingGrid(
            id=new_id(),
            pupil_id=self.pupil_id,
            assessed_on=self.assessed_on,
            kind=self.grid,
            text_title=clean_line(self.text_title, "le titre du texte"),
            prepared=self.prepared,
            levels=json.dumps(levels, ensure_ascii=False, sort_keys=True),
            comment=check_text(self.comment, "le commentaire"),
            author=clean_line(self.author, "l'auteur"),
        )
        session.add(row)
        return Outcome(
            Changes(Part.READING_GRIDS, pupils=frozenset({self.pupil_id})),
            SetReadingGridsDeleted((row.id,), True),
        )
