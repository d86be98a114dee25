"""Import and export dialogs, driven as a teacher: from the « Fichier » menu to the file on disk."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWizard

from progression.importers.pupils import plan_pupil_import
from progression.operations import Changes, Part, PupilFields, SavePupil
from progression.service import CarnetService, NewClass
from ui import tasks
from ui.documents import DocumentsMenu
from ui.export_dialog import GRID_XLSX, LSU_XML, PUPIL_PDF, ExportDialog, SavedMessage, default_name
from ui.import_dialog import REJECTED, PreviewTableModel, PupilImportDialog, preview_rows
from ui.observation_import import ObservationImportDialog
from ui.runner import ErrorDialog

PUPIL_LISTS = Path(__file__).resolve().parents[1] / "data" / "pupils"


def documents(window) -> DocumentsMenu:  # type: ignore[no-untyped-def]
    menu = window.findChild(DocumentsMenu)
    assert menu is not None
    return menu


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction)
    return found


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """What « Ouvrir » / « Ouvrir le dossier » would hand to the system."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


# ---------------------------------------------------------------- the menu


def test_entries_sit_in_fichier_and_follow_the_carnet(window, demo_path) -> None:  # type: ignore[no-untyped-def]
    names = ["importPupilsAction", "importObservationsAction", "exportPupilsAction", "exportClassAction",
             "exportGridAction", "exportLsuAction"]
    file_menu = window.menuBar().actions()[0].menu()
    listed = [a.objectName() for a in file_menu.actions() if a.objectName() in names]
    assert listed == names
    shortcuts = {n: action(window, n).shortcut().toString() for n in names}
    assert shortcuts == {"importPupilsAction": "Ctrl+I", "importObservationsAction": "", "exportPupilsAction": "Ctrl+P",
                         "exportClassAction": "", "exportGridAction": "Ctrl+E", "exportLsuAction": ""}
    assert not any(action(window, n).isEnabled() for n in names)  # no carnet yet

    assert window.open_carnet(demo_path) is None
    file_menu.aboutToShow.emit()
    assert all(action(window, n).isEnabled() for n in names)
    window.close_carnet()
    file_menu.aboutToShow.emit()
    assert not any(action(window, n).isEnabled() for n in names)


# ---------------------------------------------------------------- exports


def test_pupil_pdfs_one_file_per_pupil(qtbot, demo_window, tmp_path, monkeypatch, opened) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "bilans"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 0)  # the progress dialog at once, to watch it move
    moves: list[tuple[int, int]] = []
    original = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, value: (moves.append((value, self.maximum())), original(self, value))[-1])

    action(demo_window, "exportPupilsAction").trigger()
    dialog = documents(demo_window).dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.kind() == PUPIL_PDF and dialog.period_combo.currentText() == "Période 2"  # the period shown
    dialog.per_pupil_radio.click()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: demo_window.findChild(SavedMessage) is not None, timeout=10_000)
    pupils = demo_window.service.pupils_in_period(2)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(pupils)
    first = pupils[0]
    mine = [f for f in files if first.first_name in f.name]
    assert mine and first.last_name in pdf_text(mine[0])
    assert any(total == len(pupils) and 0 < value <= total for value, total in moves)  # worker → GUI thread

    message = demo_window.findChild(SavedMessage)
    assert message.open_button is None  # many files: only the folder makes sense
    message.folder_button.click()
    assert opened == [str(folder)]


def test_lsu_file_asks_the_identifiers_once(qtbot, demo_window, tmp_path, monkeypatch, opened) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lsu"), ""))
    action(demo_window, "exportLsuAction").trigger()
    dialog = documents(demo_window).dialog
    assert isinstance(dialog, ExportDialog) and dialog.kind() == LSU_XML
    assert dialog.lsu_box.isVisible() and not dialog.pupils_box.isVisible() and not dialog.pseudonymise_box.isVisible()
    assert not dialog.export_button.isEnabled() and "UAI" in dialog.hint.text()
    qtbot.keyClicks(dialog.uai_edit, "0751234a")
    qtbot.keyClicks(dialog.director_edit, "Claire Martin")  # no civility, name not in capitals
    qtbot.keyClicks(dialog.teacher_edit, "Mme MOREL Anne")
    errors: list[str] = []
    monkeypatch.setattr(ErrorDialog, "show", staticmethod(lambda message, parent=None: errors.append(message)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "par exemple « Mme MARTIN Claire »" in errors[0] and not (tmp_path / "lsu.xml").exists()
    assert dialog.isVisible()  # the teacher corrects and exports again

    dialog.director_edit.setText("Mme MARTIN Claire")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_window.findChild(SavedMessage) is not None, timeout=10_000)
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).resolve().parents[1] / "data" / "lsu"
                                             / "import-bilan-1d-1.0b.xsd")))
    assert schema.validate(etree.parse(str(tmp_path / "lsu.xml"))), schema.error_log
    settings = demo_window.service.settings  # kept for next time, and not an action for Ctrl+Z
    assert (settings.lsu_uai, settings.lsu_director, settings.lsu_teacher) == (
        "0751234A", "Mme MARTIN Claire", "Mme MOREL Anne")
    assert demo_window.service.undo_kind() is None
    demo_window.findChild(SavedMessage).close()
    action(demo_window, "exportLsuAction").trigger()
    assert documents(demo_window).dialog.uai_edit.text() == "0751234A"


