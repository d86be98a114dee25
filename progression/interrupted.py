"""What a session cut short left beside a carnet, dealt with before anything judges the file.

A crash in rollback-journal mode (USB keys, shares) leaves a hot ``-journal``; in WAL mode, a
``-wal`` holding the last actions. Neither file says which database it belongs to, so each is
first applied to a private copy: its own is then rolled back or replayed by SQLite on the real
file; one that is not is set aside (``set_aside.set_aside_orphan_journal``), never applied.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from progression import paths, storage
from progression.errors import CarnetLockedError, DamagedCarnetError
from progression.lock import CarnetLock
from progression.set_aside import set_aside_orphan_journal
from progression.storage import (
    APPLICATION_ID,
    IDENTITY_KEYS,
    identity_from_meta,
    lenient_text,
    meta_rows,
    orphan_journal,
    sqlite_uri,
)
from progression.storage_errors import busy_error
from progression.wording import Phrase

COMPANION_JOURNALS = ("-wal", "-journal")
PRIVATE_COPY_STALE_AFTER = 3600.0  # seconds: a judging copy left by a crash is removed after this


def leftovers(path: Path) -> list[str]:
    """The journals beside ``path`` that hold something (SQLite would replay or roll them back)."""
    found = []
    for suffix in COMPANION_JOURNALS:
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                found.append(suffix)
        except OSError:
            continue
    return found


@contextmanager
def _private_folder() -> Iterator[Path]:
    """A folder for a copy of the carnet, on this computer (the per-user data folder), removed after."""
    try:
        base: Path | None = paths.data_home()
    except OSError:
        base = None
    if base is not None:
        for stale in base.glob(".verification-*"):
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > PRIVATE_COPY_STALE_AFTER:
                    shutil.rmtree(stale, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=".verification-", dir=base))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _carnet_state(uri: str, *, check: bool = True) -> tuple[str | None, bool]:
    """(identity, sane) of the database at ``uri``: its carnet id (or creation stamp), and whether it
    is a carnet passing ``integrity_check`` (not run, False, without ``check``). Opening it
    read-write replays its -wal / -journal."""
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=storage.BUSY_TIMEOUT)
    except sqlite3.Error:
        return None, False
    conn.text_factory = lenient_text
    identity = None
    try:
        identity = identity_from_meta(meta_rows(conn, IDENTITY_KEYS))
        carnet = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        return identity, check and carnet and conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except (sqlite3.Error, UnicodeDecodeError):
        return identity, False
    finally:
        conn.close()


def _journal_belongs(path: Path, suffix: str) -> bool:
    """Whether the ``-wal`` / ``-journal`` beside ``path`` is this carnet's own.

    Neither file says which database it belongs to: a WAL of any database with the same page
    size is replayed (its salts and checksums only chain its own frames), and a rollback journal
    is written back whatever it holds. So it is applied to a private copy first: its own makes a
    sane carnet with the same identity. One that turns the carnet into another, or breaks a
    carnet that is sane without it, is not its own. When neither the file alone nor the file with
    it is sane, nothing is judged here: the carnet is damaged, and it is set aside whole.
    """
    try:
        with _private_folder() as folder:
            copy = folder / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + suffix), copy.with_name(copy.name + suffix))
            replayed, replayed_sane = _carnet_state(sqlite_uri(copy))
    except OSError:
        return True  # no room to judge: SQLite's own behaviour, as before
    by_itself = sqlite_uri(path, mode="ro", immutable="1")
    alone, _ = _carnet_state(by_itself, check=False)
    if replayed_sane and (alone is None or replayed == alone):
        return True
    if _carnet_state(by_itself)[1]:
        return False
    raise DamagedCarnetError("carnet.restore", problem=Phrase("carnet.damaged.with_journal", name=path.name,
                                                               journal=path.name + suffix))


def _replay(path: Path) -> None:
    """Open the carnet for writing once: SQLite rolls a hot journal back, or replays and folds the WAL."""
    try:
        conn = sqlite3.connect(path, timeout=storage.BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error:
        return  # inspect_file says what is wrong
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        text = str(error).lower()
        if "database is locked" in text or "is busy" in text:
            raise busy_error(path) from error
        # Anything else (malformed…) is for inspect_file to judge.
    finally:
        conn.close()


def finish_interrupted(path: Path, held: CarnetLock | None = None) -> list[str]:
    """Deal with what a session cut short left beside the carnet, before anything judges it.

    A crash in rollback-journal mode (USB keys, shares) leaves a hot ``-journal``; in WAL mode,
    a ``-wal`` holding the last actions. A read-only look cannot roll the first back and would
    trust the second whatever its origin. Here, under the carnet's lock (taken for the moment if
    ``held`` is None), each is judged on a private copy (``_journal_belongs``): its own is then
    rolled back or replayed by SQLite on the real file; one that is not is set aside (renamed
    ``.orphan-…``, never deleted, never applied). Returns the sentences telling the teacher
    what was set aside. Nothing is done on a medium that cannot be written, or while another
    holds the lock: its holder is alive, and what lies beside the carnet is its own.
    """
    path = Path(path)
    if not storage.writable(path) or not leftovers(path):
        return []
    notes: list[str] = []
    with contextlib.ExitStack() as stack:
        if held is None:
            try:
                stack.enter_context(CarnetLock.acquire(path))
            except CarnetLockedError:
                return []
        for suffix in leftovers(path):
            # A carnet closed by Progression is in rollback mode: a -wal beside it is never its own.
            if (suffix == "-wal" and orphan_journal(path)) or not _journal_belongs(path, suffix):
                companions = ("-wal", "-shm") if suffix == "-wal" else (suffix,)
                kept = set_aside_orphan_journal(path, companions=companions)
                notes.append(Phrase("carnet.journal_set_aside", journal=path.name + suffix, kept=kept[0].name))
        if leftovers(path):
            _replay(path)
    return notes
