"""Only the programme's end-of-year fluency figures are ever called « objectif »: the line from
September to June is a « repère estimé (non officiel) » in every document, read back from the
files `progression export` writes (PDF text, xlsx cells, CSV)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from official_figures import ESTIMATE, OFFICIAL_FLUENCY, objective_figures, unofficial_objectives
from openpyxl import load_workbook
from pypdf import PdfReader

from progression import fluency
from progression.cli import main


def export(carnet: Path, fmt: str, out: Path, period: str = "2") -> Path:
    assert main(["export", str(carnet), "--period", period, "--format", fmt, "--out", str(out)]) == 0
    return out


def pdf_texts(path: Path) -> list[str]:
    texts = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]
    if shutil.which("pdftotext"):
        layout = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                                check=True, text=True).stdout
        texts.append(layout)
    return texts


def test_the_programme_figures_and_the_estimated_line() -> None:
    assert [fluency.official_target(g) for g in ("CP", "CE1", "CE2", "CM1", "CM2")] == [30, 70, 90, 110, 120]
    assert fluency.official_target("CP", prepared=True) == 50
    assert fluency.official_target("CE1", prepared=True) is None  # no official figure: nothing to compare with
    assert fluency.expected_on("CE2", date(2026, 12, 11)) == pytest.approx(76.7, abs=0.1)  # the « 76,7 » of the issue
    assert fluency.expected_on("CP", date(2027, 6, 30), prepared=True) == 50
    assert 0 < fluency.expected_on("CP", date(2027, 1, 15), prepared=True) < 50  # type: ignore[operator]
    assert fluency.expected_on("CE1", date(2027, 1, 15), prepared=True) is None
    assert fluency.position("CE1", date(2027, 1, 15), 80, prepared=True) is None


def test_no_document_calls_an_estimate_an_objectif(demo_path: Path, tmp_path: Path) -> None:
    pupils_pdf = export(demo_path, "pdf", tmp_path / "bilans.pdf")
    class_pdf = export(demo_path, "class-pdf", tmp_path / "classe.pdf")
    for path in (pupils_pdf, class_pdf):
        for text in pdf_texts(path):
            assert unofficial_objectives(text) == [], path.name
            assert "objectif du niveau" not in text.lower()
    pupil_pages = pdf_texts(pupils_pdf)[:-1] if shutil.which("pdftotext") else pdf_texts(pupils_pdf)
    for page in pupil_pages:
        assert ESTIMATE in page  # the chart's legend names the dashed line
        assert objective_figures(page)  # and the official end-of-year figure is given, as such
        assert re.search(r"Objectif officiel de fin de CE[12] : (70|90) mots/min", page)

    # The class summary: the estimate and the official figure in two columns, each named.
    whole = " ".join(pdf_texts(class_pdf)[:-1])
    assert "Repère estimé à cette date (non officiel)" in whole and "Objectif officiel de fin d'année" in whole
    if shutil.which("pdftotext"):
        layout = pdf_texts(class_pdf)[-1]
        rows = [line for line in layout.splitlines() if re.search(r"\d{4}\s+[\d,]+\s+−[\d,]+\s+\d+\s*$", line)]
        assert rows, layout[-2000:]
        for line in rows:  # … measure, date, estimate, gap, official figure
            assert int(line.split()[-1]) in OFFICIAL_FLUENCY

    book = load_workbook(export(demo_path, "xlsx", tmp_path / "grille.xlsx"))
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert unofficial_objectives(value) == [], (sheet.title, value)
    fluency_sheet = book["Fluence"]
    header = [cell.value for cell in fluency_sheet[1]]
    _check_columns(header, [list(row) for row in fluency_sheet.iter_rows(min_row=2, values_only=True) if row[2]])

    raw = export(demo_path, "csv", tmp_path / "grille.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    assert all(unofficial_objectives(cell) == [] for row in rows for cell in row)
    _check_columns(rows[0], [row for row in rows[1:] if row[3] == "FLUENCE"])


def _check_columns(header: list[object], rows: list[list[object]]) -> None:
    """Every column whose title says « objectif » holds official figures only; the estimate's
    title says it is not official."""
    titles = [str(title) for title in header]
    objectives = [n for n, title in enumerate(titles) if "objectif" in title.lower()]
    estimates = [n for n, title in enumerate(titles) if "repère" in title.lower()]
    assert objectives and estimates and rows
    assert all("officiel" in titles[n] and "non officiel" not in titles[n] for n in objectives)
    assert all("non officiel" in titles[n] for n in estimates)
    for row in rows:
        for n in objectives:
            assert float(str(row[n]).replace(",", ".")) in OFFICIAL_FLUENCY, row
        for n in estimates:
            assert row[n] not in ("", None)


def test_a_prepared_reading_is_compared_with_the_prepared_target(multigrade_path: Path, tmp_path: Path) -> None:
    """CP: 50 words after preparation is the official figure for a prepared text; a cold reading
    keeps its own target (30)."""
    raw = export(multigrade_path, "csv", tmp_path / "grille.csv").read_bytes().decode("utf-8-sig")
    rows = [row for row in csv.reader(io.StringIO(raw, newline=""), delimiter=";") if row[3] == "FLUENCE"]
    cp = [row for row in rows if row[2] == "CP"]
    assert {(row[12], row[14]) for row in cp} == {("oui", "50"), ("non", "30")}
    assert all(row[14] in ("70", "90") and row[12] == "non" for row in rows if row[2] != "CP")

    text = " ".join(pdf_texts(export(multigrade_path, "pdf", tmp_path / "bilans.pdf"))[:-1])
    assert "Objectif officiel de fin de CP, texte préparé : 50 mots/min" in text
    assert "texte préparé" in text and unofficial_objectives(text) == []
