"""The grid widget: keys and clicks become requests; the entry panel turns them into
operations. The view itself records nothing and knows no rule.

Keyboard: 1–4 the step of that rank, 0 « Absent », Suppr/Retour arrière erase the mark
shown, Entrée/Espace/F2 open the step picker for the selection, arrows move, Tab leaves
the grid. Mouse: a plain click opens the picker for that cell; Ctrl/Maj-click and drag
select several cells; a right click opens the picker for the whole selection.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from ui.grid.delegate import StepDelegate
from ui.grid.model import LABEL_ROLE, ObservationTableModel
from ui.grid.picker import is_erase_key, step_for_key

HEADER_LABEL_LINES = 3
COLUMN_EMS = 8.5


class ItemHeaderView(QHeaderView):
    """Column headers: the item's code in bold, then its label wrapped over a few lines.

    Qt's header draws one elided line; objectives are sentences, so it is painted here.
    The full label stays in the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # A click on a header selects the column: one key then marks the whole class.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _padding(self) -> int:
        return max(3, self.fontMetrics().horizontalAdvance("M") // 3)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        height = QFontMetrics(bold).height() + fm.lineSpacing() * HEADER_LABEL_LINES + 3 * self._padding()
        return QSize(hint.width(), height)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        return QSize(round(self.fontMetrics().horizontalAdvance("M") * COLUMN_EMS), self.sizeHint().height())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        model = self.model()
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logicalIndex
        option.text = ""
        selected = self.selectionModel() is not None and self.selectionModel().columnIntersectsSelection(
            logicalIndex, self.rootIndex())
        if selected:
            option.state |= QStyle.StateFlag.State_On
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        pad = self._padding()
        inner = rect.adjusted(pad, pad, -pad, -pad)
        code = str(model.headerData(logicalIndex, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        label = str(model.headerData(logicalIndex, Qt.Orientation.Horizontal, LABEL_ROLE) or "")
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(bold)
        bold_fm = QFontMetrics(bold)
        painter.drawText(inner.left(), inner.top() + bold_fm.ascent(),
                         bold_fm.elidedText(code, Qt.TextElideMode.ElideMiddle, inner.width()))
        painter.setFont(self.font())
        top = inner.top() + bold_fm.height() + pad // 2
        for n, line in enumerate(wrap(label, self.fontMetrics(), inner.width(), HEADER_LABEL_LINES)):
            painter.drawText(inner.left(), top + n * self.fontMetrics().lineSpacing() + self.fontMetrics().ascent(),
                             line)
        painter.restore()


def wrap(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines, the last one elided."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


class PupilHeaderView(QHeaderView):
    """Row headers: measured in bold, the face the current pupil's name takes, so that name is
    never cut however short the class's longest name is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = str(self.model().headerData(logicalIndex, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
        bold = QFont(self.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(text) - self.fontMetrics().horizontalAdvance(text)
        return QSize(size.width() + max(0, extra), size.height())


class ObservationGridView(QTableView):
    step_requested = Signal(object)  # StepView: record it on the selected cells
    erase_requested = Signal()
    picker_requested = Signal(QModelIndex, bool)  # the cell under the popup; True = this cell only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryGrid")
        self.setHorizontalHeader(ItemHeaderView(self))
        self.setVerticalHeader(PupilHeaderView(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, so the keyboard reaches the toolbar
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Grille des observations : élèves en lignes, objectifs en colonnes"))
        self._press_index = QModelIndex()
        self._apply_metrics()

    def _apply_metrics(self) -> None:
        fm = self.fontMetrics()
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(round(fm.height() * 1.9))
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal = self.horizontalHeader()
        horizontal.setDefaultSectionSize(round(fm.horizontalAdvance("M") * COLUMN_EMS))
        horizontal.setMinimumSectionSize(fm.horizontalAdvance("MMM"))
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_grid_model(self, model: ObservationTableModel) -> None:
        self.setModel(model)
        self.setItemDelegate(StepDelegate(model.service.steps(), self))

    def grid_model(self) -> ObservationTableModel:
        model = self.model()
        assert isinstance(model, ObservationTableModel)
        return model

    def delegate(self) -> StepDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, StepDelegate)
        return delegate

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            step = step_for_key(event.text(), self.grid_model().service.steps())
            if step is not None:
                self.step_requested.emit(step)
                return
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if is_erase_key(event.key()):
                self.erase_requested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F2):
                if self.currentIndex().isValid():
                    self.picker_requested.emit(self.currentIndex(), False)
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if (event.button() == Qt.MouseButton.LeftButton and plain and index.isValid() and index == self._press_index
                and index.flags() & Qt.ItemFlag.ItemIsEnabled):
            self.picker_requested.emit(index, True)
        self._press_index = QModelIndex()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            if not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)
            self.picker_requested.emit(index, False)

    def cell_anchor(self, index: QModelIndex) -> QPoint:
        """Where a popup for ``index`` goes: just under the cell, in screen coordinates."""
        rect = self.visualRect(index)
        return self.viewport().mapToGlobal(rect.bottomLeft())
