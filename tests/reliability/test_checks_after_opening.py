"""Opening reads nothing whose cost grows with the file, except for writers: the read-only
commands and the app leave the whole-file check and the daily backup out (the app runs them
after the grid is painted, ``progression.checkup``), yet a damaged file is still found — by the
cheap checks at opening, by the check after it, by every writer, and by ``progression check``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from reliability_helpers import damage_observation_index, trace_statements, whole_file_checks

from progression.backup_folders import backup_files
from progression.carnet import open_carnet
from progression.checkup import checkup
from progression.cli import main
from progression.errors import DamagedCarnetError
from progression.inspection import inspect_file
from progression.operations import RecordObservations
from progression.service import CarnetService


@pytest.mark.parametrize("command", [
    ["info", "--json"],
    ["items"],
    ["synthesis", "--period", "1", "--json"],
    ["export", "--period", "1", "--format", "csv", "--out", "{out}"],
])
def test_read_only_commands_neither_scan_nor_back_up_the_carnet(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    statements = trace_statements(monkeypatch)
    args = [command[0], str(small), *(a.replace("{out}", str(tmp_path / "classe.csv")) for a in command[1:])]
    assert main(args) == 0
    assert statements  # the carnet was read…
    assert whole_file_checks(statements) == []  # …but never checked whole
    assert backup_files(small) == []  # nor copied
    if "--json" in command:
        json.loads(capsys.readouterr().out)


def test_writers_still_check_the_whole_file_and_back_it_up(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    statements = trace_statements(monkeypatch)
    CarnetService.open(small).close()
    assert "PRAGMA quick_check" in [s.strip() for s in statements]
    assert [b.reason for b in backup_files(small)] == ["quotidienne"]


def test_damage_left_out_at_opening_is_found_by_the_check_after_it(small: Path) -> None:
    damage_observation_index(small)
    damaged = small.read_bytes()
    with pytest.raises(DamagedCarnetError):
        CarnetService.open(small)  # a writer's opening finds it at once
    assert small.read_bytes() == damaged

    service = CarnetService(open_carnet(small, full_check=False, auto_backup=False))  # as the app opens
    try:
        assert [p.last_name for p in service.pupils()] == ["Diallo", "Lefèvre", "Martin"]
        found = checkup(small)
        assert found.damaged is not None and "classe.carnet" in found.damaged and "endommagé" in found.damaged
        assert found.backup is None and backup_files(small) == []  # a damaged file is not backed up
        service.carnet.damaged = found.damaged
        pupil, item = service.pupils()[0], service.items(grades=["CE1"])[0]
        step = service.counting_steps()[0]
        with pytest.raises(DamagedCarnetError, match="n'y enregistre plus rien"):
            service.run(RecordObservations(((pupil.id, item.id),), step.id, date(2026, 10, 6)))
    finally:
        service.close()
    assert backup_files(small) == []  # no closing backup of a damaged file either


def test_the_check_after_opening_makes_the_days_backup_of_a_sound_file(small: Path) -> None:
    found = checkup(small)
    assert found.damaged is None and found.backup_warning is None
    assert found.backup is not None and [b.path for b in backup_files(small)] == [found.backup]
    assert checkup(small).backup is None  # once a day


def test_a_truncated_carnet_is_found_without_reading_it_whole(small: Path) -> None:
    data = small.read_bytes()
    small.write_bytes(data[: len(data) - 4096])  # the last page lost, the header intact
    with pytest.raises(DamagedCarnetError, match="sa fin manque"):
        inspect_file(small, scan=False)
    with pytest.raises(DamagedCarnetError):
        open_carnet(small, full_check=False, auto_backup=False)


def test_backup_reads_the_carnet_whole_once(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cle"
    folder.mkdir()
    statements = trace_statements(monkeypatch)
    assert main(["backup", str(small), "--to", str(folder)]) == 0
    assert whole_file_checks(statements) == ["PRAGMA integrity_check"]  # the copy's, nothing before it
    assert not [s for s in statements if "FROM observation" in s]  # nor counted afterwards
    assert "3 élèves" in capsys.readouterr().out


def test_merge_into_a_damaged_carnet_writes_nothing(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The merge opens as a writer does, with the whole-file check: a damaged carnet is named as such
    and stops it before any write (and before its backup)."""
    copy = tmp_path / "copie.carnet"
    copy.write_bytes(small.read_bytes())
    damage_observation_index(small)
    damaged = small.read_bytes()
    assert main(["merge", str(small), str(copy)]) == 1
    assert "endommagé" in capsys.readouterr().err
    assert small.read_bytes() == damaged
