"""The page of one pupil's synthesis: what parents read and sign.

One A4 page for a pupil of an ordinary class: the objectives observed this period (those not
yet observed are counted in one line, not listed), the fluency curve, the appreciation and the
signatures. When that does not fit, the page is laid out again more densely; only a very long
appreciation or a framework far larger than the programmes' then runs onto a second page.

Families read the wording the report asks for (``PeriodReport.wording``: by default the plain
one written for them) and how the steps were found in plain words, never a rule's name.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from exports.code_block import code_block
from exports.fluency_chart import fluency_chart, target_caption
from exports.french import change_text, long_date, number, period_span
from exports.pdfdoc import (
    ACCENT,
    BAND,
    MUTED,
    RULE,
    SUBBAND,
    GroupStart,
    legend_table,
    mark_fill,
    mark_markup,
    styles,
    text,
)
from exports.reading_pages import grids_block
from exports.report import Change, PeriodReport, PupilReport
from exports.works_block import works_block

MARK_WIDTH = 44 * mm  # « ◑ Partiellement atteints » on one line
CHANGE_WIDTH = 27 * mm  # « ↑ en progrès » on one line
SMALL_MARK_WIDTH, SMALL_CHANGE_WIDTH = 39 * mm, 24 * mm  # the same, a point smaller
GAPS = 4  # spaces between the page's blocks that a density sets


@dataclass(frozen=True)
class Density:
    """How tightly a pupil's page is laid out."""

    padding: float  # points above and below the text of a table row
    chart_height: float
    signature_height: float
    gap: float  # space between the page's blocks
    small_labels: bool = False  # objectives in a smaller size
    works_beside: bool = False  # the works read under the appreciation, beside the fluency chart, and
    # the correspondences by their letters only

    def toward(self, other: Density, share: float) -> Density:
        def mix(mine: float, theirs: float) -> float:
            return mine + (theirs - mine) * share

        return Density(mix(self.padding, other.padding), mix(self.chart_height, other.chart_height),
                       mix(self.signature_height, other.signature_height), mix(self.gap, other.gap))


ROOMY = Density(padding=2.4, chart_height=52 * mm, signature_height=20 * mm, gap=3 * mm)
DENSE = Density(padding=0.8, chart_height=28 * mm, signature_height=13 * mm, gap=1.2 * mm)
# The last resort before a second page: a class whose grade has twenty-five objectives (CP), all
# observed in the period.
TIGHT = Density(padding=0.6, chart_height=30 * mm, signature_height=12 * mm, gap=0.8 * mm, small_labels=True)
# When even that overflows (a pupil followed on the code, with grids, decoding readings and works):
# a smaller chart, the works read beside it under the appreciation (where a short one leaves room), and
# the correspondences by their letters only.
TIGHTEST = Density(padding=0.5, chart_height=24 * mm, signature_height=10 * mm, gap=0.6 * mm, small_labels=True,
                   works_beside=True)


