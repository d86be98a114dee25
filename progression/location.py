"""Places where a carnet is at risk: network shares, cloud-synchronised folders, removable media.

Policy: **warn and work more carefully, do not refuse and do not juggle copies.**

``risky_place(path)`` returns a ``RiskyPlace(kind, message)`` the app shows as a banner
above the carnet, and ``open_carnet`` changes how it writes there:

* the rollback journal (``journal_mode=DELETE``) replaces WAL: WAL "does not work over a
  network filesystem", and with a rollback journal the main file is complete after every
  commit, so a sync client or a teacher copying the file from the key never picks up a
  carnet whose last changes sit in a ``-wal`` beside it;
* the lock file beside the carnet is the second lock SQLite asks for on network shares
  (see ``progression.lock``);
* backups go to this computer's own disk (``backup_folders.backups_folder``), automatically at open
  (daily) and at close after changes: if the key is lost or the share breaks, the teacher's
  day is on the local disk.

Why not copy-in / work locally / copy-out (Anki's advice for USB keys)? The copy-out is
one more moment where a pulled key or a closed laptop loses a whole session instead of
one action, two copies of the same carnet confuse teachers ("which one is the right
one?"), and on a cloud folder the sync client would still see the write-back. The
banner tells the teacher what is safest; the three measures above keep every committed
action on the medium and a copy on the local disk.

Detection is injected for tests: ``mounts`` (a ``/proc/mounts`` text on Linux, the output of
``mount`` on macOS), ``platform``, ``drive_type`` (Windows ``GetDriveTypeW``) and ``environ`` (Windows
names OneDrive's folders in ``OneDrive``, ``OneDriveCommercial`` and ``OneDriveConsumer``, whatever
the teacher called them: « Documents » moved into OneDrive by its backup feature is found this way).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Literal, NamedTuple

from progression.wording import Phrase

RiskKind = Literal["network", "cloud", "removable"]

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "lustre",
    "gpfs", "davfs", "sshfs", "9p.remote",
})
FAT_FS = frozenset({"vfat", "exfat", "msdos", "fat", "umsdos"})
REMOVABLE_ROOTS = ("/media/", "/run/media/")

# Windows GetDriveTypeW results.
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4

# Folder names (start of a path component, case-insensitive) that sync clients create.
UNNAMED_SERVICE = "un service en ligne"  # a sync folder whose provider the path does not name
CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("mon drive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
    ("seafile", "Seafile"),
    ("seadrive", "Seafile"),
    ("kdrive", "kDrive"),
    ("tresorit", "Tresorit"),
    ("synologydrive", "Synology Drive"),
    ("synology drive", "Synology Drive"),
    ("megasync", "MEGA"),
    ("box sync", "Box"),
    ("cloudstorage", UNNAMED_SERVICE),  # macOS ~/Library/CloudStorage/<provider>
)


class RiskyPlace(NamedTuple):
    """Why the carnet's folder is not a safe place for it (a synced folder, a network share, a key)."""

    kind: RiskKind
    message: str  # one sentence for the banner: a Phrase the app words in its language
    detail: str = ""  # what was recognised: a file-system type, a service name, a drive


def _message(kind: RiskKind, name: str, detail: str) -> Phrase:
    if kind == "cloud":
        if detail == UNNAMED_SERVICE:
            return Phrase("place.cloud_unnamed", name=name)
        return Phrase("place.cloud", name=name, service=detail)
    return Phrase(f"place.{kind}", name=name)


def _risk(kind: RiskKind, path: PurePath, detail: str) -> RiskyPlace:
    return RiskyPlace(kind, _message(kind, path.name, detail), detail)


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, judged by folder names."""
    generic = None  # macOS's CloudStorage: the provider's own folder inside it names the service
    for part in path.parts[:-1]:
        folded = part.casefold()
        for marker, service in CLOUD_FOLDERS:
            if folded.startswith(marker):
                if marker != "cloudstorage":
                    return service
                generic = service
    return generic


_OCTAL = re.compile(r"\\([0-7]{3})")


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs of a ``/proc/mounts`` text."""
    result = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), fields[1])  # "\040" is a space
            result.append((point, fields[2]))
    return result


