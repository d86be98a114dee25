"""Risky places, detected from fake mount tables and Windows drive types: the banner's kind and
sentence, and the rollback journal used there."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from progression import location
from progression.location import DRIVE_REMOTE, DRIVE_REMOVABLE, parse_mounts, risky_place

MOUNTS = r"""
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
tmpfs /run tmpfs rw 0 0
//nas.ecole.local/partage /mnt/ecole cifs rw,vers=3.0 0 0
srv:/export/profs /home/profs nfs4 rw 0 0
prof@serveur:/data /home/marie/serveur fuse.sshfs rw 0 0
/dev/sdb1 /media/marie/CLE\040USB vfat rw,nosuid 0 0
/dev/sdc1 /run/media/paul/DISQUE ext4 rw 0 0
/dev/sdd1 /mnt/cle exfat rw 0 0
/dev/sde1 /mnt/sauvegarde ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/marie/Documents/CE1.carnet", None),
        ("/mnt/ecole/classes/CE1.carnet", "network"),
        ("/home/profs/marie/CE1.carnet", "network"),
        ("/home/marie/serveur/CE1.carnet", "network"),
        ("/media/marie/CLE USB/CE1.carnet", "removable"),
        ("/run/media/paul/DISQUE/CE1.carnet", "removable"),
        ("/mnt/cle/CE1.carnet", "removable"),
        ("/mnt/sauvegarde/CE1.carnet", None),
        ("/home/marie/OneDrive - Académie de Lyon/CE1.carnet", "cloud"),
        ("/home/marie/Dropbox (Personnel)/école/CE1.carnet", "cloud"),
        ("/home/marie/Nextcloud/CE1.carnet", "cloud"),
        ("/home/marie/pCloudDrive/CE1.carnet", "cloud"),
        ("/home/marie/Documents/onedrive-notes.carnet", None),  # the file's own name does not count
    ],
)
def test_linux_places(path: str, kind: str | None) -> None:
    found = risky_place(path, platform="linux", mounts=MOUNTS)
    assert (found.kind if found else None) == kind
    if found:
        assert "CE1.carnet" in found.message or "onedrive" in found.message
        assert found.message.endswith(".") and found.message.count(". ") == 0  # one sentence


def test_octal_escapes_in_mount_points() -> None:
    assert ("/media/marie/CLE USB", "vfat") in parse_mounts(MOUNTS)


def _drives(types: dict[str, int]) -> Callable[[str], int]:
    return lambda root: types.get(root[:2].upper(), 3)  # 3 = DRIVE_FIXED


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"C:\Users\marie\Documents\CE1.carnet", None),
        (r"\\NAS-ECOLE\partage\CE1.carnet", "network"),
        (r"\\?\UNC\NAS-ECOLE\partage\CE1.carnet", "network"),
        (r"P:\classes\CE1.carnet", "network"),  # a letter mapped to a share: UNC tests miss it
        (r"E:\CE1.carnet", "removable"),
        (r"C:\Users\marie\OneDrive\Documents\CE1.carnet", "cloud"),
        (r"G:\Mon Drive\école\CE1.carnet", "cloud"),
        (r"C:\Users\marie\iCloudDrive\CE1.carnet", "cloud"),
    ],
)
def test_windows_places(path: str, kind: str | None) -> None:
    drives = _drives({"P:": DRIVE_REMOTE, "E:": DRIVE_REMOVABLE})
    found = risky_place(path, platform="win32", drive_type=drives)
    assert (found.kind if found else None) == kind


def test_macos_volumes_and_icloud() -> None:
    key = risky_place("/Volumes/CLE/CE1.carnet", platform="darwin")
    assert key is not None and key.kind == "removable"
    icloud = "/Users/marie/Library/Mobile Documents/com~apple~CloudDocs/CE1.carnet"
    assert risky_place(icloud, platform="darwin").kind == "cloud"  # type: ignore[union-attr]


def test_this_machines_temporary_folder_is_not_risky(tmp_path: Path) -> None:
    found = risky_place(tmp_path / "x.carnet")
    assert found is None or found.kind != "cloud"


def _journal(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_risky_place_uses_the_rollback_journal_and_warns(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from progression.service import CarnetService

    service = CarnetService.open(small)
    assert service.carnet.risky is None and service.carnet.journal == "WAL"
    assert _journal(small) == "wal"
    service.close()
    assert _journal(small) == "delete"  # a closed carnet is one self-contained file

    usb = location.RiskyPlace("removable", "Le carnet est sur une clé USB.", "vfat")
    monkeypatch.setattr(location, "risky_place", lambda _path: usb)
    service = CarnetService.open(small)
    try:
        assert service.carnet.risky == usb and service.carnet.journal == "DELETE"
        assert _journal(small) == "delete"
        assert not small.with_name(small.name + "-wal").exists()
    finally:
        service.close()


def test_journal_mode_can_be_forced_for_tests(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from progression.service import CarnetService

    monkeypatch.setenv("PROGRESSION_JOURNAL", "delete")
    service = CarnetService.open(small)
    assert service.carnet.journal == "DELETE"
    service.close()
