"""The carnet file below the ORM: how SQLite is pointed at it, what its header says, its meta rows.

Opening checks, backups, erasure, recovery and merge open carnet files with ``sqlite3`` itself
(a file that is not open in the app, a copy, a backup). What they share is here, once: the
``file:`` URI, the journal state read from the header, the parameters that keep a stray ``-wal``
from being replayed, the lenient decoding of damaged text, the quoting of our own table names,
durable renames, and the ``meta`` rows (which carnet a file is, who was erased from it, the
newest stamp it has seen) — read and written here and nowhere else.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

# "Prog" in ASCII: lets `file` and our own check recognise a carnet without reading tables.
APPLICATION_ID = 0x50726F67
SQLITE_MAGIC = b"SQLite format 3\x00"
# Seconds a connection waits for SQLite's lock before calling the carnet busy. Read at each use
# (``storage.BUSY_TIMEOUT``): the tests shorten it.
BUSY_TIMEOUT = 5.0
# The Alembic revision this version's tables are at (``progression.schema`` describes them). Here,
# below the ORM, so that ``check`` knows it without loading SQLAlchemy.
SCHEMA_REVISION = "0002"

# The meta rows: which carnet a file is (``carnet_id``; the oldest carnets: ``created_at``), the
# ids (random UUIDs, nothing about the child) of the pupils erased from it, so that merging an
# older copy or restoring a backup never brings them back, and the newest hybrid-clock stamp the
# carnet has issued or seen, kept at close.
IDENTITY_KEYS = ("carnet_id", "created_at")
ERASED_KEY = "erased_pupils"
LAST_STAMP_KEY = "last_stamp"


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for sqlite3 that survives spaces, ``#`` and ``?`` in folder names."""
    uri = Path(path).absolute().as_uri()
    if params:
        uri += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return uri


def writable(path: Path) -> bool:
    """Can SQLite write this carnet? It needs the file and, for its journal, the folder."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def journal_state(path: Path) -> tuple[int, int]:
    """(journal mode byte of the header: 1 rollback, 2 WAL, 0 unknown; size of the -wal beside it)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        header = b""
    try:
        wal = path.with_name(path.name + "-wal").stat().st_size
    except OSError:
        wal = 0
    mode = header[18] if len(header) == 20 and header[18] == header[19] and header[18] in (1, 2) else 0
    return mode, wal


def orphan_journal(path: Path) -> bool:
    """A non-empty ``-wal`` beside a carnet whose header says rollback journal.

    SQLite would replay it whatever database it came from. Progression leaves every carnet it
    closes in rollback mode, and switching modes never leaves a WAL behind, so such a file
    is a stray one (copied from another carnet, left by a sync client) and must not be read.
    """
    mode, wal = journal_state(path)
    return mode == 1 and wal > 0


def reading_params(path: Path) -> dict[str, str]:
    """URI parameters to read a carnet without replaying what must not be replayed.

    ``immutable=1`` makes SQLite ignore any ``-wal``: used for a stray one beside a carnet
    closed in rollback mode (``orphan_journal``), and for a carnet left in WAL mode on a medium
    we cannot write (a locked USB key), where SQLite could not create the ``-shm`` it needs and
    there is no ``-wal`` to replay anyway.
    """
    mode, wal = journal_state(path)
    if wal > 0 and mode == 1:
        return {"mode": "ro", "immutable": "1"}
    if mode == 2 and wal == 0 and not writable(path):
        return {"mode": "ro", "immutable": "1"}
    return {"mode": "ro"}


def lenient_text(data: bytes) -> str:
    """Text as a damaged file holds it: ``quick_check`` quotes damaged text in its report, and
    reading the report (or a name for a message) must not fail on it."""
    return data.decode("utf-8", "replace")


def new_id() -> str:
    """A new row id, a random UUID (``uuid`` is loaded when an id is made, not at every opening)."""
    import uuid

    return str(uuid.uuid4())


def quoted(name: str) -> str:
    """A table, column or schema name for SQL text. Only names from our own schema (or SQLite's
    own reports about a file) are ever put there; values always go as bound parameters."""
    return '"' + str(name).replace('"', '""') + '"'


def fsync_file(path: Path) -> None:
    with Path(path).open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry is flushed separately (no-op on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---------------------------------------------------------------- meta rows


def meta_rows(conn: sqlite3.Connection, keys: Iterable[str] | None = None, *, schema: str = "main") -> dict[str, str]:
    """The ``meta`` rows of an open connection (all, or only ``keys``)."""
    table = f"{quoted(schema)}.meta"
    if keys is None:
        rows = conn.execute(f"SELECT key, value FROM {table}")
    else:
        rows = conn.execute(f"SELECT key, value FROM {table} WHERE key IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(keys)),))
    return {str(key): str(value) for key, value in rows if value is not None}


def now() -> datetime:
    """This moment in UTC, as rows keep it (``deleted_at``, ``created_at``: naive, in UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def stored_moment(moment: datetime) -> str:
    """A moment as SQLAlchemy stores a DateTime in SQLite, for rows written with plain SQL."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, begin: str = "BEGIN") -> Iterator[None]:
    """One transaction on a plain connection in autocommit: committed when the block ends, rolled
    back on any error (a rollback after a disk error may fail too; the first error is the one told).
    ``begin``: "BEGIN IMMEDIATE" takes the write lock at once."""
    conn.execute(begin)
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def write_meta(conn: sqlite3.Connection, key: str, value: str, *, schema: str = "main") -> None:
    """Set one ``meta`` row, in the caller's transaction."""
    conn.execute(f"INSERT OR REPLACE INTO {quoted(schema)}.meta (key, value) VALUES (?, ?)", (key, value))


def read_meta(path: Path, *, immutable: bool = True) -> dict[str, str]:
    """The meta rows that say which carnet a file is and who was erased from it; raises sqlite3.Error.

    ``immutable``: the main file alone, never a ``-wal`` (which may be a stray one); otherwise as
    SQLite reads it, without replaying what must not be (``reading_params``)."""
    params = {"mode": "ro", "immutable": "1"} if immutable else reading_params(path)
    conn = sqlite3.connect(sqlite_uri(path, **params), uri=True)
    conn.text_factory = lenient_text
    try:
        return meta_rows(conn, (*IDENTITY_KEYS, ERASED_KEY))
    finally:
        conn.close()


def identity_from_meta(meta: Mapping[str, str]) -> str | None:
    """carnet_id since 0.1; older carnets are told apart by their creation stamp."""
    return meta.get("carnet_id") or meta.get("created_at") or None


def erased_pupils(meta: Mapping[str, str]) -> set[str]:
    """The erased pupils' ids, from the carnet's ``meta`` rows."""
    try:
        return set(json.loads(meta.get(ERASED_KEY, "[]")))
    except (ValueError, TypeError):
        return set()


def remember_erased(conn: sqlite3.Connection, pupil_ids: Iterable[str], *, schema: str = "main") -> set[str]:
    """Add pupils to the carnet's list of erased ids, in the caller's transaction; return the list."""
    known = erased_pupils(meta_rows(conn, (ERASED_KEY,), schema=schema)) | set(pupil_ids)
    write_meta(conn, ERASED_KEY, json.dumps(sorted(known)), schema=schema)
    return known