def test_selected_pupils_in_one_pdf(qtbot, demo_window, tmp_path, monkeypatch, opened) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "deux"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action(demo_window, "exportPupilsAction").trigger()
    dialog = documents(demo_window).dialog
    dialog.selected_radio.click()
    assert not dialog.export_button.isEnabled() and "Cochez" in dialog.hint.text()
    pupils = demo_window.service.pupils_in_period(2)
    dialog.set_selected([pupils[0].id, pupils[1].id])
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: demo_window.findChild(SavedMessage) is not None, timeout=10_000)
    assert Path(asked[0]).name == "Bilans lecture - Période 2 - CE1-CE2 Les Tilleuls - 2 élèves.pdf"
    text = pdf_text(tmp_path / "deux.pdf")  # the extension is added when left out
    assert pupils[0].last_name in text and pupils[1].last_name in text and pupils[2].last_name not in text
    demo_window.findChild(SavedMessage).open_button.click()
    assert opened == [str(tmp_path / "deux.pdf")]


def test_pseudonymised_grid_has_no_real_name(qtbot, demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "grille.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action(demo_window, "exportGridAction").trigger()
    dialog = documents(demo_window).dialog
    assert dialog.kind() == GRID_XLSX and not dialog.pupils_box.isVisible()
    dialog.pseudonymise_box.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: demo_window.findChild(SavedMessage) is not None, timeout=10_000)
    assert Path(asked[0]).name == "Grille lecture - Période 2 - CE1-CE2 Les Tilleuls (pseudonymisé).xlsx"
    book = openpyxl.load_workbook(tmp_path / "grille.xlsx", read_only=True)
    cells = {str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v}
    book.close()
    assert "Élève 01" in cells
    names = {p.last_name for p in demo_window.service.pupils()}
    assert not any(name in cell for cell in cells for name in names)


def test_a_missing_folder_is_explained_and_writes_nothing(qtbot, demo_window, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                         error_messages) -> None:
    target = tmp_path / "clé retirée" / "synthèse.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(demo_window, "exportClassAction").trigger()
    dialog = documents(demo_window).dialog
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(error_messages), timeout=10_000)
    assert "n'existe pas" in error_messages[0]
    assert not target.parent.exists() and demo_window.findChild(SavedMessage) is None
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # choose another folder at once


def test_default_names_are_french_and_never_name_a_pseudonymised_pupil() -> None:
    assert default_name(PUPIL_PDF, "Période 2", "CE1-CE2") == "Bilans lecture - Période 2 - CE1-CE2.pdf"
    assert default_name(PUPIL_PDF, "Période 2", "CE1/CE2", pupil_label="Lucas Martin") == (
        "Bilan lecture - Période 2 - Lucas Martin.pdf")
    assert "Martin" not in default_name(PUPIL_PDF, "Période 2", "CE1", pupil_label="Lucas Martin", pseudonymise=True)
    assert default_name("csv", "Trimestre 1", "CM1") == "Grille lecture - Trimestre 1 - CM1.csv"


# ---------------------------------------------------------------- class lists


def test_onde_list_class_choice_preview_import_and_undo(qtbot, demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(PUPIL_LISTS / "onde_cp1252.csv"), ""))
    service = demo_window.service
    entry = demo_window.entry
    entry.grade_combo.setCurrentIndex(entry.grade_combo.findData(None))  # the whole class: every grade's rows
    before, rows_before = len(service.pupils()), demo_window.entry.model.rowCount()

    action(demo_window, "importPupilsAction").trigger()
    dialog = documents(demo_window).dialog
    assert isinstance(dialog, PupilImportDialog) and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.class_combo.isVisible(), timeout=5000)
    assert dialog.class_combo.count() == 2
    assert "1001" in dialog.class_combo.itemText(0) and "3 élèves" in dialog.class_combo.itemText(0)
    assert not dialog.import_button.isEnabled()  # nothing to import before the class is chosen

    dialog.class_combo.setCurrentIndex(0)
    dialog.class_combo.activated.emit(0)  # what choosing it in the list does
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    model = dialog.model
    assert [model.data(model.index(r, PreviewTableModel.ACTION)) for r in range(model.rowCount())] == ["ajouté"] * 3
    assert dialog.summary.text() == "3 à ajouter, 0 à mettre à jour, 0 inchangé, 0 rejeté"
    assert len(service.pupils()) == before  # the preview wrote nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(service.pupils()) == before + 3
    assert {"Lucas", "Éloïse", "Noé"} <= {p.first_name for p in service.pupils()}
    assert demo_window.entry.model.rowCount() == rows_before + 3
    assert demo_window.undo_action.text() == "Annuler : Import de la liste d'élèves"
    assert "3 élèves ajoutés" in demo_window.statusBar().currentMessage()

    assert not dialog.isVisible()
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window, timeout=2000)
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(service.pupils()) == before
    assert demo_window.entry.model.rowCount() == rows_before


