"""A .carnet double-clicked in Finder reaches the app as a QFileOpenEvent (macOS), simulated here by
sending that event to the application; Windows and Linux pass the file as an argument."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ui.startup import FinderOpens, parse_args


def test_finder_opens_a_carnet_in_the_running_window(qtbot, window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    opener = FinderOpens(window)
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))
        qtbot.waitUntil(lambda: window.service is not None, timeout=10_000)
        assert window.service.carnet.path == demo_path
    finally:
        app.removeEventFilter(opener)


def test_other_files_are_left_alone(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opener = FinderOpens(window)
    other = tmp_path / "bilan.pdf"
    other.write_bytes(b"%PDF")
    assert opener.eventFilter(window, QFileOpenEvent(str(other))) is False
    qtbot.wait(50)
    assert window.service is None


def test_windows_and_linux_pass_the_carnet_as_an_argument(tmp_path: Path) -> None:
    # What the installer's association runs: "Progression.exe" "%1".
    assert parse_args([str(tmp_path / "CE1.carnet")]).carnet == tmp_path / "CE1.carnet"
