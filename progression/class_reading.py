"""What the class documents (summary PDF, xlsx grid, CSV) carry of reading beyond the grid, per pupil:
the works read since the start of the year against the programme's figure, the mean level of the
latest reading aloud and comprehension grids, and for a pupil followed on the code the
correspondences decoded beside those taught to the class.

Made from the pupils' period reports (``exports.report.PupilReport``: the same figures as the
pupils' pages) and the class's code progression, everything up to the period's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from exports.report import GridReport, PupilReport, ReadingRow
from progression.code_progression import CodeUnitView
from progression.reading_grids import grid
from progression.works import programme_figure


def figure_words(grade: str) -> str:
    """« 5 à 10 », « au moins 7 »: the programme's figure of works a year; empty when none is known."""
    figure = programme_figure(grade)
    if figure is None:
        return ""
    return f"{figure.minimum} à {figure.maximum}" if figure.maximum is not None else f"au moins {figure.minimum}"


def _mean(report: GridReport | None) -> float | None:
    if report is None or not report.levels:
        return None
    return sum(level for _, level in report.levels) / len(report.levels)


def reading_rows(pupils: Sequence[PupilReport], progression: Sequence[CodeUnitView],
                 until: date) -> tuple[ReadingRow, ...]:
    """One row per pupil, in the report's order; a pupil with nothing of it still has a row."""
    taught = sum(1 for unit in progression if unit.taught_on is not None and unit.taught_on <= until)
    prosody, comprehension = grid("prosody").label, grid("comprehension").label
    rows = []
    for pupil in pupils:
        grids = {report.title: report for report in pupil.grids}
        followed = bool(pupil.code_decoded or pupil.code_learning)
        rows.append(ReadingRow(
            pupil=pupil.label,
            grade=pupil.grade,
            works_read=pupil.works.year_count if pupil.works is not None else None,
            works_figure=figure_words(pupil.grade) if pupil.works is not None else "",
            prosody=_mean(grids.get(prosody)),
            prosody_on=grids[prosody].when if prosody in grids else None,
            comprehension=_mean(grids.get(comprehension)),
            comprehension_on=grids[comprehension].when if comprehension in grids else None,
            code_known=len(pupil.code_decoded) if followed else None,
            code_taught=taught,
            code_total=len(progression),
        ))
    return tuple(rows)
