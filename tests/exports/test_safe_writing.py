"""Files appear whole or not at all; folder problems become one French sentence."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import exports.safe as safe
from exports import ExportError
from exports.csv import write_class_grid_csv
from exports.pdf import write_class_summary, write_pupil_syntheses, write_pupil_syntheses_per_file
from exports.report import ClassGrid, PeriodReport
from exports.safe import atomic_file, csv_text, safe_filename
from exports.xlsx import write_class_grid


def _writers(period_report: PeriodReport, class_grid: ClassGrid) -> list[tuple[str, Callable[[Path], Any]]]:
    return [
        ("syntheses.pdf", lambda path: write_pupil_syntheses(period_report, path)),
        ("classe.pdf", lambda path: write_class_summary(period_report, path)),
        ("grille.xlsx", lambda path: write_class_grid(class_grid, path)),
        ("grille.csv", lambda path: write_class_grid_csv(class_grid, path)),
    ]


def test_atomic_write_leaves_only_the_file(tmp_path: Path) -> None:
    target = tmp_path / "export.bin"
    with atomic_file(target) as handle:
        handle.write(b"contenu")
        assert not target.exists()  # nothing visible until complete
    assert target.read_bytes() == b"contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["export.bin"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_failure_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "export.bin"
    target.write_bytes(b"ancien")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"moit")
        raise RuntimeError("dessin interrompu")
    assert target.read_bytes() == b"ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["export.bin"]


def test_every_export_writes_atomically(period_report: PeriodReport, class_grid: ClassGrid,
                                        tmp_path: Path) -> None:
    writers = _writers(period_report, class_grid)
    for name, write in writers:
        assert write(tmp_path / name) == tmp_path / name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(name for name, _ in writers)


def test_missing_folder(period_report: PeriodReport, class_grid: ClassGrid, tmp_path: Path) -> None:
    missing = tmp_path / "clé-usb-retirée"
    for name, write in _writers(period_report, class_grid):
        with pytest.raises(ExportError, match="n'existe pas") as caught:
            write(missing / name)
        assert "choisissez un autre dossier" in str(caught.value)
    with pytest.raises(ExportError, match="n'existe pas"):
        write_pupil_syntheses_per_file(period_report, missing)
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file(period_report: PeriodReport, class_grid: ClassGrid, tmp_path: Path) -> None:
    # Works as root too, unlike chmod: nothing can be created under a regular file.
    blocker = tmp_path / "fichier.txt"
    blocker.write_text("pas un dossier")
    for name, write in _writers(period_report, class_grid):
        with pytest.raises(ExportError, match="n'est pas un dossier"):
            write(blocker / name)
    with pytest.raises(ExportError, match="est un dossier"):
        write_class_grid(class_grid, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["fichier.txt"]


def test_read_only_folder_simulated(period_report: PeriodReport, class_grid: ClassGrid, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe.os, "open", refuse)
    for name, write in _writers(period_report, class_grid):
        with pytest.raises(ExportError, match="lecture seule ou droits insuffisants"):
            write(tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_read_only_file_system_simulated(class_grid: ClassGrid, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(safe.os, "open", refuse)
    with pytest.raises(ExportError, match="en lecture seule"):
        write_class_grid(class_grid, tmp_path / "grille.xlsx")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_for_real(class_grid: ClassGrid, tmp_path: Path) -> None:
    folder = tmp_path / "protégé"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="lecture seule"):
            write_class_grid_csv(class_grid, folder / "grille.csv")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_target_locked_by_another_program(period_report: PeriodReport, class_grid: ClassGrid, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # What Windows does when Excel holds the file open: the final rename is refused.
    for name, _write in _writers(period_report, class_grid):
        (tmp_path / name).write_bytes(b"ancienne version")

    def refuse(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe.os, "replace", refuse)
    for name, write in _writers(period_report, class_grid):
        with pytest.raises(ExportError, match="ouvert dans un autre logiciel"):
            write(tmp_path / name)
        assert (tmp_path / name).read_bytes() == b"ancienne version"
    assert len(list(tmp_path.iterdir())) == 4


def test_disk_full(class_grid: ClassGrid, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe.os, "fsync", full)
    with pytest.raises(ExportError, match="plein"):
        write_class_grid(class_grid, tmp_path / "grille.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_csv_text_disarms_formulas() -> None:
    for value in ("=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert csv_text(value) == "'" + value
    assert csv_text("Zoé") == "Zoé"
    assert csv_text("a\x00b\x07") == "ab"


def test_safe_filename() -> None:
    assert safe_filename('Synthèse P2 - Zoé "la" <grande>/ ?') == "Synthèse P2 - Zoé _la_ _grande__ _"
    assert safe_filename("CON") == "_CON"
    assert safe_filename("...") == "export"
    assert len(safe_filename("é" * 500)) <= 120
