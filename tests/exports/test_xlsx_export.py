"""The xlsx grid read back with openpyxl, and its raw XML checked for formulas."""

from __future__ import annotations

import csv
import itertools
import math
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from official_figures import OFFICIAL_FLUENCY
from openpyxl import load_workbook
from sample_reports import HOSTILE_NAMES, LONG_LABEL, MULTI_SCRIPT, make_class_grid

from exports.report import ClassGrid, PeriodGrid
from exports.shades import print_fill
from exports.xlsx import FLUENCY_TITLES, sheet_names, short_title, write_class_grid

SHEETS = ["Période 1 — CE1", "Période 1 — CE2", "Période 2 — CE1", "Période 2 — CE2", "Légende", "Statistiques",
          "Fluence"]


def _grade_sheets(grid: ClassGrid) -> list[tuple[PeriodGrid, str, str]]:
    return [(period, grade, f"{period.label} — {grade}") for period in grid.periods for grade in ("CE1", "CE2")]


def test_one_sheet_per_period_and_grade_with_titled_columns(class_grid: ClassGrid, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = write_class_grid(class_grid, tmp_path / "grille.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1]
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    for period, grade, name in _grade_sheets(class_grid):
        sheet = book[name]
        items = [item for item in period.items if item.applies_to(grade)]
        assert items and len(items) < len(period.items)  # only the grade's objectives: no grey cells
        header = [cell.value for cell in sheet[1]]
        assert header == ["Élève", "Niveau", *(f"{item.code}\n{short_title(item.label)}" for item in items)]
        assert all(len(short_title(item.label)) <= 50 for item in items)
        for column, item in enumerate(items, start=3):
            assert sheet.cell(row=1, column=column).comment.text == item.label
        lines = [line for line in period.rows if line.grade == grade]
        assert sheet.max_row == len(lines) + 1
        for row, line in enumerate(lines, start=2):
            assert sheet.cell(row=row, column=1).value == line.pupil
            assert sheet.cell(row=row, column=2).value == grade
            for column, item in enumerate(items, start=3):
                cell = sheet.cell(row=row, column=column)
                mark = line.mark(item.code)
                if mark.step is None:
                    assert cell.value == "non évalué"
                    assert cell.font.italic
                else:
                    assert cell.value == (f"{mark.step.short} ✎" if mark.overridden else mark.step.short)
                    fill = print_fill(mark.step, class_grid.scale) or "#FFFFFF"
                    assert cell.fill.fgColor.rgb == "FF" + fill.lstrip("#").upper()
                    assert bool(cell.font.bold) == mark.overridden
    names = [book[name].cell(row=row, column=1).value for name in SHEETS[:2] for row in range(2, 14)]
    for name in MULTI_SCRIPT:
        assert name in names


def test_fills_stay_apart_on_a_grey_copy(class_grid: ClassGrid) -> None:
    """Each counting step prints at its own grey, from light to dark, even for a scale whose
    colours print alike (the built-in red and dark blue)."""
    from exports.report import StepStyle
    from exports.shades import grey, rgb

    red = StepStyle(1, "Non atteints", "Non atteints", "#D7301F", "○", True, 0)
    yellow = StepStyle(2, "Partiellement atteints", "Partiellement", "#FEE08B", "◑", True, 33)
    green = StepStyle(3, "Atteints", "Atteints", "#66BD63", "●", True, 67)
    blue = StepStyle(4, "Dépassés", "Dépassés", "#08519C", "★", True, 100)
    assert abs(grey(rgb(red.color)) - grey(rgb(blue.color))) < 0.15  # why: they print alike as they are
    for scale in ((red, yellow, green, blue), class_grid.scale):
        shades = [grey(rgb(print_fill(step, scale) or "")) for step in scale if step.counts]
        assert shades == sorted(shades, reverse=True)
        assert all(lighter - darker >= 0.15 for lighter, darker in itertools.pairwise(shades))


def test_printable_over_several_pages_with_titles_repeated(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    sheet = book["Période 1 — CE1"]
    assert sheet.freeze_panes == "C2"
    last = sheet.cell(row=1, column=sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    assert sheet.print_title_cols == "$A:$B"
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert not sheet.sheet_properties.pageSetUpPr.fitToPage  # never squeezed to one page wide
        assert int(sheet.page_setup.scale) >= 80
        assert sheet.print_title_rows == "$1:$1"
    assert book["Fluence"].freeze_panes == "B2"
    assert book["Statistiques"].auto_filter.ref


def test_legend_keeps_full_labels(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    values = [cell.value for row in book["Légende"].iter_rows() for cell in row]
    assert LONG_LABEL in values
    for step in class_grid.scale:
        assert step.label in values and step.symbol in values
    for item in class_grid.periods[0].items:
        assert item.label in values


def test_statistics_count_every_concerned_pupil_grade_by_grade(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    sheet = book["Statistiques"]
    header = [cell.value for cell in sheet[1]]
    steps = len(class_grid.scale)
    # The scale has its own « Non évalué » step: marks with no step are counted in it.
    assert header[:4] == ["Période", "Niveau", "Code", "Item"]
    assert header[4:] == [*(step.short for step in class_grid.scale), "Élèves concernés"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(period.items) for period in class_grid.periods)  # each objective is of one grade
    for row in rows:
        counts = row[4:4 + steps]
        assert sum(counts) == row[-1] == 12  # the 12 pupils of the objective's grade
    period = class_grid.periods[0]
    ce1 = sum(1 for item in period.items if item.applies_to("CE1"))
    assert [row[1] for row in rows[:ce1 + 1]] == ["CE1"] * ce1 + ["CE2"]  # period 1: the CE1 block, then CE2
    item = period.items[0]
    marks = [line.mark(item.code).step for line in period.rows if item.applies_to(line.grade)]
    assert rows[0][3] == item.label
    assert rows[0][4 + steps - 1] == sum(1 for step in marks if step is None or step.short == "Non évalué")


def test_fluency_sheet_against_the_official_target(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    sheet = book["Fluence"]
    assert [cell.value for cell in sheet[1]] == list(FLUENCY_TITLES)
    assert "non officiel" in FLUENCY_TITLES[7] and "officiel" in FLUENCY_TITLES[8]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[2] is not None]
    measures = [(line, point) for line in class_grid.fluency
                for point in sorted(line.measures, key=lambda point: point.when)]
    assert len(rows) == len(measures)
    for row, (line, point) in zip(rows, measures, strict=True):
        assert row[:3] == (line.pupil, line.grade, point.period)
        assert row[3].date() == point.when and row[4] == pytest.approx(point.mclm)
        assert row[5] == "non" and row[6] == point.text
        assert row[7] == pytest.approx(point.estimate) and row[8] == point.target
        assert row[8] in OFFICIAL_FLUENCY


def test_user_text_is_never_a_formula(hostile_grid: ClassGrid, tmp_path: Path) -> None:
    path = write_class_grid(hostile_grid, tmp_path / "hostile.xlsx")
    book = load_workbook(path)
    names = {cell.value.strip() for name in ("Période 1 — CE1", "Période 1 — CE2") for cell in book[name]["A"][1:]}
    # XML turns a carriage return into a line feed on reading; the visible text is unchanged.
    assert {name.strip() for name in HOSTILE_NAMES} <= names
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.quotePrefix, (sheet.title, cell.coordinate)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                assert not re.search(r"<(\w+:)?f[ >/]", xml), name


def test_sheet_names_are_valid() -> None:
    names = sheet_names(["Période 1 : [bilan] */?\\", "x" * 40, "Bilan", "bilan", "'cité'", ""])
    assert all(len(name) <= 31 for name in names)
    assert not any(ch in name for name in names for ch in "[]:*?/\\")
    assert names[0] == "Période 1 - -bilan- ----"
    assert len({name.casefold() for name in names}) == len(names)
    assert names[3] == "bilan (2)"
    assert names[4] == "cité"
    assert names[5] == "Feuille"


OFFICE = shutil.which("libreoffice") or shutil.which("soffice")


def _convert(path: Path, tmp_path: Path, to: str) -> Path:
    assert OFFICE is not None
    out = tmp_path / "out"
    # A private profile so a running office is untouched.
    subprocess.run([OFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--convert-to", to, "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{path.stem}.{to.split(':')[0]}"


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice n'est pas installé")
def test_libreoffice_reads_the_same_grid(class_grid: ClassGrid, tmp_path: Path) -> None:
    path = write_class_grid(class_grid, tmp_path / "grille.xlsx")
    # Separator ";", quote '"', UTF-8 (76), first line 1: the first sheet (period 1, CE1).
    with _convert(path, tmp_path, "csv:Text - txt - csv (StarCalc):59,34,76,1").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    period = class_grid.periods[0]
    items = [item for item in period.items if item.applies_to("CE1")]
    assert rows[0] == ["Élève", "Niveau", *(f"{item.code}\n{short_title(item.label)}" for item in items)]
    lines = [line for line in period.rows if line.grade == "CE1"]
    for line, row in zip(lines, rows[1:], strict=True):
        assert row[0] == line.pupil and row[1] == line.grade
        for item, value in zip(items, row[2:], strict=True):
            mark = line.mark(item.code)
            expected = mark.step.short + (" ✎" if mark.overridden else "") if mark.step else "non évalué"
            assert value == expected


def text_sizes(pdf: Path) -> dict[int, float]:
    """Page number → the smallest text size printed on it, in points, as drawn (the page's
    scaling included)."""
    from pypdf import PdfReader

    smallest: dict[int, float] = {}
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float, number: int = number) -> None:
            if text.strip():
                a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                              tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                printed = size * math.sqrt(abs(a * d - b * c))
                smallest[number] = min(smallest.get(number, printed), printed)

        page.extract_text(visitor_text=visit)
    return smallest


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice n'est pas installé")
def test_printed_grid_is_readable_and_grouped_by_grade(tmp_path: Path) -> None:
    """The inspector's grid as LibreOffice prints it: at least 7-point text on every page, each
    grade's objectives over several pages wide with the pupils' names repeated, CE1 and CE2
    apart, headers with short titles."""
    from pypdf import PdfReader

    from exports.report import GridRow, PeriodGrid, ReportItem

    # A grade with twenty objectives, like the programme's CE2.
    items = tuple(ReportItem(f"C2-24-L{n // 5 + 1}-CE2.{n % 5 + 1}", f"Objectif numéro {n + 1} du programme de "
                             "lecture, formulé comme dans le Bulletin officiel", "objective", 2, ("CE2",))
                  for n in range(20))
    grid = make_class_grid(periods=1)
    rows = tuple(GridRow(line.pupil, "CE2", {}) for line in grid.periods[0].rows if line.grade == "CE2")
    wide = replace(grid, periods=(PeriodGrid("Période 1", items, rows),), grades=("CE2",))
    pdf = _convert(write_class_grid(wide, tmp_path / "large.xlsx"), tmp_path, "pdf")
    sizes = text_sizes(pdf)
    assert sizes and min(sizes.values()) >= 7, sizes
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    grid_pages = [text for text in pages if text.splitlines()[0].endswith("— Période 1")]  # the page header
    assert len(grid_pages) >= 3  # twenty objectives: several pages wide, not one squeezed page
    first = rows[0].pupil
    assert all(first in text and "Élève" in text for text in grid_pages)  # names and header repeated
    assert all(f"C2-24-L{n // 5 + 1}-CE2.{n % 5 + 1}" in "".join(grid_pages) for n in range(20))

    # The demo-like sample: every page readable, and each grade on its own sheet.
    sample = _convert(write_class_grid(make_class_grid(), tmp_path / "grille.xlsx"), tmp_path, "pdf")
    sizes = text_sizes(sample)
    assert min(sizes.values()) >= 7, sizes
    texts = [page.extract_text() for page in PdfReader(str(sample)).pages]
    ce1 = [text for text in texts if text.splitlines()[0].endswith("— Période 1 — CE1")]
    assert ce1 and not any("CE2.LEC" in text for text in ce1)
