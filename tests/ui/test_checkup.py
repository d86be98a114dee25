"""Opening shows the class before anything reads the whole carnet; the whole-file check and the
daily backup come after the grid is painted, off the GUI thread, and what they find reaches the
teacher: a banner, and for a damaged file no more recording and the newest backup offered."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from progression.backup import list_backups, make_backup
from tests.reliability.reliability_helpers import damage_observation_index, trace_statements, whole_file_checks
from tests.ui.conftest import SCHOOL_DAY, wait_for_checkup
from ui.carnet_dialogs import DamagedDialog


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of this test only (demo copies share one identity, so they share backups)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


def test_the_grid_is_built_before_any_whole_file_check_or_backup(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path: Path, monkeypatch
) -> None:
    statements = trace_statements(monkeypatch)
    assert window.open_carnet(demo_path) is None
    assert window.entry is not None and window.entry.model.rowCount() > 0  # the class is there
    assert whole_file_checks(statements) == []
    assert list_backups(demo_path) == []  # the day's backup is not made while she waits
    assert window.session.checkup is None

    wait_for_checkup(qtbot, window)
    assert "PRAGMA quick_check" in [s.strip() for s in statements]  # then the whole file is checked
    assert [b.reason for b in list_backups(demo_path)] == ["quotidienne"]  # and backed up
    assert window.session.checkup.damaged is None and window.session.writable
    assert window.banner.text() == ""


def test_damage_found_after_opening_is_said_and_stops_recording(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path: Path, monkeypatch, error_messages
) -> None:
    good = make_backup(demo_path, reason="quotidienne", now=datetime.now() - timedelta(days=2))
    damage_observation_index(demo_path)
    offered: list = []

    def decline(parent, path, sentence, backup, loss):  # type: ignore[no-untyped-def]
        offered.append((sentence, backup.path))
        return False

    monkeypatch.setattr(DamagedDialog, "ask", staticmethod(decline))
    assert window.open_carnet(demo_path) is None  # the cheap checks pass: her class is shown
    observations = len(window.service.observations())
    wait_for_checkup(qtbot, window)

    assert window.session.checkup.damaged is not None
    banner = window.banner.text()
    assert "demo.carnet" in banner and "endommagé" in banner and "n'y enregistre plus rien" in banner
    assert [(("endommagé" in sentence), path) for sentence, path in offered] == [(True, good)]  # restore offered
    assert not window.session.writable and window.restore_action.isEnabled()
    assert not window.merge_action.isEnabled() and not window.purge_action.isEnabled()

    # She types a step in the grid anyway: refused in one sentence, nothing written.
    window.date_edit.setDate(QDate(SCHOOL_DAY.year, SCHOOL_DAY.month, SCHOOL_DAY.day))
    grid = window.entry.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keyClick(grid, "3")
    assert error_messages and "n'y enregistre plus rien" in error_messages[-1]
    assert len(window.service.observations()) == observations
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing to undo either
    assert len(window.service.observations()) == observations


def test_damage_met_while_building_the_grid_offers_the_backup_then_closes(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path: Path, monkeypatch, error_messages
) -> None:
    """The observations are left to the check after opening; if the grid meets their damage first,
    she is asked as at opening, and a refusal leaves nothing open (the file untouched since)."""
    import sqlite3

    good = make_backup(demo_path, reason="quotidienne", now=datetime.now() - timedelta(days=2))
    connection = sqlite3.connect(demo_path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'observation'").fetchone()[0]
    connection.close()
    data = bytearray(demo_path.read_bytes())
    data[(root - 1) * 4096] ^= 0x5A  # the observations' table no longer reads
    demo_path.write_bytes(bytes(data))
    offered: list = []

    def decline(parent, path, sentence, backup, loss):  # type: ignore[no-untyped-def]
        offered.append((sentence, backup.path))
        return False

    monkeypatch.setattr(DamagedDialog, "ask", staticmethod(decline))
    window.open_carnet(demo_path)
    assert [path for _sentence, path in offered] == [good] and "endommagé" in offered[0][0]
    assert window.service is None and window.entry is None  # nothing half-built stays open
    assert not any(p.name.startswith("demo.carnet.damaged-") for p in demo_path.parent.iterdir())
