"""Verified backups of a carnet: when they are made, how many are kept, how they are listed.

A backup is made with SQLite's backup API into a temporary file beside its final place,
switched to a rollback journal (one self-contained file), checked with ``integrity_check``,
flushed to disk (file and folder), then renamed: a backup that exists is a backup that
opens. They are never overwritten and never written to once made (erasing a pupil, see
``progression.privacy``, rewrites one whole, the same way). Where they live and what they are
called: ``progression.backup_folders``.

When
----
* ``quotidienne``: at opening, when the newest backup (by sequence) was made more than a
  day ago — or is dated in the future: its date proves nothing, so one is made today
  rather than none until that date comes;
* ``fermeture``: at closing, when something was committed since opening;
* ``migration``, ``import``, ``fusion``: before those operations (``backup_before``; a merge has it
  made while it checks the copy, ``backup_meanwhile``, and drops it if the copy is refused);
* ``manuelle``: ``progression backup`` or the app's menu.

A backup that cannot be made (full disk, read-only or missing folder, a file where the
folder should be) is one French sentence: at opening and closing a warning shown to the
teacher, who goes on working; it never stops a carnet from opening.

Thinning (automatic folder only; a folder the teacher chose with ``--to`` is never touched)
-------------------------------------------------------------------------------------------
Kept after each automatic backup, among the backups of *this* carnet:

* every backup made in the last 24 hours;
* the newest backup of each of the 7 most recent *days* that have one;
* the newest backup of each of the 8 most recent *weeks* (ISO weeks) that have one;
* the newest backup of each of the 12 most recent *months* that have one;
* always the newest backup made (by sequence), and every backup dated in the future
  (nothing is deleted on the word of a clock that was wrong).

Counting days/weeks/months *that have a backup* (as Anki does) rather than calendar
days keeps history reaching back across the summer holidays for a teacher who opens the
app rarely. The rule is idempotent (thinning twice deletes nothing more), and a file kept
as "newest of its week" was also the newest of its day, so thinning never needs a file it
deleted earlier. Unfinished ``.part`` files older than an hour are removed.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from exports.safe import remove_file, replace_file
from progression import known_carnets, paths
from progression.backup_folders import (
    backup_files,
    backup_name,
    backups_folder,
    carnet_identity,
    identity_in_file,
    next_sequence,
)
from progression.beside import beside
from progression.errors import InvalidInputError, ProgressionError
from progression.storage import (
    IDENTITY_KEYS,
    erased_pupils,
    fsync_file,
    fsync_folder,
    identity_from_meta,
    lenient_text,
    meta_rows,
    read_meta,
    reading_params,
    sqlite_uri,
)
from progression.wording import FRENCH, Voice, say

KEEP_ALL_WITHIN = timedelta(hours=24)
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
DAILY_EVERY = timedelta(days=1)
STALE_PART_AFTER = timedelta(hours=1)
# A newest backup dated this little after "now" is still trusted (two processes backing up at once).
FUTURE_SLACK = timedelta(minutes=5)
_REASON = re.compile(r"^[a-z0-9-]+$")


REASONS = ("manuelle", "quotidienne", "fermeture", "migration", "import", "fusion", "archive-fin-d-annee")


def occasion(reason: str, voice: Voice = FRENCH) -> str:
    """Why a backup was made, in words (« avant fusion »); a reason of a future version as it is."""
    return say(f"backup.reason.{reason.replace('-', '_')}", {}, voice) if reason in REASONS else reason


def _discard(path: Path) -> None:
    """Remove a file of ours if possible: cleaning up must never hide the error being reported."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def current_time() -> datetime:
    """The time backups are named and judged by (tests move it to replay days of use)."""
    return datetime.now()