def mount_of(path: PurePosixPath, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount holding ``path``: the longest mount point that is one of its parents."""
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _linux_risk(path: PurePosixPath, mounts: str | None) -> RiskyPlace | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    found = mount_of(path, parse_mounts(mounts))
    if found is None:
        return None
    point, fstype = found
    if fstype in NETWORK_FS or fstype.startswith(("fuse.", "nfs")):
        # fuse.sshfs, fuse.rclone, fuse.gvfsd-fuse…: user-space file systems, usually remote,
        # none of which promises the locks SQLite needs. (fuseblk is a local NTFS disk.)
        return _risk("network", path, fstype)
    if cloud := cloud_service(path):
        return _risk("cloud", path, cloud)
    if fstype in FAT_FS or any((point + "/").startswith(root) for root in REMOVABLE_ROOTS):
        return _risk("removable", path, f"{fstype} ({point})")
    return None


# macOS `mount` lines: "//marie@nas/partage on /Volumes/partage (smbfs, nodev, nosuid, mounted by marie)".
_DARWIN_MOUNT = re.compile(r"^(?P<source>.+?) on (?P<point>/.*?) \((?P<fstype>[^,)]+)")
DARWIN_NETWORK_FS = frozenset({"smbfs", "afpfs", "nfs", "webdav", "cifs", "ftp"})


def parse_darwin_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs of macOS's ``mount`` output."""
    return [(m["point"], m["fstype"].strip()) for line in text.splitlines() if (m := _DARWIN_MOUNT.match(line))]


def _darwin_mounts() -> str | None:
    import subprocess  # macOS only: not loaded on every opening elsewhere

    try:
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def _darwin_risk(path: PurePosixPath, mounts: str | None) -> RiskyPlace | None:
    if cloud := cloud_service(path):
        return _risk("cloud", path, cloud)
    text = mounts if mounts is not None else _darwin_mounts()
    found = mount_of(path, parse_darwin_mounts(text)) if text else None
    if found is not None and (found[1] in DARWIN_NETWORK_FS or found[1].startswith(("nfs", "macfuse", "osxfuse"))):
        return _risk("network", path, found[1])
    if len(path.parts) > 2 and path.parts[1] == "Volumes":
        return _risk("removable", path, "/Volumes/" + path.parts[2])
    return None


ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def _onedrive_root(path: PureWindowsPath, environ: Mapping[str, str]) -> bool:
    folded = [part.casefold() for part in path.parts]
    for variable in ONEDRIVE_VARIABLES:
        root = environ.get(variable)
        if root:
            parts = [part.casefold() for part in PureWindowsPath(root).parts]
            if parts and folded[:len(parts)] == parts and len(folded) > len(parts):
                return True
    return False


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _windows_risk(
    path: PureWindowsPath, drive_type: Callable[[str], int] | None, environ: Mapping[str, str]
) -> RiskyPlace | None:
    text = str(path)
    unc = text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))
    if unc or text.upper().startswith("\\\\?\\UNC\\"):
        return _risk("network", path, path.drive or "UNC")
    if _onedrive_root(path, environ):
        return _risk("cloud", path, "OneDrive")
    if cloud := cloud_service(path):
        return _risk("cloud", path, cloud)
    if path.drive:
        kind = (drive_type or _windows_drive_type)(path.drive + "\\")
        if kind == DRIVE_REMOTE:
            # A drive letter mapped to a share: a UNC test alone misses it (SQLite had the same bug).
            return _risk("network", path, path.drive)
        if kind == DRIVE_REMOVABLE:
            return _risk("removable", path, path.drive)
    return None


def risky_place(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    environ: Mapping[str, str] | None = None,
) -> RiskyPlace | None:
    """Why keeping a carnet at ``path`` is risky, or None for an ordinary local folder."""
    platform = platform or sys.platform
    if platform == "win32":
        raw = str(path)
        win = PureWindowsPath(os.path.abspath(raw) if sys.platform == "win32" else raw)
        return _windows_risk(win, drive_type, os.environ if environ is None else environ)
    posix = PurePosixPath(os.path.realpath(path) if mounts is None else os.path.normpath(str(path)))
    if platform.startswith("linux"):
        return _linux_risk(posix, mounts)
    if platform == "darwin":
        return _darwin_risk(posix, mounts)
    if cloud := cloud_service(posix):
        return _risk("cloud", posix, cloud)
    return None
