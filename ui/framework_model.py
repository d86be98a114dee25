"""The « Référentiel » tree: framework › domain › competency › objective, filtered by grade, by
a typed text and by whether hidden items show; each row carries its flags (⚠ wording to check,
hidden, the teacher's own)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from progression.framework import builtin_frameworks
from progression.names import match_key
from progression.service import CarnetService
from progression.views import ItemView
from ui.widgets import ROOT, Index

KEY_ROLE = Qt.ItemDataRole.UserRole  # "fw:<code>" or the item id
UNVERIFIED_MARK = "⚠"
HIDDEN_COLOR = QColor("#9A9A9A")
UNVERIFIED_COLOR = QColor("#A4570B")


@dataclass
class _Node:
    key: str
    parent: int  # index in the node list, -1 for a framework at the top
    row: int
    item: ItemView | None = None  # None for a framework node
    children: list[int] = field(default_factory=list)


class FrameworkTreeModel(QAbstractItemModel):
    """The items, as a tree; nodes live in a flat list and indexes carry their position in it."""

    LABEL, CODE, GRADES, STATUS = range(4)

    def __init__(self, service: CarnetService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.grades: set[str] | None = None
        self.show_hidden = False
        self.search = ""
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._framework_labels = {spec.code: (spec.label, spec.status) for spec in builtin_frameworks()}
        self._headers = [self.tr("Intitulé"), self.tr("Code"), self.tr("Niveaux"), self.tr("État")]
        self.rebuild()

    # ------------------------------------------------------------ building

    def rebuild(self) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        items = self.service.items(include_hidden=self.show_hidden)
        by_parent: dict[str | None, list[ItemView]] = {}
        for item in items:
            by_parent.setdefault(item.parent_code, []).append(item)
        codes = {i.code for i in items}
        key = match_key(self.search)

        def keep(item: ItemView) -> bool:
            """An item stays if it matches, or if one of its descendants does."""
            fits = self.grades is None or bool(self.grades & set(item.grades))
            found = not key or key in match_key(f"{item.code} {item.label}")
            return (fits and found) or any(keep(c) for c in by_parent.get(item.code, []))

        def add(item: ItemView, parent: int) -> None:
            siblings = self._nodes[parent].children
            me = len(self._nodes)
            self._nodes.append(_Node(item.id, parent, len(siblings), item))
            siblings.append(me)
            for child in by_parent.get(item.code, []):
                if keep(child):
                    add(child, me)

        roots = [i for i in items if i.parent_code is None or i.parent_code not in codes]
        frameworks: list[str] = []
        for item in roots:
            if item.framework_code not in frameworks:
                frameworks.append(item.framework_code)
        for code in frameworks:
            kept = [i for i in roots if i.framework_code == code and keep(i)]
            if not kept:
                continue
            top = len(self._nodes)
            self._nodes.append(_Node(f"fw:{code}", -1, len(self._top)))
            self._top.append(top)
            for item in kept:
                add(item, top)
        self.endResetModel()

    # ------------------------------------------------------------ lookups

    def node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()]

    def item(self, index: Index) -> ItemView | None:
        node = self.node(index)
        return node.item if node else None

    def framework_code(self, index: Index) -> str | None:
        node = self.node(index)
        if node is None:
            return None
        return node.item.framework_code if node.item else node.key[3:]

    def index_of(self, key: str) -> QModelIndex:
        for n, node in enumerate(self._nodes):
            if node.key == key:
                return self.createIndex(node.row, 0, n)
        return QModelIndex()

    def keys_under(self, index: Index) -> list[str]:
        """The item ids of a node and all its descendants (a framework node has no id of its own)."""
        start = index.internalId() if index.isValid() else None
        if start is None:
            return []
        out: list[str] = []
        stack = [start]
        while stack:
            node = self._nodes[stack.pop()]
            if node.item is not None:
                out.append(node.item.id)
            stack.extend(node.children)
        return out

    # ------------------------------------------------------------ Qt model

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        children = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node = self._nodes[child.internalId()]
        if node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if node.item is None:
            return self._framework_data(node, index.column(), role)
        item = node.item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return f"{UNVERIFIED_MARK} {item.label}" if not item.verified else item.label
            if column == self.CODE:
                return item.code
            if column == self.GRADES:
                return ", ".join(item.grades)
            if column == self.STATUS:
                return ", ".join(self._status(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{item.code} — {item.label}"]
            if not item.verified:
                lines.append(self.tr("intitulé à vérifier dans le BO"))
            if item.hidden:
                lines.append(self.tr("masqué : non travaillé cette année "
                                     "(les observations restent dans le carnet)"))
            if item.custom:
                lines.append(self.tr("ajouté par l'enseignant"))
            if item.lsu_code:
                lines.append(self.tr("code LSU : {0}").format(item.lsu_code))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.hidden:
                return QBrush(HIDDEN_COLOR)
            if not item.verified and column in (self.LABEL, self.STATUS):
                return QBrush(UNVERIFIED_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(item.hidden)
            font.setBold(item.kind == "domain")
            return font
        if role == KEY_ROLE:
            return node.key
        return None

    def _is_hidden(self, n: int) -> bool:
        item = self._nodes[n].item
        return item is not None and item.hidden

    def _status(self, item: ItemView) -> list[str]:
        status = []
        if not item.verified:
            status.append(self.tr("à vérifier"))
        if item.hidden:
            status.append(self.tr("masqué"))
        if item.custom:
            status.append(self.tr("personnel"))
        return status

    def _framework_data(self, node: _Node, column: int, role: int) -> Any:
        code = node.key[3:]
        label, status = self._framework_labels.get(code, (code, "current"))
        hidden = all(self._is_hidden(c) for c in node.children)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return label
            if column == self.CODE:
                return code
            if column == self.STATUS:
                parts = [self.tr("ancien programme")] if status == "superseded" else []
                if hidden:
                    parts.append(self.tr("masqué"))
                return ", ".join(parts)
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setItalic(hidden)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QBrush(HIDDEN_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        if role == KEY_ROLE:
            return node.key
        return None
