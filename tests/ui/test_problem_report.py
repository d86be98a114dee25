"""Aide › « Signaler un problème… » and « À propos »: the version shown, and a report file with the
version, the system, Python and Qt, and the last errors, that never holds a pupil's name."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from progression import __version__, problem_report
from progression.operations import SetAppreciation
from ui import tasks
from ui.carnet_dialogs import InfoDialog
from ui.export_dialog import ExportDialog
from ui.problem_report import ReportFileDialog


def _action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_about_shows_the_version(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    _action(window, "aboutAction").trigger()
    assert said and f"<b>Progression</b> {__version__}" in said[0]


def test_report_action_sits_beside_about_in_the_help_menu(window) -> None:  # type: ignore[no-untyped-def]
    help_menu = _action(window, "aboutAction").associatedObjects()
    menus = [menu for menu in help_menu if hasattr(menu, "actions") and menu is not window]
    assert any(_action(window, "reportProblemAction") in menu.actions() for menu in menus)


def _fail_an_lsu_export_naming(qtbot, window, tmp_path, monkeypatch, pupil) -> list[str]:  # type: ignore[no-untyped-def]
    """A real failure whose French sentence names the pupil outside « » (LSU's 600-character limit)."""
    service = window.service
    service.run(SetAppreciation(pupil.id, service.period(2).id, "Lit avec aisance et plaisir. " * 25))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lsu"), ""))
    errors: list[str] = []
    monkeypatch.setattr("ui.export_dialog.ErrorDialog.show", staticmethod(lambda m, p=None: errors.append(m)))
    _action(window, "exportLsuAction").trigger()
    dialog = window.findChild(ExportDialog)
    dialog.uai_edit.setText("0751234A")
    dialog.director_edit.setText("Mme MARTIN Claire")
    dialog.teacher_edit.setText("Mme MOREL Anne")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    dialog.close()
    return errors


def test_the_report_has_versions_and_errors_but_no_pupil(qtbot, demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pupil = demo_window.service.pupils_in_period(2)[0]
    errors = _fail_an_lsu_export_naming(qtbot, demo_window, tmp_path, monkeypatch, pupil)
    assert pupil.last_name in errors[0] and "600 caractères au plus" in errors[0]  # what the teacher saw
    # An error nobody foresaw, whose text quotes a pupil: only its kind and place are kept.
    try:
        raise RuntimeError(f"boom chez {pupil.first_name} {pupil.last_name}")
    except RuntimeError as error:
        seen = tasks.error_text(error)
    assert pupil.last_name in seen

    infos: list[str] = []
    monkeypatch.setattr(InfoDialog, "show", staticmethod(lambda m, p=None: infos.append(m)))
    target = tmp_path / "envoi" / "signalement.txt"
    target.parent.mkdir()
    suggested: list[Path] = []
    monkeypatch.setattr(ReportFileDialog, "ask", classmethod(lambda cls, parent, s: suggested.append(s) or target))
    _action(demo_window, "reportProblemAction").trigger()

    assert suggested[0].name.startswith("progression-signalement-") and suggested[0].suffix == ".txt"
    report = target.read_text(encoding="utf-8")
    assert f"Version : {__version__}" in report
    assert f"Python : {platform.python_version()}" in report
    assert f"Qt : {qVersion()} (PySide6 {PySide6.__version__})" in report
    assert f"Système : {platform.platform()}" in report
    assert "LSU accepte 600 caractères au plus" in report and "InvalidInputError" in report
    assert "RuntimeError — (erreur inattendue)" in report
    assert "ui/test_problem_report.py:" in report
    assert "in test_the_report_has_versions_and_errors_but_no_pupil" in report
    for name in (pupil.last_name, pupil.first_name):
        assert name.casefold() not in report.casefold()
        assert name.casefold() not in problem_report.log_file().read_text(encoding="utf-8").casefold()
    assert "[élève]" in report
    assert infos and str(target) in infos[0] and "aucune donnée d'élève" in infos[0]


def test_no_pupil_of_the_demo_in_a_report_of_every_message(qtbot, demo_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Every pupil's name in a logged message, quoted or not, with or without accents, in capitals.
    pupils = demo_window.service.pupils()
    from progression.errors import ProgressionError
    from progression.names import match_key

    for p in pupils:
        tasks.error_text(ProgressionError(f"La fiche de {p.first_name} {p.last_name.upper()} "
                                          f"({match_key(p.first_name)}) est incomplète : « {p.last_name} »."))
    report = problem_report.report_text()
    for p in pupils:
        for word in (p.first_name, p.last_name):
            assert match_key(word) not in match_key(report), word


def test_a_report_cannot_replace_the_carnet(demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    carnet = demo_window.service.carnet.path
    before = carnet.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr("ui.problem_report.ErrorDialog.show", staticmethod(lambda m, p=None: shown.append(m)))
    monkeypatch.setattr(ReportFileDialog, "ask", classmethod(lambda cls, parent, s: carnet))
    _action(demo_window, "reportProblemAction").trigger()
    assert shown and "ce nom est celui d’un carnet" in shown[0]
    assert carnet.read_bytes() == before
