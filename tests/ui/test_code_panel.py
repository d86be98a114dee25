"""The page « Code » as a CP teacher uses it: the default progression taken with one click, the
class's correspondences marked with the keys of the grid, what was taught this week marked once for
the class, the order edited or replaced by the school's, and the programme's objective following."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from progression import code_progression as code
from progression.operations import PupilFields
from progression.service import CarnetService, NewClass
from ui.code_panel import CodePanel
from ui.runner import ActionRunner

DAY = date(2026, 10, 5)


@pytest.fixture
def cp(tmp_path: Path) -> Iterator[CarnetService]:
    service = CarnetService.create(tmp_path / "cp.carnet", NewClass(label="CP-CE1", grades=("CP", "CE1")), [
        PupilFields("Martin", "Léo", "CP"), PupilFields("Durand", "Inès", "CP"), PupilFields("Petit", "Noah", "CE1"),
    ])
    yield service
    service.close()


@pytest.fixture
def runner(cp: CarnetService) -> ActionRunner:
    return ActionRunner(cp)


@pytest.fixture
def panel(runner: ActionRunner, qtbot: Any) -> CodePanel:
    widget = CodePanel(runner)
    qtbot.addWidget(widget)
    runner.changed.connect(widget.on_changes)
    widget.resize(1300, 800)
    widget.show()
    widget.day.setDate(DAY)
    return widget


def _click_column(panel: CodePanel, qtbot: Any, column: int) -> None:
    panel.table.scrollTo(panel.model.index(0, column))
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _ranks(service: CarnetService) -> dict[tuple[str, str], int | None]:
    return {(service.pupil(p).first_name, next(u.grapheme for u in code.units(service) if u.id == unit)):
            service.step(m.step_id).rank for (p, unit), m in code.latest_marks(service).items()}


def _seeded(panel: CodePanel, qtbot: Any) -> None:
    assert panel.empty.isVisible() and not panel.table.isEnabled()
    qtbot.mouseClick(panel.use_default, Qt.MouseButton.LeftButton)
    assert not panel.empty.isVisible() and panel.table.isEnabled()


def test_a_cp_class_marked_with_keys(panel: CodePanel, cp: CarnetService, runner: ActionRunner, qtbot: Any,
                                     error_messages: list[str]) -> None:
    _seeded(panel, qtbot)
    model = panel.model
    assert model.columnCount() == len(code.default_units())
    assert model.headerData(0, Qt.Orientation.Horizontal) == "a\n[a]"
    # The CP pupils only, at first: the CE1 pupil is one choice away.
    assert [p.first_name for p in model.pupils] == ["Inès", "Léo"]
    # A click on the title of « a », one key: the whole class is marked.
    _click_column(panel, qtbot, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert _ranks(cp) == {("Inès", "a"): 3, ("Léo", "a"): 3}
    assert model.headerData(0, Qt.Orientation.Vertical) == "DURAND Inès (CP) — sues : 1"
    assert "Atteints" in panel.status.text() and "2 élèves" in panel.status.text()
    # One cell, a slip retyped at once (AZERTY « é » is 2): the same day's mark is replaced.
    panel.table.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    QApplication.sendEvent(panel.table, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Eacute,
                                                  Qt.KeyboardModifier.NoModifier, "é"))
    assert _ranks(cp)[("Léo", "i")] == 2 and len(code.marks(cp)) == 3
    assert model.data(model.index(1, 1)) == cp.step_by_rank(2).symbol
    assert "Martin Léo — i [i] : Partiellement atteints" in model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    # Suppr erases it; Ctrl+Z brings it back.
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert ("Léo", "i") not in _ranks(cp)
    runner.undo(panel)
    assert _ranks(cp)[("Léo", "i")] == 2
    # The CE1 pupil who needs it: shown with everyone, marked the same way.
    panel.grade.setCurrentIndex(panel.grade.findData(None))
    assert [p.first_name for p in model.pupils] == ["Inès", "Léo", "Noah"]
    panel.table.setCurrentIndex(model.index(2, 14))  # ch
    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    assert _ranks(cp)[("Noah", "ch")] == 4
    assert error_messages == []


def test_taught_this_week_marked_once_for_the_class(panel: CodePanel, cp: CarnetService, qtbot: Any,
                                                    qtmodeltester: Any) -> None:
    _seeded(panel, qtbot)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    qtmodeltester.check(panel.model)
    _click_column(panel, qtbot, 11)  # ou
    qtbot.keyClick(panel.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    ou = code.units(cp)[11]
    assert ou.grapheme == "ou" and ou.taught_on == DAY
    assert panel.model.headerData(11, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert "05/10/2026" in panel.model.headerData(11, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "05/10/2026" in panel.status.text()
    # The button on a column already taught takes the mark back.
    qtbot.mouseClick(panel.taught, Qt.MouseButton.LeftButton)
    assert code.units(cp)[11].taught_on is None


def test_the_progression_edited_and_the_schools_order_imported(panel: CodePanel, cp: CarnetService, qtbot: Any,
                                                              runner: ActionRunner, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              error_messages: list[str]) -> None:
    _seeded(panel, qtbot)
    # Add « aill » at the end.
    qtbot.keyClicks(panel.grapheme, "aill")
    qtbot.keyClicks(panel.phoneme, "[aj]")
    qtbot.keyClicks(panel.example, "paille")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert code.units(cp)[-1].name == "aill [aj]"
    assert panel.table.currentIndex().column() == panel.model.columnCount() - 1  # the new column, shown
    # Move « i » before « a ».
    _click_column(panel, qtbot, 1)
    assert panel.grapheme.text() == "i"  # the chosen column's fields, ready to change
    # Clicked with Ctrl held (Qt still counts it held after any Ctrl+click): the moved column stays the one chosen.
    qtbot.mouseClick(panel.earlier, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert [u.grapheme for u in code.units(cp)[:2]] == ["i", "a"]
    assert panel.table.selectionModel().selectedIndexes() == [panel.table.currentIndex()]
    # Rename its example.
    panel.example.setText("île")
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert code.units(cp)[0].example == "île"
    # A duplicate is refused in words.
    panel.grapheme.setText("ou")
    panel.phoneme.setText("[u]")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert error_messages and "déjà dans la progression" in error_messages[-1]
    # The school's order replaces it; undo brings the edited progression back.
    school = tmp_path / "ordre.csv"
    school.write_text("graphème;phonème;exemple\nl;[l];lune\ni;[i];\nr;[ʁ];rat\n", encoding="utf-8")
    monkeypatch.setattr(panel, "choose_order_file", lambda: school)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert [u.grapheme for u in code.units(cp)] == ["l", "i", "r"] and panel.model.columnCount() == 3
    assert "3 correspondances" in panel.status.text()
    runner.undo(panel)
    assert code.units(cp)[-1].grapheme == "aill" and panel.model.columnCount() == len(code.default_units()) + 1


def test_a_refused_school_file_changes_nothing(panel: CodePanel, cp: CarnetService, qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, error_messages: list[str]) -> None:
    bad = tmp_path / "ordre.csv"
    bad.write_text("graphème;phonème\nou;[u]\n;[a]\n", encoding="utf-8")
    monkeypatch.setattr(panel, "choose_order_file", lambda: bad)
    qtbot.mouseClick(panel.import_first, Qt.MouseButton.LeftButton)
    assert error_messages and "ligne 3" in error_messages[-1]
    assert code.units(cp) == [] and panel.empty.isVisible()


def test_the_objective_follows_the_grid_on_the_synthesis(panel: CodePanel, cp: CarnetService, qtbot: Any) -> None:
    _seeded(panel, qtbot)
    leo = next(p for p in cp.pupils() if p.first_name == "Léo")
    row = [p.id for p in panel.model.pupils].index(leo.id)
    for column in range(12):  # Léo decodes the first twelve
        panel.table.setCurrentIndex(panel.model.index(row, column))
        qtbot.keyClick(panel.table, Qt.Key.Key_3)
    period = cp.period_of(DAY)
    assert period is not None
    found = {r.item_code: r for r in cp.synthesis(period.index, pupil_ids=[leo.id])}
    assert found["C2-24-L1-CP.1"].rank == 3 and found["C2-24-L1-CP.1"].from_code
    assert "Atteints" in panel.rule.text() and "12" in panel.rule.text()


def test_in_the_window_a_ce1_pupil_who_needs_it_and_the_edit_menu(demo_window: Any, qtbot: Any,
                                                                    error_messages: list[str]) -> None:
    """The page in the main window, on the demo's CE1-CE2 class (which took the default progression
    and follows its weakest CE1 readers): its shortcuts do not clash with the window's, and Ctrl+Z
    takes back what it did, named in the Edit menu."""
    from ui.workspace import PANELS, code_page

    page = 1 + [make for make, _ in PANELS].index(code_page)
    assert demo_window.sidebar.item(page).text() == "Code"
    demo_window.show_page(page)
    panel = demo_window.workspace.panel(page)
    assert isinstance(panel, CodePanel)
    service = panel.service
    assert not panel.empty.isVisible() and panel.table.isEnabled()  # the demo's progression is there
    before = len(code.marks(service))
    assert before > 0
    panel.grade.setCurrentIndex(panel.grade.findData("CE1"))
    assert {p.grade for p in panel.model.pupils} == {"CE1"}
    panel.day.setDate(date(2026, 11, 20))
    ill = next(n for n, u in enumerate(code.units(service)) if u.grapheme == "ill")
    assert code.units(service)[ill].taught_on is None  # not gone over with the class yet
    panel.table.setCurrentIndex(panel.model.index(0, ill))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert demo_window.undo_action.text() == "Annuler : Relevé du code"
    _click_column(panel, qtbot, ill)
    qtbot.keyClick(panel.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert code.units(service)[ill].taught_on == date(2026, 11, 20)
    assert demo_window.undo_action.text() == "Annuler : Correspondances enseignées"
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert code.units(service)[ill].taught_on is None
    assert len(code.marks(service)) == before + 1 and error_messages == []


def test_the_synthesis_page_says_the_step_comes_from_the_code_grid(cp: CarnetService, runner: ActionRunner,
                                                                   qtbot: Any) -> None:
    from progression.operations import MarkCode, SeedCodeProgression
    from ui.synthesis_panel import SynthesisPanel

    cp.run(SeedCodeProgression(code.default_units()))
    leo = next(p for p in cp.pupils() if p.first_name == "Léo")
    cp.run(MarkCode(tuple((leo.id, u.id) for u in code.units(cp)[:7]), cp.step_by_rank(3).id, DAY))
    period = cp.period_of(DAY)
    assert period is not None
    synthesis = SynthesisPanel(runner)
    qtbot.addWidget(synthesis)
    synthesis.set_period(period.index)
    competency = cp.item_by_code("C2-24-L1")
    model = synthesis.model
    row, column = model.row_of(leo.id), model.column_of(competency.id)
    assert row is not None and column is not None
    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert "Objectif C2-24-L1-CP.1 d'après la grille du code : " in tip  # 7 of 12: more than half
    assert "partiellement atteints" in tip.split("C2-24-L1-CP.1 d'après la grille du code : ")[1].split("\n")[0]
