"""Where a carnet's backups live and what they are called: one folder per carnet identity.

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
"""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from exports.safe import rename_file
from progression import known_carnets, paths
from progression.errors import ProgressionError
from progression.storage import identity_from_meta, read_meta
from progression.wording import Phrase

_STAMP_FORMAT = "%Y-%m-%d_%H%M%S_%f"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}_\d{6})(?:_n(?P<sequence>\d{1,12}))?_(?P<reason>[a-z0-9-]+)"
    + re.escape(paths.CARNET_SUFFIX) + "$"
)
# An identity's folder: ``<name>~<16 hex digits>``.
_KEY_LENGTH = 16
_IDENTITY_FOLDER = re.compile(r"~[0-9a-f]{16}$")
# A carnet whose file holds no identity at all is told apart by its place.
_BY_PLACE = "chemin:"

# ---------------------------------------------------------------- names


class BackupFile(NamedTuple):
    """One backup file, as its name tells: when it was made, why, and in which order."""

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
        stamp = match["stamp"]  # _STAMP_FORMAT; strptime would load its locale machinery at every merge
        made_at = datetime.fromisoformat(f"{stamp[:10]}T{stamp[11:17]}.{stamp[18:]}")
    except ValueError:
        return None
    return match["stem"], BackupFile(path, made_at, match["reason"], int(match["sequence"] or 0))


def parse_backup_name(name: str) -> tuple[str, datetime, str] | None:
    """(carnet stem, date made, reason) of a backup file name, or None if it is not one of ours."""
    parsed = _parse(Path(name))
    return None if parsed is None else (parsed[0], parsed[1].made_at, parsed[1].reason)


# ---------------------------------------------------------------- which carnet: identity and folder


def identity_in_file(path: Path) -> str | None:
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
    return identity_in_file(path) or known_carnets.identity_at(path)


def identity_key(identity: str) -> str:
    # hashlib loads OpenSSL (3 ms): imported here, by the backup made beside a merge, not by every command.
    import hashlib

    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:_KEY_LENGTH]


def _backups_error(where: Path, error: OSError) -> ProgressionError:
    if isinstance(error, FileExistsError | NotADirectoryError):
        return ProgressionError("backup.folder_is_file", where=str(where))
    reason: str
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = Phrase("backup.disk_full")
    elif error.errno == errno.EROFS or isinstance(error, PermissionError):
        reason = Phrase("backup.folder_read_only")
    else:
        reason = error.strerror or str(error)
    return ProgressionError("backup.folder_refused", where=str(where), reason=reason)


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
    for parsed_stem, backup in files_in(earlier):
        identity = identity_in_file(backup.path)
        if identity is None or identity.startswith(_BY_PLACE):
            continue  # unreadable: left where it is, offered to nobody
        with contextlib.suppress(OSError):
            target = _identity_folder(root, identity, parsed_stem, create=True)
            if target is not None and not (target / backup.path.name).exists():
                rename_file(backup.path, target / backup.path.name)
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
    """The automatic backup folder of this carnet, made if needed.

    Raises ProgressionError with a French sentence when the carnet cannot be identified or the
    folder cannot be made (read-only or full disk, a file where a folder should be).
    """
    carnet_path = Path(carnet_path)
    identity = identity or carnet_identity(carnet_path)
    if identity is None:
        raise ProgressionError("backup.unknown_carnet", name=carnet_path.name)
    try:
        folder = _folder_of(carnet_path, identity, create=True)
    except OSError as error:
        where = Path(error.filename) if isinstance(error.filename, str) else paths.backups_root()
        raise _backups_error(where, error) from error
    assert folder is not None
    return folder


def files_in(folder: Path) -> list[tuple[str, BackupFile]]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return [parsed for entry in entries if (parsed := _parse(entry)) is not None and entry.is_file()]


def next_sequence(folder: Path) -> int:
    return max((backup.sequence for _, backup in files_in(folder)), default=0) + 1



def backup_files(carnet_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of this carnet, newest made first.

    Default: its automatic folder (by identity), plus any backup of it left in the layout of
    earlier versions; none if nothing identifies the carnet. With ``folder``: every backup
    file in that folder.
    """
    carnet_path = Path(carnet_path)
    if folder is not None:
        found = [backup for _, backup in files_in(Path(folder))]
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
    found = [backup for _, backup in files_in(own)] if own is not None else []
    # Left in the earlier layout because it could not be moved (read-only folder): still found.
    earlier = _earlier_folder(paths.backups_root(), carnet_path.stem)
    if earlier is not None:
        found += [backup for _, backup in files_in(earlier) if identity_in_file(backup.path) == identity]
    return found
