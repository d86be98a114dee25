"""The CSV grid: BOM, semicolons, one line per period × pupil × item then one per fluency measure,
formulas disarmed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from official_figures import OFFICIAL_FLUENCY
from sample_reports import HOSTILE_NAMES, LONG_LABEL, MULTI_SCRIPT

from exports.csv import COLUMNS, FLUENCY_CODE, write_class_grid_csv
from exports.french import number, short_date
from exports.report import ClassGrid


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_long_format_round_trip(class_grid: ClassGrid, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = write_class_grid_csv(class_grid, tmp_path / "grille.csv",
                                progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
    raw = path.read_bytes()
    assert b";" in raw.splitlines()[0] and raw.count(b"\r\n") >= 2
    rows = _read(path)
    assert tuple(rows[0]) == COLUMNS
    expected = [
        (period, line, item)
        for period in class_grid.periods for line in period.rows for item in period.items
        if item.applies_to(line.grade)
    ]
    marks = [row for row in rows[1:] if row[3] != FLUENCY_CODE]
    assert len(marks) == len(expected)
    for row, (period, line, item) in zip(marks, expected, strict=True):
        mark = line.mark(item.code)
        assert row[:5] == [period.label, line.pupil, line.grade, item.code, item.label]
        assert row[6] == (mark.step.short if mark.step else "non évalué")
        assert row[5] == ("" if mark.step is None or mark.step.rank is None else str(mark.step.rank))
        assert row[7] == ("" if mark.score is None else str(mark.score))
        assert row[8] == ("oui" if mark.overridden else "non")
        assert row[9:] == [""] * 6
    texts = {cell for row in rows for cell in row}
    assert LONG_LABEL in texts
    for name in MULTI_SCRIPT:
        assert name in texts


def test_fluency_lines_with_the_official_target(class_grid: ClassGrid, tmp_path: Path) -> None:
    rows = _read(write_class_grid_csv(class_grid, tmp_path / "grille.csv"))
    header = rows[0]
    assert header[-2] == "Repère estimé à cette date (non officiel)"
    assert header[-1] == "Objectif officiel de fin d'année"
    fluency = [row for row in rows[1:] if row[3] == FLUENCY_CODE]
    measures = [(line, point) for line in class_grid.fluency
                for point in sorted(line.measures, key=lambda point: point.when)]
    assert len(fluency) == len(measures) > 0
    for row, (line, point) in zip(fluency, measures, strict=True):
        assert row[:3] == [point.period, line.pupil, line.grade]
        assert row[5:9] == [""] * 4
        assert row[9:] == [short_date(point.when), number(point.mclm), point.text, "non",
                           number(point.estimate or 0), number(point.target or 0)]
        assert int(row[-1]) in OFFICIAL_FLUENCY


def test_formula_like_values_are_prefixed(hostile_grid: ClassGrid, tmp_path: Path) -> None:
    rows = _read(write_class_grid_csv(hostile_grid, tmp_path / "hostile.csv"))
    pupils = list(dict.fromkeys(row[1] for row in rows[1:]))
    for name in HOSTILE_NAMES:
        if name[0] in "=+-@\t\r":
            assert "'" + name in pupils, name
        else:
            assert name in pupils
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_empty_grid_has_header_only(class_grid: ClassGrid, tmp_path: Path) -> None:
    from dataclasses import replace

    rows = _read(write_class_grid_csv(replace(class_grid, periods=(), fluency=()), tmp_path / "vide.csv"))
    assert rows == [list(COLUMNS)]
