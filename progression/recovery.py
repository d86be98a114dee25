"""When a carnet is damaged: set it aside, offer the newest backup that opens, put it in place.

Nothing here ever writes into a damaged carnet or deletes one. ``set_aside_damaged``
renames it (with its ``-wal``/``-shm``/``-journal``, which belong to it) to
``<name>.damaged-<timestamp>``: a specialist, or a later version of Progression, may still
get something out of it. ``restore_backup`` also sets the current file aside
(``<name>.replaced-<timestamp>``) before putting the backup in place with an atomic
rename, so a restore can itself be undone by hand.

The app's flow: ``open_carnet`` raises ``DamagedCarnetError`` → the app shows the sentence
and ``newest_verified_backup(path).describe()`` → on the teacher's "Restaurer",
``recover_damaged(path)``. ``progression check`` names the same backup.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from exports.safe import held_open, held_open_message, replace_file
from progression import storage
from progression.backup import BackupInfo, list_backups
from progression.backup_folders import parse_backup_name
from progression.errors import DamagedCarnetError, NewerCarnetError, ProgressionError
from progression.inspection import inspect_file
from progression.lock import CarnetLock
from progression.privacy import reapply_erasures
from progression.set_aside import set_aside
from progression.storage import fsync_folder, lenient_text, quoted, reading_params, sqlite_uri


def set_aside_damaged(path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged carnet (and its -wal/-shm) to ``<name>.damaged-<timestamp>``; never writes it."""
    path = Path(path)
    with CarnetLock.acquire(path):
        return set_aside(path, "damaged", now=now)


def verify_backup(path: Path) -> bool:
    """Whether a backup opens as a carnet and passes ``integrity_check`` (indexes matching rows too)."""
    try:
        inspect_file(Path(path), thorough=True)
    except (DamagedCarnetError, NewerCarnetError):
        return False
    except ProgressionError:
        return False
    return True


def newest_verified_backup(path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest automatic backup of this carnet that opens and passes its integrity check."""
    for backup in list_backups(Path(path), folder):
        if backup.pupils is not None and verify_backup(backup.path):
            return backup
    return None


def _copy_verified(backup: Path, target: Path) -> None:
    """Copy ``backup`` to ``target`` (a temporary name), flush it, and check the copy."""
    try:
        with backup.open("rb") as source, target.open("xb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        conn = sqlite3.connect(sqlite_uri(target, mode="ro"), uri=True)
        conn.text_factory = lenient_text
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or error
        raise ProgressionError("backup.cannot_copy", folder=str(target.parent), reason=str(reason)) from error
    if result != [("ok",)]:
        target.unlink(missing_ok=True)
        raise DamagedCarnetError("backup.copy_unreadable", name=backup.name)


def restore_backup(backup: Path | BackupInfo, carnet: Path, *, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``carnet``; the current file is set aside first, never deleted.

    Returns where the replaced carnet was put (None if there was none). The carnet must be
    closed: the lock is taken for the duration.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    carnet = Path(carnet)
    if not source.is_file():
        raise ProgressionError("backup.missing", path=str(source))
    inspect_file(source, thorough=True)  # a carnet, readable, passes integrity_check, not from a newer version
    with CarnetLock.acquire(carnet):
        temporary = carnet.with_name(f".{carnet.name}.restore.part")
        temporary.unlink(missing_ok=True)
        _copy_verified(source, temporary)
        aside = None
        try:
            # Pupils erased since the backup was made are erased again before it is put in place (RGPD).
            reapply_erasures(temporary, carnet)
            if carnet.exists():
                aside = set_aside(carnet, "replaced", now=now)
            replace_file(temporary, carnet)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            if held_open(error):
                raise ProgressionError(held_open_message(carnet)) from error
            raise
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        fsync_folder(carnet.parent)
    return aside


# ---------------------------------------------------------------- what a restore would lose

# The teacher's records a restore could take away, with the column that dates each.
LOSABLE = {
    "observation": "observed_on",
    "pupil": None,
    "fluency_measure": "measured_on",
    "appreciation": None,
    "synthesis_override": None,
    # Reading beyond the grid (schema 0002).
    "code_mark": "observed_on",
    "code_unit": None,  # the class's progression: added, moved, renamed, marked taught
    "work": None,
    "work_reading": "read_on",
    "reading_grid": "assessed_on",
    "need_group": None,
    "need_group_member": None,
}


@dataclass(frozen=True)
class Loss:
    """What the current carnet holds that a backup does not: what putting the backup back would lose
    from the carnet (it stays in the file set aside). Rows added or changed since the backup count;
    rows deleted since do not (the backup brings them back)."""

    counts: dict[str, int]  # table → rows, only tables with some
    last: dict[str, date]  # table → the latest date among those rows (observed, measured)

    @property
    def observations(self) -> int:
        return self.counts.get("observation", 0)

    @property
    def last_observed(self) -> date | None:
        return self.last.get("observation")

    def __bool__(self) -> bool:
        return bool(self.counts)


def what_would_be_lost(carnet: Path, backup: Path) -> Loss | None:
    """Compare the carnet with a backup, row by row (id and stamp); None if the carnet cannot be read.

    Read-only: the carnet may be open in the app (WAL readers do not disturb it) or damaged.
    """
    carnet, backup = Path(carnet), Path(backup)
    try:
        conn = sqlite3.connect(sqlite_uri(carnet, **reading_params(carnet)), uri=True, timeout=storage.BUSY_TIMEOUT)
    except sqlite3.Error:
        return None
    conn.text_factory = lenient_text
    counts: dict[str, int] = {}
    last: dict[str, date] = {}
    try:
        conn.execute("ATTACH DATABASE ? AS kept", (sqlite_uri(backup, mode="ro", immutable="1"),))
        for table, dated in LOSABLE.items():
            newest = f"max(c.{quoted(dated)})" if dated else "NULL"
            count, latest = conn.execute(
                f"SELECT count(*), {newest} FROM main.{quoted(table)} AS c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                f"(SELECT 1 FROM kept.{quoted(table)} AS k WHERE k.id = c.id AND k.deleted_at IS NULL "
                "AND k.modified_at >= c.modified_at)"
            ).fetchone()
            if count:
                counts[table] = int(count)
                with contextlib.suppress(TypeError, ValueError):
                    last[table] = date.fromisoformat(str(latest)[:10])
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.close()
    return Loss(counts, last)


@dataclass(frozen=True)
class Recovery:
    damaged: Path | None  # where the damaged file was set aside
    restored: BackupInfo | None  # the backup put in its place, None if there was none


def recover_damaged(path: Path, backup: BackupInfo | None = None, *, now: datetime | None = None) -> Recovery:
    """Set a damaged carnet aside and put the newest verified backup (or ``backup``) in its place."""
    path = Path(path)
    chosen = backup or newest_verified_backup(path)
    aside = set_aside_damaged(path, now=now) if path.exists() else None
    if chosen is not None:
        restore_backup(chosen, path, now=now)
    return Recovery(aside, chosen)


def describe_backup_file(path: Path) -> str:
    """"12/03/2027 à 08:15" for a backup file name, or the bare name."""
    parsed = parse_backup_name(Path(path).name)
    return parsed[1].strftime("%d/%m/%Y à %H:%M") if parsed else Path(path).name
