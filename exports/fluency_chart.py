"""The pupil's fluency over the school year, against the grade's official targets.

The programme's end-of-year figures are diamonds labelled « objectif officiel »; the dashed
line that leads to them from September is an estimate, and the legend says « repère estimé
(non officiel) ». A prepared text is a hollow point (and its target a hollow diamond).

Drawn by hand with ReportLab shapes rather than ``LinePlot``: dates on the x axis, month
names in French and the labels' fonts are then fully ours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.fonts import Fonts
from exports.french import MONTHS_SHORT, number
from exports.pdfdoc import ACCENT, INK, MUTED, RULE
from exports.report import FluencyPoint, FluencyTarget

TARGET_COLOR = colors.HexColor("#B5472F")
ESTIMATE_LEGEND = "repère estimé (non officiel)"
OFFICIAL_LEGEND = "objectif officiel de fin d'année"
PREPARED_LEGEND = "texte préparé"


def _first_of_months(start: date, end: date) -> list[date]:
    day = date(start.year, start.month, 1)
    if day < start:
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    months = []
    while day <= end:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def _nice_top(value: float) -> tuple[float, float]:
    """Top of the y axis and the grid step, so that lines fall on round numbers."""
    step = 10.0 if value <= 80 else 20.0 if value <= 200 else 50.0
    return max(step * 2, math.ceil(value * 1.12 / step) * step), step


def target_caption(target: FluencyTarget) -> str:
    """« Objectif de fin de CE1 : 70 mots/min », without repeating a value the label already gives."""
    label = target.label.strip() or "Objectif"
    value = number(target.mclm)
    return label if value in label else f"{label} : {value} mots/min"


def y_at(line: Sequence[tuple[float, float]], at: float) -> float | None:
    """Height of a polyline at abscissa ``at``; None outside it."""
    for (x0, y0), (x1, y1) in pairwise(line):
        if x0 <= at <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (at - x0) / (x1 - x0)
    return None


def fluency_chart(measures: Sequence[FluencyPoint], targets: Sequence[FluencyTarget], *, width: float,
                  height: float, fonts: Fonts, year_start: date | None = None,
                  year_end: date | None = None) -> Drawing:
    """The chart as a Drawing (a flowable); ``measures`` must not be empty."""
    points = sorted(measures, key=lambda point: point.when)
    goals = sorted(targets, key=lambda target: target.when)
    days = [point.when for point in points] + [goal.when for goal in goals]
    start = year_start or min(days) - timedelta(days=7)
    end = year_end or max(days) + timedelta(days=7)
    start, end = min(start, *days), max(end, *days)
    if end <= start:
        end = start + timedelta(days=30)
    top, step = _nice_top(max([point.mclm for point in points] + [goal.mclm for goal in goals]))

    # The estimated line runs through the unprepared points, official end included.
    line_goals = [goal for goal in goals if not goal.prepared]
    with_line = len(line_goals) > 1 and not all(goal.official for goal in line_goals)
    official = [goal for goal in goals if goal.official]
    left, right, bottom = 34.0, 12.0, 24.0
    legend = _legend_layout(with_line, bool(official), any(point.prepared for point in points), fonts,
                            left, width - right)
    upper = 7.0 + LEGEND_LINE * (1 + max(line for *_, line in legend))
    plot_width, plot_height = width - left - right, height - bottom - upper
    span = (end - start).days

    def x(day: date) -> float:
        return left + plot_width * (day - start).days / span

    def y(value: float) -> float:
        return bottom + plot_height * max(0.0, min(value, top)) / top

    drawing = Drawing(width, height)
    drawing.add(Rect(left, bottom, plot_width, plot_height, fillColor=colors.HexColor("#FBFCFD"),
                     strokeColor=RULE, strokeWidth=0.5))
    value = 0.0
    while value <= top + 0.01:
        drawing.add(Line(left, y(value), left + plot_width, y(value), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(left - 4, y(value) - 2.5, number(value), fontName=fonts.regular, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
        value += step
    months = _first_of_months(start, end)
    for month in months:
        drawing.add(Line(x(month), bottom, x(month), bottom - 3, strokeColor=MUTED, strokeWidth=0.5))
    # Month names sit in the middle of their month, and only where the whole name fits.
    edges = [start, *months, end + timedelta(days=1)]
    for first, following in pairwise(edges):
        name = MONTHS_SHORT[first.month - 1]
        if x(following) - x(first) >= stringWidth(name, fonts.regular, 7) + 2:
            drawing.add(String((x(first) + x(following)) / 2, bottom - 11, name, fontName=fonts.regular,
                               fontSize=7, fillColor=MUTED, textAnchor="middle"))

    goal_line: list[tuple[float, float]] = []
    if with_line:
        goal_line = [(x(goal.when), y(goal.mclm)) for goal in line_goals]
        drawing.add(PolyLine([c for pair in goal_line for c in pair], strokeColor=TARGET_COLOR, strokeWidth=1.2,
                             strokeDashArray=[4, 3]))
    for goal in official:
        # The figure beside its diamond; the caption under the chart says what it is.
        gx, gy = x(goal.when), y(goal.mclm)
        drawing.add(_diamond(gx, gy, 3.6, hollow=goal.prepared))
        drawing.add(String(gx + 6, gy - 2.5, number(goal.mclm), fontName=fonts.bold, fontSize=7,
                           fillColor=TARGET_COLOR))

    coordinates = [(x(point.when), y(point.mclm)) for point in points]
    if len(coordinates) > 1:
        drawing.add(PolyLine([c for pair in coordinates for c in pair], strokeColor=ACCENT, strokeWidth=1.6))
    target_ys = [y_at(goal_line, px) for px, _ in coordinates]
    for (px, py), point, target_y in zip(coordinates, points, target_ys, strict=True):
        if point.prepared:
            drawing.add(Circle(px, py, 2.6, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.2))
        else:
            drawing.add(Circle(px, py, 2.6, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
        caption = number(point.mclm)
        label_y = py + 5
        # Below the point when above it would sit on the dashed target line or leave the plot.
        on_target = target_y is not None and label_y - 2 <= target_y <= label_y + 8
        if on_target or label_y + 8 > bottom + plot_height:
            label_y = py - 11
        caption_width = stringWidth(caption, fonts.bold, 7)
        drawing.add(Rect(px - caption_width / 2 - 1, label_y - 1.5, caption_width + 2, 8.5,
                         fillColor=colors.white, strokeColor=None, fillOpacity=0.85))
        drawing.add(String(px, label_y, caption, fontName=fonts.bold, fontSize=7, fillColor=INK,
                           textAnchor="middle"))

    # Legend, top left, so that every mark is explained even in black and white.
    for kind, words, offset, line in legend:
        legend_y = height - 9 - LEGEND_LINE * line
        middle = legend_y + 2.5
        if kind == "measures":
            drawing.add(Line(offset, middle, offset + 16, middle, strokeColor=ACCENT, strokeWidth=1.6))
        elif kind == "estimate":
            drawing.add(Line(offset, middle, offset + 16, middle, strokeColor=TARGET_COLOR, strokeWidth=1.2,
                             strokeDashArray=[4, 3]))
        elif kind == "official":
            drawing.add(_diamond(offset + 8, middle, 3.2))
        else:
            drawing.add(Circle(offset + 8, middle, 2.6, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.2))
        drawing.add(String(offset + 20, legend_y, words, fontName=fonts.regular, fontSize=7, fillColor=INK))
    return drawing


LEGEND_LINE = 9.0  # points between two lines of the legend


def _legend_layout(with_line: bool, with_official: bool, with_prepared: bool, fonts: Fonts, first: float,
                   last: float) -> list[tuple[str, str, float, int]]:
    """(kind, words, x, line) of each legend entry: on as many lines as the chart's width needs."""
    entries = [("measures", "mesures de l'élève")]
    if with_line:
        entries.append(("estimate", ESTIMATE_LEGEND))
    if with_official:
        entries.append(("official", OFFICIAL_LEGEND))
    if with_prepared:
        entries.append(("prepared", PREPARED_LEGEND))
    placed: list[tuple[str, str, float, int]] = []
    offset, line = first, 0
    for kind, words in entries:
        needed = 20 + stringWidth(words, fonts.regular, 7)
        if offset > first and offset + needed > last:
            offset, line = first, line + 1
        placed.append((kind, words, offset, line))
        offset += needed + 10
    return placed


def _diamond(cx: float, cy: float, size: float, *, hollow: bool = False) -> Polygon:
    return Polygon([cx, cy + size, cx + size, cy, cx, cy - size, cx - size, cy],
                   fillColor=colors.white if hollow else TARGET_COLOR, strokeColor=TARGET_COLOR, strokeWidth=1)
