"""Importing observations in the app with the words a teacher has: the codes the grid shows, the
step names of other tools (« Acquis »), and errors that fit the dialog and name no command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from progression.errors import InvalidInputError
from progression.importers.observations import read_observations
from ui.observation_import import ObservationImportDialog


def _open(window: Any) -> ObservationImportDialog:
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.objectName() == "importObservationsAction")
    action.trigger()
    dialog = window.documents.dialog
    assert isinstance(dialog, ObservationImportDialog)
    return dialog


def test_grid_codes_and_other_step_words_are_imported(qtbot: Any, demo_window: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    service = demo_window.service
    pupil = next(p for p in service.pupils() if p.grade == "CE1")
    item = service.item_by_code("C2-24-L1-CE1.1")
    rows = [("L1-CE1.1", "Acquis", "3"), ("l1-ce1.1", "Non acquis", "1"), ("L1-CE1.1", "En cours d'acquisition", "2"),
            ("L1-CE1.1", "Atteint", "3"), ("L1-CE1.1", "Dépassé", "4"), ("C2-24-L1-CE1.1", "Très bonne maîtrise", "4")]
    path = tmp_path / "sacoche.csv"
    lines = [f"{pupil.last_name} {pupil.first_name};{code};{word};{10 + n}/11/2026\n"
             for n, (code, word, _) in enumerate(rows)]
    path.write_text("eleve;item;echelon;date\n" + "".join(lines), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = len(service.observations())
    dialog = _open(demo_window)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.text() == "6 observations seront importées.", timeout=5000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    added = sorted((o for o in service.observations() if o.pupil_id == pupil.id and o.activity == "Import"),
                   key=lambda o: o.observed_on)
    assert len(service.observations()) == before + 6
    assert all(o.item_id == item.id for o in added)
    assert [str(service.step(o.step_id).rank) for o in added] == [rank for *_, rank in rows]


def test_an_error_names_no_command_and_the_dialog_grows(qtbot: Any, demo_window: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    service = demo_window.service
    pupil = service.pupils()[0]
    path = tmp_path / "faute.csv"
    path.write_text(f"eleve;item;echelon;date\n{pupil.ine};L9-ZZ.9;3;12/11/2026\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = _open(demo_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.height()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inconnu" in dialog.result_label.text(), timeout=5000)
    message = dialog.result_label.text()
    assert "ligne 2" in message and "L9-ZZ.9" in message and "grille" in message
    assert "progression" not in message.lower() and "commande" not in message
    assert dialog.height() > height
    assert dialog.height() >= dialog.sizeHint().height()  # the whole sentence is in view


def test_an_ambiguous_short_code_asks_for_the_whole_code(demo: Any, tmp_path: Path) -> None:
    pupil = demo.pupils()[0]
    path = tmp_path / "court.csv"
    path.write_text(f"eleve;item;echelon;date\n{pupil.ine};CE1.1;3;12/11/2026\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="plusieurs items"):
        read_observations(demo, path)


# ---------------------------------------------------------------- class lists without « Niveau »


def test_grades_are_chosen_in_the_preview_of_a_list_without_them(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from progression.operations import PupilFields, SavePupil
    from progression.service import CarnetService, NewClass
    from ui.import_dialog import PreviewTableModel, PupilImportDialog

    path = tmp_path / "ce1-ce2.carnet"
    made = CarnetService.create(path, NewClass(label="CE1-CE2", grades=("CE1", "CE2")))
    made.run(SavePupil(PupilFields("Durand", "Léo", "CE1")))
    made.run(SavePupil(PupilFields("Petit", "Inès", "CE2")))
    made.close()
    assert window.open_carnet(path) is None
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Prénom;Date de naissance\nMARTIN;Lina;03/04/2019\nBOYER;Capucine;12/12/2018\n",
                       encoding="utf-8")

    dialog = PupilImportDialog(window.runner, window, path=listing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    model = dialog.model
    assert [model.row_at(r).needs_grade for r in range(model.rowCount())] == [True, True]
    assert not dialog.import_button.isEnabled()
    grade_cell = model.index(0, PreviewTableModel.GRADE)
    assert model.data(grade_cell) == "à choisir…" and "double-clic" in model.data(model.index(0, model.NOTE))
    assert not model.flags(model.index(0, PreviewTableModel.LAST_NAME)) & Qt.ItemFlag.ItemIsEditable

    # The teacher opens the cell's list and picks the grade, line by line.
    for line, grade in ((2, "CE1"), (3, "CE2")):
        row = next(r for r in range(model.rowCount()) if model.row_at(r).line == line)
        dialog.table.edit(model.index(row, PreviewTableModel.GRADE))
        editor = dialog.table.focusWidget()
        assert isinstance(editor, type(dialog.class_combo))
        editor.setCurrentText(grade)
        dialog.table.commitData(editor)
        dialog.table.closeEditor(editor, dialog.table.itemDelegate().EndEditHint.NoHint)
        qtbot.waitUntil(lambda line=line: any(model.row_at(r).line == line and not model.row_at(r).needs_grade
                                              for r in range(model.rowCount())), timeout=5000)
    assert dialog.summary.text().startswith("2 à ajouter") and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    grades = {p.last_name: p.grade for p in window.service.pupils()}
    assert grades["MARTIN"] == "CE1" and grades["BOYER"] == "CE2"


def test_an_xls_list_is_refused_in_the_wizard_before_the_carnet_exists(qtbot: Any, window: Any, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    old = tmp_path / "liste.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)  # an Excel 97-2003 workbook's signature
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    window.new_action.trigger()
    wizard = window.wizard
    wizard.setField("label", "CE1-CE2 Mme Roux")
    wizard.class_page.grade_boxes["CE1"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.pupils_page.path = tmp_path / "roux.carnet"
    qtbot.mouseClick(wizard.pupils_page.findChild(QPushButton, "importListButton"), Qt.MouseButton.LeftButton)
    said = wizard.pupils_page.list_label.text()
    assert ".xls" in said and ".xlsx" in said and ".ods" in said and "CSV" in said
    assert wizard.pupils_page.list_path is None
    assert not (tmp_path / "roux.carnet").exists()
