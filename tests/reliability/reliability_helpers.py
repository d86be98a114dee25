"""Helpers shared by the reliability tests: read a carnet behind the app's back, mount small
or read-only file systems where the machine allows it (root), skip cleanly where not."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from progression.cli import main


def table_dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted: two carnets are "the same" when their dumps are equal."""
    conn = sqlite3.connect(path)
    try:
        query = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        tables = [r[0] for r in conn.execute(query)]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` as the next opening would see it (hot journal or WAL replayed)."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def count(path: Path, table: str, where: str = "1") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        conn.close()


def _run(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=10, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextlib.contextmanager
def tmpfs(mount_point: Path, size: str = "1m") -> Iterator[Path]:
    """A small RAM file system (needs root); skips the test where mounting is not allowed."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)):
        pytest.skip("monter un tmpfs demande les droits root")
    try:
        yield mount_point
    finally:
        if not _run("umount", str(mount_point)):
            _run("umount", "-l", str(mount_point))


@contextlib.contextmanager
def read_only_view(source: Path, mount_point: Path) -> Iterator[Path]:
    """``source`` seen through a read-only bind mount (needs root), like a write-protected key."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "--bind", str(source), str(mount_point)):
        pytest.skip("un montage en lecture seule demande les droits root")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(mount_point)):
            pytest.skip("remontage en lecture seule refusé")
        yield mount_point
    finally:
        if not _run("umount", str(mount_point)):
            _run("umount", "-l", str(mount_point))


def crash_mid_transaction(path: Path, rows: int = 400) -> None:
    """A process killed (SIGKILL) in the middle of a large transaction on ``path``, in rollback-journal
    mode: the carnet is left with a hot ``-journal`` and pages of the unfinished transaction already
    written into the file (a tiny page cache makes SQLite spill them before the commit)."""
    import os
    import signal

    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA cache_size=2")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO meta (key, value) SELECT 'interrompu-' || i, hex(randomblob(600)) FROM n", (rows,))
            conn.execute("UPDATE observation SET comment = 'interrompu'")
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "the crash left no hot journal"


# ---------------------------------------------------------------- the command line, as a script runs it


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The command line as a teacher's script runs it: exit code, stdout, stderr."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_sentence(err: str) -> str:
    """stderr holds one French sentence, no traceback."""
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0, err
    assert len(err) < 600, err
    return err.strip()


def content(path: Path) -> bytes:
    """The file's bytes but SQLite's change counters (header bytes 24-27 and 92-95), which any
    opening by the app moves (switching to WAL and back): the same content byte for byte."""
    data = path.read_bytes()
    return data[:24] + data[28:92] + data[96:]


def still_works(capsys: pytest.CaptureFixture[str], carnet: Path, tmp_path: Path) -> None:
    """Every later command reads the carnet as before."""
    for args in (("info", carnet, "--json"), ("synthesis", carnet, "--period", "1", "--json"),
                 ("items", carnet, "--json"), ("settings", carnet),
                 ("export", carnet, "--period", "1", "--format", "csv", "--out", tmp_path / "grille.csv")):
        code, _, err = cli(capsys, *args)
        assert code == 0, (args, err)


def trace_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement any sqlite3 connection runs from now on (the app's, the checks', the backups')."""
    seen: list[str] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        connection = real(*args, **kwargs)
        connection.set_trace_callback(seen.append)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    return seen


def whole_file_checks(statements: list[str]) -> list[str]:
    """The checks whose cost grows with the file: the quick check without a table, the integrity
    check, and the quick check of the observations (the table that grows with daily work)."""
    return [s for s in statements
            if s.strip() in ("PRAGMA quick_check", 'PRAGMA quick_check("observation")') or "integrity_check" in s]


def damage_observation_index(path: Path) -> None:
    """Flip the page type of the observations' id index: the cheap checks and most reads still pass,
    SQLite's quick check fails."""
    connection = sqlite3.connect(path)
    try:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_observation_1'").fetchone()[0]
        page = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page] ^= 0x5A
    path.write_bytes(bytes(data))
