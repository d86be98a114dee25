"""What every PDF shares: styles, colours, marks as cells, page footers, building to a file.

Footers say « page n / N » where N is only known once the whole document is laid out, so
the canvas keeps each finished page aside and draws the footers when the document is saved
(one layout pass instead of two). Pages are grouped per pupil by :class:`GroupStart`
markers, so that a class document numbers each pupil's pages on their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import DocIf

from exports.fonts import Fonts, pdf_fonts
from exports.french import DECISION_SIGN, NOT_EVALUATED_TEXT, TEACHER_DECISION_TEXT, long_date, period_span
from exports.report import Mark, ReportHeader, StepStyle, not_evaluated_step
from exports.shades import print_fill

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B8C2CC")
BAND = colors.HexColor("#E4EAF1")
SUBBAND = colors.HexColor("#F3F5F8")
EMPTY_CELL = colors.HexColor("#FAFAFA")
ACCENT = colors.HexColor("#2F4A6D")

NOT_EVALUATED_SIGN = "–"


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one family, built once per process."""

    fonts: Fonts
    title: ParagraphStyle
    heading: ParagraphStyle
    name: ParagraphStyle
    body: ParagraphStyle
    body_right: ParagraphStyle
    appreciation: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    domain: ParagraphStyle
    competency: ParagraphStyle
    objective: ParagraphStyle
    objective_small: ParagraphStyle
    mark: ParagraphStyle
    mark_small: ParagraphStyle
    mark_compact: ParagraphStyle
    header_cell: ParagraphStyle
    header_centred: ParagraphStyle
    code: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The shared styles, registering the fonts on first use.

    Two threads racing here build equal styles; the fonts themselves are registered under a lock.
    """
    global _styles
    if _styles is None:
        fonts = pdf_fonts()
        base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9.5, leading=12.5, textColor=INK)

        def derive(name: str, **changes: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **changes)

        _styles = Styles(
            fonts=fonts,
            title=derive("title", fontName=fonts.bold, fontSize=16, leading=20, textColor=ACCENT,
                         spaceAfter=2 * mm),
            heading=derive("heading", fontName=fonts.bold, fontSize=11.5, leading=14, textColor=ACCENT,
                           spaceBefore=4 * mm, spaceAfter=1.5 * mm, keepWithNext=True),
            name=derive("name", fontName=fonts.bold, fontSize=14, leading=18),
            body=derive("body"),
            body_right=derive("body_right", alignment=TA_RIGHT),
            # A bordered Paragraph rather than a one-cell table: a long appreciation may then
            # continue on the next page instead of failing the layout.
            appreciation=derive("appreciation", borderColor=RULE, borderWidth=0.6, borderPadding=(5, 6, 7, 6),
                                leftIndent=6, rightIndent=6),
            small=derive("small", fontSize=8, leading=10, textColor=MUTED),
            small_right=derive("small_right", fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT),
            cell=derive("cell", fontSize=8.5, leading=10.5),
            domain=derive("domain", fontName=fonts.bold, fontSize=10.5, leading=13),
            competency=derive("competency", fontName=fonts.bold, fontSize=9.5, leading=12),
            objective=derive("objective", fontSize=8.5, leading=10.3, leftIndent=3.5 * mm),
            objective_small=derive("objective_small", fontSize=7.5, leading=9, leftIndent=3.5 * mm),
            mark=derive("mark", fontSize=9, leading=11, alignment=TA_LEFT),
            mark_small=derive("mark_small", fontSize=8, leading=9.5, alignment=TA_LEFT),
            mark_compact=derive("mark_compact", fontSize=10, leading=11, alignment=TA_CENTER),
            header_cell=derive("header_cell", fontName=fonts.bold, fontSize=8.5, leading=10.5,
                               textColor=colors.white),
            header_centred=derive("header_centred", fontName=fonts.bold, fontSize=8.5, leading=10.5,
                                  textColor=colors.white, alignment=TA_CENTER),
            # Codes have no spaces: CJK wrapping lets them break anywhere instead of overflowing.
            code=derive("code", fontName=fonts.bold, fontSize=7, leading=8.5, alignment=TA_CENTER,
                        wordWrap="CJK", textColor=colors.white),
        )
    return _styles


def text(value: str) -> str:
    """User text as Paragraph markup (escaped, every glyph drawable, line breaks kept)."""
    return styles().fonts.markup(value).replace("\r\n", "\n").replace("\n", "<br/>")


def color(hex_color: str) -> colors.Color:
    """A step colour, or light grey if the caller's value is not ``#RRGGBB``."""
    try:
        return colors.HexColor(hex_color)
    except (ValueError, TypeError):
        return colors.HexColor("#EEEEEE")


def ink_on(hex_color: str) -> colors.Color:
    """Black or white, whichever reads better on ``hex_color`` (WCAG relative luminance)."""
    fill = color(hex_color)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(fill.red) + 0.7152 * linear(fill.green) + 0.0722 * linear(fill.blue)
    return INK if luminance > 0.33 else colors.white