def test_hostile_names_need_the_valid_lines_only_choice(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A one-grade class: lines without a grade take it, so some lines are valid and some are not.
    path = tmp_path / "ce1.carnet"
    made = CarnetService.create(path, NewClass(label="CE1", grades=("CE1",)))
    made.run(SavePupil(PupilFields("Durand", "Léo", "CE1")))
    made.close()
    assert window.open_carnet(path) is None

    dialog = PupilImportDialog(window.runner, window, path=PUPIL_LISTS / "hostile_names.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    model = dialog.model
    rejected = [r for r in range(model.rowCount()) if model.row_at(r).action == REJECTED]
    assert len(rejected) == 8 and dialog.summary.text().startswith("2 à ajouter")
    note = model.data(model.index(rejected[0], PreviewTableModel.NOTE))
    assert "formule" in note
    assert model.data(model.index(rejected[0], 0), Qt.ItemDataRole.BackgroundRole) is not None  # red
    assert not dialog.import_button.isEnabled() and "seulement les lignes valides" in dialog.reason.text()

    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = sorted(p.last_name for p in window.service.pupils())
    assert names == ["DE LA FONTAINE", "Durand", "ZOÉ"]


def test_preview_model_is_a_sound_qt_model(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    model = PreviewTableModel()
    model.set_rows(preview_rows(plan_pupil_import(demo, PUPIL_LISTS / "hostile_names.csv")))
    qtmodeltester.check(model)
    model.set_rows(preview_rows(plan_pupil_import(demo, PUPIL_LISTS / "onde_cp1252.csv", "1002")))
    assert model.rowCount() == 4  # three pupils added, the 31st of February rejected
    qtmodeltester.check(model)


def test_list_chosen_in_the_wizard_is_previewed_once_the_carnet_exists(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(PUPIL_LISTS / "onde_cp1252.csv"), ""))
    window.new_action.trigger()
    wizard = window.wizard
    wizard.setField("label", "CE1-CE2 Mme Roux")
    wizard.class_page.grade_boxes["CE1"].setChecked(True)
    wizard.class_page.grade_boxes["CE2"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.pupils_page.path = tmp_path / "roux.carnet"
    qtbot.mouseClick(wizard.pupils_page.findChild(type(wizard.button(QWizard.WizardButton.FinishButton)),
                                                  "importListButton"), Qt.MouseButton.LeftButton)
    assert "onde_cp1252.csv" in wizard.pupils_page.list_label.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(documents(window).dialog, PupilImportDialog), timeout=10_000)
    dialog = documents(window).dialog
    assert window.service.carnet.path == tmp_path / "roux.carnet"
    qtbot.waitUntil(lambda: dialog.class_combo.count() == 2, timeout=5000)
    dialog.choose_class("1001")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.service.pupils()) == 3


# ---------------------------------------------------------------- observations


def test_observation_csv_checked_then_imported(qtbot, demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    pupil = demo_window.entry.model.pupil_at(0)  # a pupil of the grade the grid shows
    item = next(i for i in service.items([pupil.grade]) if i.kind == "objective")
    good = tmp_path / "observations.csv"
    good.write_text(
        "eleve;item;echelon;date;commentaire\n"
        f"{pupil.last_name} {pupil.first_name};{item.code};4;23/11/2026;lu sans aide\n"
        f"{pupil.ine};{item.code};Atteints;24/11/2026;\n",
        encoding="utf-8",
    )
    bad = tmp_path / "faute.csv"
    bad.write_text(f"eleve;item;echelon;date\nPersonne Inconnue;{item.code};4;23/11/2026\n", encoding="utf-8")
    chosen = [bad, good]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen.pop(0)), ""))
    seen: list[Changes] = []
    demo_window.runner.changed.connect(seen.append)
    count = len(service.observations())

    action(demo_window, "importObservationsAction").trigger()
    dialog = documents(demo_window).dialog
    assert isinstance(dialog, ObservationImportDialog)
    assert "Ctrl+Z annule tout l'import" in dialog.undo_note.text()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inconnu" in dialog.result_label.text(), timeout=5000)
    assert "ligne 2" in dialog.result_label.text() and not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.text() == "2 observations seront importées.", timeout=5000)
    assert len(service.observations()) == count  # the check wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(service.observations()) == count + 2
    assert seen and Part.OBSERVATIONS in seen[-1].parts and (pupil.id, item.id) in seen[-1].cells
    # The grid shows the import's latest mark at once, and one undo takes the whole import back.
    cell = demo_window.entry.model.index_of(pupil.id, item.id)
    assert demo_window.entry.model.step_at(cell) == service.step_by_rank(3)
    assert demo_window.undo_action.text() == "Annuler : Import de 2 observations"
    demo_window.undo_action.trigger()
    assert len(service.observations()) == count
