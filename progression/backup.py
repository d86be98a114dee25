"""Verified backups of a carnet: when they are made, how many are kept, how they are listed.

A backup is made with SQLite's backup API into a temporary file beside its final place,
switched to a rollback journal (one self-contained file), checked with ``integrity_check``,
flushed to disk (file and folder), then renamed: a backup that exists is a backup that
opens. Backups live in the per-user data folder (``paths.backups_dir``), on this
computer's disk even when the carnet is on a USB key, named
``<carnet>_<YYYY-MM-DD_HHMMSS_micro>_<reason>.carnet`` in local time. They are never
overwritten and never written to once made.

When
----
* ``quotidienne``: at opening, when the newest backup is more than a day old;
* ``fermeture``: at closing, when something was committed since opening;
* ``migration``, ``import``, ``fusion``: before those operations (``backup_before``);
* ``manuelle``: ``progression backup`` or the app's menu.

Thinning (automatic folder only; a folder the teacher chose with ``--to`` is never touched)
-------------------------------------------------------------------------------------------
Kept after each automatic backup:

* every backup made in the last 24 hours;
* the newest backup of each of the 7 most recent *days* that have one;
* the newest backup of each of the 8 most recent *weeks* (ISO weeks) that have one;
* the newest backup of each of the 12 most recent *months* that have one;
* always the newest backup of all.

Counting days/weeks/months *that have a backup* (as Anki does) rather than calendar
days keeps history reaching back across the summer holidays for a teacher who opens the
app rarely. The rule is idempotent (thinning twice deletes nothing more), and a file kept
as "newest of its week" was also the newest of its day, so thinning never needs a file it
deleted earlier. Unfinished ``.part`` files older than an hour are removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from progression import paths
from progression.errors import ProgressionError

KEEP_ALL_WITHIN = timedelta(hours=24)
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
DAILY_EVERY = timedelta(days=1)
STALE_PART_AFTER = timedelta(hours=1)

_STAMP_FORMAT = "%Y-%m-%d_%H%M%S_%f"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}_\d{6})_(?P<reason>[a-z0-9-]+)"
    + re.escape(paths.CARNET_SUFFIX) + "$"
)
_REASON = re.compile(r"^[a-z0-9-]+$")

REASON_LABELS = {
    "manuelle": "sauvegarde manuelle",
    "quotidienne": "sauvegarde du jour",
    "fermeture": "à la fermeture",
    "migration": "avant mise à jour",
    "import": "avant import",
    "fusion": "avant fusion",
    "archive-fin-d-annee": "archive de fin d'année",
}


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


def reading_params(path: Path) -> dict[str, str]:
    """URI parameters to read a carnet without replaying what must not be replayed.

    ``immutable=1`` makes SQLite ignore any ``-wal``: used for a stray one beside a carnet
    closed in rollback mode (see ``carnet.orphan_journal``), and for a carnet left in WAL
    mode on a medium we cannot write (a locked USB key), where SQLite could not create the
    ``-shm`` it needs and there is no ``-wal`` to replay anyway.
    """
    mode, wal = journal_state(path)
    if wal > 0 and mode == 1:
        return {"mode": "ro", "immutable": "1"}
    if mode == 2 and wal == 0 and not writable(path):
        return {"mode": "ro", "immutable": "1"}
    return {"mode": "ro"}


def _lenient_text(data: bytes) -> str:
    # quick_check quotes damaged text in its report: reading the report must not fail.
    return data.decode("utf-8", "replace")


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
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


def backup_name(carnet_path: Path, when: datetime, reason: str) -> str:
    return f"{Path(carnet_path).stem}_{when.strftime(_STAMP_FORMAT)}_{reason}{paths.CARNET_SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime, str] | None:
    """(carnet stem, date made, reason) of a backup file name, or None if it is not one of ours."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    return match["stem"], made_at, match["reason"]


