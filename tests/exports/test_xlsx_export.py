"""The xlsx grid read back with openpyxl, and its raw XML checked for formulas."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sample_reports import HOSTILE_NAMES, LONG_LABEL, MULTI_SCRIPT

from exports.report import ClassGrid
from exports.xlsx import sheet_names, write_class_grid


def test_sheets_cells_and_fills(class_grid: ClassGrid, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = write_class_grid(class_grid, tmp_path / "grille.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1]
    book = load_workbook(path)
    assert book.sheetnames == ["Période 1", "Période 2", "Légende", "Statistiques", "Fluence"]
    for period in class_grid.periods:
        sheet = book[period.label]
        header = [cell.value for cell in sheet[1]]
        assert header == ["Élève", "Niveau", *(item.code for item in period.items)]
        for column, item in enumerate(period.items, start=3):
            assert sheet.cell(row=1, column=column).comment.text == item.label
        for row, line in enumerate(period.rows, start=2):
            assert sheet.cell(row=row, column=1).value == line.pupil
            assert sheet.cell(row=row, column=2).value == line.grade
            for column, item in enumerate(period.items, start=3):
                cell = sheet.cell(row=row, column=column)
                if not item.applies_to(line.grade):
                    assert cell.value is None
                    continue
                mark = line.mark(item.code)
                if mark.step is None:
                    assert cell.value == "non évalué"
                    assert cell.font.italic
                else:
                    assert cell.value == mark.step.short
                    assert cell.fill.fgColor.rgb == "FF" + mark.step.color.lstrip("#").upper()
                    assert bool(cell.font.bold) == mark.overridden
        names = [sheet.cell(row=row, column=1).value for row in range(2, sheet.max_row + 1)]
        for name in MULTI_SCRIPT:
            assert name in names


def test_frozen_filtered_and_printable(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    sheet = book["Période 1"]
    assert sheet.freeze_panes == "C2"
    last = sheet.cell(row=1, column=sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.fitToWidth) == 1
        assert int(sheet.page_setup.fitToHeight) == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
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


def test_statistics_count_every_concerned_pupil(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    sheet = book["Statistiques"]
    header = [cell.value for cell in sheet[1]]
    steps = len(class_grid.scale)
    # The scale has its own « Non évalué » step: marks with no step are counted in it.
    assert header[3:] == [*(step.short for step in class_grid.scale), "Élèves concernés"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(period.items) for period in class_grid.periods)
    for row in rows:
        counts = row[3:3 + steps]
        assert sum(counts) == row[-1] == 12  # each objective is of one grade: 12 pupils
    period = class_grid.periods[0]
    item = period.items[0]
    marks = [line.mark(item.code).step for line in period.rows if item.applies_to(line.grade)]
    assert rows[0][2] == item.label
    assert rows[0][3 + steps - 1] == sum(1 for step in marks if step is None or step.short == "Non évalué")


def test_fluency_sheet(class_grid: ClassGrid, tmp_path: Path) -> None:
    book = load_workbook(write_class_grid(class_grid, tmp_path / "grille.xlsx"))
    rows = list(book["Fluence"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(line.measures) for line in class_grid.fluency)
    first = next(line for line in class_grid.fluency if line.measures)
    assert rows[0][0] == first.pupil and rows[0][3] == pytest.approx(first.measures[0].mclm)
    assert rows[0][2].date() == first.measures[0].when


def test_user_text_is_never_a_formula(hostile_grid: ClassGrid, tmp_path: Path) -> None:
    path = write_class_grid(hostile_grid, tmp_path / "hostile.xlsx")
    book = load_workbook(path)
    names = [cell.value for cell in book["Période 1"]["A"][1:]]
    # XML turns a carriage return into a line feed on reading; the visible text is unchanged.
    assert [name.strip() for name in names[: len(HOSTILE_NAMES)]] == [name.strip() for name in HOSTILE_NAMES]
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


@pytest.mark.skipif(shutil.which("libreoffice") is None and shutil.which("soffice") is None,
                    reason="LibreOffice n'est pas installé")
def test_libreoffice_reads_the_same_grid(class_grid: ClassGrid, tmp_path: Path) -> None:
    path = write_class_grid(class_grid, tmp_path / "grille.xlsx")
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None
    out = tmp_path / "out"
    # Separator ";", quote '"', UTF-8 (76), first line 1; a private profile so a running office is untouched.
    conversion = "csv:Text - txt - csv (StarCalc):59,34,76,1"
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--convert-to", conversion, "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    with (out / "grille.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    period = class_grid.periods[0]
    assert rows[0] == ["Élève", "Niveau", *(item.code for item in period.items)]
    for line, row in zip(period.rows, rows[1:], strict=True):
        assert row[0] == line.pupil and row[1] == line.grade
        for item, value in zip(period.items, row[2:], strict=True):
            mark = line.mark(item.code)
            if not item.applies_to(line.grade):
                assert value == ""
            else:
                assert value == (mark.step.short if mark.step else "non évalué")