def symbol(step: StepStyle) -> str:
    """Markup of the step's symbol; its rank (or short label) when the font cannot draw it."""
    fonts = styles().fonts
    if step.symbol and fonts.can_draw(step.symbol):
        return fonts.markup(step.symbol)
    if step.rank is not None:
        return str(step.rank)
    return fonts.markup(step.short[:3])


def mark_markup(mark: Mark, scale: Sequence[StepStyle], *, compact: bool = False, symbol_size: float = 11) -> str:
    """A mark readable in black and white: symbol and short label, the decision sign if any."""
    step = mark.step
    if step is None:
        if compact:
            return f'<font color="#8A94A0">{NOT_EVALUATED_SIGN}</font>'
        return f'<font color="#6B7682"><i>{NOT_EVALUATED_TEXT}</i></font>'
    fill = step_fill(step, scale)
    hex_ink = (ink_on(fill.hexval().replace("0x", "#")) if fill is not None else INK).hexval().replace("0x", "#")
    sign = symbol(step)
    if compact:
        decision = f"<font size=7>{DECISION_SIGN}</font>" if mark.overridden else ""
        return f'<font color="{hex_ink}">{sign}{decision}</font>'
    words = f'<font size={symbol_size:g}>{sign}</font>&nbsp;{text(step.short)}'
    if mark.overridden:
        words += f"<br/><font size=7><i>{DECISION_SIGN} {TEACHER_DECISION_TEXT}</i></font>"
    return f'<font color="{hex_ink}">{words}</font>'


def step_fill(step: StepStyle, scale: Sequence[StepStyle]) -> colors.Color | None:
    """A step's fill on paper (``exports.shades``): apart from the others on a grey copy."""
    fill = print_fill(step, scale)
    return colors.HexColor(fill) if fill is not None else None


def mark_fill(mark: Mark, scale: Sequence[StepStyle]) -> colors.Color | None:
    """Cell background for a mark; None leaves the cell white."""
    return step_fill(mark.step, scale) if mark.step is not None else None


def legend_table(scale: Sequence[StepStyle], width: float, *, with_decision: bool = True,
                 para: Callable[[str, ParagraphStyle], Flowable] = Paragraph) -> Flowable:
    """Coloured swatches explaining each step, « non évalué » and the decision sign.

    Entries keep their natural width and wrap onto a second line of swatches when the scale
    is long, rather than squeezing words until they break in the middle. ``para`` makes the
    paragraphs (the pupils' pages share those they parsed once).
    """
    st = styles()
    entries: list[tuple[str, colors.Color | None, float]] = []
    padding = 14.0
    for step in scale:
        words = f"{step.symbol or '•'} {step.short}"
        entries.append((mark_markup(Mark(step=step), scale), step_fill(step, scale),
                        stringWidth(words, st.fonts.regular, 9.5) + padding))
    if not_evaluated_step(scale) is None:
        words = f"{NOT_EVALUATED_SIGN} {NOT_EVALUATED_TEXT}"
        entries.append((words, None, stringWidth(words, st.fonts.regular, 9) + padding))
    if with_decision:
        words = f"{DECISION_SIGN} {TEACHER_DECISION_TEXT}"
        entries.append((words, None, stringWidth(words, st.fonts.regular, 9) + padding))

    lines: list[list[tuple[str, colors.Color | None, float]]] = [[]]
    for entry in entries:
        if lines[-1] and sum(e[2] for e in lines[-1]) + entry[2] > width:
            lines.append([])
        lines[-1].append(entry)
    rows: list[Flowable] = []
    for line in lines:
        natural = sum(entry[2] for entry in line)
        # Every line spans the full width (an over-long label alone on its line wraps inside it).
        widths = [entry[2] * width / natural for entry in line]
        table = Table([[para(entry[0], st.mark) for entry in line]], colWidths=widths, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (i, 0), (i, 0), entry[1]) for i, entry in enumerate(line)
                     if entry[1] is not None]
        table.setStyle(TableStyle(commands))
        rows.append(table)
    return rows[0] if len(rows) == 1 else KeepTogether(rows)


def header_table(header: ReportHeader, width: float) -> Table:
    """School, class and teacher on the left; year and period on the right."""
    st = styles()
    left = (f"<b>{text(header.school)}</b><br/>Classe : {text(header.class_label)}"
            + (f"<br/>Enseignant(e) : {text(header.teacher)}" if header.teacher.strip() else ""))
    right = (f"Année scolaire {text(header.year_label)}<br/><b>{text(header.period_label)}</b><br/>"
             f"{period_span(header.period_start, header.period_end)}")
    table = Table([[Paragraph(left, st.body), Paragraph(right, st.body_right)]],
                  colWidths=[width * 0.58, width * 0.42])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


