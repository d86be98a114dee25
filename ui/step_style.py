"""How a step of the scale looks on screen: fill, readable text colour, symbol, wording.

Every panel and the grid draw steps the same way, so a teacher learns one code: the
scale's own colour *and* its symbol (○ ◑ ● ★), which stays readable in black and white
and for colour-blind readers. The text colour is chosen for contrast against the fill
(WCAG relative luminance), never hard-coded per colour, so custom scales stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from progression.views import StepView

BLACK = QColor("#1A1A1A")
WHITE = QColor("#FFFFFF")
EMPTY_FILL = QColor("#FFFFFF")
OVERRIDE_BORDER = QColor("#3B2A7A")  # a dark violet no step uses, so a teacher's decision stands out


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    red, green, blue = _channel(color.redF()), _channel(color.greenF()), _channel(color.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    return BLACK if contrast(fill, BLACK) >= contrast(fill, WHITE) else WHITE


def fill_color(step: StepView | None) -> QColor:
    if step is None:
        return QColor(EMPTY_FILL)
    color = QColor(step.color)
    return color if color.isValid() else QColor("#DDDDDD")


def fill_brush(step: StepView | None) -> QBrush:
    return QBrush(fill_color(step))


def text_color(step: StepView | None) -> QColor:
    return text_on(fill_color(step))


def symbol(step: StepView | None) -> str:
    return step.symbol if step is not None else ""


def chip_text(step: StepView, *, with_label: bool = True) -> str:
    """« ● Atteints », or the symbol alone where room is short."""
    return f"{step.symbol} {step.short}" if with_label else step.symbol


def describe(step: StepView) -> str:
    """The step's full wording with its symbol, for tooltips."""
    return f"{step.symbol} {step.label}"


OVERRIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1  # cells that carry a teacher's decision say so in this role


class StepChipDelegate(QStyledItemDelegate):
    """Paints a step cell as a coloured chip that keeps its colour when selected.

    Style sheets and the selection highlight would otherwise hide the step's colour; here
    the selection is a dashed dark frame around the chip, the keyboard's current cell (while
    the view has the focus) a thick solid one, and a teacher's decision (``OVERRIDDEN_ROLE``)
    a thick violet border. Cells without a step colour (names, labels) are painted the
    ordinary way.
    """

    def __init__(self, parent: QObject | None = None, *, radius: float = 6.0, margin: int = 2) -> None:
        super().__init__(parent)
        self.radius = radius
        self.margin = margin

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(brush, QBrush):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        chip = QRectF(rect.adjusted(self.margin, self.margin, -self.margin, -self.margin))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(brush)
        painter.drawRoundedRect(chip, self.radius, self.radius)
        if index.data(OVERRIDDEN_ROLE):
            painter.setPen(QPen(OVERRIDE_BORDER, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(1.5, 1.5, -1.5, -1.5), self.radius, self.radius)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # Where the arrows are: solid and thicker than a selection's dashes, so it is seen at once.
            painter.setPen(QPen(BLACK, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), self.radius, self.radius)
        elif selected:
            painter.setPen(QPen(BLACK, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), self.radius, self.radius)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground.color() if isinstance(foreground, QBrush) else text_on(brush.color()))
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            painter.setFont(font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = painter.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 6)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
