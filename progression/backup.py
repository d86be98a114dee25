"""Verified backups of a carnet: when they are made, how many are kept, how they are listed.

A backup is made with SQLite's backup API into a temporary file beside its final place,
switched to a rollback journal (one self-contained file), checked with ``integrity_check``,
flushed to disk (file and folder), then renamed: a backup that exists is a backup that
opens. They are never overwritten and never written to once made (erasing a pupil, see
``progression.privacy``, rewrites one whole, the same way).

Where
-----
In the per-user data folder (``paths.backups_root``), on this computer's disk even when the
carnet is on a USB key, **one folder per carnet identity** (meta ``carnet_id``; the oldest
carnets: their ``created_at``): ``sauvegardes/<name>~<key>/``, where ``<key>`` is a short
hash of the identity and ``<name>`` the carnet's file name when the folder was made (for
people looking at the folder; a renamed carnet keeps its folder). Two carnets called
« classe.carnet » in two folders therefore never thin, list or offer each other's backups.
A copy of a carnet (a USB key, a colleague's) has the same identity and shares the folder,
as it should: ``merge`` treats them as one carnet too.

Backups made by earlier versions sit in ``sauvegardes/<name>/``: they are moved into the
folder of *their own* identity (read from each file) the first time that name is seen; one
that cannot be moved (read-only folder) is still found there, by its identity.

When the carnet itself cannot be read (damaged, missing), its identity is what this
computer noted at its last backup (``progression.known_carnets``: path → identity). If
nothing identifies it, **no backup is offered**: offering another carnet's class as « the
last backup » is worse than offering none (the teacher can still name a file with
``progression restore CARNET --backup FILE``).

Names and order
---------------
``<name>_<YYYY-MM-DD_HHMMSS_micro>_n<sequence>_<reason>.carnet``, the date in local time.
The *sequence* number (one more than the highest in the folder) is the real order of
making: a computer clock can be wrong — ahead for a while, then put right — and a date can
then be in the future. Newest means highest sequence (names without one, from earlier
versions, come before every numbered one, by date among themselves).

When
----
* ``quotidienne``: at opening, when the newest backup (by sequence) was made more than a
  day ago — or is dated in the future: its date proves nothing, so one is made today
  rather than none until that date comes;
* ``fermeture``: at closing, when something was committed since opening;
* ``migration``, ``import``, ``fusion``: before those operations (``backup_before``);
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
import errno
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from progression import known_carnets, paths
from progression.errors import ProgressionError

KEEP_ALL_WITHIN = timedelta(hours=24)
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
DAILY_EVERY = timedelta(days=1)
STALE_PART_AFTER = timedelta(hours=1)
# A newest backup dated this little after "now" is still trusted (two processes backing up at once).
FUTURE_SLACK = timedelta(minutes=5)

_STAMP_FORMAT = "%Y-%m-%d_%H%M%S_%f"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}_\d{6})(?:_n(?P<sequence>\d{1,12}))?_(?P<reason>[a-z0-9-]+)"
    + re.escape(paths.CARNET_SUFFIX) + "$"
)
_REASON = re.compile(r"^[a-z0-9-]+$")
# An identity's folder: ``<name>~<16 hex digits>``.
_KEY_LENGTH = 16
_IDENTITY_FOLDER = re.compile(r"~[0-9a-f]{16}$")
# A carnet whose file holds no identity at all is told apart by its place.
_BY_PLACE = "chemin:"


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



def _discard(path: Path) -> None:
    """Remove a file of ours if possible: cleaning up must never hide the error being reported."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def current_time() -> datetime:
    """The time backups are named and judged by (tests move it to replay days of use)."""
    return datetime.now()


# ---------------------------------------------------------------- names


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str
    sequence: int = 0  # order of making; 0 for the names of earlier versions

    @property
    def order(self) -> tuple[int, datetime]:
        return self.sequence, self.made_at


def backup_name(carnet_path: Path, when: datetime, reason: str, *, sequence: int | None = None) -> str:
    numbered = f"_n{sequence:06d}" if sequence is not None else ""
    return f"{Path(carnet_path).stem}_{when.strftime(_STAMP_FORMAT)}{numbered}_{reason}{paths.CARNET_SUFFIX}"


def _parse(path: Path) -> tuple[str, BackupFile] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    return match["stem"], BackupFile(path, made_at, match["reason"], int(match["sequence"] or 0))


