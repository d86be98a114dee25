"""The class grid as CSV for spreadsheets and scripts.

Format: UTF-8 with a BOM and ``;`` as separator, lines ending in CRLF — what French Excel
opens correctly with a double click (without the BOM it reads the file as Windows-1252).

Shape: LONG, one line per period × pupil × item of the pupil's grade, rather than a wide
grid: it filters, sorts and pivots without reshaping, stays the same whatever the
framework, and holds a multi-grade class without blank cells. Then, per period, a pupil's reading
beyond the grid, in words in ``Échelon``: ``OEUVRES`` (works read since the start of the year, with
the programme's figure), ``VOIX_HAUTE`` and ``COMPREHENSION`` (mean level out of 4 of the latest
grid, its day in ``Date``), ``CODE`` (correspondences known, taught to the class, in the
progression); only the lines a pupil has. Then one line per fluency measure, with ``FLUENCE`` as its
code. Columns:

``Période;Élève;Niveau;Code;Item;Rang;Échelon;Score;Décision de l'enseignant;Date;Mots correctement
lus par minute;Texte lu;Texte préparé;Repère estimé à cette date (non officiel);Objectif officiel de fin d'année``

- ``Rang`` is the step's rank on the scale (empty for marks off the scale such as Absent);
- ``Échelon`` the step's short label, or ``non évalué`` when nothing was observed;
- ``Score`` 0–100 when the rule computed one, else empty;
- ``Décision de l'enseignant`` ``oui`` when the teacher set the step by hand, else ``non``;
- the last six columns are filled on fluency lines only: the day (``jj/mm/aaaa``), the measure
  (decimal comma, as French spreadsheets read it), the text, whether it was prepared, the
  estimated line's value that day — **not official** — and the programme's end-of-year figure
  for that kind of reading (the only official one).

Text that a spreadsheet would run as a formula (starting with ``= + - @``, tab or carriage
return) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from exports.french import NOT_EVALUATED_TEXT, number, short_date
from exports.reading_words import code_words, level_words, shown, works_words
from exports.report import ClassGrid, ReadingRow
from exports.safe import atomic_file, csv_text

Progress = Callable[[int, int], None]

COLUMNS = ("Période", "Élève", "Niveau", "Code", "Item", "Rang", "Échelon", "Score",
           "Décision de l'enseignant", "Date", "Mots correctement lus par minute", "Texte lu", "Texte préparé",
           "Repère estimé à cette date (non officiel)", "Objectif officiel de fin d'année")
FLUENCY_CODE = "FLUENCE"
FLUENCY_ITEM = "Fluence : mots correctement lus par minute"
_NO_FLUENCY = ("",) * 6
WORKS_CODE, PROSODY_CODE, COMPREHENSION_CODE, CODE_CODE = "OEUVRES", "VOIX_HAUTE", "COMPREHENSION", "CODE"


def decimal(value: float | None) -> str:
    """A figure as French spreadsheets read it (``64,5``); empty for None."""
    return "" if value is None else number(value)


def _reading_lines(row: ReadingRow) -> list[tuple[str, str, str, date | None]]:
    """(code, item, value in words, day) of a pupil's works, grids and code, those he has."""
    lines: list[tuple[str, str, str, date | None]] = []
    if row.works_read is not None:
        lines.append((WORKS_CODE, "Œuvres lues depuis la rentrée (repère du programme)", works_words(row), None))
    if row.prosody is not None:
        lines.append((PROSODY_CODE, "Lecture à voix haute : niveau moyen de la dernière grille",
                      level_words(row.prosody, None), row.prosody_on))
    if row.comprehension is not None:
        lines.append((COMPREHENSION_CODE, "Compréhension : niveau moyen de la dernière grille",
                      level_words(row.comprehension, None), row.comprehension_on))
    if row.code_known is not None:
        lines.append((CODE_CODE, "Code : correspondances sues, enseignées à la classe, de la progression",
                      code_words(row), None))
    return lines


def write_class_grid_csv(grid: ClassGrid, path: Path, *, progress: Progress | None = None) -> Path:
    """Writes the long CSV described above to ``path`` (atomically) and returns ``path``."""
    path = Path(path)
    total = len(grid.periods)
    with atomic_file(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for done, period in enumerate(grid.periods, start=1):
            for row in period.rows:
                for item in period.items:
                    if not item.applies_to(row.grade):
                        continue
                    mark = row.mark(item.code)
                    step = mark.step
                    writer.writerow((
                        csv_text(period.label), csv_text(row.pupil), csv_text(row.grade),
                        csv_text(item.code), csv_text(item.label),
                        "" if step is None or step.rank is None else step.rank,
                        csv_text(step.short) if step is not None else NOT_EVALUATED_TEXT,
                        "" if mark.score is None else mark.score,
                        "oui" if mark.overridden else "non",
                        *_NO_FLUENCY,
                    ))
            if progress is not None:
                progress(done, total)
        for period in grid.periods:
            for reading in shown(period.reading):
                for code, wording, value, day in _reading_lines(reading):
                    writer.writerow((csv_text(period.label), csv_text(reading.pupil), csv_text(reading.grade), code,
                                     wording, "", csv_text(value), "", "", short_date(day) if day else "",
                                     *_NO_FLUENCY[1:]))
        for line in grid.fluency:
            for point in sorted(line.measures, key=lambda measure: measure.when):
                writer.writerow((
                    csv_text(point.period), csv_text(line.pupil), csv_text(line.grade), FLUENCY_CODE, FLUENCY_ITEM,
                    "", "", "", "",
                    short_date(point.when), decimal(point.mclm), csv_text(point.text),
                    "oui" if point.prepared else "non", decimal(point.estimate), decimal(point.target),
                ))
        text.flush()
        # The atomic writer owns the binary file and closes it after syncing it to disk.
        text.detach()
    return path
