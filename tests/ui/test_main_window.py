"""The main window as a desktop app: menus, pages, period, preferences, copies, background work."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from progression.operations import Changes, Part
from progression.service import CarnetService
from ui import tasks
from ui import workspace as workspace_module
from ui.main_window import MainWindow
from ui.panel import Panel
from ui.workspace import UnavailablePage


class FakePanel(Panel):
    """Stands for a page written elsewhere: records what the window tells it."""

    def __init__(self, runner, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(runner, parent)
        self.periods: list[int] = []
        self.changes: list[Changes] = []

    def set_period(self, period_index: int) -> None:
        self.periods.append(period_index)

    def on_changes(self, changes: Changes) -> None:
        self.changes.append(changes)


def broken_page(runner) -> Panel:  # type: ignore[no-untyped-def]
    raise RuntimeError("une page qui ne se construit pas")


@pytest.fixture
def with_fake_panels(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workspace_module, "PANELS", (
        (FakePanel, "Élèves"),
        (broken_page, "Fluence"),
        (FakePanel, "Bilans de période"),
        (FakePanel, "Référentiel"),
    ))


def test_menus_are_french_and_complete(demo_window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in demo_window.menuBar().actions()]
    # Other menus (documents) may sit between « Élèves » and « Aide ».
    assert titles[:4] == ["&Fichier", "É&dition", "&Affichage", "Élè&ves"] and titles[-1] == "Aid&e"
    assert demo_window.open_action.shortcut().toString() == "Ctrl+O"
    assert demo_window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [s.toString() for s in demo_window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    pages = 1 + len(workspace_module.PANELS)  # « Saisie », then each page
    assert [a.shortcut().toString() for a in demo_window.page_actions] == [f"Ctrl+{n}" for n in range(1, pages + 1)]
    assert demo_window.undo_action.text() == "Annuler" and not demo_window.undo_action.isEnabled()


def test_pages_follow_ctrl_number_and_the_period(qtbot, with_fake_panels, window, demo_path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_carnet(demo_path) is None
    # Only « Saisie » is built at opening; each other page is built when first shown.
    assert window.panels == [window.entry] and window.page_stack.count() == 5
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    first = window.panels[1]
    assert isinstance(first, FakePanel) and window.current_panel() is first
    assert first.periods == [window.current_period_index()]  # a page built late starts on the period shown
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == 2 and window.sidebar.currentRow() == 2
    assert isinstance(window.current_panel(), UnavailablePage)  # a page that fails leaves the others working
    fakes = [first, window.panel(3), window.panel(4)]
    assert all(isinstance(f, FakePanel) for f in fakes) and len(window.panels) == 5
    assert window.panel(1) is first  # built once
    qtbot.waitUntil(lambda: not window.date_edit.isVisible())  # date and activity are for marking only
    window.page_actions[0].trigger()
    assert window.current_page() == 0
    qtbot.waitUntil(window.date_edit.isVisible)

    window.period_combo.setCurrentIndex(window.period_combo.findData(4))
    assert all(f.periods[-1] == 4 for f in fakes)
    assert window.entry.model.period.index == 4

    window.entry.grid.setCurrentIndex(window.entry.model.index(0, 0))
    qtbot.keyClick(window.entry.grid, "3")
    assert all(f.changes and Part.OBSERVATIONS in f.changes[-1].parts for f in fakes)


def test_a_page_first_shown_after_a_recording_shows_it(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Pages are built when first shown: one opened after marks were recorded reads them."""
    from ui.pupil_panel import PupilPanel

    entry = demo_window.entry
    index = next(entry.model.index(0, c) for c in range(entry.model.columnCount())
                 if entry.model.is_applicable(entry.model.index(0, c)))
    entry.grid.setCurrentIndex(index)
    qtbot.keyClick(entry.grid, Qt.Key.Key_4)
    recorded = entry.model.observation_at(index)
    assert recorded is not None and len(demo_window.panels) == 1
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    pupils = demo_window.panel(1)
    assert isinstance(pupils, PupilPanel) and demo_window.current_panel() is pupils
    pupils.show_pupil(recorded.pupil_id)
    assert pupils.timeline_model.index_of(recorded.id).isValid()


def test_geometry_and_last_carnet_are_remembered(qtbot, store, demo_path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    assert first.open_carnet(demo_path) is None
    # Another size than the first, large enough for the grid page and within the offscreen screen.
    wanted = first.minimumSizeHint().width() + 20
    assert wanted != first.width()
    first.resize(wanted, 480)
    first.close()
    assert store.last_carnet() == demo_path.resolve()
    assert store.geometry() is not None

    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.width() == wanted
    second.start()
    assert second.service is not None
    second.close()


def test_open_menu_and_recent_menu(qtbot, window, demo_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_path), ""))
    window.open_action.trigger()
    assert window.service is not None
    window.close_action.trigger()
    assert window.service is None and window.pages.currentWidget() is window.welcome
    window.recent_menu.aboutToShow.emit()
    recent = window.recent_menu.actions()
    assert [a.text() for a in recent] == [demo_path.name]
    recent[0].trigger()
    assert window.service is not None


