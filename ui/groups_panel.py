"""« Groupes »: the need groups of a period, proposed from its synthesis, then kept and adjusted.

Until the teacher keeps them, the page shows the proposal (``progression.need_groups.propose``):
per competency, the pupils below « Atteints » in groups of 3 to 6, the greatest need first, each
pupil with the objectives he has not met. « Garder ces groupes » keeps them with the period (one
undoable action); the teacher then moves a pupil to another group of the same competency (with
« Déplacer » or by dragging his row onto the group), or out of groups (he is then listed « Hors des
groupes » of that competency, and can go back), gives the groups up, or shows one group in the grid
(only its pupils, on its competency's objectives). The class summary prints the groups kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progression.need_groups import KeptGroup, ProposedGroup, keeping, kept_groups, left_out, propose
from progression.operations import Changes, DropNeedGroups, MovePupil, Part
from ui.grid.model import NEED_GROUP
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.widgets import name_from_buddies, named

ROLE = Qt.ItemDataRole.UserRole  # a group row: (group id or "", competency id); a pupil row: (pupil id, group id)
PUPIL_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a pupil row
REASON_ROLE = Qt.ItemDataRole.UserRole + 2  # a pupil row: why he is in need there
WATCHED = Part.GROUPS | Part.OBSERVATIONS | Part.OVERRIDES | Part.PUPILS | Part.ITEMS | Part.SETTINGS | Part.CLASS


def may_move(source: tuple[str, str], target: tuple[str, str]) -> bool:
    """Whether a pupil of the group row ``source`` may go to the group row ``target`` (each row's
    (group id or "", competency id)): another group of the same competency, a pupil out of groups
    going into a group only."""
    (here, competency), (there, target_competency) = source, target
    return competency == target_competency and here != there and bool(here or there)


class GroupTree(QTreeWidget):
    """The groups and their pupils; a pupil row dragged onto another group of the same competency
    (or its « Hors des groupes » row) asks to move him there (``pupil_dropped``), once groups are kept.
    The tree never moves rows itself: the move is an undoable action, and the tree is rebuilt from
    what the carnet holds."""

    # The pupil's row's data (pupil id, group id or "", reason) and the group id dropped on ("": out of
    # groups); sent once the drop is over, so the tree is rebuilt after Qt's drag has ended.
    pupil_dropped = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.movable = False  # groups kept: only then do pupils move

    def drop_target(self, event: QDropEvent | QDragMoveEvent) -> QTreeWidgetItem | None:
        """The group row a drop here would put the dragged pupil in, if he may go there."""
        dragged = self.currentItem()
        at = self.itemAt(event.position().toPoint())
        if not self.movable or event.source() is not self or dragged is None or at is None:
            return None
        target = at.parent() if at.data(0, PUPIL_ROLE) else at
        source = dragged.parent()
        if not dragged.data(0, PUPIL_ROLE) or source is None or target is None:
            return None
        return target if may_move(source.data(0, ROLE), target.data(0, ROLE)) else None

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.drop_target(event) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.drop_target(event)
        dragged = self.currentItem()
        # Nothing moves in the tree: the drag ends as ignored, and the move comes back as a change.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is not None and dragged is not None:
            self.pupil_dropped.emit((*dragged.data(0, ROLE), dragged.data(0, REASON_ROLE)), target.data(0, ROLE)[0])


class GroupsPanel(Panel):
    grid_filter_requested = Signal(str)  # the grid's group filter for a kept group ("besoin:<id>")

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.period_index = self.service.current_period().index
        self._stale = True
        self.proposal: list[ProposedGroup] = []
        self.kept: list[KeptGroup] = []

        self.heading = named(QLabel(), "groupsHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.state = named(QLabel(), "groupsState")
        self.state.setWordWrap(True)
        self.tree = named(GroupTree(), "groupTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Groupe et élèves"), self.tr("Pourquoi : objectifs non atteints")])
        self.tree.setAccessibleName(self.tr("Groupes de besoin de la période et leurs élèves"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 24)

        self.keep_button = named(QPushButton(self.tr("&Garder ces groupes")), "keepGroups")
        self.keep_button.setToolTip(self.tr("Garder ces groupes avec la période : vous pourrez déplacer des élèves, "
                                            "les imprimer et n'afficher qu'un groupe dans la grille."))
        self.drop_button = named(QPushButton(self.tr("&Abandonner ces groupes")), "dropGroups")
        self.grid_button = named(QPushButton(self.tr("Voir ce groupe dans la g&rille")), "groupInGrid")
        move_label = QLabel(self.tr("&Déplacer l'élève choisi vers :"))
        self.move_combo = named(QComboBox(), "moveTarget")
        self.move_combo.setMinimumContentsLength(30)
        self.move_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        move_label.setBuddy(self.move_combo)
        self.move_button = named(QPushButton(self.tr("Dé&placer")), "movePupil")

        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        actions.addWidget(self.drop_button)
        actions.addStretch(1)
        actions.addWidget(self.grid_button)
        move = QHBoxLayout()
        move.addWidget(move_label)
        move.addWidget(self.move_combo, 1)
        move.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addLayout(move)
        name_from_buddies(self)

        self.keep_button.clicked.connect(self.keep)
        self.drop_button.clicked.connect(self.drop)
        self.move_button.clicked.connect(self.move_pupil)
        self.grid_button.clicked.connect(self.show_in_grid)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.pupil_dropped.connect(self._move_dropped, Qt.ConnectionType.QueuedConnection)
        self.setFocusProxy(self.tree)

    # ------------------------------------------------------------ the panel contract

    def set_period(self, period_index: int) -> None:
        self.period_index = period_index
        self._refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.parts & WATCHED:
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_state()

    def _fit_state(self) -> None:
        """The explanation's lines all shown: a wrapped label in a scrolled page is otherwise cut."""
        self.state.setMinimumHeight(max(0, self.state.heightForWidth(max(self.state.width(), 200))))

    def _refresh(self) -> None:
        """Now if shown; else when next shown (a proposal computes the period's synthesis)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    # ------------------------------------------------------------ what is shown

    def reload(self) -> None:
        self._stale = False
        chosen = self._chosen()
        period = self.service.period(self.period_index)
        self.heading.setText(self.tr("Groupes de besoin — {period}").format(period=period.label))
        self.kept = kept_groups(self.service, self.period_index)
        self.proposal = [] if self.kept else propose(self.service, self.period_index)
        if self.kept:
            self.state.setText(self.tr(
                "Groupes gardés pour cette période : la synthèse de classe les imprime et la grille peut n'afficher "
                "que l'un d'eux. Pour déplacer un élève, choisissez-le puis son nouveau groupe."))
        elif self.proposal:
            self.state.setText(self.tr(
                "Proposition tirée des bilans de la période : par compétence, les élèves en dessous de « Atteints », "
                "en groupes de 3 à 6, le plus grand besoin d'abord, chacun dans un seul groupe. "
                "Gardez ces groupes pour pouvoir les modifier."))
        else:
            self.state.setText(self.tr("Aucun élève n'a d'objectif non atteint pendant cette période : "
                                       "pas de groupe à proposer."))
        self._fit_state()
        self._fill_tree()
        self._select(chosen)
        self._update_buttons()

    def _fill_tree(self) -> None:
        self.tree.clear()
        names = {p.id: p.list_name for p in self.service.pupils()}
        rows: list[tuple[str, str, str, str, list[tuple[str, str, bool]]]] = []
        if self.kept:
            for group in self.kept:
                rows.append((group.id, group.item_id, group.label, "",
                             [(m.pupil_id, m.reason, m.placed_by_teacher) for m in group.members]))
            # Pupils in need in no group of a competency (moved out): from there, back into a group.
            for item_id, out in left_out(self.service, self.period_index, self.kept).items():
                label = self.tr("Hors des groupes · {competency}").format(competency=self.service.item(item_id).label)
                rows.append(("", item_id, label, "", [(m.pupil_id, m.reason, False) for m in out]))
        else:
            for proposed in self.proposal:
                rows.append(("", proposed.competency.id, proposed.label, proposed.note,
                             [(m.pupil_id, m.reason, False) for m in proposed.members]))
        for group_id, item_id, label, note, members in rows:
            size = (self.tr("1 élève") if len(members) == 1 else
                    self.tr("{count} élèves").format(count=len(members)))
            top = QTreeWidgetItem([f"{label} ({size})", note])
            top.setData(0, ROLE, (group_id, item_id))
            top.setToolTip(0, label)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(not note)  # the whole width for the group's name (once in the tree)
            for pupil_id, reason, placed in members:
                name = names.get(pupil_id, "")
                if placed:
                    name = self.tr("{name} (placé par vous)").format(name=name)
                child = QTreeWidgetItem([name, reason or self.tr("placé par vous")])
                child.setData(0, ROLE, (pupil_id, group_id))
                child.setData(0, PUPIL_ROLE, True)
                child.setData(0, REASON_ROLE, reason)
                child.setToolTip(0, reason)
                child.setToolTip(1, reason)
                top.addChild(child)
        self.tree.expandAll()

    def _chosen(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _select(self, chosen: tuple[str, str] | None) -> None:
        """The row chosen before a reload, if it is still there."""
        if chosen is None:
            return
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            assert group is not None
            if group.data(0, ROLE) == chosen:
                self.tree.setCurrentItem(group)
                return
            for n in range(group.childCount()):
                child = group.child(n)
                if child is not None and child.data(0, ROLE) == chosen:
                    self.tree.setCurrentItem(child)
                    return

    # ------------------------------------------------------------ the chosen row

    def pupil_row(self, pupil_id: str, group_id: str | None = None) -> QTreeWidgetItem | None:
        """The row of a pupil (in ``group_id`` if given; the first found otherwise)."""
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            assert group is not None
            for n in range(group.childCount()):
                child = group.child(n)
                assert child is not None
                pupil, in_group = child.data(0, ROLE)
                if pupil == pupil_id and (group_id is None or in_group == group_id):
                    return child
        return None

    def _chosen_group(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.parent() if item.data(0, PUPIL_ROLE) else item

    def _update_buttons(self) -> None:
        kept = bool(self.kept)
        self.tree.movable = kept
        self.keep_button.setVisible(not kept)
        self.keep_button.setEnabled(bool(self.proposal))
        self.drop_button.setVisible(kept)
        group = self._chosen_group()
        self.grid_button.setEnabled(kept and group is not None and bool(group.data(0, ROLE)[0]))
        item = self.tree.currentItem()
        self.move_combo.clear()
        movable = kept and item is not None and bool(item.data(0, PUPIL_ROLE))
        if movable and group is not None:
            source = group.data(0, ROLE)
            for other in self.kept:
                if may_move(source, (other.id, other.item_id)):
                    self.move_combo.addItem(other.label, other.id)
            if may_move(source, ("", source[1])):
                self.move_combo.addItem(self.tr("Hors des groupes de cette compétence"), "")
        movable = movable and self.move_combo.count() > 0
        self.move_combo.setEnabled(movable)
        self.move_button.setEnabled(movable)

    # ------------------------------------------------------------ actions

    def keep(self) -> None:
        if self.proposal:
            self.runner.run(keeping(self.service, self.period_index, self.proposal), self)

    def drop(self) -> None:
        if self.kept:
            self.runner.run(DropNeedGroups(self.service.period(self.period_index).id), self)

    def move_pupil(self) -> None:
        item = self.tree.currentItem()
        if item is None or not item.data(0, PUPIL_ROLE) or self.move_combo.currentIndex() < 0:
            return
        pupil_id, group_id = item.data(0, ROLE)
        self._move(pupil_id, group_id, item.data(0, REASON_ROLE), self.move_combo.currentData() or None)

    def _move_dropped(self, row: tuple[str, str, str], target: str) -> None:
        pupil_id, group_id, reason = row
        self._move(pupil_id, group_id, reason, target or None)

    def _move(self, pupil_id: str, group_id: str, reason: str, target: str | None) -> None:
        """The pupil into the group ``target`` (None: out of the competency's groups)."""
        operation = MovePupil(pupil_id, group_id or None, target, "" if group_id else reason)
        if self.runner.run(operation, self) is not None and self._stale:
            self.reload()
        if target is not None:
            moved = self.pupil_row(pupil_id, target)
            if moved is not None:
                self.tree.setCurrentItem(moved)

    def show_in_grid(self) -> None:
        group = self._chosen_group()
        if group is not None and group.data(0, ROLE)[0]:
            self.grid_filter_requested.emit(NEED_GROUP + group.data(0, ROLE)[0])
