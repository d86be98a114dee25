"""``progression export`` on the demo class: the documents a teacher prints and shares, read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.command_line import Ran, run_progression


def run(*args: str) -> Ran:
    return run_progression(*args)


@pytest.fixture(scope="module")
def demo_info(demo_template: Path) -> dict:
    return json.loads(run("info", str(demo_template), "--json").stdout)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("period", ["1", "2", "3", "4", "5"])
def test_the_parent_document_is_one_page_per_pupil(demo_path: Path, demo_info: dict, tmp_path: Path,
                                                   period: str) -> None:
    out = tmp_path / "bilans.pdf"
    result = run("export", str(demo_path), "--period", period, "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() or "" for page in PdfReader(str(out)).pages]
    assert len(pages) == len(demo_info["pupils"]) == 24
    for page, pupil in zip(pages, sorted(demo_info["pupils"], key=lambda p: (p["last_name"], p["first_name"])),
                           strict=True):
        assert f"{pupil['first_name']} {pupil['last_name']}" in page and "page 1 / 1" in page
        # Not-yet-observed objectives summed up in one line, not listed one by one.
        assert page.count("non évalué") <= 2, page
        for jargon in ("CGP", "anaphorique", "Moyenne pondérée", "1, 2, 4, 8"):
            assert jargon not in page, (jargon, pupil["last_name"])
        assert "ce qui compte le plus, ce sont les observations les plus récentes" in " ".join(page.split())


def test_pupil_syntheses_pdf(demo_path: Path, demo_info: dict, tmp_path: Path) -> None:
    out = tmp_path / "bilans.pdf"
    result = run("export", str(demo_path), "--period", "2", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pupils = demo_info["pupils"]
    text = pdf_text(out)
    for pupil in pupils:
        assert f"{pupil['first_name']} {pupil['last_name']}" in text
    for competency in (
        "Identifier les mots de manière de plus en plus aisée",
        "Lire à voix haute",
        "Comprendre un texte",
        "Devenir lecteur",
    ):
        assert competency in text
    assert "Période 2" in text


def test_one_pupil_and_one_file_per_pupil(demo_path: Path, demo_info: dict, tmp_path: Path) -> None:
    pupil = demo_info["pupils"][0]
    out = tmp_path / "un.pdf"
    assert (
        run(
            "export", str(demo_path), "--period", "1", "--format", "pdf", "--out", str(out), "--pupil", pupil["id"]
        ).returncode
        == 0
    )
    text = pdf_text(out)
    assert pupil["last_name"] in text
    assert demo_info["pupils"][1]["last_name"] not in text
    folder = tmp_path / "par-eleve"
    folder.mkdir()
    assert (
        run(
            "export", str(demo_path), "--period", "1", "--format", "pdf", "--out", str(folder), "--per-pupil"
        ).returncode
        == 0
    )
    assert len(list(folder.glob("*.pdf"))) == len(demo_info["pupils"])


def test_class_summary_pdf(demo_path: Path, demo_info: dict, tmp_path: Path) -> None:
    out = tmp_path / "classe.pdf"
    assert run("export", str(demo_path), "--period", "3", "--format", "class-pdf", "--out", str(out)).returncode == 0
    text = pdf_text(out)
    assert all(p["last_name"] in text for p in demo_info["pupils"])
    assert "groupe" in text.lower()


def test_pseudonymised_grid_has_no_names(demo_path: Path, demo_info: dict, tmp_path: Path) -> None:
    out = tmp_path / "grille.xlsx"
    result = run("export", str(demo_path), "--period", "2", "--format", "xlsx", "--out", str(out), "--pseudonymise")
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out)
    everything = " ".join(
        str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value is not None
    )
    assert "Élève 01" in everything
    for pupil in demo_info["pupils"]:
        assert pupil["last_name"] not in everything
        assert pupil["ine"] not in everything
    assert workbook.sheetnames[:4] == ["Période 1 — CE1", "Période 1 — CE2", "Période 2 — CE1", "Période 2 — CE2"]


def test_csv_grid(demo_path: Path, demo_info: dict, tmp_path: Path) -> None:
    out = tmp_path / "grille.csv"
    assert run("export", str(demo_path), "--period", "1", "--format", "csv", "--out", str(out)).returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) > len(demo_info["pupils"])
    assert any(demo_info["pupils"][0]["last_name"] in cell for row in rows for cell in row)
    fluency = [row for row in rows if row[3] == "FLUENCE"]
    assert len(fluency) == len(demo_info["pupils"])  # the demo measures every pupil once a period
    assert rows[0][-5:] == ["Mots correctement lus par minute", "Texte lu", "Texte préparé",
                            "Repère estimé à cette date (non officiel)", "Objectif officiel de fin d'année"]


def test_missing_folder_is_a_clear_error_and_nothing_is_written(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "absent" / "bilans.pdf"
    result = run("export", str(demo_path), "--period", "1", "--format", "pdf", "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "dossier" in result.stderr
    assert not out.parent.exists()


def test_period_with_no_observations_still_gives_a_document(tmp_path: Path) -> None:
    carnet = tmp_path / "vide.carnet"
    assert run("new", str(carnet), "--class", "CP").returncode == 0
    out = tmp_path / "vide.xlsx"
    assert run("export", str(carnet), "--period", "1", "--format", "xlsx", "--out", str(out)).returncode == 0
    assert load_workbook(out).sheetnames[0] == "Période 1"


def test_a_cp_pupil_with_every_objective_observed_still_gets_one_page(multigrade_path: Path, tmp_path: Path) -> None:
    """The largest grade of the programme (25 CP objectives), every one observed in the period:
    the page is laid out tighter, not spread over two sheets."""
    out = tmp_path / "bilans.pdf"
    result = run("export", str(multigrade_path), "--period", "2", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() or "" for page in PdfReader(str(out)).pages]
    assert len(pages) == 6 and all("page 1 / 1" in page for page in pages)
    cp = [page for page in pages if "— CP" in page]
    assert len(cp) == 2 and all("Pas observé" not in page for page in cp)  # all 25 listed