def test_save_a_copy_in_the_background(qtbot, demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copie sur clé.carnet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.entry.grid.setCurrentIndex(demo_window.entry.model.index(0, 0))
    qtbot.keyClick(demo_window.entry.grid, "4")
    count = len(demo_window.service.observations())
    demo_window.copy_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and "Copie enregistrée" in demo_window.statusBar().currentMessage(),
                    timeout=10_000)
    copy = CarnetService.open(target)
    try:
        assert len(copy.observations()) == count
    finally:
        copy.close()


def test_background_work_delivers_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    app_thread = QApplication.instance().thread()
    seen: list[object] = []

    def deliver(result: object) -> None:
        seen.append((result, QApplication.instance().thread() is app_thread))

    task = tasks.run_in_background(lambda: 6 * 7, deliver, label="Calcul…")
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert seen == [(42, True)]


MANY_QUICK_JOBS = """
import sys
from PySide6.QtWidgets import QApplication
from ui import tasks

app = QApplication(sys.argv)
delivered = []
for number in range(3000):
    tasks.run_in_background(lambda: [number], delivered.append, label="", on_error=sys.exit)
    while len(delivered) <= number:
        app.processEvents()
print(len(delivered))
"""


def test_many_quick_jobs_one_after_the_other_never_crash() -> None:
    """The copy test once crashed a test worker: a quick job's result was taken while the worker
    still held the last reference to a Qt object, which was then destroyed on the wrong thread.
    In its own process, so that a crash is a failed test, not a lost test run."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", MANY_QUICK_JOBS], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).parents[2], timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "3000"), done.stderr[-2000:]


def test_background_errors_are_french_and_progress_waits(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from progression.errors import ProgressionError

    messages: list[str] = []

    def fail() -> None:
        time.sleep(0.3)
        raise ProgressionError("Le fichier « liste.csv » est vide.")

    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    task = tasks.run_in_background(fail, lambda _r: None, label="Import…", parent=parent, on_error=messages.append)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert messages == ["Le fichier « liste.csv » est vide."]

    quick = tasks.run_in_background(lambda: Path("x"), lambda _r: None, label="Vite", parent=QWidget())
    qtbot.waitUntil(lambda: quick.finished, timeout=5000)
    assert quick._dialog is None  # never shown for quick work


def test_merging_a_copy_shows_what_it_brings_then_its_marks(qtbot, demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The laptop's copy comes back: the teacher sees what it brings, says yes, and its mark is in the grid."""
    from progression.backup import make_backup
    from progression.operations import RecordObservations
    from ui.carnet_dialogs import ConfirmDialog, InfoDialog

    copy = make_backup(demo_window.service.carnet.path, target=tmp_path / "portable.carnet")
    laptop = CarnetService.open(copy)
    entry = demo_window.entry
    index = next(entry.model.index(r, 0) for r in range(entry.model.rowCount())
                 if entry.model.is_applicable(entry.model.index(r, 0)) and entry.model.observation_at(
                     entry.model.index(r, 0)) is None)
    pupil_id, item_id = entry.model.cell(index)
    laptop.run(RecordObservations(((pupil_id, item_id),), laptop.step_by_rank(4).id, demo_window.observed_on()))
    laptop.close()
    questions: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(lambda parent, heading, text, action: questions.append(
        heading + "\n" + text) or True))
    said: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: said.append(message)))

    demo_window.merge_action.trigger()
    assert "Ajouté : 1 observation." in questions[0] and "Ctrl+Z" in questions[0]
    assert said == ["Ajouté : 1 observation."]
    index = demo_window.entry.model.index_of(pupil_id, item_id)  # the pages were built again
    assert demo_window.entry.model.step_at(index) == demo_window.service.step_by_rank(4)


def test_every_page_fits_a_1080p_screen_at_200_percent(demo_window) -> None:  # type: ignore[no-untyped-def]
    """1920 × 1080 at 200 % leaves 960 × 540 logical pixels (less the taskbar): the window must
    be able to shrink to that on every page, the page scrolling rather than the window overflowing."""
    for index in range(len(demo_window.page_titles)):
        demo_window.show_page(index)
        hint = demo_window.minimumSizeHint()
        assert hint.width() <= 960 and hint.height() <= 500, (demo_window.page_titles[index], hint)
