"""The class grid as an Excel / LibreOffice workbook, for the school and the inspector.

Sheets: one per period and grade (pupils of that grade × that grade's objectives: the step's
short label on the step's colour, « non évalué » in grey italics, bold for a teacher's
decision), « Légende » (steps and every item's full label), « Statistiques » (count of each
step per period, grade and item), « Fluence » (one row per measure, beside the official
end-of-year target and the repère estimé, said to be non official) and, when the class keeps any,
« Œuvres, grilles, code » (per period and pupil: works read against the programme's figure, the
latest grids' mean levels, the correspondences known and taught). Each objective's column
is headed by its code and a short title; its full label is in a cell comment and the legend.

Printing: landscape A4 at a fixed scale that keeps the text at least 9 points, over as
many pages wide as the grade's objectives need, the header row and the pupils' names
repeated on every page (never shrunk to one page wide, which printed 3-point text).

Every user string is written as a string cell (never a formula, never an error value), so
a pupil called ``=HYPERLINK(…)`` stays a name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.french import DECISION_SIGN, NOT_EVALUATED_TEXT, TEACHER_DECISION_TEXT, long_date
from exports.reading_words import EXPLANATION, shown
from exports.report import ClassGrid, Mark, PeriodGrid, ReportItem, StepStyle, in_school_order, not_evaluated_step
from exports.safe import atomic_file, clean_text, looks_like_formula
from exports.shades import print_fill

Progress = Callable[[int, int], None]

MAX_CELL = 32767  # Excel's limit on characters in a cell
MARK_COLUMN_WIDTH = 15  # characters; the header's short title wraps in it
LABEL_COLUMN_WIDTH = 80  # characters; full item labels wrap in it
SHORT_TITLE = 50  # characters of an item's label in its column header
PRINT_SCALE = 85  # per cent: the default 11-point text prints at 9.4 points
LINE_HEIGHT = 12.75  # points, one line of the default 11-point font
HEADER_FILL = PatternFill("solid", fgColor="FF2F4A6D")
HEADER_FONT = Font(bold=True, color="FFFFFFFF")
NOT_APPLICABLE_FILL = PatternFill("solid", fgColor="FFEDEDED")
NOT_EVALUATED_FONT = Font(italic=True, color="FF808080")
THIN = Side(style="thin", color="FFB8C2CC")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
MIDDLE = Alignment(vertical="center")
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
    grades = grid_grades(grid)
    per_grade: list[str | None] = list(grades) if grades else [None]
    sheets = [(period, grade) for period in grid.periods for grade in per_grade]
    reading = any(shown(period.reading) for period in grid.periods)
    names = sheet_names([period.label if grade is None or len(grades) == 1 else f"{period.label} — {grade}"
                         for period, grade in sheets] + ["Légende", "Statistiques", "Fluence"]
                        + (["Œuvres, grilles, code"] if reading else []))
    if reading:
        names, reading_name = names[:-1], names[-1]
    look = _StepLook(grid.scale, workbook)
    for (period, grade), name in zip(sheets, names, strict=False):
        _period_sheet(workbook.create_sheet(name), period, grade, look)
        _report(progress, grid.periods.index(period) + 1, total)
    _legend_sheet(workbook.create_sheet(names[-3]), grid, look)
    _statistics_sheet(workbook.create_sheet(names[-2]), grid)
    _report(progress, total - 1, total)
    _fluency_sheet(workbook.create_sheet(names[-1]), grid)
    if reading:
        _reading_sheet(workbook.create_sheet(reading_name), grid)
    for sheet in workbook.worksheets:
        _print_setup(sheet, grid)
    with atomic_file(path) as handle:
        workbook.save(handle)
    _report(progress, total, total)
    return path


def grid_grades(grid: ClassGrid) -> list[str]:
    """The class's grades that have pupils, in the school's order when the grid gives it."""
    return in_school_order((row.grade for period in grid.periods for row in period.rows), grid.grades)


def short_title(label: str, longest: int = SHORT_TITLE) -> str:
    """The start of a label, cut between words, for a column header (the comment holds it all)."""
    words = " ".join(clean_text(label).split())
    if len(words) <= longest:
        return words
    cut = words[: longest - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


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
    """Fills and fonts per step, built once (openpyxl styles are shared objects). The fills are
    the printed documents' (``exports.shades``): a grid printed in black and white keeps its
    steps apart."""

    def __init__(self, scale: Sequence[StepStyle], workbook: Workbook | None = None) -> None:
        self.scale = tuple(scale)
        self.fills: dict[StepStyle, PatternFill] = {}
        self.fonts: dict[tuple[StepStyle, bool], Font] = {}
        self.workbook = workbook
        self._named: dict[tuple[StepStyle | None, bool], str] = {}
        for step in scale:
            self._add(step)

    def mark_style(self, mark: Mark) -> str:
        """One named style per look of a grid cell: a single assignment per cell instead of four,
        which is most of the time openpyxl spends on a class grid."""
        key = (mark.step, mark.overridden if mark.step is not None else False)
        name = self._named.get(key)
        if name is None:
            assert self.workbook is not None
            name = f"Progression {len(self._named) + 1}"
            style = NamedStyle(name=name, alignment=CENTRE, border=BORDER)
            if mark.step is None:
                style.font = NOT_EVALUATED_FONT
            else:
                if mark.step not in self.fills:
                    self._add(mark.step)
                style.fill = self.fills[mark.step]
                style.font = self.fonts[(mark.step, mark.overridden)]
            self.workbook.add_named_style(style)
            self._named[key] = name
        return name

    def _add(self, step: StepStyle) -> None:
        # A step off the scale's ranks (absent…) or missing from the scale: white, its label says it.
        colour = _argb(print_fill(step, self.scale) or "#FFFFFF")
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


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[float], row: int = 1) -> None:
    """Header cells and column widths; the row is made tall enough for titles that wrap."""
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = put(sheet, row, column, title)
        cell.fill, cell.font, cell.alignment, cell.border = HEADER_FILL, HEADER_FONT, CENTRE, BORDER
        dimension = sheet.column_dimensions[get_column_letter(column)]
        # A second table lower on the sheet only widens columns (openpyxl's default is 13).
        dimension.width = width if row == 1 else max(dimension.width, width)
    # Bold text is wider: count a header's lines on a narrower column.
    lines = max(_lines(title, width * 0.8) for title, width in zip(titles, widths, strict=True))
    if lines > 1:
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 3


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (a generous estimate)."""
    usable = max(1.0, width - 2)
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n"))


