"""Windows keeps a file open in another program from being replaced, renamed or deleted; simulated
here (tests/platforms/windows_files.py). A short hold (antivirus, indexer, sync client) is waited
out; a long one (the PDF open in a reader) is explained in French and leaves every file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from progression.backup import backup_files, make_backup
from progression.errors import CarnetLockedError, ProgressionError
from progression.lock import CarnetLock, lock_path
from progression.recovery import restore_backup
from tests.command_line import run_progression
from tests.platforms.windows_files import HeldFiles


def _export(carnet: Path, out: Path, kind: str = "pdf") -> tuple[int, str]:
    ran = run_progression("export", carnet, "--period", "1", "--format", kind, "--out", out)
    return ran.returncode, ran.stderr


def test_export_over_a_file_open_in_a_reader_is_refused_in_french(small: Path, windows_files: HeldFiles) -> None:
    out = small.parent / "bilan.pdf"
    out.write_bytes(b"l'ancien bilan")
    windows_files.hold(out)
    code, stderr = _export(small, out)
    assert code == 1
    assert "« bilan.pdf » est ouvert dans un autre logiciel" in stderr and "fermez-le, puis réessayez" in stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1
    assert out.read_bytes() == b"l'ancien bilan"
    assert sorted(p.name for p in small.parent.iterdir()) == ["bilan.pdf", "classe.carnet"]  # no .part left
    assert windows_files.refused["replace"] == 6  # five patient attempts, then the one explained


def test_export_waits_out_a_short_hold(small: Path, windows_files: HeldFiles) -> None:
    out = small.parent / "grille.xlsx"
    out.write_bytes(b"l'ancienne grille")
    windows_files.hold(out, attempts=2)
    assert _export(small, out, "xlsx") == (0, "")
    assert out.read_bytes().startswith(b"PK")  # the new workbook
    assert windows_files.refused["replace"] == 2


def test_backup_waits_for_the_antivirus_to_let_go(small: Path, tmp_path: Path, windows_files: HeldFiles) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    windows_files.hold_new_files_in(folder, attempts=3)
    made = make_backup(small, folder)
    assert made.is_file() and made.parent == folder
    assert windows_files.refused["replace"] == 3
    assert [p for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_restore_over_a_carnet_held_open_changes_nothing(small: Path, windows_files: HeldFiles) -> None:
    backup = make_backup(small)
    before = small.read_bytes()
    windows_files.hold(small)
    with pytest.raises(ProgressionError, match=r"« classe\.carnet » est ouvert dans un autre logiciel"):
        restore_backup(backup, small)
    assert small.read_bytes() == before
    leftovers = sorted(p.name for p in small.parent.iterdir())
    assert leftovers == ["classe.carnet"]  # no half-restored copy, no .part, the lock released
    assert [b.path for b in backup_files(small)] == [backup]


def test_lock_file_briefly_held_is_still_removed_at_close(small: Path, windows_files: HeldFiles) -> None:
    lock = CarnetLock.acquire(small)
    windows_files.hold(lock_path(small), attempts=2)
    lock.release()
    assert not lock_path(small).exists()
    assert windows_files.refused["unlink"] == 2


def test_a_lock_file_held_for_good_does_not_keep_the_carnet_closed_later(
    small: Path, windows_files: HeldFiles
) -> None:
    lock = CarnetLock.acquire(small)
    windows_files.hold(lock_path(small))
    lock.release()  # cannot remove it: nothing raised, the teacher is closing
    assert lock_path(small).exists()
    windows_files.held.clear()
    # Ours and our process is alive, yet released: reopening (what the teacher does next) takes it over.
    CarnetLock.acquire(small).release()
    assert not lock_path(small).exists()


def test_a_lock_left_behind_does_not_make_a_later_lock_of_this_process_stale(
    small: Path, windows_files: HeldFiles
) -> None:
    lock = CarnetLock.acquire(small)
    windows_files.hold(lock_path(small))
    lock.release()
    windows_files.held.clear()
    again = CarnetLock.acquire(small)  # same process, same second: the same description as the one left behind
    try:
        with pytest.raises(CarnetLockedError):
            CarnetLock.acquire(small)
    finally:
        again.release()
