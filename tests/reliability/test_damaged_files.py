"""Damaged files: refused with a French sentence, never written to, set aside, and the newest
backup that passes its check offered; a stray -wal beside a carnet never gets replayed."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from reliability_helpers import integrity, table_dump

from progression.backup import make_backup
from progression.cli_json import carnet_info
from progression.errors import DamagedCarnetError
from progression.recovery import newest_verified_backup, recover_damaged, set_aside_damaged
from progression.service import CarnetService
from tests.command_line import run_progression

PAGE = 4096


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0])
    finally:
        conn.close()


def truncated(data: bytes, _path: Path) -> bytes:
    return data[: len(data) // 3]


def zero_bytes(_data: bytes, _path: Path) -> bytes:
    return b""


def not_sqlite(_data: bytes, _path: Path) -> bytes:
    return "Nom;Prénom\nMartin;Lucas\n".encode("cp1252")


def zeroed_first_page(data: bytes, _path: Path) -> bytes:
    return bytes(PAGE) + data[PAGE:]


def zeroed_table_page(data: bytes, path: Path) -> bytes:
    page = _root_page(path, "pupil") - 1
    return data[: page * PAGE] + bytes(PAGE) + data[(page + 1) * PAGE:]


def flipped_page_type(data: bytes, path: Path) -> bytes:
    # Flip bits in the b-tree page-type byte of a table's root: the structure no longer holds.
    page = _root_page(path, "observation") - 1
    damaged = bytearray(data)
    damaged[page * PAGE] ^= 0x5A
    return bytes(damaged)


DAMAGES: dict[str, Callable[[bytes, Path], bytes]] = {
    "tronqué": truncated,
    "vide": zero_bytes,
    "pas SQLite": not_sqlite,
    "page 1 à zéro": zeroed_first_page,
    "page de table à zéro": zeroed_table_page,
    "bits inversés": flipped_page_type,
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_carnet_is_refused_set_aside_and_backup_offered(
    small: Path, damage: str, figures: Counter[str]
) -> None:
    good = make_backup(small, reason="quotidienne", now=datetime.now() - timedelta(days=2))
    newer_but_bad = make_backup(small, reason="fermeture", now=datetime.now() - timedelta(days=1))
    newer_but_bad.write_bytes(newer_but_bad.read_bytes()[:PAGE * 2])  # a backup damaged later on the disk
    expected = table_dump(small)

    damaged = DAMAGES[damage](small.read_bytes(), small)
    small.write_bytes(damaged)
    figures["files_damaged"] += 1
    with pytest.raises(DamagedCarnetError) as error:
        CarnetService.open(small)
    message = str(error.value)
    assert "classe.carnet" in message and message.endswith(".")
    assert small.read_bytes() == damaged  # never written to
    assert not small.with_name(small.name + ".lock").exists()

    offered = newest_verified_backup(small)
    assert offered is not None and offered.path == good  # the newer one does not pass its check

    aside = set_aside_damaged(small)
    assert aside.name.startswith("classe.carnet.damaged-") and aside.read_bytes() == damaged
    assert not small.exists()
    recovery = recover_damaged(small)
    assert recovery.restored is not None and recovery.restored.path == good
    assert table_dump(small) == expected
    CarnetService.open(small).close()


def test_random_bit_flips_are_refused_or_harmless(small: Path, figures: Counter[str]) -> None:
    """Flips anywhere after the header: the carnet is refused cleanly, or opens and reads fully."""
    original = small.read_bytes()
    rng = random.Random(20261128)
    outcomes: Counter[str] = Counter()
    for _round in range(12):
        data = bytearray(original)
        for _ in range(24):
            offset = rng.randrange(100, len(data))
            data[offset] ^= 1 << rng.randrange(8)
        small.write_bytes(bytes(data))
        for companion in ("-wal", "-shm", ".lock"):
            small.with_name(small.name + companion).unlink(missing_ok=True)
        figures["files_damaged"] += 1
        try:
            service = CarnetService.open(small)
        except DamagedCarnetError:
            outcomes["refused"] += 1
            continue
        try:
            carnet_info(service)
            for period in service.periods():
                service.synthesis(period.index)
            outcomes["opened"] += 1
        except DamagedCarnetError:
            outcomes["refused while reading"] += 1  # "malformed" met late still becomes the sentence
        finally:
            service.close()
    assert sum(outcomes.values()) == 12


def test_check_command_names_the_newest_good_backup(small: Path) -> None:
    good = make_backup(small, reason="quotidienne")
    small.write_bytes(small.read_bytes()[: PAGE * 3])
    result = run_progression("check", small)
    assert result.returncode == 1
    assert "endommagé" in result.stderr and str(good) in result.stderr
    assert "progression restore" in result.stderr
    assert result.stderr.count("\n") == 1  # one line, no traceback


# ---------------------------------------------------------------- a -wal that is not the carnet's


def _foreign_wal(tmp_path: Path, source: Path) -> bytes:
    """The -wal of another database, with committed frames not yet checkpointed."""
    other = tmp_path / "autre" / source.name
    other.parent.mkdir()
    shutil.copy(source, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE pupil SET first_name='Intrus', last_name='Étranger'")
    conn.execute("DELETE FROM observation")
    wal = other.with_name(other.name + "-wal").read_bytes()
    conn.close()
    assert len(wal) > 0
    return wal


def _other_app_wal(tmp_path: Path) -> bytes:
    code = (
        "import sqlite3, os\n"
        "c = sqlite3.connect('db.sqlite', isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute('CREATE TABLE notes(x)')\n"
        "for i in range(200): c.execute('INSERT INTO notes VALUES (?)', ('x' * 500,))\n"
        "os._exit(0)\n"
    )
    folder = tmp_path / "app"
    folder.mkdir()
    subprocess.run([sys.executable, "-c", code], cwd=folder, check=True, timeout=60)
    return (folder / "db.sqlite-wal").read_bytes()


@pytest.mark.parametrize("origin", ["another carnet", "another application"])
def test_foreign_wal_beside_a_closed_carnet_is_set_aside(
    small: Path, tmp_path: Path, origin: str, figures: Counter[str]
) -> None:
    expected = table_dump(small)
    wal = _foreign_wal(tmp_path, small) if origin == "another carnet" else _other_app_wal(tmp_path)
    small.with_name(small.name + "-wal").write_bytes(wal)
    figures["files_damaged"] += 1

    # A read-only look first (check, info): it must not replay the stray WAL either.
    from progression.carnet import inspect_file

    inspect_file(small)
    reader = run_progression("check", small)
    assert reader.returncode == 0, reader.stderr

    service = CarnetService.open(small)
    try:
        names = {p.first_name for p in service.pupils()}
        assert "Intrus" not in names and len(names) == 3
        assert service.counts()["observations"] == 1
    finally:
        service.close()
    assert integrity(small) == "ok"
    assert table_dump(small) == expected
    kept = list(small.parent.glob("classe.carnet-wal.orphan-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal  # set aside, not deleted


@pytest.mark.parametrize("origin", ["another carnet", "another application"])
def test_foreign_wal_after_a_crash_in_wal_mode_is_set_aside(
    small: Path, tmp_path: Path, demo_template: Path, origin: str, figures: Counter[str]
) -> None:
    """Left in WAL mode by a crash, a carnet's header cannot tell its own -wal from a stranger's
    (SQLite cannot either): the stranger is tried on a private copy first, found not to be the
    carnet's own (another carnet, or pages that break it), and set aside without being applied."""
    conn = sqlite3.connect(small)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    expected = table_dump(small)
    wal = _foreign_wal(tmp_path, demo_template) if origin == "another carnet" else _other_app_wal(tmp_path)
    small.with_name(small.name + "-wal").write_bytes(wal)
    figures["files_damaged"] += 1
    service = CarnetService.open(small)
    try:
        assert len(service.carnet.opening_notes) == 1 and "classe.carnet-wal" in service.carnet.opening_notes[0]
        assert service.counts()["observations"] == 1
    finally:
        service.close()
    assert integrity(small) == "ok" and table_dump(small) == expected
    kept = list(small.parent.glob("classe.carnet-wal.orphan-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal
