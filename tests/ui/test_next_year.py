"""Fichier › « Préparer l'année suivante… »: the teacher ticks the pupils, changes a grade, names the new
class, and opens next year's carnet, which holds the pupils with last year's history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from ui.next_year import NAME, NEXT, NextYearDialog


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The offers to open the new carnet, each accepted."""
    from ui.carnet_dialogs import ConfirmDialog

    asked: list[str] = []

    def answer(parent, heading: str, text: str, action: str) -> bool:  # type: ignore[no-untyped-def]
        asked.append(f"{heading}\n{text}\n{action}")
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(answer))
    return asked


def open_dialog(window) -> NextYearDialog:  # type: ignore[no-untyped-def]
    action = window.next_year.action
    assert action.isEnabled() and action.text() == "Préparer l'&année suivante…"
    assert action in window.menuBar().actions()[0].menu().actions()  # in Fichier
    action.trigger()
    dialog = window.next_year.dialog
    assert isinstance(dialog, NextYearDialog) and dialog.isVisible()
    return dialog


def ok(qtbot, dialog: NextYearDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Préparer le carnet"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_next_years_carnet_is_prepared_and_opened(qtbot, demo_window, offers, errors, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = demo_window.service
    source = old.carnet.path
    pupils = old.pupils()
    dialog = open_dialog(demo_window)
    assert dialog.year_edit.text() == "2027-2028"
    # One pupil leaves (another school): unticked with the keyboard, as a teacher would.
    dialog.table.setCurrentCell(0, NAME)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(0, NAME).checkState() == Qt.CheckState.Unchecked
    # One pupil stays down: his grade is set back to this year's.
    stays = pupils[1]
    grade = dialog.table.cellWidget(1, NEXT)
    assert isinstance(grade, QComboBox) and grade.currentText() != stays.grade
    qtbot.keyClick(grade, Qt.Key.Key_Up)
    assert grade.currentText() == stays.grade
    qtbot.keyClicks(dialog.label_edit, "CE2-CM1 les Tilleuls")
    assert dialog.file_edit.text() == str(source.parent / "CE2-CM1 les Tilleuls 2027-2028.carnet")
    ok(qtbot, dialog)
    target = source.parent / "CE2-CM1 les Tilleuls 2027-2028.carnet"
    qtbot.waitUntil(lambda: demo_window.service is not None and demo_window.service.carnet.path == target,
                    timeout=30_000)
    assert errors == []
    assert "Le carnet de l'année suivante est prêt." in offers[0] and "observations" in offers[0]
    new = demo_window.service
    assert new.class_info().label == "CE2-CM1 les Tilleuls"
    assert "2027-2028" in demo_window.windowTitle()
    carried = {p.id: p.grade for p in new.pupils()}
    assert pupils[0].id not in carried and len(carried) == len(pupils) - 1
    assert carried[stays.id] == stays.grade
    assert new.synthesis(1) == []
    # Last year's marks on the pupil's page: in italics, said to be a past year's.
    from ui.pupil_panel import PupilPanel

    page = demo_window.workspace.panel(1)
    assert isinstance(page, PupilPanel)
    page.show_pupil(stays.id)
    timeline = page.timeline_model
    chips = [timeline.index(r, c) for r in range(timeline.rowCount()) for c in range(1, timeline.columnCount())
             if timeline.observation(timeline.index(r, c)) is not None]
    assert len(chips) == len(new.history(stays.id)) > 0
    assert all(timeline.data(chip, Qt.ItemDataRole.FontRole).italic() for chip in chips)
    assert "Observation d'une année passée" in timeline.data(chips[0], Qt.ItemDataRole.ToolTipRole)


def test_a_class_without_a_name_is_refused_in_the_dialog(qtbot, demo_window, offers) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(demo_window)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "nom de la nouvelle classe" in dialog.message.text()
    qtbot.keyClicks(dialog.label_edit, "CE2")
    dialog.file_edit.setText(str(demo_window.service.carnet.path))
    ok(qtbot, dialog)
    assert dialog.isVisible() and "existe déjà" in dialog.message.text()
    dialog.reject()
    assert offers == []