def parse_backup_name(name: str) -> tuple[str, datetime, str] | None:
    """(carnet stem, date made, reason) of a backup file name, or None if it is not one of ours."""
    parsed = _parse(Path(name))
    return None if parsed is None else (parsed[0], parsed[1].made_at, parsed[1].reason)


# ---------------------------------------------------------------- which carnet: identity and folder


def identity_from_meta(meta: Mapping[str, str]) -> str | None:
    """carnet_id since 0.1; older carnets are told apart by their creation stamp."""
    return meta.get("carnet_id") or meta.get("created_at") or None


def read_meta(path: Path, *, immutable: bool = True) -> dict[str, str]:
    """The meta rows that say which carnet a file is and who was erased from it; raises sqlite3.Error."""
    params = {"mode": "ro", "immutable": "1"} if immutable else reading_params(path)
    conn = sqlite3.connect(sqlite_uri(path, **params), uri=True)
    conn.text_factory = _lenient_text
    try:
        query = "SELECT key, value FROM meta WHERE key IN ('carnet_id', 'created_at', 'erased_pupils')"
        return {str(key): str(value) for key, value in conn.execute(query)}
    finally:
        conn.close()


def _identity_in_file(path: Path) -> str | None:
    """The identity written in the file, or None if it cannot be read.

    The main file alone first (``immutable``: never a ``-wal``, which may be a stray one; the
    identity never changes once written), then as SQLite reads it, for a carnet created in
    this session whose first rows still sit in its ``-wal``.
    """
    if not path.is_file():
        return None
    readable = False
    for immutable in (True, False):
        try:
            identity = identity_from_meta(read_meta(path, immutable=immutable))
        except (sqlite3.Error, OSError, UnicodeDecodeError):
            continue
        readable = True
        if identity is not None:
            return identity
    return f"{_BY_PLACE}{known_carnets.path_key(path)}" if readable else None


def carnet_identity(carnet_path: Path) -> str | None:
    """Which carnet this is: from the file, or else from what this computer noted at its last
    backup (a damaged or missing file); None if nothing says."""
    path = Path(carnet_path)
    return _identity_in_file(path) or known_carnets.identity_at(path)


def identity_key(identity: str) -> str:
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:_KEY_LENGTH]


