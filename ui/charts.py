"""Charts drawn with QPainter (QtCharts is not in PySide6 Essentials).

The widgets take plain, already computed data (dates, values, targets, wording): what a
figure means is decided in ``progression.fluency``; here we only draw it. Both charts
say what the dashed guide is, because only the end-of-year targets are official.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

INK = QColor("#2B2B2B")
MUTED = QColor("#6B6B6B")
GRID = QColor("#E3E3E3")
ACCENT = QColor("#1F5F99")
GUIDE = QColor("#B5472F")
PERIOD_BAND = QColor(31, 95, 153, 22)
POSITION_COLORS = {"above": QColor("#66BD63"), "near": QColor("#FEE08B"), "below": QColor("#D7301F"),
                   None: QColor("#9E9E9E")}
# Colour is never the only signal: a position also has its hatching, which a black-and-white
# print or a colour-blind reader tells apart (plain at or above the line, diagonal near, crossed below).
POSITION_PATTERNS = {"above": None, "near": Qt.BrushStyle.BDiagPattern, "below": Qt.BrushStyle.DiagCrossPattern,
                     None: None}


def fill_position(painter: QPainter, rect: QRectF, position: str | None) -> None:
    """A bar or a legend swatch: the position's colour, then its hatching in ink."""
    painter.fillRect(rect, POSITION_COLORS.get(position, POSITION_COLORS[None]))
    pattern = POSITION_PATTERNS.get(position)
    if pattern is not None:
        painter.fillRect(rect, QBrush(INK, pattern))


@dataclass(frozen=True)
class CurvePoint:
    day: date
    value: float
    prepared: bool
    tooltip: str


@dataclass(frozen=True)
class PeriodBand:
    label: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    target: float | None
    position: str | None  # 'above', 'near', 'below' (progression.fluency.position) or None
    tooltip: str


def nice_top(value: float) -> tuple[float, float]:
    """Top of the y axis and the grid step, so grid lines fall on round numbers."""
    step = 10.0 if value <= 80 else 20.0 if value <= 200 else 50.0
    return max(step * 2, math.ceil(value * 1.1 / step) * step), step


def _months(start: date, end: date) -> list[date]:
    day = date(start.year, start.month, 1)
    out = []
    while day <= end:
        if day >= start:
            out.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