class _Para(Paragraph):
    """A paragraph that breaks its lines once per width: the page is measured, laid out again and
    built with the same paragraphs, and breaking lines is most of a paragraph's cost."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A split drops the broken lines (``blPara``): break them again then.
        if self._wrapped is not None and self._wrapped[0] == availWidth and hasattr(self, "blPara"):
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


# A paragraph's markup as ReportLab parsed it (text, style, bullet, fragments), by markup and style.
Parsed = dict[tuple[str, ParagraphStyle], tuple[str, ParagraphStyle, Any, list[Any]]]


class _Paragraphs:
    """Makes the page's paragraphs, and gives the same ones back when the page is laid out a
    second time (a paragraph's markup is parsed once: most of the cost of a page). A markup the
    document already parsed for another pupil (the objectives' wordings, the headings: 278
    distinct markups for 2,277 paragraphs in the demo class) is not parsed again: the new paragraph
    shares its fragments, which ReportLab only reads (it clones a fragment to change it)."""

    def __init__(self, parsed: Parsed) -> None:
        self._parsed = parsed
        self._made: dict[tuple[str, str], list[Paragraph]] = {}
        self._used: dict[tuple[str, str], int] = {}

    def again(self) -> None:
        self._used.clear()

    def __call__(self, markup: str, style: ParagraphStyle) -> Paragraph:
        key = (markup, style.name)
        made = self._made.setdefault(key, [])
        used = self._used.get(key, 0)
        self._used[key] = used + 1
        if used == len(made):  # one object per place on the page, even for the same text
            made.append(self._paragraph(markup, style))
        return made[used]

    def _paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        known = self._parsed.get((markup, style))
        if known is not None:
            text, parsed_style, bullet, frags = known
            return _Para(text, parsed_style, bullet, frags=frags)
        paragraph = _Para(markup, style)
        self._parsed[(markup, style)] = (paragraph.text, paragraph.style, paragraph.bulletText, paragraph.frags)
        return paragraph


def pupil_story(report: PeriodReport, pupil: PupilReport, width: float, height: float,
                on_start: Callable[[], None] | None = None, parsed: Parsed | None = None) -> list[Flowable]:
    """Flowables of one pupil's synthesis, starting with the marker that numbers its pages.
    ``parsed``: the markups the document parsed already, shared by its pupils' pages.

    Laid out densely and measured once; the room left on the page then loosens it, up to the
    roomy layout (every density setting adds height linearly, so no second measure is needed).
    A page the dense layout overflows is laid out tight, smaller objectives included; if even
    that overflows (a very long appreciation), it goes on over a second page.
    """
    para = _Paragraphs({} if parsed is None else parsed)
    story, rows = _story(report, pupil, width, DENSE, para)
    spare = height - _height(story, width, height) - 2  # a little slack for rounding
    if spare > 0:
        growth = (rows * 2 * (ROOMY.padding - DENSE.padding) + ROOMY.chart_height - DENSE.chart_height
                  + ROOMY.signature_height - DENSE.signature_height + GAPS * (ROOMY.gap - DENSE.gap))
        para.again()
        story, _ = _story(report, pupil, width, DENSE.toward(ROOMY, min(1.0, spare / growth)), para)
    else:
        para.again()
        story, _ = _story(report, pupil, width, TIGHT, para)
        if pupil.works is not None and _height(story, width, height) > height - 2:
            para.again()
            story, _ = _story(report, pupil, width, TIGHTEST, para)
    return [GroupStart(pupil.label, on_start), *story]


def _height(story: list[Flowable], width: float, height: float, canvas: Canvas | None = None) -> float:
    """The height ``story`` takes laid out in one frame ``width`` wide."""
    canvas = canvas or Canvas(io.BytesIO())  # some flowables measure text on a canvas; this one is never saved
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # its own wrap answers "too tall" on purpose, to force a split
            total += _height(flowable._content, width, height, canvas)
        else:
            total += flowable.wrapOn(canvas, width, height)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _story(report: PeriodReport, pupil: PupilReport, width: float, density: Density,
           para: _Paragraphs) -> tuple[list[Flowable], int]:
    """The page's flowables, and the number of table rows whose padding the density sets."""
    st = styles()
    story: list[Flowable] = [_heading(report, pupil, width, para), Spacer(0, density.gap)]
    # The decision sign is spelled out in each cell, so the legend need not explain it.
    story += [legend_table(report.scale, width, with_decision=False, para=para), Spacer(0, density.gap)]
    table = _marks_table(report, pupil, width, density, para)
    story += [table, Spacer(0, 1.2 * mm), para(_how_to_read(report, pupil), st.small)]
    story += [Spacer(0, 1.2 * mm), *code] if (code := code_block(pupil, para, brief=density.works_beside)) else []
    story += grids_block(pupil, width, density.padding, density.gap, para)
    story += _fluency_and_appreciation(report, pupil, width, density, para)
    story += [] if density.works_beside and _beside(pupil) else works_block(pupil, para)
    story.append(_signatures(width, density, para))
    # Rows whose padding follows the density: the objectives', the grids'.
    return story, len(table._cellvalues) + len(pupil.grids) + (1 if pupil.decoding else 0)


def _heading(report: PeriodReport, pupil: PupilReport, width: float, para: _Paragraphs) -> Table:
    """Who and when, in two bands: the school, class and period in small print, then the
    pupil's name and grade beside the document's title."""
    st = styles()
    header = report.header
    school = " · ".join(text(part) for part in (header.school, f"Classe : {header.class_label}",
                                                 f"Enseignant(e) : {header.teacher}" if header.teacher.strip() else "")
                        if part.strip())
    when = (f"Année scolaire {text(header.year_label)} · <b>{text(header.period_label)}</b>, "
            f"{period_span(header.period_start, header.period_end)}")
    title = (f'<font color="{ACCENT.hexval().replace("0x", "#")}"><b>Bilan de lecture — '
             f"{text(header.period_label)}</b></font>")
    table = Table(
        [[para(school, st.small), para(when, st.small_right)],
         [para(f"{text(pupil.label)} <font size=10>— {text(pupil.grade)}</font>", st.name),
          para(title, st.body_right)]],
        colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("BACKGROUND", (0, 1), (-1, 1), SUBBAND),
        ("LINEBEFORE", (0, 1), (0, 1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("RIGHTPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("TOPPADDING", (0, 1), (-1, 1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ("LEFTPADDING", (0, 1), (0, 1), 8),
    ]))
    return table


def _how_to_read(report: PeriodReport, pupil: PupilReport) -> str:
    """The notes under the table: objectives not observed yet (counted, not listed), how a step
    was found (in plain words), and whose wording the objectives are in."""
    notes = []
    waiting = [item for item in pupil.items if item.kind == "objective" and pupil.mark(item.code).step is None]
    if waiting:
        total = sum(1 for item in pupil.items if item.kind == "objective")
        count = f"{len(waiting)} objectif{'s' if len(waiting) > 1 else ''} sur {total}"
        notes.append(f"<b>Pas observé{'s' if len(waiting) > 1 else ''} cette période :</b> {count}.")
    plain = report.header.rule_plain.strip()
    if plain:
        notes.append(f"Chaque objectif est observé plusieurs fois en classe ; {text(plain)}.")
    if report.wording == "family" and any(item.family for item in pupil.items):
        notes.append("Objectifs dits avec des mots simples (texte officiel : programmes de l'école).")
    return " ".join(notes)


def _marks_table(report: PeriodReport, pupil: PupilReport, width: float, density: Density,
                 para: _Paragraphs) -> Table:
    st = styles()
    with_change = report.header.previous_period_label is not None
    mark_width, change_width = ((SMALL_MARK_WIDTH, SMALL_CHANGE_WIDTH) if density.small_labels
                                else (MARK_WIDTH, CHANGE_WIDTH))
    mark_style = st.mark_small if density.small_labels else st.mark
    widths = [width - mark_width - (change_width if with_change else 0), mark_width]
    head = [para(f"Ce qui est attendu en {text(pupil.grade)}", st.header_cell),
            para("Cette période", st.header_cell)]
    if with_change:
        widths.append(change_width)
        previous = text(report.header.previous_period_label or "")
        head.append(para(f"Évolution<br/><font size=7>depuis {previous}</font>", st.header_cell))
    rows: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), density.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), density.padding + 0.5),
        ("LEFTPADDING", (1, 0), (-1, -1), 4),
        ("RIGHTPADDING", (1, 0), (-1, -1), 4),
    ]
    objective = st.objective_small if density.small_labels else st.objective
    label_styles = {"domain": st.domain, "competency": st.competency, "objective": objective}
    for item in pupil.items:
        mark = pupil.mark(item.code)
        if item.kind == "objective" and mark.step is None:
            continue  # counted under the table
        row = len(rows)
        graded = item.kind == "objective" or item.code in pupil.marks
        label = para(text(item.wording(report.wording)), label_styles.get(item.kind, objective))
        markup = mark_markup(mark, report.scale, symbol_size=9 if density.small_labels else 11)
        cells: list[Any] = [label, para(markup, mark_style) if graded else ""]
        if with_change:
            cells.append(para(_change(mark.change), mark_style) if graded else "")
        rows.append(cells)
        if item.kind != "objective":
            commands.append(("BACKGROUND", (0, row), (-1, row), BAND if item.kind == "domain" else SUBBAND))
            if not graded:
                commands.append(("SPAN", (0, row), (-1, row)))
        fill = mark_fill(mark, report.scale)
        if graded and fill is not None:
            commands.append(("BACKGROUND", (1, row), (1, row), fill))
    if len(rows) == 1:
        rows.append([para("<i>Aucun objectif de lecture pour ce niveau.</i>", st.body), ""]
                    + ([""] if with_change else []))
    # splitInRow: an objective whose label is longer than a page still prints, over two pages.
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _change(change: Change | None) -> str:
    words = change_text(change)
    if change == "up":
        return f"<b>{words}</b>"
    if change in ("same", "new"):
        return f'<font color="#5F6B7A">{words}</font>'
    return words


