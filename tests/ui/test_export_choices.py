"""The export dialog's choices a school needs: the LSU schema revision, the principal elements
worked and a general appreciation; the wording of the pupils' syntheses (family or official)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from progression.lsu import principal_elements
from progression.reports import family_wordings
from ui.export_dialog import ExportDialog
from ui.export_files import SavedMessage
from ui.export_kinds import LSU_XML, PUPIL_PDF

XSD = Path(__file__).resolve().parents[1] / "data" / "lsu"
NS = "{urn:fr:edu:scolarite:lsun:bilans:import}"


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: isinstance(url, QUrl)))


def _dialog(window: Any, kind: str) -> ExportDialog:
    window.documents.export(kind)
    dialog = window.documents.dialog
    assert isinstance(dialog, ExportDialog)
    return dialog


def _saved(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.findChild(SavedMessage) is not None, timeout=20_000)
    window.findChild(SavedMessage).close()


def test_lsu_revision_elements_and_general_appreciation(qtbot: Any, demo_window: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lsu"), ""))
    dialog = _dialog(demo_window, LSU_XML)
    dialog.uai_edit.setText("0751234A")
    dialog.director_edit.setText("Mme MARTIN Claire")
    dialog.teacher_edit.setText("Mme MOREL Anne")
    assert dialog.revision_combo.currentData() == "1.0b" and "non évalué" in dialog.revision_combo.currentText()
    service = demo_window.service
    default = {i.code for items in principal_elements(service, 2).values() for i in items}
    assert set(dialog.chosen_elements()) == default
    assert dialog.elements_list.count() > len(default)  # every reading objective can be ticked

    dialog.set_elements([])
    assert not dialog.export_button.isEnabled() and "élément du programme" in dialog.hint.text()
    chosen = ["C2-24-L1-CE1.1", "C2-24-L2-CE2.1"]
    dialog.set_elements(chosen)
    dialog.revision_combo.setCurrentIndex(dialog.revision_combo.findData("1.0"))
    dialog.general_edit.setPlainText("Bonne période pour la classe.")
    assert dialog.general_count.text().startswith("29 / 1")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, demo_window)

    tree = etree.parse(str(tmp_path / "lsu.xml"))
    schema = etree.XMLSchema(etree.parse(str(XSD / "import-bilan-1d-1.0.xsd")))
    assert schema.validate(tree), schema.error_log
    labels = {service.item_by_code(code).label[:300] for code in chosen}
    listed = {e.get("libelle") for e in tree.iter(f"{NS}element-programme")}
    assert listed == labels
    general = [e.text for e in tree.iter(f"{NS}appreciation-generale")]
    assert general and set(general) == {"Bonne période pour la classe."}


def test_pupil_syntheses_in_official_wording(qtbot: Any, demo_window: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "bilans"), ""))
    service = demo_window.service
    pupil = next(p for p in service.pupils() if p.grade == "CE1")
    dialog = _dialog(demo_window, PUPIL_PDF)
    assert dialog.wording_combo.currentData() == "family"
    dialog.set_selected([pupil.id])
    dialog.selected_radio.click()
    dialog.wording_combo.setCurrentIndex(dialog.wording_combo.findData("official"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, demo_window)
    text = " ".join("\n".join(page.extract_text() or "" for page in PdfReader(str(tmp_path / "bilans.pdf")).pages)
                    .split())
    official = " ".join(service.item_by_code("C2-24-L2-CE1.1").label.split())
    family = family_wordings()["C2-24-L2-CE1.1"]
    assert official[:40] in text and family[:40] not in text
