"""Qt tests drive the app as a teacher would. Offscreen Qt and a throw-away
``PROGRESSION_HOME`` are set by ``tests/conftest.py``; here: preferences in a temporary ini
file, error dialogs collected instead of shown, and a main window open on a copy of the demo.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QWidget

# A fixed school day of period 2 of the demo year: tests must not depend on today's date.
SCHOOL_DAY = date(2026, 11, 20)


def wait_for_checkup(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Let the checks the app runs once the grid is painted finish (whole-file check, daily backup)."""
    qtbot.waitUntil(lambda: window.session.checkup is not None, timeout=30_000)


@pytest.fixture(autouse=True)
def error_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every French error the app would show in a dialog; a real modal dialog would hang a test."""
    from ui.runner import ErrorDialog

    shown: list[str] = []

    def collect(message: str, parent: QWidget | None = None) -> None:
        shown.append(message)

    monkeypatch.setattr(ErrorDialog, "show", staticmethod(collect))
    return shown


@pytest.fixture
def errors(error_messages: list[str]) -> list[str]:
    """The errors a panel under test would have shown (the same list, by the name panel tests use)."""
    return error_messages


@pytest.fixture
def runner(demo, errors: list[str]):  # type: ignore[no-untyped-def]
    """The one door to a copy of the demo, for a panel tested on its own."""
    from ui.runner import ActionRunner

    return ActionRunner(demo)


@pytest.fixture(autouse=True)
def future_dates(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """Dates after today the toolbar asked about, each answered « Oui »; a real question would hang a test."""
    from ui.toolbar import FutureDateQuestion

    asked: list[date] = []

    def answer(parent: QWidget | None, day: date) -> bool:
        asked.append(day)
        return True

    monkeypatch.setattr(FutureDateQuestion, "ask", classmethod(lambda cls, parent, day: answer(parent, day)))
    return asked


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app's preferences (recent carnets, geometry) in an ini file of this test only."""
    from ui.settings_store import SettingsStore

    return SettingsStore(QSettings(str(tmp_path / "progression.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, store) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    main = MainWindow(store)
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    yield main
    main.close_carnet(show_welcome=False)


@pytest.fixture
def demo_window(window, demo_path: Path):  # type: ignore[no-untyped-def]
    """The main window open on a fresh copy of the demo class, on a fixed date and activity."""
    assert window.open_carnet(demo_path) is None
    window.date_edit.setDate(QDate(SCHOOL_DAY.year, SCHOOL_DAY.month, SCHOOL_DAY.day))
    window.activity_combo.setEditText("Lecture à voix haute")
    return window
