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