def _backups_error(where: Path, error: OSError) -> ProgressionError:
    if isinstance(error, FileExistsError | NotADirectoryError):
        return ProgressionError(
            f"Sauvegardes automatiques impossibles : « {where} » est un fichier, pas un dossier ; le carnet reste "
            "utilisable, mais renommez ou déplacez ce fichier pour que les sauvegardes reprennent."
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "le disque est plein"
    elif error.errno == errno.EROFS or isinstance(error, PermissionError):
        reason = "le dossier est en lecture seule"
    else:
        reason = error.strerror or str(error)
    return ProgressionError(
        f"Sauvegardes automatiques impossibles dans « {where} » ({reason}) : le carnet reste utilisable, mais "
        "libérez de la place ou vérifiez les droits de ce dossier pour que les sauvegardes reprennent."
    )


def _identity_folder(root: Path, identity: str, stem: str, *, create: bool) -> Path | None:
    """The folder of this identity, found by its key whatever name it was made under."""
    key = identity_key(identity)
    try:
        found = sorted(p for p in root.glob(f"*~{key}") if p.is_dir())
    except OSError:
        found = []
    if found:
        return found[0]
    if not create:
        return None
    folder = root / f"{stem}~{key}"
    folder.mkdir()
    return folder


def _earlier_folder(root: Path, stem: str) -> Path | None:
    earlier = root / stem
    return earlier if not _IDENTITY_FOLDER.search(stem) and earlier.is_dir() else None


def _move_earlier_layout(root: Path, stem: str) -> None:
    """Move the backups of ``sauvegardes/<stem>/`` (earlier versions) into their identities' folders."""
    earlier = _earlier_folder(root, stem)
    if earlier is None:
        return
    for parsed_stem, backup in _files_in(earlier):
        identity = _identity_in_file(backup.path)
        if identity is None or identity.startswith(_BY_PLACE):
            continue  # unreadable: left where it is, offered to nobody
        with contextlib.suppress(OSError):
            target = _identity_folder(root, identity, parsed_stem, create=True)
            if target is not None and not (target / backup.path.name).exists():
                os.rename(backup.path, target / backup.path.name)
    with contextlib.suppress(OSError):
        earlier.rmdir()  # only if it is empty now


def _folder_of(carnet_path: Path, identity: str, *, create: bool) -> Path | None:
    """The automatic folder of this identity (made if ``create``); raises OSError if it cannot be made."""
    root = paths.backups_root()
    if create:
        root.mkdir(parents=True, exist_ok=True)
    elif not root.is_dir():
        return None
    _move_earlier_layout(root, carnet_path.stem)
    return _identity_folder(root, identity, carnet_path.stem, create=create)


def backups_folder(carnet_path: Path, identity: str | None = None) -> Path:
    """The automatic backup folder of this carnet, made if needed (``paths.backups_dir``).

    Raises ProgressionError with a French sentence when the carnet cannot be identified or the
    folder cannot be made (read-only or full disk, a file where a folder should be).
    """
    carnet_path = Path(carnet_path)
    identity = identity or carnet_identity(carnet_path)
    if identity is None:
        raise ProgressionError(
            f"Impossible de savoir quel carnet est « {carnet_path.name} » (fichier illisible) : aucune sauvegarde "
            "automatique ne peut lui être associée."
        )
    try:
        folder = _folder_of(carnet_path, identity, create=True)
    except OSError as error:
        where = Path(error.filename) if isinstance(error.filename, str) else paths.backups_root()
        raise _backups_error(where, error) from error
    assert folder is not None
    return folder


def _files_in(folder: Path) -> list[tuple[str, BackupFile]]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return [parsed for entry in entries if (parsed := _parse(entry)) is not None and entry.is_file()]


def _next_sequence(folder: Path) -> int:
    return max((backup.sequence for _, backup in _files_in(folder)), default=0) + 1


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
        raise ProgressionError(f"Le dossier de sauvegarde « {folder} » n'existe pas.")
    if target is None:
        when = now or current_time()
        sequence = _next_sequence(folder)
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
        writing = True
        _fsync(temporary)
        os.replace(temporary, final)
        fsync_folder(folder)
    except sqlite3.Error as error:
        _discard(temporary)
        text = str(error).lower()
        if writing or any(sign in text for sign in ("full", "disk i/o", "readonly", "read-only")):
            raise ProgressionError(
                f"Sauvegarde impossible dans « {folder} » : le disque est plein ou refuse l'écriture ; "
                "libérez de la place ou vérifiez les droits de ce dossier, puis recommencez."
            ) from error
        raise ProgressionError(
            f"Sauvegarde impossible de « {carnet_path.name} » : le carnet n'a pas pu être lu ({error})."
        ) from error
    except OSError as error:
        _discard(temporary)
        raise ProgressionError(
            f"Sauvegarde impossible dans « {folder} » : {error.strerror or error} ; "
            "vérifiez la place libre et les droits d'écriture."
        ) from error
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


def backup_files(carnet_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of this carnet, newest made first.

    Default: its automatic folder (by identity), plus any backup of it left in the layout of
    earlier versions; none if nothing identifies the carnet. With ``folder``: every backup
    file in that folder.
    """
    carnet_path = Path(carnet_path)
    if folder is not None:
        found = [backup for _, backup in _files_in(Path(folder))]
    else:
        found = _automatic_files(carnet_path, carnet_identity(carnet_path))
    found.sort(key=lambda b: b.order, reverse=True)
    return found


def _automatic_files(carnet_path: Path, identity: str | None) -> list[BackupFile]:
    if identity is None:
        return []
    try:
        own = _folder_of(carnet_path, identity, create=False)
    except OSError:
        own = None
    found = [backup for _, backup in _files_in(own)] if own is not None else []
    # Left in the earlier layout because it could not be moved (read-only folder): still found.
    earlier = _earlier_folder(paths.backups_root(), carnet_path.stem)
    if earlier is not None:
        found += [backup for _, backup in _files_in(earlier) if _identity_in_file(backup.path) == identity]
    return found


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
            backup.path.unlink()
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
    from progression.privacy import erased_pupils

    try:
        meta = read_meta(backup) if backup is not None else {}
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        meta = {}
    identity = identity_from_meta(meta) or _identity_in_file(carnet_path)
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
        if self.made_at - current_time() > FUTURE_SLACK:
            what += ", date dans le futur : l'horloge de l'ordinateur était en avance"
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
        found = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('carnet_id', 'created_at')"))
        return int(pupils), int(observations), identity_from_meta(found)
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
