"""Reading beyond the grid in the class documents: per pupil, the works read since the start of the
year against the programme's figure, the mean level of the latest reading aloud and comprehension
grids, and for a pupil followed on the code the correspondences known beside those taught to the
class. The words here are shared by the class summary (``exports.class_reading``), the xlsx and the CSV."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from exports.french import short_date
from exports.report import ReadingRow

HEADING = "Œuvres lues, grilles de lecture et code"
EXPLANATION = ("Œuvres : œuvres différentes lues depuis la rentrée, et le repère du programme pour le niveau (pas une "
               "note). Grilles : niveau moyen de la dernière grille de chaque sorte, de 1 à 4 (4 : le mieux réussi). "
               "Code : correspondances lettres-sons que l'élève sait lire (dernier relevé « Atteints » ou mieux), "
               "correspondances enseignées à la classe, et celles de la progression de la classe ; seulement pour "
               "les élèves suivis sur la page « Code ».")


def works_words(row: ReadingRow) -> str:
    """« 7 (repère : 5 à 10) »; empty when the class keeps no reading list."""
    if row.works_read is None:
        return ""
    return f"{row.works_read} (repère : {row.works_figure})" if row.works_figure else str(row.works_read)


def level_words(level: float | None, day: date | None) -> str:
    """« 2,25 / 4 le 19/11/2026 »; empty without a grid."""
    if level is None:
        return ""
    mean = f"{level:.2f}".rstrip("0").rstrip(".").replace(".", ",")  # a mean of four levels: 2,25
    return f"{mean} / 4" + (f" le {short_date(day)}" if day is not None else "")


def code_words(row: ReadingRow) -> str:
    """« 30 sues · 27 enseignées (sur 51) »; empty for a pupil without code marks."""
    if row.code_known is None:
        return ""
    known = f"{row.code_known} sue{'s' if row.code_known > 1 else ''}"
    taught = f"{row.code_taught} enseignée{'s' if row.code_taught > 1 else ''}"
    return f"{known} · {taught} (sur {row.code_total})"


def shown(rows: Sequence[ReadingRow]) -> list[ReadingRow]:
    """The pupils with something to say: works, a grid or code marks."""
    return [row for row in rows if not row.empty]