def _wrapped(sheet: Worksheet, row: int, column: int, text: str, width: float) -> Cell:
    # Neither Excel nor LibreOffice grows a row for wrapped text in a generated file.
    cell = put(sheet, row, column, text)
    cell.alignment = WRAP_TOP
    height = LINE_HEIGHT * _lines(text, width) + 3
    current = sheet.row_dimensions[row].height or 0
    sheet.row_dimensions[row].height = max(current, height)
    return cell


def _finish_table(sheet: Worksheet, columns: int, rows: int, freeze: str) -> None:
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"


def _period_sheet(sheet: Worksheet, period: PeriodGrid, grade: str | None, look: _StepLook) -> None:
    """Pupils of ``grade`` (all pupils if None) × the objectives of their grade."""
    rows = [line for line in period.rows if grade is None or line.grade == grade]
    items = [item for item in period.items if grade is None or item.applies_to(grade)]
    longest = max([len(line.pupil) for line in rows] + [12])
    _header(sheet, ["Élève", "Niveau", *(f"{item.code}\n{short_title(item.label)}" for item in items)],
            [min(40, longest + 2), 8, *([MARK_COLUMN_WIDTH] * len(items))])
    for column, item in enumerate(items, start=3):
        comment = Comment(clean_text(item.label)[:MAX_CELL], "Progression")
        comment.width, comment.height = 320, max(60, 18 * (len(item.label) // 45 + 2))
        sheet.cell(row=1, column=column).comment = comment
    # « Partiellement atteints » needs two lines in a mark column.
    shorts = [len(step.short) for step in look.fills] + [len(NOT_EVALUATED_TEXT)]
    tall = max(shorts) > MARK_COLUMN_WIDTH - 2
    for row, line in enumerate(rows, start=2):
        for column, value in ((1, line.pupil), (2, line.grade)):
            cell = put(sheet, row, column, value)
            cell.border, cell.alignment = BORDER, MIDDLE
        for column, item in enumerate(items, start=3):
            if not item.applies_to(line.grade):  # only in a sheet that mixes grades
                cell = sheet.cell(row=row, column=column)
                cell.fill = NOT_APPLICABLE_FILL
                cell.border = BORDER
                continue
            mark = line.mark(item.code)
            cell = put(sheet, row, column, mark_text(mark))
            cell.style = look.mark_style(mark)
        if tall:
            sheet.row_dimensions[row].height = 2 * LINE_HEIGHT + 3
    _finish_table(sheet, len(items) + 2, len(rows) + 1, "C2")
    sheet.print_title_cols = "A:B"


def mark_text(mark: Mark) -> str:
    """A grid cell's words: the step's short label, with the decision sign if the teacher decided."""
    if mark.step is None:
        return NOT_EVALUATED_TEXT
    return f"{mark.step.short} {DECISION_SIGN}" if mark.overridden else mark.step.short


def _legend_sheet(sheet: Worksheet, grid: ClassGrid, look: _StepLook) -> None:
    # Both tables share their columns' meaning (A short key, C the long text) so that
    # the widths suit both.
    widths = (16, 24, LABEL_COLUMN_WIDTH, 10, 8, 14)
    _header(sheet, ["Symbole", "Échelon", "Libellé", "Rang", "Valeur", "Compte dans les synthèses"], widths)
    row = 2
    for step in grid.scale:
        put(sheet, row, 1, step.symbol).alignment = CENTRE
        look.style(put(sheet, row, 2, step.short), Mark(step))
        _wrapped(sheet, row, 3, step.label, LABEL_COLUMN_WIDTH)
        put(sheet, row, 4, step.rank)
        put(sheet, row, 5, step.value)
        put(sheet, row, 6, "oui" if step.counts else "non")
        row += 1
    notes = [
        (NOT_EVALUATED_TEXT, "aucune observation retenue pour cette période", NOT_EVALUATED_FONT, None),
        (f"{DECISION_SIGN} en gras", f"{TEACHER_DECISION_TEXT} (positionnement retenu par l'enseignant)",
         Font(bold=True), None),
    ]
    row += 1
    for sample, meaning, font, fill in notes:
        cell = put(sheet, row, 2, sample)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        put(sheet, row, 3, meaning)
        row += 1
    row += 1
    _header(sheet, ["Code", "Type", "Intitulé complet", "Niveaux"], widths[:4], row=row)
    for item in _all_items(grid):
        row += 1
        put(sheet, row, 1, item.code).alignment = WRAP_TOP
        put(sheet, row, 2, KIND_NAMES.get(item.kind, item.kind)).alignment = WRAP_TOP
        _wrapped(sheet, row, 3, item.label, LABEL_COLUMN_WIDTH)
        put(sheet, row, 4, ", ".join(item.grades) or "tous").alignment = WRAP_TOP
    sheet.freeze_panes = "A2"


def _all_items(grid: ClassGrid) -> list[ReportItem]:
    seen: dict[str, ReportItem] = {}
    for period in grid.periods:
        for item in period.items:
            seen.setdefault(item.code, item)
    return list(seen.values())


def _statistics_sheet(sheet: Worksheet, grid: ClassGrid) -> None:
    steps: list[StepStyle | None] = list(grid.scale)
    blank = not_evaluated_step(grid.scale)
    if blank is None:
        steps.append(None)  # a column for marks with no step, unless the scale has its own
    titles = ["Période", "Niveau", "Code", "Item", *(step.short if step else NOT_EVALUATED_TEXT for step in steps),
              "Élèves concernés"]
    _header(sheet, titles, [10, 7, 14, 29, *([9] * (len(steps) + 1))])  # one page wide at the print scale
    row = 1
    grades = grid_grades(grid)
    for period in grid.periods:
        for grade in grades:
            pupils = [line for line in period.rows if line.grade == grade]
            for item in period.items:
                if not item.applies_to(grade):
                    continue
                row += 1
                put(sheet, row, 1, period.label).alignment = WRAP_TOP
                put(sheet, row, 2, grade).alignment = WRAP_TOP
                put(sheet, row, 3, item.code).alignment = WRAP_TOP
                _wrapped(sheet, row, 4, item.label, 29)
                marks = [line.mark(item.code).step or blank for line in pupils]
                for column, step in enumerate(steps, start=5):
                    put(sheet, row, column, sum(1 for mark in marks if mark == step)).alignment = WRAP_TOP
                put(sheet, row, len(steps) + 5, len(pupils)).alignment = WRAP_TOP
    _finish_table(sheet, len(titles), row, "E2")
    sheet.print_title_cols = "A:D"


FLUENCY_WIDTHS = [22, 7, 10, 11, 13, 9, 21, 16, 14]  # characters: one page wide when printed
FLUENCY_TITLES = ("Élève", "Niveau", "Période", "Date", "Mots correctement lus par minute", "Texte préparé",
                  "Texte lu", "Repère estimé à cette date (non officiel)", "Objectif officiel de fin d'année")


def _fluency_sheet(sheet: Worksheet, grid: ClassGrid) -> None:
    """Each measure beside what it is compared with, for its kind of reading: the programme's
    end-of-year figure (official) and the estimated line's value on that day (not official)."""
    _header(sheet, list(FLUENCY_TITLES), FLUENCY_WIDTHS)
    row = 1
    for line in grid.fluency:
        for point in sorted(line.measures, key=lambda measure: measure.when):
            row += 1
            put(sheet, row, 1, line.pupil)
            put(sheet, row, 2, line.grade)
            put(sheet, row, 3, point.period)
            put(sheet, row, 4, point.when).number_format = "DD/MM/YYYY"
            put(sheet, row, 5, float(point.mclm)).number_format = "0.0"
            put(sheet, row, 6, "oui" if point.prepared else "non")
            put(sheet, row, 7, point.text)
            if point.estimate is not None:
                put(sheet, row, 8, float(point.estimate)).number_format = "0.0"
            if point.target is not None:
                put(sheet, row, 9, float(point.target)).number_format = "0"
    _finish_table(sheet, len(FLUENCY_TITLES), row, "B2")
    note = row + 2
    cell = _wrapped(sheet, note, 1, "Seuls les objectifs de fin d'année sont officiels (programmes 2024 et 2025). "
                                    "Le repère estimé trace une ligne droite de l'objectif de fin d'année du niveau "
                                    "précédent, en septembre, à celui du niveau de l'élève, en juin : ce n'est pas "
                                    "un objectif officiel.", sum(FLUENCY_WIDTHS))
    cell.font = Font(italic=True, color="FF5F6B7A")
    sheet.merge_cells(start_row=note, start_column=1, end_row=note, end_column=len(FLUENCY_TITLES))


READING_WIDTHS = [10, 22, 7, 11, 11, 12, 11, 12, 11, 11, 11, 12]
READING_TITLES = ("Période", "Élève", "Niveau", "Œuvres lues depuis la rentrée", "Repère du programme (œuvres)",
                  "Lecture à voix haute : niveau moyen (1 à 4)", "Date de la grille",
                  "Compréhension : niveau moyen (1 à 4)", "Date de la grille", "Code : correspondances sues",
                  "Code : correspondances enseignées à la classe", "Code : correspondances de la progression")


def _reading_sheet(sheet: Worksheet, grid: ClassGrid) -> None:
    """Per period and pupil with works, grids or code marks: figures as numbers, to sort and count."""
    _header(sheet, list(READING_TITLES), READING_WIDTHS)
    row = 1
    for period in grid.periods:
        for line in shown(period.reading):
            row += 1
            put(sheet, row, 1, period.label)
            put(sheet, row, 2, line.pupil)
            put(sheet, row, 3, line.grade)
            if line.works_read is not None:
                put(sheet, row, 4, line.works_read)
                put(sheet, row, 5, line.works_figure)
            for column, level, day in ((6, line.prosody, line.prosody_on), (8, line.comprehension,
                                                                           line.comprehension_on)):
                if level is not None:
                    put(sheet, row, column, round(level, 2)).number_format = "0.0"
                if day is not None:
                    put(sheet, row, column + 1, day).number_format = "DD/MM/YYYY"
            if line.code_known is not None:
                put(sheet, row, 10, line.code_known)
                put(sheet, row, 11, line.code_taught)
                put(sheet, row, 12, line.code_total)
    _finish_table(sheet, len(READING_TITLES), row, "D2")
    note = row + 2
    cell = _wrapped(sheet, note, 1, EXPLANATION, sum(READING_WIDTHS))
    cell.font = Font(italic=True, color="FF5F6B7A")
    sheet.merge_cells(start_row=note, start_column=1, end_row=note, end_column=len(READING_TITLES))


def _print_setup(sheet: Worksheet, grid: ClassGrid) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    # A fixed scale, never "fit to one page wide": a grade's twenty objectives then print over
    # three pages, read with the repeated names and headers, instead of in 3-point text.
    sheet.page_setup.scale = PRINT_SCALE
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.page_setup.pageOrder = "overThenDown"
    sheet.print_title_rows = "1:1"
    header = grid.header
    # Header and footer codes start with "&": user text is escaped by doubling it.
    title = clean_text(f"{header.school} — {header.class_label} — {header.year_label}").replace("&", "&&")
    sheet.oddHeader.center.text = f"{title} — &A"
    sheet.oddFooter.left.text = f"Édité le {long_date(header.generated_on)}"
    sheet.oddFooter.right.text = "page &P / &N"