def make_backup(
    carnet_path: Path, folder: Path | None = None, reason: str = "manuelle", *, now: datetime | None = None,
    target: Path | None = None,
) -> Path:
    """Copy the carnet into ``folder`` (default: its automatic backup folder); return the verified copy.

    ``target``: write the copy under exactly this name instead (the app's « Sauvegarder une
    copie »); a file already there is replaced only once the copy has passed its check.
    """
    carnet_path = Path(carnet_path)
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lowercase ascii words joined by '-': {reason!r}")
    if target is not None:
        final = Path(target)
        folder = final.parent
    else:
        folder = Path(folder) if folder is not None else paths.backups_dir(carnet_path)
    if not folder.is_dir():
        raise ProgressionError(f"Le dossier de sauvegarde « {folder} » n'existe pas.")
    if target is None:
        when = now or datetime.now()
        final = folder / backup_name(carnet_path, when, reason)
        while final.exists():  # two backups in the same microsecond (tests, fast machines)
            when += timedelta(microseconds=1)
            final = folder / backup_name(carnet_path, when, reason)
    temporary = final.with_name(final.name + ".part")
    try:
        source = sqlite3.connect(sqlite_uri(carnet_path, **reading_params(carnet_path)), uri=True)
        try:
            copy = sqlite3.connect(temporary)
            copy.text_factory = _lenient_text
            try:
                source.backup(copy)
                # One self-contained file: a backup must open without a -wal beside it.
                copy.execute("PRAGMA journal_mode=DELETE")
                # integrity_check, not quick_check: an index that no longer matches its rows fails too.
                result = copy.execute("PRAGMA integrity_check").fetchall()
            finally:
                copy.close()
        finally:
            source.close()
        if result != [("ok",)]:
            raise ProgressionError(
                f"La sauvegarde de « {carnet_path.name} » n'a pas passé le contrôle d'intégrité : "
                "le carnet est peut-être endommagé, lancez « progression check »."
            )
        _fsync(temporary)
        os.replace(temporary, final)
        fsync_folder(folder)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        if "full" in str(error).lower() or "disk i/o" in str(error).lower():
            raise ProgressionError(
                f"Sauvegarde impossible dans « {folder} » : le disque est plein ou refuse l'écriture ; "
                "libérez de la place puis recommencez."
            ) from error
        raise ProgressionError(
            f"Sauvegarde impossible de « {carnet_path.name} » : le carnet n'a pas pu être lu ({error})."
        ) from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ProgressionError(
            f"Sauvegarde impossible dans « {folder} » : {error.strerror or error} ; "
            "vérifiez la place libre et les droits d'écriture."
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return final


# ---------------------------------------------------------------- thinning


def keep_set(dates: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup dates the thinning rule keeps (see the module docstring)."""
    ordered = sorted(set(dates), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    keep.update(d for d in ordered if now - d < KEEP_ALL_WITHIN)
    older = [d for d in ordered if now - d >= KEEP_ALL_WITHIN]
    buckets = (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    )
    for bucket_of, count in buckets:
        newest_in: dict[object, datetime] = {}
        for d in older:  # newest first: the first seen in a bucket is its newest
            newest_in.setdefault(bucket_of(d), d)
        keep.update(list(newest_in.values())[:count])
    return keep


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def backup_files(carnet_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of this carnet in ``folder`` (default: the automatic folder), newest first."""
    carnet_path = Path(carnet_path)
    folder = Path(folder) if folder is not None else paths.backups_dir(carnet_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or parsed[0] != carnet_path.stem or not entry.is_file():
            continue
        found.append(BackupFile(entry, parsed[1], parsed[2]))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def thin_backups(carnet_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the thinning rule no longer keeps; return what was deleted."""
    carnet_path = Path(carnet_path)
    now = now or datetime.now()
    folder = paths.backups_dir(carnet_path)
    files = backup_files(carnet_path, folder)
    kept = keep_set((b.made_at for b in files), now)
    deleted = []
    for backup in files:
        if backup.made_at not in kept:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    for part in folder.glob(f"{carnet_path.stem}_*{paths.CARNET_SUFFIX}.part"):
        with contextlib.suppress(OSError):
            if now - datetime.fromtimestamp(part.stat().st_mtime) > STALE_PART_AFTER:
                part.unlink()  # left by a crash or a full disk in the middle of a backup
    return deleted


def automatic_backup(carnet_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A backup into the automatic folder, then thinning."""
    made = make_backup(carnet_path, reason=reason, now=now)
    thin_backups(carnet_path, now=now)
    return made


def backup_before(carnet_path: Path, reason: str) -> Path:
    """The automatic backup taken before a migration, an import or a merge."""
    return automatic_backup(carnet_path, reason)


def backup_if_due(carnet_path: Path, *, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the newest automatic backup is more than a day old."""
    now = now or datetime.now()
    files = backup_files(carnet_path)
    if files and now - files[0].made_at < DAILY_EVERY:
        return None
    return automatic_backup(carnet_path, "quotidienne", now=now)


# ---------------------------------------------------------------- listing for a restore dialog


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the restore dialog shows it. Counts are None if the file cannot be read."""

    path: Path
    made_at: datetime
    reason: str
    pupils: int | None
    observations: int | None
    carnet: str | None = None  # the identity of the carnet this is a copy of (meta carnet_id)

    def describe(self) -> str:
        when = self.made_at.strftime("%d/%m/%Y à %H:%M")
        what = REASON_LABELS.get(self.reason, self.reason)
        if self.pupils is None:
            return f"{when} ({what}, illisible)"
        return f"{when} ({what}, {self.pupils} élèves, {self.observations} observations)"


def read_counts(path: Path, *, immutable: bool = True) -> tuple[int, int, str | None]:
    """(live pupils, live observations, carnet identity) of a carnet file, read-only."""
    params = {"mode": "ro", "immutable": "1"} if immutable else reading_params(path)
    conn = sqlite3.connect(sqlite_uri(path, **params), uri=True)
    conn.text_factory = _lenient_text
    try:
        pupils = conn.execute("SELECT count(*) FROM pupil WHERE deleted_at IS NULL").fetchone()[0]
        observations = conn.execute("SELECT count(*) FROM observation WHERE deleted_at IS NULL").fetchone()[0]
        # carnet_id since 0.1; older carnets are told apart by their creation stamp.
        found = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('carnet_id', 'created_at')"))
        return int(pupils), int(observations), found.get("carnet_id") or found.get("created_at")
    finally:
        conn.close()


def carnet_identity(carnet_path: Path) -> str | None:
    """The carnet's id (or creation stamp), or None if the file cannot be read (missing, damaged)."""
    try:
        return read_counts(carnet_path, immutable=False)[2]
    except (sqlite3.Error, OSError):
        return None


def list_backups(carnet_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this carnet, newest first, with their counts.

    Backups are found by the carnet's file name; when the carnet is readable, copies of a
    *different* carnet that happens to have the same name are left out.
    """
    carnet_path = Path(carnet_path)
    identity = carnet_identity(carnet_path) if carnet_path.exists() else None
    result = []
    for backup in backup_files(carnet_path, folder):
        try:
            pupils, observations, created = read_counts(backup.path)
        except (sqlite3.Error, OSError):
            result.append(BackupInfo(backup.path, backup.made_at, backup.reason, None, None))
            continue
        if identity is not None and created is not None and created != identity:
            continue
        result.append(BackupInfo(backup.path, backup.made_at, backup.reason, pupils, observations, created))
    return result
