"""The observation grid, driven by keyboard and mouse as a teacher marks her class."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QTableView

from progression.operations import PupilFields, SavePupil
from tests.ui.conftest import SCHOOL_DAY
from ui.grid.model import APPLICABLE_ROLE, STEP_ROLE, ObservationTableModel


def grid_of(window) -> QTableView:  # type: ignore[no-untyped-def]
    grid = window.findChild(QTableView, "entryGrid")
    assert grid is not None
    return grid


def new_observations(window, before: set[str]) -> list:  # type: ignore[no-untyped-def]
    return [o for o in window.service.observations() if o.id not in before]


def ids(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {o.id for o in window.service.observations()}


def rank_of(window, obs) -> int | None:  # type: ignore[no-untyped-def]
    return window.service.step(obs.step_id).rank


def go_to(qtbot, grid: QTableView, row: int, column: int) -> QModelIndex:  # type: ignore[no-untyped-def]
    """Reach a cell with the arrow keys from the first cell, as a keyboard user does."""
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    for _ in range(row):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (row, column)
    return grid.currentIndex()


def test_model_passes_qt_model_tester(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    model = ObservationTableModel(demo)
    qtmodeltester.check(model)
    model.set_filters(grade="CE2", competency="C2-24-L2")
    qtmodeltester.check(model)
    model.set_period(1)
    qtmodeltester.check(model)


def test_key_3_records_on_the_current_cell_then_moves_down(qtbot, demo_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    model = grid.model()
    before = ids(demo_window)
    index = go_to(qtbot, grid, 1, 2)
    pupil, item = model.pupil_at(1), model.item_at(2)
    qtbot.keyClick(grid, "3")

    added = new_observations(demo_window, before)
    assert [(o.pupil_id, o.item_id, rank_of(demo_window, o)) for o in added] == [(pupil.id, item.id, 3)]
    assert added[0].observed_on == SCHOOL_DAY
    assert added[0].activity == "Lecture à voix haute"
    assert index.data(STEP_ROLE).rank == 3  # the cell shows it at once
    assert grid.currentIndex().row() == 2 and grid.currentIndex().column() == 2  # next pupil, same objective
    assert demo_window.statusBar().currentMessage() == (
        f"« Atteints » enregistré pour {pupil.first_name} {pupil.last_name}")
    assert demo_window.undo_action.text() == f"Annuler : Atteints pour {pupil.first_name} {pupil.last_name}"

    # Saved at once: still there after the carnet is closed and opened again.
    from progression.service import CarnetService

    demo_window.close_carnet()
    again = CarnetService.open(demo_path)
    try:
        assert any(o.id == added[0].id for o in again.history(pupil.id, item.id))
    finally:
        again.close()


def test_a_key_on_three_selected_cells_is_one_undoable_action(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    before = ids(demo_window)
    go_to(qtbot, grid, 0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, "2")

    added = new_observations(demo_window, before)
    assert len(added) == 3 and {rank_of(demo_window, o) for o in added} == {2}
    assert demo_window.service.undo_kind() == ("record_observations", 3)
    assert demo_window.undo_action.text() == "Annuler : Partiellement atteints pour 3 élèves"

    demo_window.activateWindow()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(demo_window) == before
    assert demo_window.redo_action.text() == "Rétablir : Partiellement atteints pour 3 élèves"
    assert all(grid.model().observation_at(grid.model().index(r, 1)) not in added for r in range(3))

    qtbot.keyClick(demo_window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ids(demo_window) == before | {o.id for o in added}
    demo_window.undo_action.trigger()
    qtbot.keyClick(demo_window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ids(demo_window) == before | {o.id for o in added}


def test_ten_observations_by_keyboard_and_by_mouse(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    model = grid.model()
    entry = demo_window.entry
    before = ids(demo_window)
    go_to(qtbot, grid, 0, 0)
    expected = []
    for key in "12341":  # down a column, one key per pupil
        expected.append((model.pupil_at(grid.currentIndex().row()).id, model.item_at(0).id, int(key)))
        qtbot.keyClick(grid, key)
    for row, rank in zip(range(5), (4, 3, 2, 1, 3), strict=True):  # a click, then a choice in the picker
        index = model.index(row, 3)
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
        assert entry.picker is not None and entry.picker.isVisible()
        step = demo_window.service.step_by_rank(rank)
        qtbot.mouseClick(entry.picker.button_for(step), Qt.MouseButton.LeftButton)
        assert entry.picker is None
        expected.append((model.pupil_at(row).id, model.item_at(3).id, rank))

    added = new_observations(demo_window, before)
    assert sorted((o.pupil_id, o.item_id, rank_of(demo_window, o)) for o in added) == sorted(expected)
    assert len(added) == 10


def test_picker_takes_keys_and_escape_records_nothing(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    entry = demo_window.entry
    before = ids(demo_window)
    go_to(qtbot, grid, 2, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert entry.picker is not None
    qtbot.keyClick(entry.picker, Qt.Key.Key_Escape)
    assert ids(demo_window) == before and entry.picker is None
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(entry.picker, "4")
    added = new_observations(demo_window, before)
    assert [rank_of(demo_window, o) for o in added] == [4]


def test_azerty_keys_and_absent(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    before = ids(demo_window)
    go_to(qtbot, grid, 0, 4)
    qtbot.keyClicks(grid, '"')  # the unshifted "3" key of a French keyboard
    qtbot.keyClick(grid, "0")
    added = new_observations(demo_window, before)
    steps = [demo_window.service.step(o.step_id) for o in added]
    assert [(s.rank, s.short) for s in steps] == [(3, "Atteints"), (None, "Absent")]


def test_delete_erases_the_mark_shown_and_undo_brings_it_back(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    index = go_to(qtbot, grid, 0, 5)
    qtbot.keyClick(grid, "4")
    grid.setCurrentIndex(index)
    shown = grid.model().observation_at(index)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert shown.id not in ids(demo_window)
    assert grid.model().observation_at(index) is None or grid.model().observation_at(index).id != shown.id
    demo_window.undo_action.trigger()
    assert grid.model().observation_at(index).id == shown.id


def test_recording_updates_only_the_cells_changed(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    model = grid.model()
    changed: list[tuple[int, int, int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda a, b, _roles=None: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.modelReset.connect(lambda: resets.append(True))
    go_to(qtbot, grid, 3, 2)
    qtbot.keyClick(grid, "3")
    assert changed == [(3, 2, 3, 2)] and not resets


def test_grade_filter_hides_rows_and_columns(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    entry = demo_window.entry
    model = entry.model
    entry.grade_combo.setCurrentIndex(entry.grade_combo.findData(None))  # « Tous les niveaux »
    total = model.rowCount()
    entry.grade_combo.setCurrentIndex(entry.grade_combo.findData("CE1"))
    assert 0 < model.rowCount() < total
    assert {model.pupil_at(r).grade for r in range(model.rowCount())} == {"CE1"}
    assert all("CE1" in model.item_at(c).grades for c in range(model.columnCount()))
    entry.competency_combo.setCurrentIndex(2)
    code = entry.competency_combo.currentData()
    assert all(model.item_at(c).parent_code == code for c in range(model.columnCount()))


def test_cells_of_another_grade_are_greyed_and_not_selectable(demo_window) -> None:  # type: ignore[no-untyped-def]
    entry = demo_window.entry
    entry.grade_combo.setCurrentIndex(entry.grade_combo.findData(None))  # « Tous les niveaux »: the whole class
    model = entry.model
    ce1_row = next(r for r in range(model.rowCount()) if model.pupil_at(r).grade == "CE1")
    ce2_column = next(c for c in range(model.columnCount()) if model.item_at(c).grades == ("CE2",))
    index = model.index(ce1_row, ce2_column)
    assert index.data(APPLICABLE_ROLE) is False
    assert not index.flags() & Qt.ItemFlag.ItemIsSelectable


def test_hovering_a_cell_shows_its_history(demo_window) -> None:  # type: ignore[no-untyped-def]
    model = demo_window.entry.model
    index = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if model.observation_at(model.index(r, c)) is not None)
    obs = model.observation_at(index)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert obs.observed_on.strftime("%d/%m/%Y") in tip
    assert demo_window.service.step(obs.step_id).short in tip


def test_a_pupil_who_left_is_greyed_and_cannot_be_marked(qtbot, demo_window, error_messages) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    model = demo_window.entry.model
    pupil = model.pupil_at(0)
    fields = PupilFields(pupil.last_name, pupil.first_name, pupil.grade, left_on=date(2026, 11, 6))
    assert demo_window.runner.run(SavePupil(fields, pupil.id)) is not None
    row = next(r for r in range(model.rowCount()) if model.pupil_at(r).id == pupil.id)
    assert "(parti le 06/11/2026)" in model.headerData(row, Qt.Orientation.Vertical)

    grid = grid_of(demo_window)
    before = ids(demo_window)
    go_to(qtbot, grid, row, 0)
    qtbot.keyClick(grid, "3")
    assert ids(demo_window) == before
    assert error_messages and "n'était pas dans la classe" in error_messages[-1]
    assert service.undo_kind() == ("save_pupil", 1)


def test_period_selector_moves_the_grid_and_the_date(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    model = demo_window.entry.model
    demo_window.period_combo.setCurrentIndex(demo_window.period_combo.findData(1))
    assert model.period.index == 1
    assert model.period.contains(demo_window.observed_on())
    demo_window.date_edit.setDate(demo_window.date_edit.date().addMonths(5))
    assert model.period.contains(demo_window.observed_on())
    assert demo_window.period_combo.currentData() == model.period.index


def test_a_click_on_a_column_header_then_a_key_marks_the_whole_class(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    grid = grid_of(demo_window)
    model = grid.model()
    header = grid.horizontalHeader()
    before = ids(demo_window)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    qtbot.keyClick(grid, "3")
    pupils = {model.pupil_at(r).id for r in range(model.rowCount()) if model.is_applicable(model.index(r, 0))}
    added = new_observations(demo_window, before)
    assert {o.pupil_id for o in added} == pupils and {o.item_id for o in added} == {model.item_at(0).id}
    assert demo_window.undo_action.text() == f"Annuler : Atteints pour {len(pupils)} élèves"


def blank_cell(model, service) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A cell of the grid with no observation all year: what it shows is only what the test typed."""
    return next((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if model.is_applicable(model.index(r, c))
                and not service.history(model.pupil_at(r).id, model.item_at(c).id))


def test_retyping_a_mark_in_the_same_session_corrects_it(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """3, then 1, then 4 on one cell the same day: one observation, the 4, in the synthesis; undo
    gives the 1 back; a mark on another day is added; the tooltip and the pupil page show both."""
    from PySide6.QtCore import QDate

    service = demo_window.service
    grid = grid_of(demo_window)
    model = grid.model()
    row, column = blank_cell(model, service)
    pupil, item = model.pupil_at(row), model.item_at(column)
    go_to(qtbot, grid, row, column)
    name = f"{pupil.first_name} {pupil.last_name}"

    def ranks() -> list[int]:
        return [service.step(o.step_id).rank for o in service.history(pupil.id, item.id)]

    for key in "314":
        grid.setCurrentIndex(model.index(row, column))  # the key moved down: back up, as she would
        qtbot.keyClick(grid, key)
    assert ranks() == [4]
    assert service.undo_kind() == ("correct_observations", 1)
    assert demo_window.undo_action.text() == f"Annuler : Correction : Dépassés pour {name}"
    assert demo_window.statusBar().currentMessage().startswith("Correction : « Dépassés »")
    synthesis = next(r for r in service.synthesis(model.period.index, pupil_ids=[pupil.id]) if r.item_id == item.id)
    assert (synthesis.rank, synthesis.observations) == (4, 1)
    assert model.index(row, column).data(STEP_ROLE).rank == 4

    demo_window.undo_action.trigger()
    assert ranks() == [1]
    assert model.index(row, column).data(STEP_ROLE).rank == 1

    demo_window.date_edit.setDate(QDate(SCHOOL_DAY.year, SCHOOL_DAY.month, SCHOOL_DAY.day - 1))
    grid.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(grid, "3")
    assert ranks() == [3, 1]  # another day: new evidence, oldest first
    assert service.undo_kind() == ("record_observations", 1)
    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 observations cette année" in tip
    assert "19/11/2026" in tip and "20/11/2026" in tip

    from ui.pupil_panel import PupilPanel

    pupils = demo_window.panel(1)
    assert isinstance(pupils, PupilPanel)
    pupils.show_pupil(pupil.id)
    timeline = pupils.timeline_model
    listed = [timeline.observation(timeline.index(r, c)) for r in range(timeline.rowCount())
              for c in range(1, timeline.columnCount())]
    assert sorted(o.observed_on for o in listed if o is not None and o.item_id == item.id) == [
        date(2026, 11, 19), SCHOOL_DAY]


def test_picker_opens_on_the_current_step_enter_chooses_space_never_records(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    service = demo_window.service
    grid = grid_of(demo_window)
    entry = demo_window.entry
    model = grid.model()
    row, column = blank_cell(model, service)
    index = go_to(qtbot, grid, row, column)
    empty = ids(demo_window)
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # an empty cell: no step framed, Entrée records nothing
    picker = entry.picker
    assert picker is not None and picker.focused_choice() is None
    qtbot.keyClick(picker.focusWidget() or picker, Qt.Key.Key_Return)
    assert ids(demo_window) == empty and entry.picker is picker
    qtbot.keyClick(picker.focusWidget() or picker, Qt.Key.Key_Right)
    assert picker.focused_choice() == service.step_by_rank(1)
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Escape)
    assert entry.picker is None and ids(demo_window) == empty
    grid.setCurrentIndex(index)
    qtbot.keyClick(grid, "2")
    grid.setCurrentIndex(index)
    before = ids(demo_window)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    picker = entry.picker
    assert picker is not None and picker.focused_choice() == service.step_by_rank(2)
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Space)
    assert ids(demo_window) == before and entry.picker is picker  # Espace chose nothing
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Right)
    assert picker.focused_choice() == service.step_by_rank(3)
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Return)
    assert entry.picker is None
    assert index.data(STEP_ROLE).rank == 3
    assert service.undo_kind() == ("correct_observations", 1)  # the 2 of this session, corrected


