"""The page « Groupes », driven as a teacher would: the period's proposal, kept, a pupil moved, a group
shown in the grid, Ctrl+Z; and the grid's group filter offering the kept groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from progression.need_groups import kept_groups
from progression.service import CarnetService
from ui.groups_panel import PUPIL_ROLE, ROLE, GroupsPanel


def click(qtbot: Any, panel: GroupsPanel, item: QTreeWidgetItem) -> None:
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.tree.currentItem() is item


def open_groups(demo_window: Any) -> GroupsPanel:
    index = demo_window.page_titles.index("Groupes")
    demo_window.show_page(index)
    panel = demo_window.workspace.panel(index)
    assert isinstance(panel, GroupsPanel)
    return panel


def test_keep_the_proposal_move_a_pupil_and_see_one_group_in_the_grid(qtbot: Any, demo_window: Any) -> None:
    service: CarnetService = demo_window.service
    period = demo_window.entry.model.period
    panel = open_groups(demo_window)
    assert panel.heading.text() == f"Groupes de besoin — {period.label}"
    assert "Proposition" in panel.state.text()
    assert panel.keep_button.isVisible() and not panel.drop_button.isVisible()
    first = panel.tree.topLevelItem(0)
    assert first is not None and first.text(0).startswith("Groupe 1 · ")
    pupil_row = first.child(0)
    assert pupil_row.text(1).startswith(("non atteints : ", "partiellement atteints : "))  # why he is there
    click(qtbot, panel, pupil_row)
    assert not panel.move_button.isEnabled()  # a proposal is kept before pupils move

    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    kept = kept_groups(service, period.index)
    assert [g.label for g in kept] == [panel.tree.topLevelItem(n).text(0).rsplit(" (", 1)[0]
                                       for n in range(panel.tree.topLevelItemCount())]
    assert "Groupes gardés" in panel.state.text() and panel.drop_button.isVisible()
    assert demo_window.undo_action.text() == "Annuler : Groupes de besoin gardés"

    # Move the first pupil of group 1 to another group of the same competency.
    source = kept[0]
    target = next(g for g in kept[1:] if g.item_id == source.item_id)
    moved = source.members[0].pupil_id
    row = panel.pupil_row(moved, source.id)
    assert row is not None
    click(qtbot, panel, row)
    assert panel.move_button.isEnabled()
    choices = [panel.move_combo.itemData(n) for n in range(panel.move_combo.count())]
    assert target.id in choices and "" in choices and source.id not in choices
    assert all(g.item_id == source.item_id for g in kept if g.id in choices)  # same competency only
    panel.move_combo.setCurrentIndex(panel.move_combo.findData(target.id))
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    after = {g.id: g for g in kept_groups(service, period.index)}
    assert moved not in {m.pupil_id for m in after[source.id].members}
    assert next(m for m in after[target.id].members if m.pupil_id == moved).placed_by_teacher
    now_there = panel.pupil_row(moved, target.id)
    assert now_there is not None and "(placé par vous)" in now_there.text(0)
    assert panel.tree.currentItem() is now_there and now_there.data(0, PUPIL_ROLE)
    assert demo_window.undo_action.text() == "Annuler : Élève changé de groupe"

    # Ctrl+Z puts him back, Ctrl+Y moves him again.
    demo_window.undo_action.trigger()
    assert panel.pupil_row(moved, source.id) is not None and panel.pupil_row(moved, target.id) is None
    demo_window.redo_action.trigger()
    assert panel.pupil_row(moved, target.id) is not None

    # The target group in the grid: only its pupils, on its competency's objectives.
    group_row = panel.pupil_row(moved, target.id).parent()
    click(qtbot, panel, group_row)
    assert group_row.data(0, ROLE)[0] == target.id
    qtbot.mouseClick(panel.grid_button, Qt.MouseButton.LeftButton)
    entry = demo_window.entry
    assert demo_window.workspace.current_page() == 0
    assert entry.group_combo.currentText() == f"Besoin : {target.label}"
    shown = {entry.model.pupil_at(r).id for r in range(entry.model.rowCount())}
    assert shown == {m.pupil_id for m in after[target.id].members}
    competency = service.item(target.item_id)
    assert entry.competency_combo.currentData() == competency.code
    assert entry.grade_combo.currentData() is None  # every grade of the group
    # Moving a pupil out of the group shown takes him off the grid at once.
    demo_window.undo_action.trigger()
    assert moved not in {entry.model.pupil_at(r).id for r in range(entry.model.rowCount())}


def test_the_grid_filter_offers_the_kept_groups_of_its_period(qtbot: Any, demo_window: Any) -> None:
    service: CarnetService = demo_window.service
    entry = demo_window.entry
    period = entry.model.period
    assert not [n for n in range(entry.group_combo.count()) if entry.group_combo.itemText(n).startswith("Besoin")]
    panel = open_groups(demo_window)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    kept = kept_groups(service, period.index)
    offered = [entry.group_combo.itemText(n) for n in range(entry.group_combo.count())]
    assert [f"Besoin : {g.label}" for g in kept] == [t for t in offered if t.startswith("Besoin")]
    demo_window.show_page(0)
    last = kept[-1]
    entry.group_combo.setCurrentIndex(entry.group_combo.findData(f"besoin:{last.id}"))
    assert {entry.model.pupil_at(r).id for r in range(entry.model.rowCount())} == {m.pupil_id for m in last.members}
    # Another period keeps its own groups (none here): the filter falls back to every pupil.
    demo_window.period_combo.setCurrentIndex(demo_window.period_combo.findData(period.index - 1))
    assert entry.group_combo.currentData() is None
    assert entry.model.rowCount() > len(last.members)
    # Giving the groups up (Ctrl+Z of keeping) takes them out of the filter.
    demo_window.period_combo.setCurrentIndex(demo_window.period_combo.findData(period.index))
    demo_window.undo_action.trigger()
    assert kept_groups(service, period.index) == []
    assert not [n for n in range(entry.group_combo.count()) if entry.group_combo.itemText(n).startswith("Besoin")]


def test_a_pupil_moved_out_of_groups_is_listed_apart_and_can_go_back(qtbot: Any, demo_window: Any) -> None:
    service: CarnetService = demo_window.service
    period = demo_window.entry.model.period
    panel = open_groups(demo_window)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    kept = kept_groups(service, period.index)
    source = kept[0]
    member = source.members[-1]
    click(qtbot, panel, panel.pupil_row(member.pupil_id, source.id))
    panel.move_combo.setCurrentIndex(panel.move_combo.findData(""))
    assert panel.move_combo.currentText() == "Hors des groupes de cette compétence"
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert member.pupil_id not in {m.pupil_id for g in kept_groups(service, period.index) if g.item_id == source.item_id
                                   for m in g.members}
    out = panel.pupil_row(member.pupil_id, "")
    assert out is not None and out.parent().text(0).startswith("Hors des groupes · ")
    assert out.text(1) == member.reason  # still why he needs help
    # From there, only into a group of that competency (no « Hors des groupes » offered again).
    click(qtbot, panel, out)
    assert "" not in [panel.move_combo.itemData(n) for n in range(panel.move_combo.count())]
    assert not panel.grid_button.isEnabled()
    panel.move_combo.setCurrentIndex(panel.move_combo.findData(source.id))
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    back = next(m for g in kept_groups(service, period.index) if g.id == source.id for m in g.members
                if m.pupil_id == member.pupil_id)
    assert back.placed_by_teacher and back.reason == member.reason
    assert panel.pupil_row(member.pupil_id, "") is None


class _Drop(QDropEvent):
    """A drop as Qt delivers it at the end of a drag started in ``tree``: offscreen, no window
    system carries a real drag, so the event is made as the drag would make it."""

    def __init__(self, tree: QTreeWidget, onto: QTreeWidgetItem) -> None:
        tree.scrollToItem(onto)
        super().__init__(QPointF(tree.visualItemRect(onto).center()), Qt.DropAction.MoveAction,
                         tree.mimeData([tree.currentItem()]), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        self._tree = tree

    def source(self) -> QTreeWidget:  # type: ignore[override]
        return self._tree


def test_a_pupil_dragged_onto_a_group_of_his_competency_moves_there(qtbot: Any, demo_window: Any) -> None:
    service: CarnetService = demo_window.service
    period = demo_window.entry.model.period
    panel = open_groups(demo_window)
    source_row = panel.tree.topLevelItem(0)
    click(qtbot, panel, source_row.child(0))
    assert panel.tree.drop_target(_Drop(panel.tree, panel.tree.topLevelItem(1))) is None  # a proposal stays put

    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    kept = kept_groups(service, period.index)
    source = kept[0]
    target = next(g for g in kept[1:] if g.item_id == source.item_id)
    other = next(g for g in kept if g.item_id != source.item_id)
    moved = source.members[0].pupil_id
    click(qtbot, panel, panel.pupil_row(moved, source.id))

    def group_row(group_id: str) -> QTreeWidgetItem:
        return next(panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())
                    if panel.tree.topLevelItem(n).data(0, ROLE)[0] == group_id)

    # Onto a group of another competency, or back onto his own: refused, nothing moves.
    for refused in (other.id, source.id):
        drop = _Drop(panel.tree, group_row(refused))
        panel.tree.dragMoveEvent(drop)
        assert not drop.isAccepted()
    # Onto a pupil of a group of his competency: into that group, one undoable action.
    drop = _Drop(panel.tree, group_row(target.id).child(0))
    panel.tree.dropEvent(drop)
    assert drop.dropAction() == Qt.DropAction.IgnoreAction  # the tree itself moved no row
    qtbot.waitUntil(lambda: panel.pupil_row(moved, target.id) is not None)
    after = {g.id: g for g in kept_groups(service, period.index)}
    assert moved not in {m.pupil_id for m in after[source.id].members}
    assert next(m for m in after[target.id].members if m.pupil_id == moved).placed_by_teacher
    assert panel.tree.currentItem() is panel.pupil_row(moved, target.id)
    assert demo_window.undo_action.text() == "Annuler : Élève changé de groupe"
    demo_window.undo_action.trigger()
    assert panel.pupil_row(moved, source.id) is not None and panel.pupil_row(moved, target.id) is None
