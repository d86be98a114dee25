"""A copy of a carnet (to merge, to hand over, to take a sync's rows into), taken whole into a
private file first: what is checked and merged then is one consistent state, whatever another
program does to the copy meanwhile, and the copy itself is never written to."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from exports.safe import remove_file
from progression.errors import DamagedCarnetError, InvalidInputError, ProgressionError
from progression.storage import reading_params, sqlite_uri
from progression.validation import shown


def _busy(name: str) -> InvalidInputError:
    return InvalidInputError("merge.copy_busy", name=shown(name))


@contextlib.contextmanager
def snapshot(path: Path, *, open_here: bool) -> Iterator[Path]:
    """A private copy of the copy, read once (``_copied_whole``, else SQLite's backup API): a
    consistent state that no other program changes while it is checked and merged, deleted
    afterwards. The copy itself is only read (``mode=ro``), never rolled back, normalised or
    attached. ``open_here``: the file may be open elsewhere in this process (the carnet a sync
    brings rows into, the one the app hands over to next year), so it is read through SQLite only
    (see ``_copied_whole``)."""
    folder = Path(tempfile.mkdtemp(prefix="progression-fusion-"))
    target = folder / "copie.carnet"
    try:
        try:
            params = reading_params(path)
            source = sqlite3.connect(sqlite_uri(path, **params), uri=True, timeout=5, isolation_level=None)
            try:
                # Hold a read lock first (waiting 5 s at most): sqlite3's backup() itself would retry a
                # busy copy forever.
                _begin_read(source)
                if open_here or not _copied_whole(source, path, params, target):
                    destination = sqlite3.connect(target)
                    try:
                        # A private file, deleted after the merge: a crash would lose only it, so
                        # nothing is flushed to the disk (10 ms of a class's merge).
                        destination.execute("PRAGMA synchronous=OFF")
                        source.backup(destination)
                        destination.execute("PRAGMA journal_mode=DELETE")
                    finally:
                        destination.close()
            finally:
                source.close()
        except sqlite3.Error as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise _busy(path.name) from error
            if "readonly" in text or "read-only" in text or "unable to open" in text:
                raise InvalidInputError("merge.copy_unclosed", name=shown(path.name)) from error
            if "full" in text or "disk i/o" in text:
                raise ProgressionError("merge.no_temporary_room", name=shown(path.name)) from error
            raise DamagedCarnetError(
                "merge.copy_damaged",
                name=shown(path.name),
                detail=str(error),
            ) from error
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _begin_read(source: sqlite3.Connection) -> None:
    """A read transaction that holds its lock (a plain BEGIN takes none until the first read)."""
    source.execute("BEGIN")
    source.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _copied_whole(source: sqlite3.Connection, path: Path, params: dict[str, str], target: Path) -> bool:
    """Copy the file as it is, when the read transaction ``source`` has begun sees the file alone
    and no writer can change it before the read ends: in rollback-journal mode, the read's shared
    lock keeps writers out of the file; in WAL mode with an empty -wal, writers only append to the
    -wal, and SQLite copies nothing back into the file while a reader reads the file alone. A plain
    copy takes half the backup API's time, and leaves SQLite's allocator, which threads share, to
    the backup of the carnet made meanwhile. False, with nothing copied, otherwise: a -wal holding
    changes (the state is the file and part of the -wal), a copy read as immutable (no lock is
    taken), or one the system would not copy (the backup API then says why).

    Closing any handle on a file drops every lock this process holds on it (POSIX): nothing here
    opens the file before the copy, whose own handle is closed once all is read, and no other
    connection of this process may have it open (``snapshot``'s ``open_here``)."""
    if "immutable" in params:
        return False
    wal_mode = source.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if wal_mode:
        try:
            if path.with_name(path.name + "-wal").stat().st_size:
                return False
        except FileNotFoundError:
            pass
    try:
        shutil.copyfile(path, target)
    except OSError:
        remove_file(target, missing_ok=True)
        # The copy's handle, closed, took this process's locks on the file with it: read afresh.
        source.execute("COMMIT")
        _begin_read(source)
        return False
    if wal_mode:
        snapshot = sqlite3.connect(target)
        try:
            snapshot.execute("PRAGMA synchronous=OFF")  # the private snapshot: nothing to flush
            snapshot.execute("PRAGMA journal_mode=DELETE")  # one file, as the backup API leaves it
        finally:
            snapshot.close()
    return True
