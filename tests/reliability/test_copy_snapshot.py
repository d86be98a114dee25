"""A copy brought by a merge is read once into a private snapshot (``progression.snapshot``): the
state it held when the read began, whatever the program that has it open does meanwhile. When the
file alone holds that state, it is copied as a file, with the read's lock held all along."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import cli

import progression.snapshot
from progression.hlc import format_stamp


def _copy(small: Path, tmp_path: Path, journal: str, comment: str | None = None) -> Path:
    """A copy of the carnet on « the other computer », in the given journal mode, its first
    observation given ``comment`` there (``_comment_later``) if any, closed."""
    copy = tmp_path / "portable" / "classe.carnet"
    copy.parent.mkdir()
    shutil.copy(small, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute(f"PRAGMA journal_mode={journal}")
        if comment is not None:
            _comment_later(conn, comment)
    finally:
        conn.close()
    return copy


def _comment_later(conn: sqlite3.Connection, comment: str) -> None:
    """The first observation commented on the other computer, stamped a minute from now."""
    later = format_stamp(time.time_ns() // 1_000_000 + 60_000, 0)
    changed = conn.execute("UPDATE observation SET comment = ?, modified_at = ? WHERE rowid = "
                           "(SELECT min(rowid) FROM observation)", (comment, later)).rowcount
    assert changed == 1


def _comment(carnet: Path) -> str | None:
    """The first observation's comment."""
    conn = sqlite3.connect(carnet)
    try:
        return conn.execute("SELECT comment FROM observation ORDER BY rowid LIMIT 1").fetchone()[0]
    finally:
        conn.close()


# Another program comments the first observation (as ``_comment_later``), waiting for no lock, then
# asks for a full checkpoint; it prints what SQLite answered.
OTHER_PROGRAM = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
later = "%015d.00000" % (time.time_ns() // 1_000_000 + 120_000)
try:
    conn.execute("UPDATE observation SET comment = 'écrit pendant la copie', modified_at = ? "
                 "WHERE rowid = (SELECT min(rowid) FROM observation)", (later,))
except sqlite3.OperationalError as error:
    print("refused:", error)
else:
    print("checkpoint:", conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
"""


def _other_program(copy: Path, said: list[str]) -> None:
    said.append(subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(copy)], capture_output=True, text=True,
                               check=True, timeout=60).stdout.strip())


def _during_the_copy(monkeypatch: pytest.MonkeyPatch, meanwhile: Any) -> list[Path]:
    """Run ``meanwhile()`` when the snapshot copies the file, just before it does; the files copied."""
    copied: list[Path] = []
    real_copy = shutil.copyfile

    def copy(source: Path, target: Path) -> Any:
        meanwhile()
        copied.append(Path(source))
        return real_copy(source, target)

    monkeypatch.setattr(progression.snapshot.shutil, "copyfile", copy)
    return copied


def test_while_a_closed_copy_is_taken_no_other_program_can_write_to_it(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(small, tmp_path, "DELETE", comment="relu")
    said: list[str] = []
    copied = _during_the_copy(monkeypatch, lambda: _other_program(copy, said))
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert copied == [copy]  # taken as a file, the read's lock still held
    assert said == ["refused: database is locked"]
    assert _comment(small) == "relu"  # the state the read began with, not the comment written after


def test_in_wal_mode_a_copy_taken_as_a_file_keeps_the_state_its_read_began_with(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program may write to the -wal meanwhile, but nothing of it reaches the file while
    the snapshot reads it: its checkpoint waits."""
    copy = _copy(small, tmp_path, "WAL", comment="relu")
    assert not copy.with_name(copy.name + "-wal").exists()
    said: list[str] = []
    copied = _during_the_copy(monkeypatch, lambda: _other_program(copy, said))
    code, _, err = cli(capsys, "merge", small, copy)
    assert code == 0, err
    assert copied == [copy]
    assert said[0].startswith("checkpoint: (1, ")  # busy: written to the -wal, none of it into the file read
    assert _comment(small) == "relu"  # the state the read began with, not the comment written after


def test_a_copy_whose_wal_holds_changes_is_read_with_them(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy still open in another program, its last changes only in its -wal: the file alone is
    not its state, so it is read through SQLite, changes included."""
    copy = _copy(small, tmp_path, "WAL")
    holder = sqlite3.connect(copy, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint=0")
        _comment_later(holder, "relu")
        assert copy.with_name(copy.name + "-wal").stat().st_size > 0
        copied = _during_the_copy(monkeypatch, lambda: None)
        code, _, err = cli(capsys, "merge", small, copy)
    finally:
        holder.close()
    assert code == 0, err
    assert copied == []
    assert _comment(small) == "relu"
