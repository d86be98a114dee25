"""The class grid as an Excel / LibreOffice workbook.

Sheets: one per period (pupils × items: the step's short label on the step's colour,
« non évalué » in grey italics, bold for a teacher's decision, grey blank where an item
is not of the pupil's grade), « Légende » (steps and every item's full label),
« Statistiques » (count of each step per item and period) and « Fluence » (one row per
measure). Item codes head the columns; each carries its full label as a cell comment.
Every sheet prints landscape on A4, fitted to the page width, header row repeated.

Every user string is written as a string cell (never a formula, never an error value), so
a pupil called ``=HYPERLINK(…)`` stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.french import NOT_EVALUATED_TEXT, TEACHER_DECISION_TEXT, long_date
from exports.report import ClassGrid, Mark, PeriodGrid, ReportItem, StepStyle
from exports.safe import atomic_file, clean_text, looks_like_formula

Progress = Callable[[int, int], None]

MAX_CELL = 32767  # Excel's limit on characters in a cell
HEADER_FILL = PatternFill("solid", fgColor="FF2F4A6D")
HEADER_FONT = Font(bold=True, color="FFFFFFFF")
NOT_APPLICABLE_FILL = PatternFill("solid", fgColor="FFEDEDED")
NOT_EVALUATED_FONT = Font(italic=True, color="FF808080")
THIN = Side(style="thin", color="FFB8C2CC")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
KIND_NAMES = {"domain": "domaine", "competency": "compétence", "objective": "objectif"}
_BAD_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def write_class_grid(grid: ClassGrid, path: Path, *, progress: Progress | None = None) -> Path:
    """Writes the workbook to ``path`` (atomically) and returns ``path``."""
    path = Path(path)
    total = len(grid.periods) + 3
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "Progression"
    header = grid.header
    workbook.properties.title = clean_text(f"Grille de lecture — {header.class_label} — {header.year_label}")
    names = sheet_names([period.label for period in grid.periods] + ["Légende", "Statistiques", "Fluence"])
    look = _StepLook(grid.scale)
    for done, (period, name) in enumerate(zip(grid.periods, names, strict=False), start=1):
        _period_sheet(workbook.create_sheet(name), period, look)
        _report(progress, done, total)
    _legend_sheet(workbook.create_sheet(names[-3]), grid, look)
    _statistics_sheet(workbook.create_sheet(names[-2]), grid)
    _report(progress, total - 1, total)
    _fluency_sheet(workbook.create_sheet(names[-1]), grid)
    for sheet in workbook.worksheets:
        _print_setup(sheet, grid)
    with atomic_file(path) as handle:
        workbook.save(handle)
    _report(progress, total, total)
    return path


def sheet_names(labels: Sequence[str]) -> list[str]:
    """Names Excel accepts: ≤ 31 characters, none of ``[]:*?/\\``, unique ignoring case."""
    names: list[str] = []
    taken: set[str] = set()
    for label in labels:
        base = _BAD_IN_SHEET_NAME.sub("-", clean_text(label)).strip().strip("'")[:31] or "Feuille"
        name, copy = base, 1
        while name.casefold() in taken:
            copy += 1
            suffix = f" ({copy})"
            name = base[: 31 - len(suffix)] + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Writes ``value``; strings always as plain text, never as a formula or an error code."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value)[:MAX_CELL]
        cell.value = value
        # openpyxl turns "=…" into a formula and "#N/A" into an error; a name is neither.
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


class _StepLook:
    """Fills and fonts per step, built once (openpyxl styles are shared objects)."""

    def __init__(self, scale: Iterable[StepStyle]) -> None:
        self.fills: dict[StepStyle, PatternFill] = {}
        self.fonts: dict[tuple[StepStyle, bool], Font] = {}
        for step in scale:
            self._add(step)

    def _add(self, step: StepStyle) -> None:
        colour = _argb(step.color)
        self.fills[step] = PatternFill("solid", fgColor=colour)
        ink = "FF000000" if _light(colour) else "FFFFFFFF"
        self.fonts[(step, False)] = Font(color=ink)
        self.fonts[(step, True)] = Font(color=ink, bold=True)

    def style(self, cell: Cell, mark: Mark) -> None:
        step = mark.step
        if step is None:
            cell.font = NOT_EVALUATED_FONT
            return
        if step not in self.fills:
            self._add(step)  # a step missing from the scale still gets its colour
        cell.fill = self.fills[step]
        cell.font = self.fonts[(step, mark.overridden)]


def _argb(hex_color: str) -> str:
    digits = hex_color.strip().lstrip("#")
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", digits):
        digits = "EEEEEE"
    return "FF" + digits.upper()


def _light(argb: str) -> bool:
    red, green, blue = (int(argb[i:i + 2], 16) for i in (2, 4, 6))
    return 0.299 * red + 0.587 * green + 0.114 * blue > 140


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _header(sheet: Worksheet, titles: Sequence[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = put(sheet, 1, column, title)
        cell.fill, cell.font, cell.alignment, cell.border = HEADER_FILL, HEADER_FONT, CENTRE, BORDER


def _finish_table(sheet: Worksheet, columns: int, rows: int, freeze: str) -> None:
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"


def _period_sheet(sheet: Worksheet, period: PeriodGrid, look: _StepLook) -> None:
    items = period.items
    _header(sheet, ["Élève", "Niveau", *(item.code for item in items)])
    for column, item in enumerate(items, start=3):
        comment = Comment(clean_text(item.label)[:MAX_CELL], "Progression")
        comment.width, comment.height = 320, max(60, 18 * (len(item.label) // 45 + 2))
        sheet.cell(row=1, column=column).comment = comment
    for row, line in enumerate(period.rows, start=2):
        put(sheet, row, 1, line.pupil).border = BORDER
        put(sheet, row, 2, line.grade).border = BORDER
        for column, item in enumerate(items, start=3):
            if not item.applies_to(line.grade):
                cell = sheet.cell(row=row, column=column)
                cell.fill = NOT_APPLICABLE_FILL
                cell.border = BORDER
                continue
            mark = line.mark(item.code)
            cell = put(sheet, row, column, mark.step.short if mark.step else NOT_EVALUATED_TEXT)
            look.style(cell, mark)
            cell.alignment = CENTRE
            cell.border = BORDER
    longest = max([len(line.pupil) for line in period.rows] + [12])
    sheet.column_dimensions["A"].width = min(40, longest + 2)
    sheet.column_dimensions["B"].width = 8
    for column in range(3, len(items) + 3):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    _finish_table(sheet, len(items) + 2, len(period.rows) + 1, "C2")


def _legend_sheet(sheet: Worksheet, grid: ClassGrid, look: _StepLook) -> None:
    _header(sheet, ["Symbole", "Échelon", "Libellé", "Rang", "Valeur", "Compte dans les synthèses"])
    row = 2
    for step in grid.scale:
        put(sheet, row, 1, step.symbol).alignment = CENTRE
        look.style(put(sheet, row, 2, step.short), Mark(step))
        put(sheet, row, 3, step.label)
        put(sheet, row, 4, step.rank)
        put(sheet, row, 5, step.value)
        put(sheet, row, 6, "oui" if step.counts else "non")
        row += 1
    notes = [
        (NOT_EVALUATED_TEXT, "aucune observation retenue pour cette période"),
        ("en gras", f"{TEACHER_DECISION_TEXT} (positionnement retenu par l'enseignant)"),
        ("case grise vide", "objectif d'un autre niveau que celui de l'élève"),
    ]
    row += 1
    for sample, meaning in notes:
        cell = put(sheet, row, 2, sample)
        if sample == NOT_EVALUATED_TEXT:
            cell.font = NOT_EVALUATED_FONT
        elif sample == "en gras":
            cell.font = Font(bold=True)
        else:
            cell.fill = NOT_APPLICABLE_FILL
        put(sheet, row, 3, meaning)
        row += 1

    row += 1
    for column, title in enumerate(["Code", "Type", "Niveaux", "Intitulé complet"], start=1):
        cell = put(sheet, row, column, title)
        cell.fill, cell.font, cell.alignment = HEADER_FILL, HEADER_FONT, CENTRE
    for item in _all_items(grid):
        row += 1
        put(sheet, row, 1, item.code).alignment = WRAP_TOP
        put(sheet, row, 2, KIND_NAMES.get(item.kind, item.kind)).alignment = WRAP_TOP
        put(sheet, row, 3, ", ".join(item.grades) or "tous").alignment = WRAP_TOP
        put(sheet, row, 4, item.label).alignment = WRAP_TOP
    for letter, width in zip("ABCDEF", (16, 24, 60, 8, 8, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["D"].width = 90
    sheet.freeze_panes = "A2"


def _all_items(grid: ClassGrid) -> list[ReportItem]:
    seen: dict[str, ReportItem] = {}
    for period in grid.periods:
        for item in period.items:
            seen.setdefault(item.code, item)
    return list(seen.values())


def _statistics_sheet(sheet: Worksheet, grid: ClassGrid) -> None:
    steps = list(grid.scale)
    _header(sheet, ["Période", "Code", "Item", *(step.short for step in steps), NOT_EVALUATED_TEXT,
                    "Élèves concernés"])
    row = 1
    for period in grid.periods:
        for item in period.items:
            row += 1
            concerned = [line for line in period.rows if item.applies_to(line.grade)]
            put(sheet, row, 1, period.label)
            put(sheet, row, 2, item.code)
            put(sheet, row, 3, item.label).alignment = Alignment(wrap_text=False, vertical="top")
            marks = [line.mark(item.code).step for line in concerned]
            for column, step in enumerate(steps, start=4):
                put(sheet, row, column, sum(1 for mark in marks if mark == step))
            put(sheet, row, len(steps) + 4, sum(1 for mark in marks if mark is None))
            put(sheet, row, len(steps) + 5, len(concerned))
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 60
    for column in range(4, len(steps) + 6):
        sheet.column_dimensions[get_column_letter(column)].width = 13
    _finish_table(sheet, len(steps) + 5, row, "D2")


def _fluency_sheet(sheet: Worksheet, grid: ClassGrid) -> None:
    _header(sheet, ["Élève", "Niveau", "Date", "Mots correctement lus par minute", "Texte lu"])
    row = 1
    for line in grid.fluency:
        for point in sorted(line.measures, key=lambda measure: measure.when):
            row += 1
            put(sheet, row, 1, line.pupil)
            put(sheet, row, 2, line.grade)
            day = put(sheet, row, 3, point.when)
            day.number_format = "DD/MM/YYYY"
            put(sheet, row, 4, float(point.mclm)).number_format = "0.0"
            put(sheet, row, 5, point.text)
    for letter, width in zip("ABCDE", (30, 8, 12, 16, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    _finish_table(sheet, 5, row, "B2")


def _print_setup(sheet: Worksheet, grid: ClassGrid) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    # 0 = as many pages tall as needed; only the width is fitted.
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    header = grid.header
    # Header and footer codes start with "&": user text is escaped by doubling it.
    title = clean_text(f"{header.school} — {header.class_label} — {header.year_label}").replace("&", "&&")
    sheet.oddHeader.center.text = f"{title} — &A"
    sheet.oddFooter.left.text = f"Édité le {long_date(header.generated_on)}"
    sheet.oddFooter.right.text = "page &P / &N"

