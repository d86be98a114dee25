"""The carnet's life in the window: switching carnets, a carnet open elsewhere, a damaged
one, backups and restores, erasing pupils, the year-end archive, storage errors, quitting.

Every question the window asks goes through a classmethod hook (``LockDialog.ask``…);
here each test answers the ones it expects, and any other question fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from progression.backup import list_backups
from progression.lock import lock_path, read_lock
from progression.operations import SetObservationsDeleted
from progression.service import CarnetService
from progression.storage_errors import DiskFullError
from tests.ui.conftest import SCHOOL_DAY, wait_for_checkup
from ui.carnet_dialogs import (
    BusyDialog,
    ConfirmDialog,
    DamagedDialog,
    InfoDialog,
    LockDialog,
    PurgeDialog,
    PurgeRequest,
    RestoreDialog,
    french_datetime,
    lock_state,
)

QUESTIONS = [
    (LockDialog, "ask"), (LockDialog, "confirm_take_over"), (DamagedDialog, "ask"), (RestoreDialog, "ask"),
    (BusyDialog, "ask"),
    (PurgeDialog, "ask"), (PurgeDialog, "confirm"), (PurgeDialog, "confirm_year_end"), (ConfirmDialog, "ask"),
]


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of this test only: the demo copies of other tests share the demo's identity."""
    home = tmp_path / "home"
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    for owner, name in QUESTIONS:
        def refuse(*_args: object, _name: str = f"{owner.__name__}.{name}") -> None:
            raise AssertionError(f"question inattendue : {_name}")

        monkeypatch.setattr(owner, name, staticmethod(refuse))


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda message, parent=None: shown.append(message)))
    return shown


def answer(monkeypatch: pytest.MonkeyPatch, owner: type, name: str, reply: object,
           seen: list | None = None) -> None:
    def hook(*args: object) -> object:
        if seen is not None:
            seen.append(args)
        return reply

    monkeypatch.setattr(owner, name, staticmethod(hook))


