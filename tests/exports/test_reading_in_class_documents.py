"""The class documents carry the reading beyond the grid where a teacher or an inspector looks for
it: per pupil, the works read since the start of the year against the programme's figure, the
latest reading aloud and comprehension grids' mean level, and for a pupil followed on the code the
correspondences known and those taught to the class. Read back from the class summary PDF, the
xlsx grid (openpyxl) and the CSV, each figure checked against the carnet."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from progression import code_progression as code
from progression.reports import export
from progression.service import CarnetService
from progression.works import year_summaries
from tests.exports.pdfread import contains, page_texts, squeeze

PERIOD = 2


def _expected(service: CarnetService) -> dict[str, dict]:
    """What each pupil's row must say, from the carnet itself, by pupil name."""
    period = service.period(PERIOD)
    pupils = service.pupils_in_period(PERIOD)
    works = year_summaries(service, pupils, until=period.ends_on)
    taught = sum(1 for u in code.units(service) if u.taught_on is not None and u.taught_on <= period.ends_on)
    found = {}
    for pupil in pupils:
        latest = {}
        for grid in service.reading_grids([pupil.id]):
            if grid.assessed_on <= period.ends_on:
                latest[grid.kind] = grid
        known = code.pupil_code(service, pupil.id, period.ends_on)
        found[f"{pupil.first_name} {pupil.last_name}"] = {
            "grade": pupil.grade,
            "works": works[pupil.id].count,
            "prosody": latest.get("prosody"),
            "comprehension": latest.get("comprehension"),
            "code": None if known is None else (len(known.decoded), taught, len(code.units(service))),
        }
    return found


def _mean(grid: object) -> float | None:
    if grid is None:
        return None
    levels = list(grid.levels.values())  # type: ignore[attr-defined]
    return sum(levels) / len(levels)


def test_the_class_summary_has_a_line_per_pupil_with_works_grids_and_code(demo: CarnetService,
                                                                           tmp_path: Path) -> None:
    out = tmp_path / "classe.pdf"
    export(demo, PERIOD, "class-pdf", out)
    pages = page_texts(out)
    section = next(n for n, page in enumerate(pages) if contains(page, "Œuvres lues, grilles de lecture et code"))
    text = squeeze(" ".join(pages[section:])).split(squeeze("Œuvres lues, grilles de lecture et code"), 1)[1]
    assert squeeze("repère du programme pour le niveau (pas une note)") in text
    expected = _expected(demo)
    followed = [name for name, row in expected.items() if row["code"] is not None]
    assert 4 <= len(followed) <= 6
    for name, row in expected.items():
        assert squeeze(f"{name}") in text
        line = text.split(squeeze(name), 1)[1][:260]
        assert line.startswith(squeeze(f"{row['grade']} {row['works']} (repère : 5 à 10)")), name
        if row["code"] is not None:
            known, taught, total = row["code"]
            assert squeeze(f"{known} sues · {taught} enseignées (sur {total})") in line, name
    if shutil.which("pdftoppm"):  # drawn, for a look at the section's page
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(section + 1), "-l", str(section + 1), str(out),
                        str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


def test_the_xlsx_grid_has_a_sheet_with_the_figures_as_numbers(demo: CarnetService, tmp_path: Path) -> None:
    out = tmp_path / "grille.xlsx"
    export(demo, PERIOD, "xlsx", out)
    sheet = load_workbook(out)["Œuvres, grilles, code"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Période", "Élève", "Niveau", "Œuvres lues depuis la rentrée",
                           "Repère du programme (œuvres)")
    lines = {row[1]: row for row in rows[1:] if row[0] == demo.period(PERIOD).label}
    expected = _expected(demo)
    assert set(lines) == set(expected)
    for name, row in expected.items():
        line = lines[name]
        assert line[3] == row["works"] and line[4] == "5 à 10"
        for column, grid in ((5, row["prosody"]), (7, row["comprehension"])):
            mean = _mean(grid)
            assert (line[column] is None) if mean is None else abs(line[column] - mean) < 0.01, name
            if grid is not None:
                assert line[column + 1].date() == grid.assessed_on
        assert (line[9:12] == (None, None, None)) if row["code"] is None else line[9:12] == row["code"]
    # Period 1 is there too, up to its own end: fewer correspondences taught.
    first = [row for row in rows[1:] if row[0] == demo.period(1).label and row[9] is not None]
    assert first and all(row[10] < next(iter(r["code"] for r in expected.values() if r["code"]))[1]
                         for row in first)


def test_the_csv_has_the_lines_a_pupil_has(demo: CarnetService, tmp_path: Path) -> None:
    out = tmp_path / "grille.csv"
    export(demo, PERIOD, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    label = demo.period(PERIOD).label
    lines = [row for row in rows[1:] if row[0] == label and row[3] in ("OEUVRES", "VOIX_HAUTE", "COMPREHENSION",
                                                                         "CODE")]
    assert all(len(row) == len(rows[0]) for row in lines)
    for name, row in _expected(demo).items():
        mine = {line[3]: line for line in lines if line[1] == name}
        assert mine["OEUVRES"][6] == f"{row['works']} (repère : 5 à 10)"
        grid = row["prosody"]
        assert ("VOIX_HAUTE" in mine) == (grid is not None)
        if grid is not None:
            assert mine["VOIX_HAUTE"][9] == grid.assessed_on.strftime("%d/%m/%Y")
            assert mine["VOIX_HAUTE"][6].endswith(" / 4")
        if row["code"] is None:
            assert "CODE" not in mine
        else:
            known, taught, total = row["code"]
            assert mine["CODE"][6] == f"{known} sues · {taught} enseignées (sur {total})"


def test_a_class_with_none_of_it_gets_no_section_sheet_or_line(empty: CarnetService, tmp_path: Path) -> None:
    from progression.operations import RecordObservations

    pupil = empty.pupils()[0]
    item = next(i for i in empty.items([pupil.grade]) if i.kind == "objective")
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, date(2026, 9, 14)))
    export(empty, 1, "class-pdf", tmp_path / "c.pdf")
    assert not any(contains(page, "grilles de lecture et code") for page in page_texts(tmp_path / "c.pdf"))
    export(empty, 1, "xlsx", tmp_path / "c.xlsx")
    assert "Œuvres, grilles, code" not in load_workbook(tmp_path / "c.xlsx").sheetnames
    export(empty, 1, "csv", tmp_path / "c.csv")
    assert ";OEUVRES;" not in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