# ---------------------------------------------------------------- making one


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
    automatic = target is None and folder is None
    if target is not None:
        final = Path(target)
        folder = final.parent
    else:
        folder = Path(folder) if folder is not None else backups_folder(carnet_path)
    if not folder.is_dir():
        raise ProgressionError("backup.no_folder", folder=str(folder))
    if target is not None:
        from progression.validation import check_file_name  # its module loads the schema: not for every backup

        check_file_name(final, reserve=len("-journal"))  # a copy the teacher will open as a carnet
    if target is None:
        when = now or current_time()
        sequence = next_sequence(folder)
        final = folder / backup_name(carnet_path, when, reason, sequence=sequence)
        while final.exists():  # two backups in the same microsecond (tests, fast machines)
            when += timedelta(microseconds=1)
            final = folder / backup_name(carnet_path, when, reason, sequence=sequence)
    temporary = final.with_name(final.name + ".part")
    writing = False  # does a failure come from the copy being written, or from the carnet being read?
    try:
        source = sqlite3.connect(sqlite_uri(carnet_path, **reading_params(carnet_path)), uri=True)
        try:
            writing = True
            copy = sqlite3.connect(temporary)
            writing = False
            copy.text_factory = lenient_text
            try:
                # Nothing is flushed while the copy is written: it counts only once fsync_file below has
                # flushed it whole, before it takes its name (a crash before leaves a .part, discarded).
                copy.execute("PRAGMA synchronous=OFF")
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
            raise ProgressionError("backup.failed_check", name=carnet_path.name)
        writing = True
        fsync_file(temporary)
        replace_file(temporary, final)
        fsync_folder(folder)
    except sqlite3.Error as error:
        _discard(temporary)
        text = str(error).lower()
        if writing or any(sign in text for sign in ("full", "disk i/o", "readonly", "read-only")):
            raise ProgressionError("backup.disk_refused", folder=str(folder)) from error
        raise ProgressionError("backup.carnet_unreadable", name=carnet_path.name, detail=str(error)) from error
    except OSError as error:
        _discard(temporary)
        reason = str(error.strerror or error)
        raise ProgressionError("backup.cannot_write", folder=str(folder), reason=reason) from error
    except BaseException:
        _discard(temporary)
        raise
    if automatic:
        _note_identity(carnet_path, final)
    return final


# ---------------------------------------------------------------- thinning


