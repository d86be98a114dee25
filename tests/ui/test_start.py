"""Starting the app: last carnet, welcome page, wizard, demo, errors and --screenshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from progression import paths
from ui.main_window import MainWindow
from ui.startup import run_app


def test_first_run_shows_the_welcome_page(window) -> None:  # type: ignore[no-untyped-def]
    window.start()
    assert window.pages.currentWidget() is window.welcome
    assert window.service is None
    assert not window.toolbar.isVisible()


def test_start_opens_the_last_carnet(qtbot, store, demo_path) -> None:  # type: ignore[no-untyped-def]
    store.add_recent(demo_path)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.start()
    assert main.service is not None and main.service.carnet.path == demo_path
    assert main.pages.currentWidget() is main.workspace
    main.close_carnet(show_welcome=False)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"these are not the droids", "n'est pas un carnet"),
        (None, "n'existe pas"),
    ],
)
def test_a_carnet_that_cannot_be_opened_is_explained_and_leads_home(  # type: ignore[no-untyped-def]
    window, tmp_path, error_messages, content, expected
) -> None:
    path = tmp_path / "abîmé.carnet"
    if content is not None:
        path.write_bytes(content)
    window.start(carnet=path)
    assert window.service is None
    assert window.pages.currentWidget() is window.welcome
    assert len(error_messages) == 1 and expected in error_messages[0]


def test_welcome_demo_button_makes_the_demo_in_the_background(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, tmp_path, demo_template
) -> None:
    target = tmp_path / "classe-demo.carnet"
    monkeypatch.setattr(paths, "demo_carnet", lambda: target)

    class Made:
        def close(self) -> None:
            pass

    def quick_demo(path: Path, **_options: object) -> Made:  # the real one takes seconds
        shutil.copy(demo_template, path)
        return Made()

    monkeypatch.setattr("progression.demo.make_demo", quick_demo)
    window.start()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.service is not None, timeout=10_000)
    assert window.service.carnet.path == target
    assert window.store.last_carnet() == target.resolve()


def test_welcome_wizard_creates_a_carnet_with_the_pupils_typed(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.start()
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not next_button.isEnabled()  # a class needs a name and a grade
    qtbot.keyClicks(wizard.class_page.label_edit, "CE2-CM1 Les Érables")
    qtbot.keyClicks(wizard.class_page.school_edit, "École du Parc")
    wizard.class_page.grade_boxes["CE2"].setChecked(True)
    wizard.class_page.grade_boxes["CM1"].setChecked(True)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.periods_page
    qtbot.mouseClick(wizard.periods_page.count_buttons[3], Qt.MouseButton.LeftButton)
    assert len(wizard.periods_page.end_edits) == 3
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.pupils_page
    wizard.pupils_page.path = tmp_path / "erables.carnet"
    wizard.pupils_page.set_pupil(0, "Martin", "Lucas", "CE2")
    wizard.pupils_page.set_pupil(1, "N'Diaye", "Aïssatou", "CM1")
    wizard.pupils_page.set_pupil(2, "Kowalski", "Łukasz")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.service is not None, timeout=10_000)
    service = window.service
    assert service.carnet.path == tmp_path / "erables.carnet"
    assert service.class_info().label == "CE2-CM1 Les Érables"
    assert [p.label for p in service.periods()] == ["Trimestre 1", "Trimestre 2", "Trimestre 3"]
    assert sorted((p.last_name, p.first_name, p.grade) for p in service.pupils()) == [
        ("Kowalski", "Łukasz", "CM1"), ("Martin", "Lucas", "CE2"), ("N'Diaye", "Aïssatou", "CM1")]
    assert service.undo_kind() is None  # a new carnet opens with nothing to undo


def test_wizard_refuses_a_line_with_only_a_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.new_carnet()
    wizard = window.wizard
    wizard.setField("label", "CP")
    wizard.class_page.grade_boxes["CP"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.pupils_page.set_pupil(0, "Martin", "")
    wizard.next()  # Finish is refused: the page stays
    assert wizard.currentPage() is wizard.pupils_page
    assert "Ligne 1" in wizard.pupils_page.error_label.text()
    wizard.reject()


def test_screenshot_writes_a_png(demo_path, tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots" / "grille.png"
    assert run_app([str(demo_path), "--screenshot", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_screenshot_of_a_damaged_carnet_fails_in_french(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "cassé.carnet"
    bad.write_bytes(b"\x00" * 200)
    out = tmp_path / "x.png"
    assert run_app([str(bad), "--screenshot", str(out)]) == 1
    assert "cassé.carnet" in capsys.readouterr().err
    assert not out.exists()