SIDE_BY_SIDE_LONGEST = 700  # characters of appreciation that still fit beside the fluency chart
CHART_SHARE = 0.56  # of the page width, when the chart and the appreciation sit side by side
WORKS_BESIDE_LONGEST = 300  # characters of appreciation that still leave the works room beside the chart


def _beside(pupil: PupilReport) -> bool:
    return len(pupil.appreciation.strip()) <= WORKS_BESIDE_LONGEST


def _fluency_and_appreciation(report: PeriodReport, pupil: PupilReport, width: float, density: Density,
                              para: _Paragraphs) -> list[Flowable]:
    """The fluency chart and the appreciation side by side (half a page saved), or one under
    the other when the appreciation is too long to sit in a cell (a cell cannot go on over a
    page; a paragraph can)."""
    st = styles()
    appreciation = pupil.appreciation.strip()
    beside = density.works_beside and _beside(pupil) and pupil.works is not None
    if len(appreciation) > SIDE_BY_SIDE_LONGEST:
        return [KeepTogether(_fluency(report, pupil, width, density, para)),
                para("Appréciation", st.heading), para(text(appreciation), st.appreciation)]
    left = width * CHART_SHARE
    right = width - left - 5 * mm
    box: Flowable
    if appreciation:
        box = para(text(appreciation), st.appreciation)
    else:
        # Room to write by hand; less of it when the works read come under it.
        box = Table([[""]], colWidths=[right], rowHeights=[density.chart_height / (2 if beside else 1)])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
    works = works_block(pupil, para, together=False) if beside else []
    right_cell = [para("Appréciation", st.heading), box, *([Spacer(0, 2 * mm), *works] if works else [])]
    table = Table([[_fluency(report, pupil, left, density, para), right_cell]], colWidths=[left + 5 * mm, right])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 5 * mm),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _fluency(report: PeriodReport, pupil: PupilReport, width: float, density: Density,
             para: _Paragraphs) -> list[Flowable]:
    """The heading, the chart and its caption (to keep together: in a cell, or a KeepTogether)."""
    st = styles()
    heading = para("Fluence : mots lus par minute", st.heading)
    if not pupil.fluency:
        return [heading, para("Aucune mesure de fluence cette année pour l'instant.", st.small)]
    latest = max(pupil.fluency, key=lambda point: point.when)
    summary = (f"Dernière mesure : <b>{number(latest.mclm)} mots correctement lus par minute</b> le "
               f"{long_date(latest.when)}")
    if latest.text.strip():
        summary += f" ({text(latest.text)}{', texte préparé' if latest.prepared else ''})"
    official = [target for target in pupil.fluency_target if target.official]
    if official:
        summary += ". " + ". ".join(text(target_caption(target)) for target in official)
    chart = fluency_chart(pupil.fluency, pupil.fluency_target, width=width, height=density.chart_height,
                          fonts=st.fonts, year_start=report.header.year_start, year_end=report.header.year_end)
    return [heading, chart, Spacer(0, 1 * mm), para(summary + ".", st.small)]


def _signatures(width: float, density: Density, para: _Paragraphs) -> Flowable:
    st = styles()
    gap = 6 * mm
    half = (width - gap) / 2
    signatures = Table(
        [[para("Signature de l'enseignant(e)", st.small), "",
          para("Signature des parents ou responsables légaux", st.small)]],
        colWidths=[half, gap, half], rowHeights=[density.signature_height],
    )
    signatures.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.6, RULE),
        ("BOX", (2, 0), (2, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([Spacer(0, density.gap), signatures])
