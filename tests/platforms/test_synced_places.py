"""Synced folders and network shares on Windows and macOS, recognised from each system's own
description (simulated: the environment Windows sets for OneDrive, the output of macOS's `mount`)."""

from __future__ import annotations

import pytest

from progression.location import parse_darwin_mounts, risky_place

DARWIN_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
//marie@NAS-ECOLE._smb._tcp.local/partage on /Volumes/partage (smbfs, nodev, nosuid, mounted by marie)
afp_0TQ1sk2Hf8KO@serveur.local/Profs on /Volumes/Profs (afpfs, nodev, nosuid, mounted by marie)
serveur:/export/classes on /Volumes/classes nfs (nfs, nodev, nosuid, mounted by marie)
/dev/disk4s1 on /Volumes/CLE USB (msdos, local, nodev, nosuid, noowners, mounted by marie)
"""


def test_darwin_mount_lines_are_read() -> None:
    assert ("/Volumes/partage", "smbfs") in parse_darwin_mounts(DARWIN_MOUNT)
    assert ("/Volumes/CLE USB", "msdos") in parse_darwin_mounts(DARWIN_MOUNT)


@pytest.mark.parametrize(
    ("path", "kind", "detail"),
    [
        ("/Users/marie/Documents/CE1.carnet", None, None),
        ("/Volumes/partage/classes/CE1.carnet", "network", "smbfs"),
        ("/Volumes/Profs/CE1.carnet", "network", "afpfs"),
        ("/Volumes/CLE USB/CE1.carnet", "removable", "/Volumes/CLE USB"),
        ("/Users/marie/Library/Mobile Documents/com~apple~CloudDocs/École/CE1.carnet", "cloud", "iCloud Drive"),
        ("/Users/marie/Library/CloudStorage/OneDrive-Personnel/CE1.carnet", "cloud", "OneDrive"),
        ("/Users/marie/Library/CloudStorage/Dropbox/CE1.carnet", "cloud", "Dropbox"),
        ("/Users/marie/Library/CloudStorage/Box-Box/CE1.carnet", "cloud", "un service en ligne"),
        ("/Users/marie/Dropbox/CE1.carnet", "cloud", "Dropbox"),
    ],
)
def test_macos_places(path: str, kind: str | None, detail: str | None) -> None:
    found = risky_place(path, platform="darwin", mounts=DARWIN_MOUNT)
    assert (found.kind if found else None) == kind
    if found:
        assert found.detail == detail
        assert "« CE1.carnet »" in found.message


ONEDRIVE = {"OneDrive": r"C:\Users\marie\Académie", "OneDriveCommercial": r"D:\Cloud\Ecole"}


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        # « Documents » moved into OneDrive under a root the teacher named herself: only Windows' variables tell.
        (r"C:\Users\marie\Académie\Documents\CE1.carnet", "cloud"),
        (r"c:\users\MARIE\académie\CE1.carnet", "cloud"),  # Windows paths ignore case
        (r"D:\Cloud\Ecole\Classes\CE1.carnet", "cloud"),
        (r"D:\Cloud\Ecole2\CE1.carnet", None),  # a folder beside it, not inside it
        (r"C:\Users\marie\Documents\CE1.carnet", None),
        (r"C:\Users\marie\OneDrive - Académie de Lyon\Documents\CE1.carnet", "cloud"),  # the usual name
        (r"C:\Users\marie\Dropbox\CE1.carnet", "cloud"),
        (r"C:\Users\marie\iCloudDrive\Documents\CE1.carnet", "cloud"),
        (r"\\NAS-ECOLE\partage\CE1.carnet", "network"),
    ],
)
def test_windows_synced_documents(path: str, kind: str | None) -> None:
    found = risky_place(path, platform="win32", drive_type=lambda _root: 3, environ=ONEDRIVE)
    assert (found.kind if found else None) == kind
    if kind == "cloud" and "Académie" in path.replace("académie", "Académie") and "Lyon" not in path:
        assert found is not None and found.detail == "OneDrive" and "synchronisé par OneDrive" in found.message


def test_without_onedrive_variables_a_renamed_root_is_not_guessed() -> None:
    assert risky_place(r"C:\Users\marie\Académie\Documents\CE1.carnet", platform="win32",
                       drive_type=lambda _root: 3, environ={}) is None
