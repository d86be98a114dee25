"""Changing what the new-class wizard asked, the pupil's group and arrival, the interface language.

« Fichier › Classe et périodes… » edits the class and its period dates (two undoable
operations); the pupil form saves a group (which brings the grid's group filter) and an
arrival date; « Affichage › Langue » saves the preference for the next start.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QWidget

from progression.service import CarnetService
from ui.carnet_dialogs import InfoDialog
from ui.class_dialog import ClassDialog
from ui.pupil_panel import PupilPanel


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def menu_holding(window, action) -> QMenu:  # type: ignore[no-untyped-def]
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    raise AssertionError(f"{action.text()!r} is in no menu")


def open_class_dialog(window) -> ClassDialog:  # type: ignore[no-untyped-def]
    assert window.class_dialog_action.isEnabled()
    window.class_dialog_action.trigger()
    dialog = window.class_dialog
    assert isinstance(dialog, ClassDialog) and dialog.isVisible()
    return dialog


def click_ok(qtbot, dialog: ClassDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def press_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# ---------------------------------------------------------------- class and periods


def test_class_and_periods_are_changed_from_the_menu_and_undone(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    before = service.periods()
    label = service.class_info().label
    assert menu_holding(demo_window, demo_window.class_dialog_action).title() == "&Fichier"
    assert demo_window.class_dialog_action.text() == "Classe et &périodes…"

    dialog = open_class_dialog(demo_window)
    assert dialog.label_edit.text() == label and dialog.label_edit.accessibleName() == "Classe"
    dialog.label_edit.clear()
    qtbot.keyClicks(dialog.label_edit, "CE1-CE2 Les Marronniers")
    assert dialog.end_edits[2].accessibleName() == "Fin de Période 3"
    dialog.end_edits[2].setDate(QDate(2027, 2, 28))  # zone A: winter holidays end earlier
    assert dialog.start_labels[3].text() == "01/03/2027"  # the next period follows: no gap to fix
    assert dialog.error_label.text() == ""
    click_ok(qtbot, dialog)

    assert not dialog.isVisible() and demo_window.class_dialog is None
    assert service.class_info().label == "CE1-CE2 Les Marronniers"
    assert (service.period(3).ends_on, service.period(4).starts_on) == (date(2027, 2, 28), date(2027, 3, 1))
    assert (service.period(4).ends_on, service.period(2).ends_on) == (before[3].ends_on, before[1].ends_on)
    # The window follows: title, and the dates of the periods in the toolbar.
    assert demo_window.windowTitle().startswith("CE1-CE2 Les Marronniers — 2026-2027")
    combo = demo_window.period_combo
    assert combo.itemData(combo.findData(3), Qt.ItemDataRole.ToolTipRole) == "du 04/01/2027 au 28/02/2027"
    assert combo.itemData(combo.findData(4), Qt.ItemDataRole.ToolTipRole) == "du 01/03/2027 au 02/05/2027"
    assert combo.currentData() == 2 and combo.toolTip() == "du 02/11/2026 au 03/01/2027"
    assert demo_window.undo_action.text() == "Annuler : Modifier les dates des périodes"

    press_undo(qtbot, demo_window)  # the dates first
    assert service.periods() == before
    assert service.class_info().label == "CE1-CE2 Les Marronniers"
    assert combo.itemData(combo.findData(3), Qt.ItemDataRole.ToolTipRole) == "du 04/01/2027 au 07/03/2027"
    assert demo_window.undo_action.text() == "Annuler : Modifier la classe"
    press_undo(qtbot, demo_window)  # then the class
    assert service.class_info().label == label
    assert demo_window.windowTitle().startswith(f"{label} — 2026-2027")


def test_the_period_shown_follows_the_recording_date(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    assert demo_window.observed_on() == date(2026, 11, 20) and demo_window.current_period_index() == 2
    dialog = open_class_dialog(demo_window)
    dialog.end_edits[0].setDate(QDate(2026, 11, 22))  # period 1 now takes in the recording date
    click_ok(qtbot, dialog)
    assert service.period(2).starts_on == date(2026, 11, 23)
    # The date the teacher set is kept (new marks keep it); the toolbar and the grid show its period.
    assert demo_window.observed_on() == date(2026, 11, 20)
    assert demo_window.current_period_index() == 1 and demo_window.entry.model.period.index == 1


def test_a_period_ending_before_it_starts_is_refused_in_french(qtbot, demo_window, error_messages) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    before, label = service.periods(), service.class_info().label
    dialog = open_class_dialog(demo_window)
    dialog.label_edit.setText("Autre nom")
    dialog.end_edits[2].setDate(QDate(2027, 1, 2))  # before its start, the 4th of January
    assert dialog.error_label.text() == "« Période 3 » se termine avant de commencer."
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # still open, with the reason: nothing typed is lost
    assert service.periods() == before and service.class_info().label == label  # nothing saved, not even the name
    assert not demo_window.undo_action.isEnabled()

    dialog.label_edit.clear()
    dialog.end_edits[2].setDate(qdate(before[2].ends_on))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "Donnez un nom à la classe" in dialog.error_label.text()
    dialog.reject()
    assert service.class_info().label == label and not error_messages


def test_the_onde_id_the_lsu_needs_can_be_typed_and_is_checked(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    dialog = open_class_dialog(demo_window)
    assert dialog.onde_edit.text() == service.class_info().onde_class_id  # the demo's, as from ONDE
    dialog.onde_edit.setText("12 34")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "est un nombre" in dialog.error_label.text()
    dialog.onde_edit.setText("4321")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible() and service.class_info().onde_class_id == "4321"
    assert demo_window.undo_action.text() == "Annuler : Modifier la classe"
    press_undo(qtbot, demo_window)
    assert service.class_info().onde_class_id == "120345"


def test_the_entry_is_off_without_a_writable_carnet(qtbot, window, demo_path) -> None:  # type: ignore[no-untyped-def]
    assert not window.class_dialog_action.isEnabled()  # welcome page
    assert window.open_carnet(demo_path, read_only=True) is None
    assert not window.class_dialog_action.isEnabled()
    window.edit_class()  # a shortcut or a stale menu cannot open it either
    assert window.class_dialog is None


# ---------------------------------------------------------------- the pupil's group and arrival


def test_group_and_arrival_are_saved_and_bring_the_group_filter(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    entry = demo_window.entry
    assert entry.group_combo.isHidden()  # the demo class has no groups yet
    demo_window.show_page(1)
    panel = demo_window.panel(1)
    assert isinstance(panel, PupilPanel)
    pupil = service.pupils()[3]
    panel.show_pupil(pupil.id)
    assert panel.group.accessibleName() == "Groupe" and panel.arrived_on.check.accessibleName()
    qtbot.keyClicks(panel.group.lineEdit(), "Groupe des lecteurs fragiles")
    qtbot.mouseClick(panel.arrived_on.check, Qt.MouseButton.LeftButton)
    panel.arrived_on.edit.setDate(QDate(2026, 11, 9))
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    saved = service.pupil(pupil.id)
    assert (saved.group, saved.arrived_on) == ("Groupe des lecteurs fragiles", date(2026, 11, 9))
    assert (saved.last_name, saved.ine, saved.left_on) == (pupil.last_name, pupil.ine, pupil.left_on)
    assert panel.group.findText("Groupe des lecteurs fragiles") >= 0  # offered for the next pupil

    demo_window.show_page(0)
    assert entry.group_combo.isVisible() and entry.group_label.isVisible()
    rows = entry.model.rowCount()
    entry.group_combo.setCurrentIndex(entry.group_combo.findData("Groupe des lecteurs fragiles"))
    assert entry.model.rowCount() == 1 and rows > 1
    assert pupil.list_name in str(entry.model.headerData(0, Qt.Orientation.Vertical))
    entry.group_combo.setCurrentIndex(0)  # « Tous les groupes »
    assert entry.model.rowCount() == rows


def test_leaving_before_arriving_is_refused(qtbot, demo_window, error_messages) -> None:  # type: ignore[no-untyped-def]
    service: CarnetService = demo_window.service
    demo_window.show_page(1)
    panel = demo_window.panel(1)
    pupil = service.pupils()[0]
    panel.show_pupil(pupil.id)
    panel.arrived_on.check.setChecked(True)
    panel.arrived_on.edit.setDate(QDate(2027, 1, 11))
    panel.left_on.check.setChecked(True)
    panel.left_on.edit.setDate(QDate(2026, 12, 18))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert error_messages == ["La date de départ (18/12/2026) précède la date d'arrivée (11/01/2027)."]
    assert service.pupil(pupil.id).arrived_on is None and service.pupil(pupil.id).left_on is None


# ---------------------------------------------------------------- language


def test_choosing_english_saves_it_for_the_next_start(demo_window, store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    notices: list[str] = []

    def collect(message: str, parent: QWidget | None = None) -> None:
        notices.append(message)

    monkeypatch.setattr(InfoDialog, "show", staticmethod(collect))
    monkeypatch.delenv("PROGRESSION_LANG", raising=False)
    menu = demo_window.language_menu
    assert menu.title() == "&Langue"
    assert menu_holding(demo_window, menu.menuAction()).title() == "&Affichage"
    french, english = demo_window.language_actions["fr"], demo_window.language_actions["en"]
    assert [a.text() for a in menu.actions()] == ["&Français", "&English"]
    assert french.isChecked() and not english.isChecked()

    english.trigger()
    assert store.language() == "en"
    assert english.isChecked() and not french.isChecked()
    assert notices == ["La nouvelle langue sera utilisée au prochain démarrage de Progression."]
    assert demo_window.menuBar().actions()[0].text() == "&Fichier"  # the interface stays French until then

    french.trigger()  # back to the language on screen: nothing to wait for
    assert store.language() == "fr" and len(notices) == 1


def test_nothing_is_cut_in_the_dialog_with_longer_strings(qapp, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from tests.ui.test_translations import clipped
    from ui import i18n

    locale = QLocale()
    assert i18n.install_translators(qapp, "pseudo") == "pseudo"
    try:
        dialog = open_class_dialog(demo_window)  # built now: its words are the pseudo-language's
        for _ in range(3):
            QApplication.processEvents()
        assert dialog.windowTitle().startswith("[")
        assert not clipped(dialog), "\n".join(clipped(dialog))
        dialog.reject()
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(locale)
