"""SQLite failures in the teacher's words.

A disk that is full, a medium that refuses writes, a key pulled out, a file another program
keeps busy or replaced, a damaged file: each becomes one French sentence saying that nothing
was half-written and what to do, in one place (``storage_errors``), whichever connection met it.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from progression.errors import CarnetLockedError, DamagedCarnetError, ProgressionError


class StorageError(ProgressionError):
    """The disk refused a write (I/O error, no space, read-only medium); nothing was half-written."""


class DiskFullError(StorageError):
    """SQLITE_FULL: no space left on the disk or the key."""


class ReadOnlyCarnetError(StorageError):
    """The file, its folder or the medium cannot be written."""


class CarnetBusyError(CarnetLockedError):
    """SQLite's own lock is held by another program for longer than the busy timeout."""


class CarnetReplacedError(ProgressionError):
    """Another program put a different file in the open carnet's place (sync client, copy)."""


def busy_error(path: Path) -> CarnetBusyError:
    """The sentence for a carnet whose SQLite lock another program keeps: busy, never damaged."""
    return CarnetBusyError("storage.busy_elsewhere", name=Path(path).name)


def _storage_error(error: BaseException, path: Path) -> ProgressionError | None:
    """The teacher's sentence for a SQLite failure, or None for errors that are bugs, not storage."""
    message = str(getattr(error, "orig", None) or error).lower()
    name = path.name
    if "database or disk is full" in message or "disk is full" in message:
        return DiskFullError("storage.disk_full", name=name)
    if "readonly database" in message or "read-only" in message:
        return ReadOnlyCarnetError("storage.read_only", name=name)
    if "disk i/o error" in message or "i/o error" in message:
        return StorageError("storage.io_error", name=name)
    if "database is locked" in message or "is busy" in message or "table is locked" in message:
        return CarnetBusyError("storage.busy", name=name)
    damaged = ("malformed", "file is not a database", "database corrupt", "could not decode")
    if any(sign in message for sign in damaged):
        return DamagedCarnetError("storage.damaged", name=name)
    if "unable to open database file" in message:
        return StorageError("storage.gone", name=name)
    return None


def _sqlite_errors() -> tuple[type[Exception], ...]:
    """SQLite's errors, and SQLAlchemy's wrapping of them once it is loaded: ``check`` and ``backup``
    never load SQLAlchemy, and need not pay for importing it here."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.Error,) if sqlalchemy_errors is None else (sqlite3.Error, sqlalchemy_errors.DBAPIError)


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn SQLite storage failures into ProgressionError sentences: the one place that maps them."""
    try:
        yield
    except UnicodeDecodeError as error:
        # sqlite3 cannot even build the error message when SQLite quotes damaged text.
        raise DamagedCarnetError("storage.damaged_text", name=Path(path).name) from error
    except _sqlite_errors() as error:
        translated = _storage_error(error, Path(path))
        if translated is None:
            raise
        raise translated from error