def test_a_two_grade_class_opens_on_one_grade_with_no_hatched_cell(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A CP–CE2 class at 1366×768: each grade's pupils with their own objectives, a whole
    competency in view, F6 to the other grade; no visible cell is one a pupil does not have."""
    from progression.service import CarnetService, NewClass

    path = tmp_path / "cp-ce2.carnet"
    service = CarnetService.create(path, NewClass(label="CP-CE2", grades=("CP", "CE2"), teacher="Mme Test"),
                                   [PupilFields(f"NOM{n:02d}", f"Prénom{n}", "CP" if n % 2 else "CE2")
                                    for n in range(12)])
    service.close()
    assert window.open_carnet(path) is None
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    entry = window.entry
    grid, model = entry.grid, entry.model

    def visible_cells() -> list[QModelIndex]:
        viewport = grid.viewport().rect()
        return [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if viewport.intersects(grid.visualRect(model.index(r, c)))]

    def first_competency_in_view() -> bool:
        first = model.item_at(0).parent_code
        columns = [c for c in range(model.columnCount()) if model.item_at(c).parent_code == first]
        return all(grid.columnViewportPosition(c) + grid.columnWidth(c) <= grid.viewport().width() for c in columns)

    assert entry.grade_combo.currentData() == "CP" and "F6 : niveau suivant" in entry.legend.text()
    assert entry.grade_combo.toolTip() == "F6 : niveau suivant"
    assert {model.pupil_at(r).grade for r in range(model.rowCount())} == {"CP"}
    cells = visible_cells()
    assert len(cells) >= 6 * 10 and all(i.data(APPLICABLE_ROLE) for i in cells)
    assert first_competency_in_view()

    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F6)
    assert entry.grade_combo.currentData() == "CE2"
    assert {model.pupil_at(r).grade for r in range(model.rowCount())} == {"CE2"}
    assert all("CE2" in model.item_at(c).grades for c in range(model.columnCount()))
    assert all(i.data(APPLICABLE_ROLE) for i in visible_cells()) and first_competency_in_view()
    qtbot.keyClick(grid, Qt.Key.Key_F6)
    assert entry.grade_combo.currentData() == "CP"

    # The whole class stays one choice away, hatched cells and all.
    entry.grade_combo.setCurrentIndex(entry.grade_combo.findData(None))
    assert {model.pupil_at(r).grade for r in range(model.rowCount())} == {"CP", "CE2"}