class GroupStart(Flowable):
    """Invisible marker: the pages from here on belong to one pupil (for numbering)."""

    def __init__(self, label: str, on_start: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.label = label
        self.on_start = on_start
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.group_index = getattr(canvas, "group_index", 0) + 1
        canvas.group_label = self.label
        if self.on_start is not None:
            self.on_start()


class _BlankPage(Flowable):
    """Invisible marker of a page left blank on purpose: no footer, not counted."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.blank_page = True


class OddPageStart(DocIf):
    """Placed after a page break: adds a blank page if the next one would be a verso.

    For double-sided printing, so that no pupil's synthesis starts on the back of another's.
    """

    def __init__(self) -> None:
        Flowable.__init__(self)
        self.blocks: tuple[list[Flowable], list[Flowable]] = ([], [_BlankPage(), PageBreak()])

    def func(self) -> bool:
        return bool(self._doctemplateAttr("page") % 2 == 0)


@dataclass(frozen=True)
class Footer:
    """Footer wording; ``per_group`` numbers each pupil's pages on their own."""

    left: str  # e.g. "École … · CE1-CE2 B · Période 2"
    generated: str  # e.g. "Édité le 28 novembre 2026"
    per_group: bool  # number each pupil's pages on their own
    running: str = ""  # reminder at the top of every page but the first (of each pupil)


def _canvas_class(footer: Footer, fonts: Fonts) -> type[Canvas]:
    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.finished_pages: list[dict[str, Any]] = []
            self.group_index = 0
            self.group_label = ""
            self.blank_page = False

        def showPage(self) -> None:
            # Kept aside: footers need the page count, known only once all pages exist.
            self.finished_pages.append(dict(self.__dict__))
            self._startPage()
            self.blank_page = False

        def save(self) -> None:
            pages = self.finished_pages
            printed = [page for page in pages if not page["blank_page"]]
            per_group = Counter(page["group_index"] for page in printed)
            seen: Counter[int] = Counter()
            number = 0
            for state in pages:
                self.__dict__.update(state)
                if self.blank_page:
                    Canvas.showPage(self)
                    continue
                number += 1
                if footer.per_group:
                    seen[self.group_index] += 1
                    self._draw_footer(seen[self.group_index], per_group[self.group_index])
                else:
                    self._draw_footer(number, len(printed))
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, page: int, pages: int) -> None:
            width, _ = self._pagesize
            margin = 15 * mm
            y = 9 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, y + 4 * mm, width - margin, y + 4 * mm)
            self.setFillColor(MUTED)
            numbering = f"page {page} / {pages}"
            self.setFont(fonts.bold, 7.5)
            self.drawRightString(width - margin, y, numbering)
            generated = f"{footer.generated}   "
            right = stringWidth(numbering, fonts.bold, 7.5) + stringWidth(generated, fonts.regular, 7.5)
            self.setFont(fonts.regular, 7.5)
            self.drawRightString(width - margin - stringWidth(numbering, fonts.bold, 7.5), y, generated)
            left = footer.left
            if self.group_label:
                left = f"{self.group_label} · {left}"
            # The left part gives way (ellipsis) so that it never runs into the date.
            self.drawString(margin, y, _fit(left, fonts.regular, 7.5, width - 2 * margin - right - 12))
            if page > 1 and footer.running:
                # A loose second sheet must still say whose it is.
                running = footer.running
                if self.group_label:
                    running = f"{self.group_label} — {running}"
                self.setFont(fonts.regular, 7.5)
                self.drawString(margin, self._pagesize[1] - 8 * mm,
                                _fit(f"{running} (suite)", fonts.regular, 7.5, width - 2 * margin))
            self.restoreState()

    return FooterCanvas


def _fit(value: str, font: str, size: float, width: float) -> str:
    """Shortens a footer line with an ellipsis rather than letting it run into the next one."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def footer_for(header: ReportHeader, *, per_group: bool, running: str = "") -> Footer:
    """The usual footer of a report about ``header``'s class and period."""
    left = " · ".join(part for part in (header.school, header.class_label, header.period_label,
                                        header.year_label) if part.strip())
    return Footer(left=left, generated=f"Édité le {long_date(header.generated_on)}", per_group=per_group,
                  running=running)


TOP_MARGIN, BOTTOM_MARGIN = 13 * mm, 18 * mm


def build(story: list[Flowable], handle: BinaryIO, *, pagesize: tuple[float, float], title: str,
          footer: Footer, margins: float = 15 * mm) -> None:
    """Lays ``story`` out on pages of ``pagesize`` and writes the PDF to ``handle``."""
    st = styles()
    doc = BaseDocTemplate(
        handle, pagesize=pagesize, title=title, author="Progression", creator="Progression",
        leftMargin=margins, rightMargin=margins, topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
        # Same bytes for the same report: reproducible files, comparable in tests.
        invariant=True,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(footer, st.fonts))


def frame_width(pagesize: tuple[float, float], margins: float = 15 * mm) -> float:
    """Width available to the story on pages of ``pagesize``."""
    return pagesize[0] - 2 * margins


def frame_height(pagesize: tuple[float, float]) -> float:
    """Height available to the story on one page of ``pagesize``."""
    return pagesize[1] - TOP_MARGIN - BOTTOM_MARGIN
