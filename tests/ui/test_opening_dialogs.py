"""What the teacher sees when a carnet was not closed properly, is busy, holds a -wal that is not
its own, or is about to be replaced by a backup: the window's opening path and its dialogs.

The questions are answered through their ``ask`` hooks, which build the real dialog where the
test needs to see it (its text, its default button), as the teacher would.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from progression import storage
from progression.backup import BackupInfo, list_backups, make_backup
from progression.operations import RecordObservations
from progression.recovery import Loss
from progression.service import CarnetService, NewClass
from tests.reliability.reliability_helpers import crash_mid_transaction
from tests.ui.conftest import SCHOOL_DAY, wait_for_checkup
from ui.carnet_dialogs import BusyDialog, DamagedDialog, LockDialog, RestoreDialog

QUESTIONS = [(LockDialog, "ask"), (DamagedDialog, "ask"), (RestoreDialog, "ask"), (BusyDialog, "ask")]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash is made by a forked process")


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    for owner, name in QUESTIONS:
        def refuse(*_args: object, _name: str = f"{owner.__name__}.{name}") -> None:
            raise AssertionError(f"question inattendue : {_name}")

        monkeypatch.setattr(owner, name, staticmethod(refuse))


def _record(window, comments: list[str]) -> None:  # type: ignore[no-untyped-def]
    service = window.service
    pupils = service.pupils()
    items = service.items(grades=[pupils[0].grade])
    step = service.counting_steps()[1].id
    for n, comment in enumerate(comments):
        cell = (pupils[n].id, items[n].id)
        assert window.runner.run(RecordObservations((cell,), step, SCHOOL_DAY, comment=comment)) is not None


def _button(dialog, choice: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, f"choice_{choice}")
    assert button is not None
    return button


# ---------------------------------------------------------------- not closed properly


def test_a_carnet_not_closed_properly_in_rollback_mode_just_opens(  # type: ignore[no-untyped-def]
    window, demo_path, error_messages
) -> None:
    """A crash on a USB key leaves a hot journal: no « endommagé », no restore offered."""
    before = CarnetService.open(demo_path)
    observations = before.counts()["observations"]
    before.close()
    crash_mid_transaction(demo_path)
    assert window.open_interactive(demo_path)  # DamagedDialog.ask would fail the test
    assert window.service.counts()["observations"] == observations
    assert error_messages == [] and "endommagé" not in window.banner.text()
    assert not demo_path.with_name("demo.carnet-journal").exists()


def test_a_wal_that_is_not_the_carnets_own_is_set_aside_and_the_banner_says_so(  # type: ignore[no-untyped-def]
    window, demo_path, tmp_path
) -> None:
    other = CarnetService.create(tmp_path / "autre.carnet", NewClass(label="CM2", grades=("CM2",), teacher="X"))
    try:
        wal = other.carnet.path.with_name("autre.carnet-wal").read_bytes()
    finally:
        other.close()
    demo_path.with_name("demo.carnet-wal").write_bytes(wal)
    assert window.open_interactive(demo_path)
    kept = list(demo_path.parent.glob("demo.carnet-wal.orphan-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal
    assert "n'était pas le sien" in window.banner.text() and kept[0].name in window.banner.text()
    assert window.service.class_info().label != "CM2"


# ---------------------------------------------------------------- another program holds it


def test_a_busy_carnet_offers_to_retry_and_opens_once_free(  # type: ignore[no-untyped-def]
    window, demo_path, monkeypatch, error_messages
) -> None:
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    asked: list[str] = []

    def retry_once_free(_parent, path, message):  # type: ignore[no-untyped-def]
        asked.append(message)
        if len(asked) == 2:
            holder.execute("ROLLBACK")  # the other program has finished
        return True

    monkeypatch.setattr(BusyDialog, "ask", staticmethod(retry_once_free))
    try:
        assert window.open_interactive(demo_path)
    finally:
        holder.close()
    assert len(asked) == 2 and all("autre programme" in m and "endommagé :" not in m for m in asked)
    assert error_messages == [] and window.service.carnet.path == demo_path


def test_a_busy_carnet_left_alone_is_not_touched(  # type: ignore[no-untyped-def]
    window, demo_path, monkeypatch, error_messages
) -> None:
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.2)
    before = demo_path.read_bytes()
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr(BusyDialog, "ask", staticmethod(lambda *_args: False))
        assert not window.open_interactive(demo_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert demo_path.read_bytes() == before and error_messages == []
    assert [p.name for p in demo_path.parent.iterdir() if ".damaged-" in p.name or ".orphan-" in p.name] == []


def test_busy_dialog_retries_by_default(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = BusyDialog(tmp_path / "classe.carnet", "Le carnet « classe.carnet » est utilisé…")
    qtbot.addWidget(dialog)
    assert _button(dialog, BusyDialog.RETRY).isDefault()
    assert "n'est pas endommagé" in dialog.text.text()


# ---------------------------------------------------------------- what a restore would lose


def _backup_info(path: Path) -> BackupInfo:
    return BackupInfo(path, datetime(2026, 11, 13, 17, 5), "fermeture", 24, 2000)


def test_damaged_dialog_never_defaults_to_restore_over_work_it_would_lose(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "classe.carnet"
    backup = _backup_info(tmp_path / "sauvegarde.carnet")
    loss = Loss({"observation": 3, "pupil": 1, "appreciation": 2}, {"observation": date(2026, 11, 16)})
    dialog = DamagedDialog(path, "Le carnet « classe.carnet » est endommagé.", backup, loss)
    qtbot.addWidget(dialog)
    assert _button(dialog, DamagedDialog.CANCEL).isDefault()
    assert not _button(dialog, DamagedDialog.RESTORE).isDefault()
    text = dialog.text.text()
    assert "3 observations (la plus récente du 16/11/2026), 1 élève, 2 appréciations" in text
    assert "classe.carnet.damaged-…" in text

    unreadable = DamagedDialog(path, "Le carnet « classe.carnet » est endommagé.", backup, None)
    qtbot.addWidget(unreadable)
    assert _button(unreadable, DamagedDialog.RESTORE).isDefault()  # nothing readable to lose
    assert "ne peut pas être lu" in unreadable.text.text()


def test_a_damaged_carnet_that_still_reads_names_what_a_restore_would_lose(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch
) -> None:
    assert window.open_carnet(demo_path) is None
    wait_for_checkup(qtbot, window)  # the day's backup is made once the grid is painted
    _record(window, ["après la sauvegarde", "encore après"])
    window.close_carnet()
    for backup in list_backups(demo_path):
        if backup.reason == "fermeture":
            backup.path.unlink()  # the closing backup holds them: offer the day's backup
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3:4096 * 4] = b"\xff" * 4096  # a page overwritten: the rows still read
    demo_path.write_bytes(bytes(data))

    seen: list[tuple[bool, str]] = []

    def look(parent, path, message, backup, loss):  # type: ignore[no-untyped-def]
        dialog = DamagedDialog(path, message, backup, loss, parent)
        seen.append((_button(dialog, DamagedDialog.RESTORE).isDefault(), dialog.text.text()))
        dialog.deleteLater()
        return False

    monkeypatch.setattr(DamagedDialog, "ask", staticmethod(look))
    assert not window.open_interactive(demo_path)
    ((restore_is_default, text),) = seen
    assert not restore_is_default
    assert "2 observations (la plus récente du 20/11/2026)" in text and "demo.carnet.damaged-" in text
    assert demo_path.read_bytes() == bytes(data)  # she said no: nothing was touched


def test_restore_dialog_says_what_would_be_lost_and_the_replaced_file_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, window, demo_path, monkeypatch
) -> None:
    assert window.open_carnet(demo_path) is None
    manual = make_backup(demo_path, reason="manuelle")
    _record(window, ["à garder 1", "à garder 2"])
    typed = {o.id for o in window.service.observations() if o.comment.startswith("à garder")}

    seen: list[tuple[bool, bool, str]] = []

    def choose(parent, path, backups):  # type: ignore[no-untyped-def]
        dialog = RestoreDialog(path, backups, parent)  # the real dialog, as the teacher sees it
        qtbot.addWidget(dialog)
        row = next(n for n, b in enumerate(backups) if b.path == manual)
        dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
        seen.append((dialog.restore_button.isDefault(), dialog.cancel_button.isDefault(), dialog.loss.text()))
        return dialog.chosen()

    monkeypatch.setattr(RestoreDialog, "ask", staticmethod(choose))
    window.restore_action.trigger()
    ((restore_is_default, cancel_is_default, text),) = seen
    assert not restore_is_default and cancel_is_default
    assert "2 observations (la plus récente du 20/11/2026)" in text and "demo.carnet.replaced-…" in text
    assert not typed & {o.id for o in window.service.observations()}  # the backup is back in place
    (replaced,) = demo_path.parent.glob("demo.carnet.replaced-*")
    conn = sqlite3.connect(replaced)
    try:
        kept = {row[0] for row in conn.execute("SELECT id FROM observation WHERE deleted_at IS NULL")}
    finally:
        conn.close()
    assert typed <= kept  # what the restore took away is in the file set aside
    assert replaced.name in window.banner.text()
