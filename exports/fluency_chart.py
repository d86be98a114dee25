"""The pupil's fluency over the school year, against the grade's target (a dashed line).

Drawn by hand with ReportLab shapes rather than ``LinePlot``: dates on the x axis, month
names in French and the labels' fonts are then fully ours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.fonts import Fonts
from exports.french import MONTHS_SHORT, number
from exports.pdfdoc import ACCENT, INK, MUTED, RULE
from exports.report import FluencyPoint, FluencyTarget

TARGET_COLOR = colors.HexColor("#B5472F")


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
    """« Objectif de fin de CE1 : 70 », without repeating a value the label already gives."""
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

    left, right, bottom, upper = 34.0, 12.0, 24.0, 16.0
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
    if goals:
        line = [(left, y(goals[0].mclm)), (left + plot_width, y(goals[0].mclm))]
        if len(goals) > 1:
            line = [(x(goal.when), y(goal.mclm)) for goal in goals]
        goal_line = line
        drawing.add(PolyLine([c for pair in line for c in pair], strokeColor=TARGET_COLOR, strokeWidth=1.2,
                             strokeDashArray=[4, 3]))
        last = goals[-1]
        caption = target_caption(last)
        label_y = y(last.mclm) + 5 if y(last.mclm) + 12 < bottom + plot_height else y(last.mclm) - 10
        caption_width = stringWidth(caption, fonts.regular, 7)
        drawing.add(String(max(left + 2, left + plot_width - caption_width - 2), label_y, caption,
                           fontName=fonts.regular, fontSize=7, fillColor=TARGET_COLOR))

    coordinates = [(x(point.when), y(point.mclm)) for point in points]
    if len(coordinates) > 1:
        drawing.add(PolyLine([c for pair in coordinates for c in pair], strokeColor=ACCENT, strokeWidth=1.6))
    target_ys = [y_at(goal_line, px) for px, _ in coordinates] if goals else [None] * len(coordinates)
    for (px, py), point, target_y in zip(coordinates, points, target_ys, strict=True):
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

    # Legend, top left, so that the solid and dashed lines are explained even in black and white.
    legend_y = height - 9
    drawing.add(Line(left, legend_y + 2.5, left + 16, legend_y + 2.5, strokeColor=ACCENT, strokeWidth=1.6))
    drawing.add(String(left + 20, legend_y, "mesures de l'élève", fontName=fonts.regular, fontSize=7,
                       fillColor=INK))
    if goals:
        offset = left + 30 + stringWidth("mesures de l'élève", fonts.regular, 7)
        drawing.add(Line(offset, legend_y + 2.5, offset + 16, legend_y + 2.5, strokeColor=TARGET_COLOR,
                         strokeWidth=1.2, strokeDashArray=[4, 3]))
        drawing.add(String(offset + 20, legend_y, "objectif du niveau", fontName=fonts.regular, fontSize=7,
                           fillColor=INK))
    return drawing