class _Chart(QWidget):
    """Shared bits: fonts, the empty message, tooltips from hit zones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._zones: list[tuple[QRectF, str]] = []

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()  # in text units, so axes and legend keep their room with a larger font
        return QSize(fm.horizontalAdvance("M") * 26, fm.height() * 11)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("M") * 60, fm.height() * 21)

    def _axis_room(self, least: float) -> float:
        """Left margin for the y axis: its labels (« 100 ») in the small font, never less than ``least``."""
        return max(least, QFontMetrics(self._small_font()).horizontalAdvance("000") + 12.0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for zone, text in self._zones:
                if zone.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    @staticmethod
    def _legend_spots(metrics: QFontMetrics, entries: Sequence[tuple[float, str, bool]], left: float,
                      right: float) -> list[tuple[float, int]]:
        """Where each legend entry (marker width, text, starts a row) goes: (x, row).

        Left to right, on a new row when the next one would run past ``right``: a translation
        can be much longer than the French, and painted text is never clipped by a layout.
        """
        spots: list[tuple[float, int]] = []
        x, row = left, 0
        for n, (marker, text, new_row) in enumerate(entries):
            width = marker + metrics.horizontalAdvance(text)
            if n and (new_row or x + width > right):
                x, row = left, row + 1
            spots.append((x, row))
            x += width + 18
        return spots

    def _draw_fitted(self, painter: QPainter, at: QPointF, text: str, right: float) -> None:
        """Draw ``text`` from ``at``, elided before ``right``; the whole text is then a tooltip."""
        metrics = painter.fontMetrics()
        room = max(0, int(right - at.x()))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if shown != text:
            self._zones.append((QRectF(at.x(), at.y() - metrics.ascent(), room, metrics.height()), text))
        painter.drawText(at, shown)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _draw_y_axis(self, painter: QPainter, plot: QRectF, top: float, step: float) -> None:
        painter.setFont(self._small_font())
        metrics = painter.fontMetrics()
        value = 0.0
        while value <= top + 0.01:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            text = f"{value:g}"
            painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(text) - 6,
                                     y + metrics.ascent() / 2 - 1), text)
            value += step


class FluencyCurveView(_Chart):
    """One pupil's MCLM over the school year, with the grade's guide line drawn dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = date(2000, 9, 1)
        self._end = date(2001, 7, 5)
        self._points: list[CurvePoint] = []
        self._guide: list[tuple[date, float]] = []
        self._target: float | None = None
        self._bands: list[PeriodBand] = []
        self._highlight: int | None = None
        self._empty_text = self.tr("Aucune mesure de fluence pour l'instant.")
        self.setAccessibleName(self.tr("Courbe de fluence de l'élève"))
        self.setAccessibleDescription(self._empty_text)
        # Literal tr() calls, so the translation tools find each month.
        self._month_names = (
            self.tr("janv."), self.tr("févr."), self.tr("mars"), self.tr("avr."), self.tr("mai"),
            self.tr("juin"), self.tr("juil."), self.tr("août"), self.tr("sept."), self.tr("oct."),
            self.tr("nov."), self.tr("déc."),
        )

    def set_data(
        self, *, year: tuple[date, date], points: Sequence[CurvePoint], guide: Sequence[tuple[date, float]],
        target: float | None, bands: Sequence[PeriodBand] = (), highlight: int | None = None,
    ) -> None:
        self._start, self._end = year
        # The chart stops at the end of the school term (early July), not on 31 August.
        self._end = min(self._end, date(self._start.year + 1, 7, 10))
        self._points = sorted(points, key=lambda p: p.day)
        self._guide = list(guide)
        self._target = target
        self._bands = list(bands)
        self._highlight = highlight
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """What the curve shows, in words, for screen readers (its accessible description)."""
        if not self._points:
            text = self._empty_text
        else:
            last = self._points[-1]
            value, day = f"{last.value:g}", last.day.strftime("%d/%m/%Y")
            text = (self.tr("1 mesure : {value} mots par minute le {day}") if len(self._points) == 1 else
                    self.tr("{count} mesures, dernière : {value} mots par minute le {day}")).format(
                count=len(self._points), value=value, day=day)
        if self._target is not None:
            text += " ; " + self.tr("objectif de fin d'année : {target}").format(target=f"{self._target:g}")
        return text

    def set_highlight(self, index: int | None) -> None:
        self._highlight = index
        self.update()

    @property
    def points(self) -> list[CurvePoint]:
        return list(self._points)

    @property
    def guide(self) -> list[tuple[date, float]]:
        return list(self._guide)

    @property
    def target(self) -> float | None:
        return self._target

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._zones = []
        metrics = painter.fontMetrics()
        legend = self._curve_legend()
        rows = 1 + max(row for _, row in legend)
        small_h = QFontMetrics(self._small_font()).height()
        legend_h = metrics.height() + 8 + (rows - 1) * (small_h + 2)
        left = self._axis_room(42.0)
        plot = QRectF(left, legend_h + 10, self.width() - left - 16,
                      self.height() - legend_h - 10 - max(26, small_h + 10))  # month names below
        if plot.width() < 60 or plot.height() < 40:
            return
        values = [p.value for p in self._points] + [v for _, v in self._guide]
        if self._target is not None:
            values.append(self._target)
        top, step = nice_top(max(values, default=60.0))
        span = max(1, (self._end - self._start).days)

        def x(day: date) -> float:
            share = min(max((day - self._start).days / span, 0.0), 1.0)
            return plot.left() + plot.width() * share

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * min(max(value, 0.0), top) / top

        for band in self._bands:
            left, right = x(band.starts_on), x(min(band.ends_on, self._end))
            if self._bands.index(band) + 1 == self._highlight:
                painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), PERIOD_BAND)
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()))
        self._draw_y_axis(painter, plot, top, step)
        painter.setPen(QPen(MUTED, 1))
        painter.drawRect(plot)
        small = painter.fontMetrics()
        for month in _months(self._start, self._end):
            text = self._month_names[month.month - 1]
            mid = x(min(month + timedelta(days=15), self._end))
            below = plot.bottom() + small.height() + 2
            left = min(mid - small.horizontalAdvance(text) / 2, self.width() - small.horizontalAdvance(text) - 2)
            painter.drawText(QPointF(left, below), text)
        for n, band in enumerate(self._bands, start=1):
            label = f"P{n}"
            left = x(band.starts_on)
            painter.setPen(ACCENT if n == self._highlight else MUTED)
            painter.drawText(QPointF(left + 3, plot.top() + small.ascent() + 2), label)

        if self._guide:
            painter.setPen(QPen(GUIDE, 1.6, Qt.PenStyle.DashLine))
            path = QPainterPath(QPointF(x(self._guide[0][0]), y(self._guide[0][1])))
            for day, value in self._guide[1:]:
                path.lineTo(QPointF(x(day), y(value)))
            painter.drawPath(path)
        if self._target is not None:
            # The official end-of-year target: a solid diamond at the end of June.
            end_of_june = min(date(self._start.year + 1, 6, 30), self._end)
            centre = QPointF(x(end_of_june), y(self._target))
            diamond = QPainterPath()
            diamond.moveTo(centre + QPointF(0, -6))
            diamond.lineTo(centre + QPointF(6, 0))
            diamond.lineTo(centre + QPointF(0, 6))
            diamond.lineTo(centre + QPointF(-6, 0))
            diamond.closeSubpath()
            painter.setPen(QPen(GUIDE, 1))
            painter.setBrush(GUIDE)
            painter.drawPath(diamond)
            official = self.tr("Objectif officiel de fin d'année : {0} MCLM").format(f"{self._target:g}")
            self._zones.append((QRectF(centre.x() - 8, centre.y() - 8, 16, 16), official))

        if self._points:
            painter.setPen(QPen(ACCENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            line = QPainterPath(QPointF(x(self._points[0].day), y(self._points[0].value)))
            for point in self._points[1:]:
                line.lineTo(QPointF(x(point.day), y(point.value)))
            painter.drawPath(line)
            for point in self._points:
                centre = QPointF(x(point.day), y(point.value))
                painter.setPen(QPen(ACCENT, 2))
                # A hollow dot for a prepared text: not comparable with the unprepared targets.
                painter.setBrush(QColor("#FFFFFF") if point.prepared else ACCENT)
                painter.drawEllipse(centre, 4.5, 4.5)
                painter.setPen(INK)
                text = f"{point.value:g}"
                half = small.horizontalAdvance(text) / 2
                painter.drawText(QPointF(centre.x() - half, centre.y() - 8), text)
                self._zones.append((QRectF(centre.x() - 8, centre.y() - 8, 16, 16), point.tooltip))
        else:
            painter.setPen(MUTED)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._empty_text)

        self._draw_legend(painter, metrics.height() + 8, legend)
        painter.end()

    def _legend_texts(self) -> tuple[str, str]:
        return (self.tr("MCLM mesuré (○ texte préparé)"),
                self.tr("repère estimé (non officiel) ; ◆ objectif officiel de fin d'année"))

    def _curve_legend(self) -> list[tuple[float, int]]:
        measured, guide = self._legend_texts()
        return self._legend_spots(QFontMetrics(self._small_font()), [(24, measured, False), (28, guide, False)],
                                  self._axis_room(42.0), self.width() - 16.0)

    def _draw_legend(self, painter: QPainter, first_row: int, spots: list[tuple[float, int]]) -> None:
        painter.setFont(self._small_font())
        metrics = painter.fontMetrics()
        measured, guide = self._legend_texts()
        (x, row), (gx, grow) = spots
        mid = first_row / 2 + 2 + row * (metrics.height() + 2)
        painter.setPen(QPen(ACCENT, 2))
        painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
        painter.setBrush(ACCENT)
        painter.drawEllipse(QPointF(x + 9, mid), 3.5, 3.5)
        painter.setPen(INK)
        self._draw_fitted(painter, QPointF(x + 24, mid + metrics.ascent() / 2 - 1), measured, self.width() - 4)
        mid = first_row / 2 + 2 + grow * (metrics.height() + 2)
        painter.setPen(QPen(GUIDE, 1.6, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(gx, mid), QPointF(gx + 22, mid))
        painter.setPen(GUIDE)
        self._draw_fitted(painter, QPointF(gx + 28, mid + metrics.ascent() / 2 - 1), guide, self.width() - 4)


class ClassFluencyChart(_Chart):
    """The period's MCLM per pupil (a bar) against the guide value at the measure's date (a tick)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._title = ""
        self.setAccessibleName(self.tr("Fluence de la classe : dernière mesure de chaque élève"))
        self.setAccessibleDescription(self.summary())

    def set_bars(self, bars: Sequence[Bar], title: str = "") -> None:
        self._bars = list(bars)
        self._title = title
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """How many pupils are where against the guide, for screen readers (its accessible description)."""
        if not self._bars:
            return self.tr("Aucun élève.")
        measured = [b for b in self._bars if b.value is not None]
        count = {key: sum(1 for b in measured if b.position == key) for key in ("above", "near", "below")}
        return self.tr("{pupils} élèves : {above} au niveau du repère estimé ou au-dessus, {near} proches, {below} en "
                       "dessous, {missing} sans mesure").format(
            pupils=len(self._bars), above=count["above"], near=count["near"], below=count["below"],
            missing=len(self._bars) - len(measured))

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._zones = []
        painter.setFont(self._small_font())
        small = painter.fontMetrics()
        longest = max((small.horizontalAdvance(b.label) for b in self._bars), default=40)
        label_h = min(small.height() * 9.0, longest * 0.72 + 10)  # labels run at 45°
        legend = self._class_legend(small)
        legend_h = (small.height() + 2) * (1 + max(row for _, row in legend)) + 6
        left = self._axis_room(40.0)
        plot = QRectF(left, legend_h + 8, self.width() - left - 12, self.height() - legend_h - 8 - label_h)
        self._draw_legend(painter, legend)
        if plot.width() < 60 or plot.height() < 40:
            painter.end()
            return
        values = [v for b in self._bars for v in (b.value, b.target) if v is not None]
        top, step = nice_top(max(values, default=60.0))
        self._draw_y_axis(painter, plot, top, step)
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self._bars:
            painter.setPen(MUTED)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Aucun élève."))
            painter.end()
            return
        slot = plot.width() / len(self._bars)
        width = max(4.0, min(36.0, slot * 0.62))

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * min(max(value, 0.0), top) / top

        for n, bar in enumerate(self._bars):
            centre = plot.left() + slot * (n + 0.5)
            zone = QRectF(centre - slot / 2, plot.top(), slot, plot.height())
            if bar.value is not None:
                rect = QRectF(centre - width / 2, y(bar.value), width, plot.bottom() - y(bar.value))
                fill_position(painter, rect, bar.position)
                painter.setPen(INK)
                text = f"{bar.value:g}"
                if small.horizontalAdvance(text) <= slot:
                    half = small.horizontalAdvance(text) / 2
                    painter.drawText(QPointF(centre - half, rect.top() - 3), text)
            else:
                painter.setPen(MUTED)
                painter.drawText(QPointF(centre - small.horizontalAdvance("–") / 2, plot.bottom() - 4), "–")
            if bar.target is not None:
                painter.setPen(QPen(INK, 2.2))
                ty = y(bar.target)
                painter.drawLine(QPointF(centre - slot * 0.45, ty), QPointF(centre + slot * 0.45, ty))
            self._zones.append((zone, bar.tooltip))
            painter.save()
            painter.setPen(INK)
            painter.translate(centre + small.ascent() / 3, plot.bottom() + 6)
            painter.rotate(-45)
            painter.drawText(QPointF(-small.horizontalAdvance(bar.label), 0), bar.label)
            painter.restore()
        if self._title:
            painter.setPen(INK)
            painter.drawText(QPointF(plot.right() - small.horizontalAdvance(self._title), plot.top() - 4),
                             self._title)
        painter.end()

    def _legend_texts(self) -> list[tuple[str | None, str]]:
        """(colour key, text) of each entry; None: the guide's tick, always on a row of its own."""
        return [("above", self.tr("au niveau du repère ou au-dessus")),
                ("near", self.tr("proche (moins de 15 % en dessous)")),
                ("below", self.tr("en dessous")),
                (None, self.tr("repère estimé (non officiel) à la date de la mesure ; seuls les objectifs de fin "
                               "d'année sont officiels"))]

    def _class_legend(self, metrics: QFontMetrics) -> list[tuple[float, int]]:
        entries = [(16.0 if key else 24.0, text, key is None) for key, text in self._legend_texts()]
        return self._legend_spots(metrics, entries, self._axis_room(40.0), self.width() - 12.0)

    def _draw_legend(self, painter: QPainter, spots: list[tuple[float, int]]) -> None:
        metrics = painter.fontMetrics()
        for (key, text), (x, row) in zip(self._legend_texts(), spots, strict=True):
            base = metrics.ascent() + 2 + row * (metrics.height() + 2)
            if key is not None:
                fill_position(painter, QRectF(x, base - metrics.ascent() + 1, 12, 10), key)
                painter.setPen(INK)
                self._draw_fitted(painter, QPointF(x + 16, base), text, self.width() - 4)
            else:
                painter.setPen(QPen(INK, 2.2))
                painter.drawLine(QPointF(x, base - metrics.ascent() / 2), QPointF(x + 18, base - metrics.ascent() / 2))
                painter.setPen(GUIDE)
                self._draw_fitted(painter, QPointF(x + 24, base), text, self.width() - 4)