def keep_set(dates: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup dates the thinning rule keeps (see the module docstring).

    A date in the future counts as "within the last 24 hours": kept.
    """
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


def _stale_parts(folder: Path, now: datetime) -> list[Path]:
    stale = []
    with contextlib.suppress(OSError):
        for part in folder.glob(f"*{paths.CARNET_SUFFIX}.part"):
            with contextlib.suppress(OSError):
                if now - datetime.fromtimestamp(part.stat().st_mtime) > STALE_PART_AFTER:
                    stale.append(part)
    return stale


def thin_backups(carnet_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the thinning rule no longer keeps; return what was deleted.

    Best effort: a file that cannot be deleted (read-only folder) stays; nothing is raised.
    """
    now = now or current_time()
    files = backup_files(Path(carnet_path))
    kept = keep_set((b.made_at for b in files), now)
    deleted = []
    for backup in files[1:]:  # files[0], the last one made, always stays
        if backup.made_at in kept:
            continue
        try:
            remove_file(backup.path)
        except OSError:
            continue
        deleted.append(backup.path)
    for folder in {b.path.parent for b in files}:
        for part in _stale_parts(folder, now):
            _discard(part)  # left by a crash or a full disk in the middle of a backup
    return deleted


# ---------------------------------------------------------------- when


def _note_identity(carnet_path: Path, backup: Path | None = None) -> None:
    """Remember which carnet is at this path, and who was erased from it (for a later damaged file)."""
    try:
        meta = read_meta(backup) if backup is not None else {}
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        meta = {}
    identity = identity_from_meta(meta) or identity_in_file(carnet_path)
    if identity is not None:
        known_carnets.remember(carnet_path, identity, erased_pupils(meta))


def automatic_backup(carnet_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A backup into the automatic folder, then thinning."""
    made = make_backup(carnet_path, reason=reason, now=now)
    thin_backups(carnet_path, now=now)
    return made


def backup_before(carnet_path: Path, reason: str) -> Path:
    """The automatic backup taken before a migration, an import or a merge."""
    return automatic_backup(carnet_path, reason)


class BackupMeanwhile:
    """The automatic backup taken before an operation, made beside it while the operation checks
    what it will write (``backup_meanwhile``)."""

    def __init__(self, carnet_path: Path, reason: str) -> None:
        self._carnet_path = Path(carnet_path)
        self._made = beside(lambda: make_backup(self._carnet_path, reason=reason), "sauvegarde")
        self._ready = False

    def ready(self) -> Path:
        """Wait for the backup, verified; raise what stopped it. Call it before writing."""
        made = self._made.result()
        self._ready = True
        return made

    def _end(self, error: BaseException | None) -> None:
        if self._made.exception() is not None:
            return  # no backup was made
        if error is None or (self._ready and not isinstance(error, InvalidInputError)):
            thin_backups(self._carnet_path)  # kept, like any backup
        else:
            remove_file(self._made.result())


@contextlib.contextmanager
def backup_meanwhile(carnet_path: Path, reason: str) -> Iterator[BackupMeanwhile]:
    """``backup_before``, started at once and awaited by ``ready()``. The backup is kept when the
    block ends well, or fails after ``ready()`` for another reason than the input refused (the
    carnet may have been written to). When the input was refused, or the block stopped before
    ``ready()``, nothing was written: a backup « before » an operation that never came would stand
    among the teacher's backups for nothing, so it goes, and no older backup was thinned for it."""
    backup = BackupMeanwhile(carnet_path, reason)
    try:
        yield backup
    except BaseException as error:
        backup._end(error)
        raise
    backup._end(None)


def backup_if_due(carnet_path: Path, *, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the last backup made is more than a day old — or dated in
    the future, since then its date proves nothing (see the module docstring)."""
    now = now or current_time()
    files = backup_files(carnet_path)
    if files and -FUTURE_SLACK <= now - files[0].made_at < DAILY_EVERY:
        _note_identity(Path(carnet_path))
        return None
    return automatic_backup(carnet_path, "quotidienne", now=now)


# ---------------------------------------------------------------- listing for a restore dialog


class BackupInfo(NamedTuple):
    """One backup as the restore dialog shows it. Counts are None if the file cannot be read."""

    path: Path
    made_at: datetime
    reason: str
    pupils: int | None
    observations: int | None
    carnet: str | None = None  # the identity of the carnet this is a copy of (meta carnet_id)

    def describe(self, voice: Voice = FRENCH) -> str:
        """« 12/03/2027 à 08:15 (avant fusion, 24 élèves, 310 observations) », in ``voice``'s language."""
        what = occasion(self.reason, voice)
        if self.made_at - current_time() > FUTURE_SLACK:
            what = say("backup.in_the_future", {"occasion": what}, voice)
        fields = {"day": self.made_at.date(), "hour": self.made_at.strftime("%H:%M"), "occasion": what,
                  "pupils": self.pupils, "observations": self.observations}
        return say("backup.described_unreadable" if self.pupils is None else "backup.described", fields, voice)


def read_counts(path: Path, *, immutable: bool = True) -> tuple[int, int, str | None]:
    """(live pupils, live observations, carnet identity) of a carnet file, read-only."""
    params = {"mode": "ro", "immutable": "1"} if immutable else reading_params(path)
    conn = sqlite3.connect(sqlite_uri(path, **params), uri=True)
    conn.text_factory = lenient_text
    try:
        pupils = conn.execute("SELECT count(*) FROM pupil WHERE deleted_at IS NULL").fetchone()[0]
        observations = conn.execute("SELECT count(*) FROM observation WHERE deleted_at IS NULL").fetchone()[0]
        return int(pupils), int(observations), identity_from_meta(meta_rows(conn, IDENTITY_KEYS))
    finally:
        conn.close()


def count_pupils(path: Path) -> int:
    """Live pupils of a carnet file (a backup just made): a few pages, where counting its
    observations would read a district's whole table again."""
    conn = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM pupil WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()


def list_backups(carnet_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """This carnet's backups, newest made first, with their counts.

    Only this carnet's: its own folder, without copies of a *different* carnet put there by
    hand. A carnet that nothing identifies gets none (see the module docstring).
    """
    carnet_path = Path(carnet_path)
    identity = carnet_identity(carnet_path)
    if identity is None and folder is None:
        return []
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

