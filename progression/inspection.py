"""Is this file a carnet this version can open? Judged from the file alone, read-only.

``inspect_file`` reads the SQLite header, the application id or the meta table, runs SQLite's
quick check (its integrity check when asked: ``progression check``, verifying a backup) and the
schema revision, and raises the one sentence a teacher can act on: damaged, newer, busy, or an
action cut short on a medium where it cannot be rolled back.

``scan=False`` leaves out the one step that reads the whole file (the quick check) and keeps the
checks whose cost does not grow with it: the header (a file shorter than its header says is
truncated), the application id, the schema and its revision, and the quick check of every table
but the observations (``GROWING_TABLES``). Opening in the app and the
read-only commands use it; the app then runs the full check off the GUI thread once the grid is
painted (``progression.checkup``), and ``progression check`` runs the thorough one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from progression import storage
from progression.errors import DamagedCarnetError, NewerCarnetError, ProgressionError
from progression.storage import APPLICATION_ID, SQLITE_MAGIC, journal_state, lenient_text, quoted, sqlite_uri
from progression.storage_errors import CarnetBusyError, ReadOnlyCarnetError, busy_error
from progression.wording import Phrase

KNOWN_REVISIONS = ("0001", "0002")
# Tables whose size grows with the teacher's daily work: opening without a scan leaves them (and
# their indexes) to the full check after the grid is painted. The others are a few pages each.
GROWING_TABLES = frozenset({"observation"})


def _unfinished_error(path: Path) -> ProgressionError:
    """A hot ``-journal`` that SQLite could not roll back here: an action cut short, not damage."""
    name = path.name
    if not storage.writable(path):
        return ReadOnlyCarnetError("carnet.unfinished_read_only_medium", name=name)
    # Writable, yet not rolled back: this caller did not finish it (finish_interrupted), or the carnet
    # is held elsewhere and its holder will.
    return CarnetBusyError("carnet.unfinished_elsewhere", name=name)


def _truncated(header: bytes, size: int) -> bool:
    """The header's own page count says the file was longer: its end is missing.

    The count is trusted only when SQLite marked it valid (its "version valid for" equals the
    change counter), as SQLite itself does; a ``-wal`` never makes the main file shorter.
    """
    if len(header) < 100 or header[92:96] != header[24:28]:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and pages * page_size > size


def inspect_file(path: Path, *, thorough: bool = False, scan: bool = True) -> str | None:
    """Check that ``path`` holds a readable carnet; return its schema revision.

    ``thorough``: ``integrity_check`` instead of ``quick_check``; it also finds indexes that no
    longer match their rows (``progression check``, verifying a backup). Opening stays on the
    quick check (see README, Performance, for the cost of each). ``scan=False``: no whole-file
    check at all, only what does not grow with the file (see the module docstring).

    Raises DamagedCarnetError with a sentence a teacher can act on; a carnet another program
    keeps busy, or one with an action to roll back on a read-only medium, gets its own sentence.
    """
    name = path.name
    if not path.exists():
        raise ProgressionError("carnet.missing", path=str(path))
    if path.is_dir():
        raise ProgressionError("carnet.is_folder", path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProgressionError("carnet.unreadable_file", name=name, reason=error.strerror) from error
    if len(header) == 0:
        raise DamagedCarnetError("carnet.empty_file", name=name)
    if not header.startswith(SQLITE_MAGIC):
        raise DamagedCarnetError("carnet.not_sqlite", name=name)
    with contextlib.suppress(OSError):
        if _truncated(header, path.stat().st_size):
            raise DamagedCarnetError(
                f"Le carnet « {name} » est endommagé (sa fin manque : il a été copié ou enregistré à moitié) : "
                "restaurez la dernière sauvegarde vérifiée."
            )
    # A stray -wal must not be replayed, even by this read-only check.
    params = storage.reading_params(path)
    mode, wal = journal_state(path)
    if mode == 2 and wal > 0 and not storage.writable(path):
        # Committed actions wait in the -wal, and SQLite cannot replay it on a read-only medium.
        raise ProgressionError("carnet.unclosed_read_only_medium", name=name)
    try:
        conn = sqlite3.connect(sqlite_uri(path, **params), uri=True, timeout=storage.BUSY_TIMEOUT)
        # quick_check quotes damaged text in its report: it must not fail on decoding it.
        conn.text_factory = lenient_text
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            whole = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check" if scan else None
            result = conn.execute(whole).fetchall() if whole else []
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if whole is None:
                # Every table but those that grow with the teacher's daily work: what opening reads
                # is checked before anything is written, at a cost that does not follow the file.
                for table in sorted(tables - GROWING_TABLES):
                    result += [row for row in conn.execute(f"PRAGMA quick_check({quoted(table)})") if row[0] != "ok"]
                result = result or [("ok",)]
            if app_id != APPLICATION_ID and "meta" not in tables:
                raise DamagedCarnetError("carnet.other_database", name=name)
            if result != [("ok",)]:
                # Only indexes that no longer match their rows: the rows themselves read fine.
                indexes = all(" index " in str(row[0]) for row in result)
                problem = Phrase("carnet.damaged.indexes" if indexes else "carnet.damaged.integrity", name=name)
                raise DamagedCarnetError("carnet.restore", problem=problem)
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # SQLite quoting damaged text in an error message makes Python fail to decode the message.
        text = str(error).lower()
        code = str(getattr(error, "sqlite_errorname", ""))
        if "unable to open" in text:
            raise ProgressionError("carnet.cannot_open", name=name) from error
        if code.startswith("SQLITE_BUSY") or "database is locked" in text:
            raise busy_error(path) from error
        if code.startswith("SQLITE_READONLY") or "readonly database" in text:
            # Reading needs a rollback (hot -journal) that a read-only connection may not do.
            raise _unfinished_error(path) from error
        raise DamagedCarnetError(
            "carnet.restore", problem=Phrase("carnet.damaged.unreadable", name=name, detail=str(error))
        ) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        if _is_newer_revision(revision):
            raise NewerCarnetError("carnet.newer", name=name, revision=revision)
        # No version of Progression ever wrote it: a schema mark such as 0000 or "x" is damage.
        raise DamagedCarnetError(
            "carnet.restore", problem=Phrase("carnet.damaged.unknown_schema", name=name, revision=revision[:20])
        )
    return revision


def _is_newer_revision(revision: str) -> bool:
    """Revisions are numbered 0001, 0002…: only a number above the newest known is a newer version's."""
    return revision.isdigit() and int(revision) > max(int(known) for known in KNOWN_REVISIONS)
