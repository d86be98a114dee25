"""Putting files aside, never deleting them: a carnet replaced or damaged, a journal not its own.

A file set aside is renamed beside the carnet, ``<name>.<label>-<timestamp>`` (``.replaced-…``,
``.damaged-…``) with the ``-wal``/``-shm``/``-journal`` that belong to it, or
``<name>-wal.orphan-<timestamp>`` for a journal that is not the carnet's own: a specialist, a later
version of Progression, or the teacher may still get something out of it, and erasing a pupil
reaches these files too (``privacy.complete_erasure`` lists them with ``set_aside_files``).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from exports.safe import held_open, held_open_message, rename_file, replace_file
from progression.errors import ProgressionError
from progression.storage import fsync_file, fsync_folder

COMPANIONS = ("-wal", "-shm", "-journal")


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def _move(source: Path, target: Path) -> None:
    try:
        rename_file(source, target)
    except OSError as error:
        if held_open(error):
            raise ProgressionError(held_open_message(source)) from error
        raise ProgressionError(
            "carnet.set_aside_failed",
            name=source.name,
            parent=source.parent,
            reason=str(error.strerror or error)
        ) from error


def _free_name(path: Path, label: str, now: datetime | None) -> Path:
    """``<name>.<label>-<timestamp>`` beside ``path``, numbered if that name (or a companion) is taken."""
    base = f"{path.name}.{label}-{_stamp(now)}"
    target = path.with_name(base)
    counter = 1
    while target.exists() or any(target.with_name(target.name + c).exists() for c in COMPANIONS):
        counter += 1
        target = path.with_name(f"{base}-{counter}")
    return target


def set_aside(path: Path, label: str, *, now: datetime | None = None) -> Path:
    """Rename ``path`` and its companion files to ``<name>.<label>-<timestamp>``; return the new name."""
    path = Path(path)
    target = _free_name(path, label, now)
    # Companions first: a -wal must never end up beside a main file it does not belong to.
    for companion in COMPANIONS:
        source = path.with_name(path.name + companion)
        if source.exists():
            _move(source, target.with_name(target.name + companion))
    _move(path, target)
    fsync_folder(path.parent)
    return target


def set_aside_orphan_journal(path: Path, *, now: datetime | None = None,
                             companions: tuple[str, ...] = ("-wal", "-shm")) -> list[Path]:
    """Move a ``-wal`` (and its ``-shm``), or a ``-journal``, that is not the carnet's own away from it.

    The caller holds the carnet's lock. They are renamed ``<name><companion>.orphan-<timestamp>``,
    not deleted; the first of ``companions`` that existed comes first in the list returned.
    """
    path = Path(path)
    moved = []
    for companion in companions:
        source = path.with_name(path.name + companion)
        if source.exists():
            target = path.with_name(f"{path.name}{companion}.orphan-{_stamp(now)}")
            counter = 1
            while target.exists():
                counter += 1
                target = path.with_name(f"{path.name}{companion}.orphan-{_stamp(now)}-{counter}")
            _move(source, target)
            moved.append(target)
    fsync_folder(path.parent)
    return moved


# What ``set_aside`` and ``set_aside_orphan_journal`` add after a carnet's name, whatever the label.
_SET_ASIDE = re.compile(r"^(?:-wal|-shm|-journal)?\.[a-z]+-\d{8}-\d{6}(?:-\d+)?(?:-wal|-shm|-journal)?$")


def set_aside_files(path: Path) -> list[Path]:
    """Every file set aside beside this carnet (``.replaced-…``, ``.damaged-…``, ``-wal.orphan-…``)."""
    path = Path(path)
    try:
        entries = sorted(path.parent.iterdir())
    except OSError:
        return []
    return [entry for entry in entries if entry.name.startswith(path.name) and entry.is_file()
            and _SET_ASIDE.match(entry.name[len(path.name):])]


def keep_open_copy(connection: sqlite3.Connection, path: Path, *, now: datetime | None = None) -> Path:
    """Copy the carnet as ``connection`` sees it to ``<name>.replaced-<timestamp>`` beside ``path``.

    For a carnet whose file another program replaced while it was open: our connection still
    reads the old file and our ``-wal``, the only place left where what the teacher typed lives.
    One self-contained file, checked, flushed, then renamed; the new file is not touched.
    """
    path = Path(path)
    target = _free_name(path, "replaced", now)
    temporary = path.with_name(f".{target.name}.part")
    try:
        copy = sqlite3.connect(temporary)
        try:
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            result = copy.execute("PRAGMA quick_check").fetchall()
        finally:
            copy.close()
        if result != [("ok",)]:
            raise sqlite3.DatabaseError("quick_check failed")
        fsync_file(temporary)
        replace_file(temporary, target)
        fsync_folder(path.parent)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        raise ProgressionError(
            "carnet.keep_copy_failed",
            name=path.name,
            parent=path.parent,
            reason=str(error)
        ) from error
    return target
