"""How a grid cell looks: the step's colour **and** its symbol, never the colour alone.

A cell of an objective that is not of the pupil's grade is hatched grey. Selection is
drawn as a thick frame rather than a fill, so the step's colour stays visible while cells
are selected; while the grid has the focus, the current cell (where keys 1–4 go) gets a thick
near-black frame lined with white, visible on every step colour. An objective on which the
teacher decided for the period carries ✎ in its top right corner.
Sizes come from the font, so the grid stays readable at 150 % scaling.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from progression.views import StepView
from ui.grid.model import LOOK_ROLE
from ui.step_style import text_on
from ui.widgets import Index

DECISION_SIGN = "✎"  # the sign every screen and document gives a teacher's decision
SYMBOL_SCALE = 1.35  # symbols a little larger than text: ◑ and ● must be told apart at a glance
NOT_APPLICABLE = QColor("#E4E4E4")
HATCH = QColor("#BDBDBD")
# Near black stands ≥ 3.4:1 against every step colour (WCAG asks 3:1 of a focus indicator), 8:1
# and more against the light ones; the white lining inside adds ~5:1 on the dark red and blue.
FOCUS_INK = QColor("#1A1A1A")
FOCUS_LINING = QColor("#FFFFFF")
FRAMED = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected


def symbol_font(base: QFont) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * SYMBOL_SCALE)
    else:
        font.setPixelSize(round(base.pixelSize() * SYMBOL_SCALE))
    return font


class FontLook:
    """What painting needs from the cell font, measured once per font rather than per cell."""

    def __init__(self, font: QFont) -> None:
        self.symbol_font = symbol_font(font)
        self.text = QFontMetrics(font)
        self.symbol = QFontMetrics(self.symbol_font)
        self.frame = max(2, self.text.height() // 7)


class StepDelegate(QStyledItemDelegate):
    def __init__(self, steps: Sequence[StepView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = tuple(steps)
        # Painting runs for every visible cell: measure once per width and font, colour once per step.
        self._fits: dict[tuple[int, str], bool] = {}
        self._fonts: dict[str, FontLook] = {}
        self._colours: dict[str, tuple[QColor, QColor]] = {}

    def set_steps(self, steps: Sequence[StepView]) -> None:
        self._steps = tuple(steps)
        self._fits.clear()
        self._colours.clear()

    def _font_look(self, font: QFont) -> FontLook:
        key = font.key()
        look = self._fonts.get(key)
        if look is None:
            look = self._fonts[key] = FontLook(font)
        return look

    def _step_colours(self, step: StepView) -> tuple[QColor, QColor]:
        """The step's fill and the ink that reads on it."""
        colours = self._colours.get(step.id)
        if colours is None:
            fill = QColor(step.color)
            colours = self._colours[step.id] = (fill, text_on(fill))
        return colours

    def labels_fit(self, width: int, font: QFont) -> bool:
        """Short labels are written in cells only if every step's label fits the width:
        a column where some cells have words and others not would read as two kinds of mark."""
        key = (width, font.key())
        if key not in self._fits:
            look = self._font_look(font)
            fm, sym = look.text, look.symbol
            pad = fm.horizontalAdvance("M")
            self._fits[key] = all(
                sym.horizontalAdvance(s.symbol) + fm.horizontalAdvance(" " + s.short) + pad <= width
                for s in self._steps
            )
        return self._fits[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("M") * 8, round(fm.height() * 1.9))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        state = option.state
        palette: QPalette = option.palette
        font: QFont = option.font
        applicable, step, left, decided = index.data(LOOK_ROLE)
        if not applicable:
            painter.fillRect(rect, NOT_APPLICABLE)
            painter.fillRect(rect, QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
            return
        painter.save()
        try:
            if left:
                painter.setOpacity(0.45)  # a pupil who left: history kept, visibly in the past
            if step is None:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
            else:
                fill, ink = self._step_colours(step)
                painter.fillRect(rect, fill)
                self._draw_mark(painter, rect, font, step, ink)
            if decided:
                self._draw_decision(painter, rect, font, palette, step)
            painter.setOpacity(1.0)
            if state & FRAMED:
                self._draw_frames(painter, rect, font, palette, state)
        finally:
            painter.restore()

    def _draw_mark(self, painter: QPainter, rect: QRect, font: QFont, step: StepView, ink: QColor) -> None:
        painter.setPen(ink)
        look = self._font_look(font)
        if not self.labels_fit(rect.width(), font):
            painter.setFont(look.symbol_font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, step.symbol)
            return
        # Symbol and label share one baseline (centred for the text font), so they read as one line.
        text_fm = look.text
        sym_width = look.symbol.horizontalAdvance(step.symbol)
        text = " " + step.short
        total = sym_width + text_fm.horizontalAdvance(text)
        left = rect.left() + (rect.width() - total) // 2
        baseline = rect.top() + (rect.height() + text_fm.ascent() - text_fm.descent()) // 2
        painter.setFont(look.symbol_font)
        painter.drawText(QPoint(left, baseline), step.symbol)
        painter.setFont(font)
        painter.drawText(QPoint(left + sym_width, baseline), text)

    def _draw_decision(self, painter: QPainter, rect: QRect, font: QFont, palette: QPalette,
                       step: StepView | None) -> None:
        """The teacher decided on this objective for the period: ✎ in the top right corner, as
        on the synthesis page and in every document (the tooltip says which step). Inside the
        focus frame's width, so the current cell keeps it visible."""
        ink = self._step_colours(step)[1] if step is not None else palette.color(QPalette.ColorRole.Text)
        sign = QFont(self._font_look(font).symbol_font)  # the pencil is a thin glyph: drawn as large as a symbol
        painter.setFont(sign)
        painter.setPen(ink)
        inset = self._font_look(font).frame + 2
        painter.drawText(rect.adjusted(inset, inset - 1, -inset, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, DECISION_SIGN)

    def _draw_frames(self, painter: QPainter, rect: QRect, font: QFont, palette: QPalette,
                     state: QStyle.StateFlag) -> None:
        thick = self._font_look(font).frame
        inset = 0
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if state & QStyle.StateFlag.State_HasFocus:
            # Outside: the focus, thicker than the selection and dark whatever the theme's highlight.
            focus = thick + 1
            self._frame(painter, rect, 0, focus, FOCUS_INK)
            self._frame(painter, rect, focus, 1, FOCUS_LINING)
            inset = focus + 1
        if state & QStyle.StateFlag.State_Selected:
            self._frame(painter, rect, inset, thick, palette.color(QPalette.ColorRole.Highlight))

    @staticmethod
    def _frame(painter: QPainter, rect: QRect, inset: int, width: int, colour: QColor) -> None:
        """A square frame ``width`` pixels thick, ``inset`` pixels inside ``rect``."""
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = inset + width // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