def second_carnet(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "autre classe.carnet"
    shutil.copy(demo_template, path)
    return path


def on_school_day(window) -> None:  # type: ignore[no-untyped-def]
    window.date_edit.setDate(QDate(SCHOOL_DAY.year, SCHOOL_DAY.month, SCHOOL_DAY.day))


def ids(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {o.id for o in window.service.observations()}


# ---------------------------------------------------------------- opening and closing


def test_opening_another_carnet_saves_and_closes_the_first(  # type: ignore[no-untyped-def]
    window, demo_path, demo_template, tmp_path
) -> None:
    from ui.synthesis_panel import SynthesisPanel

    other = second_carnet(demo_template, tmp_path)
    assert window.open_carnet(demo_path) is None
    assert lock_path(demo_path).exists()
    # An appreciation being typed when the teacher opens another carnet is kept.
    synthesis = window.panel(3)
    assert isinstance(synthesis, SynthesisPanel)
    pupil = window.service.pupils()[0]
    period = window.current_period_index()
    synthesis.select_pupil(pupil.id)
    synthesis.appreciation.setPlainText("Lit avec plaisir, progrès nets en fluence.")

    assert window.open_interactive(other)
    assert window.service.carnet.path == other
    assert not lock_path(demo_path).exists() and lock_path(other).exists()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()  # left as one self-contained file
    reader = CarnetService.open(demo_path, lock=False)
    try:
        assert reader.appreciation(pupil.id, period) == "Lit avec plaisir, progrès nets en fluence."
    finally:
        reader.close()


def test_a_carnet_that_fails_to_open_brings_the_previous_one_back(  # type: ignore[no-untyped-def]
    window, demo_path, tmp_path, error_messages
) -> None:
    assert window.open_carnet(demo_path) is None
    assert not window.open_interactive(tmp_path / "disparu.carnet")
    assert error_messages and "n'existe pas" in error_messages[0]
    assert window.service is not None and window.service.carnet.path == demo_path
    assert lock_path(demo_path).exists()
    assert window.pages.currentWidget() is window.workspace


def test_closing_the_window_closes_the_carnet(qtbot, store, demo_path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    assert main.open_carnet(demo_path) is None
    on_school_day(main)
    qtbot.keyClick(main.entry.grid, "3")  # something changed: a closing backup is due
    assert main.close()
    assert main.service is None
    assert not lock_path(demo_path).exists()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()
    assert list_backups(demo_path)[0].reason == "fermeture"


# ---------------------------------------------------------------- a carnet open elsewhere


def test_a_carnet_open_elsewhere_opens_read_only_on_request(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch, error_messages
) -> None:
    holder = CarnetService.open(demo_path)  # another window of Progression has it
    try:
        seen: list = []
        answer(monkeypatch, LockDialog, "ask", LockDialog.READ_ONLY, seen)
        assert window.open_interactive(demo_path)
        (_parent, _path, message, state), = seen
        assert state.here and not state.can_take_over  # a live window here is never taken over
        assert "déjà ouvert" in message

        assert window.service.carnet.read_only
        assert window.banner.isVisible()
        assert "Lecture seule : ce carnet est ouvert ailleurs" in window.banner.text()
        assert "lecture seule" in window.windowTitle()
        assert not window.purge_action.isEnabled() and not window.restore_action.isEnabled()
        on_school_day(window)
        before = ids(window)
        qtbot.keyClick(window.entry.grid, "3")
        assert ids(window) == before
        assert error_messages == ["Ce carnet est ouvert en lecture seule : aucune modification n'est possible."]

        window.close_carnet()
        assert read_lock(demo_path) == holder.carnet.lock.info  # the other window keeps its lock
    finally:
        holder.close()


def _remote_lock(path: Path, quiet_for: timedelta) -> None:
    since = (datetime.now() - quiet_for).astimezone()
    lock_path(path).write_text(json.dumps({
        "host": "PC-CLASSE-CM2", "user": "mme.durand", "pid": 4242, "since": since.isoformat(timespec="seconds"),
    }), encoding="utf-8")
    stamp = since.timestamp()
    os.utime(lock_path(path), (stamp, stamp))


def test_a_lock_left_long_ago_on_another_computer_can_be_taken_over(  # type: ignore[no-untyped-def]
    window, demo_path, monkeypatch
) -> None:
    _remote_lock(demo_path, timedelta(hours=2))
    assert not lock_state(demo_path).can_take_over  # used this morning: not offered

    _remote_lock(demo_path, timedelta(days=3))
    seen: list = []
    answer(monkeypatch, LockDialog, "ask", LockDialog.TAKE_OVER, seen)
    answer(monkeypatch, LockDialog, "confirm_take_over", True)
    assert window.open_interactive(demo_path)
    state = seen[0][3]
    assert state.can_take_over and state.holder.host == "PC-CLASSE-CM2"
    assert not window.service.carnet.read_only
    assert read_lock(demo_path).pid == os.getpid()


# ---------------------------------------------------------------- a damaged carnet


def test_a_damaged_carnet_is_set_aside_and_its_backup_restored(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch
) -> None:
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup is made once the grid is painted
    pupils = len(window.service.pupils())
    window.close_carnet()
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3:4096 * 4] = b"\xff" * 4096  # a page overwritten
    demo_path.write_bytes(bytes(data))

    seen: list = []
    answer(monkeypatch, DamagedDialog, "ask", True, seen)
    assert window.open_interactive(demo_path)
    (_parent, _path, message, backup, loss), = seen
    assert "endommagé" in message and backup.reason == "quotidienne"
    assert loss is not None and not loss  # its rows still read, and nothing was typed after the day's backup
    assert window.service.carnet.path == demo_path and len(window.service.pupils()) == pupils
    damaged = list(demo_path.parent.glob("demo.carnet.damaged-*"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == bytes(data)  # set aside untouched
    assert "remise en place" in window.banner.text() and damaged[0].name in window.banner.text()


# ---------------------------------------------------------------- backups and restores


def test_backup_now_then_restore_brings_back_a_deleted_observation(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch
) -> None:
    assert window.open_carnet(demo_path) is None
    count = len(window.service.observations())
    window.backup_now_action.trigger()
    qtbot.waitUntil(lambda: "Sauvegarde vérifiée" in window.statusBar().currentMessage(), timeout=10_000)
    assert str(list_backups(demo_path)[0].path) in window.statusBar().currentMessage()
    gone = window.service.observations()[0].id
    assert window.runner.run(SetObservationsDeleted((gone,), True)) is not None
    assert gone not in ids(window)

    listed: list[list[str]] = []

    def choose(parent, path, backups):  # type: ignore[no-untyped-def]
        dialog = RestoreDialog(path, backups, parent)  # the real dialog, as the teacher sees it
        table = dialog.table
        listed.extend([table.topLevelItem(n).text(c) for c in range(4)] for n in range(table.topLevelItemCount()))
        dialog.deleteLater()
        return next(b for b in backups if b.reason == "manuelle")

    monkeypatch.setattr(RestoreDialog, "ask", staticmethod(choose))
    window.restore_action.trigger()
    manual = next(row for row in listed if row[1] == "sauvegarde manuelle")
    assert manual[2] == str(len(window.service.pupils())) and manual[3] == str(count)
    assert " à " in manual[0] and manual[0].split()[0] in ("lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                                            "samedi", "dimanche")
    assert gone in ids(window)
    assert window.service.undo_kind() is None
    assert lock_path(demo_path).exists()
    replaced = list(demo_path.parent.glob("demo.carnet.replaced-*"))
    assert len(replaced) == 1  # the carnet before the restore is set aside, never deleted
    assert replaced[0].name in window.banner.text()


def test_french_dates_of_backups() -> None:
    assert french_datetime(datetime(2026, 11, 28, 21, 40)) == "samedi 28 novembre 2026 à 21:40"
    assert french_datetime(datetime(2027, 3, 1, 8, 5)) == "lundi 1er mars 2027 à 08:05"


def test_save_a_copy_writes_only_the_chosen_file(qtbot, window, demo_path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "clé"
    folder.mkdir()
    target = folder / "classe 2026.carnet"
    target.write_bytes(b"ancienne copie")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.open_carnet(demo_path) is None
    window.copy_action.trigger()
    qtbot.waitUntil(lambda: "Copie enregistrée" in window.statusBar().currentMessage(), timeout=10_000)
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert target.read_bytes().startswith(b"SQLite format 3")


# ---------------------------------------------------------------- read-only and storage errors


def test_a_carnet_on_a_write_protected_medium_says_so(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch, error_messages
) -> None:
    monkeypatch.setattr("progression.storage.writable", lambda _path: False)  # tests run as root: chmod is moot
    assert window.open_carnet(demo_path) is None
    assert window.service.carnet.read_only
    assert "Ce carnet est en lecture seule : " in window.banner.text()
    on_school_day(window)
    before = ids(window)
    qtbot.keyClick(window.entry.grid, "3")
    assert ids(window) == before and "lecture seule" in error_messages[0]
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_a_full_disk_during_a_recording_is_explained_and_the_grid_goes_on(  # type: ignore[no-untyped-def]
    qtbot, demo_window, monkeypatch, error_messages
) -> None:
    service = demo_window.service
    real_run = service.run
    calls = []

    def full_once(operation):  # type: ignore[no-untyped-def]
        calls.append(operation)
        if len(calls) == 1:
            raise DiskFullError("Le disque est plein : la dernière action sur « demo.carnet » n'a pas été "
                                "enregistrée (rien n'a été écrit à moitié) ; libérez de la place puis recommencez.")
        return real_run(operation)

    monkeypatch.setattr(service, "run", full_once)
    grid = demo_window.entry.grid
    start = grid.currentIndex()
    before = ids(demo_window)
    qtbot.keyClick(grid, "3")
    assert ids(demo_window) == before
    assert len(error_messages) == 1 and error_messages[0].startswith("Le disque est plein")
    assert grid.currentIndex() == start  # nothing recorded: the cursor stays for another try
    qtbot.keyClick(grid, "3")
    assert len(ids(demo_window) - before) == 1
    assert "Annuler" in demo_window.undo_action.text() and demo_window.undo_action.isEnabled()


# ---------------------------------------------------------------- erasing pupils


def test_erasing_a_pupil_removes_every_byte_of_the_name(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch, infos
) -> None:
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup holds the pupil
    pupils = window.service.pupils()
    names = [p.last_name for p in pupils]
    pupil = next(p for p in pupils if names.count(p.last_name) == 1 and len(p.last_name) >= 5)
    asked: list = []
    answer(monkeypatch, PurgeDialog, "ask", PurgeRequest(pupil.id, pupil.display_name, True), asked)
    answer(monkeypatch, PurgeDialog, "confirm", True)
    window.purge_action.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    assert "effacé(e) définitivement" in infos[0] and "nettoyées : 1" in infos[0]
    assert pupil.id not in {p.id for p in window.service.pupils()}
    model = window.entry.model
    assert pupil.id not in {model.pupil_at(row).id for row in range(model.rowCount())}
    assert window.service.undo_kind() is None and not window.undo_action.isEnabled()

    window.close_carnet()
    needle = pupil.last_name.encode("utf-8")
    assert needle not in demo_path.read_bytes()
    for backup in list_backups(demo_path):
        assert needle not in backup.path.read_bytes()


def test_year_end_archives_then_erases_every_pupil(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, tmp_path, monkeypatch, infos
) -> None:
    folder = tmp_path / "archives école"
    folder.mkdir()
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup, made once the grid is painted, holds every pupil
    pupils = len(window.service.pupils())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    confirmed: list = []
    answer(monkeypatch, PurgeDialog, "confirm_year_end", True, confirmed)
    window.year_end_action.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=20_000)
    assert confirmed[0][2] == pupils
    (archive,) = folder.glob("*.carnet")
    assert str(archive) in infos[0]
    assert window.service.pupils() == [] and window.entry.model.rowCount() == 0
    assert list_backups(demo_path) == []
    copy = CarnetService.open(archive, lock=False)
    try:
        assert len(copy.pupils()) == pupils
    finally:
        copy.close()

