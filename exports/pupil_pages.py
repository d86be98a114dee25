"""The pages of one pupil's synthesis: what parents read and sign."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from exports.fluency_chart import fluency_chart, target_caption
from exports.french import change_text, long_date, number
from exports.pdfdoc import (
    ACCENT,
    BAND,
    MUTED,
    RULE,
    SUBBAND,
    GroupStart,
    header_table,
    legend_table,
    mark_fill,
    mark_markup,
    styles,
    text,
)
from exports.report import Change, PeriodReport, PupilReport

MARK_WIDTH = 45 * mm
CHANGE_WIDTH = 29 * mm


def pupil_story(report: PeriodReport, pupil: PupilReport, width: float,
                on_start: Callable[[], None] | None = None) -> list[Flowable]:
    """Flowables of one pupil's synthesis, starting with the marker that numbers its pages."""
    st = styles()
    header = report.header
    story: list[Flowable] = [GroupStart(pupil.label, on_start), header_table(header, width),
                             Spacer(0, 3 * mm)]
    story.append(Paragraph(f"Synthèse des progrès en lecture — {text(header.period_label)}", st.title))
    name = Table([[Paragraph(text(pupil.label), st.name),
                   Paragraph(f"Niveau : <b>{text(pupil.grade)}</b>", st.body)]],
                 colWidths=[width - 40 * mm, 40 * mm])
    name.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, -1), SUBBAND),
        ("LINEBEFORE", (0, 0), (0, 0), 3, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (0, 0), 8),
    ]))
    # The decision sign is spelled out in each cell, so the legend need not explain it.
    legend = legend_table(report.scale, width, with_decision=False)
    story += [name, Spacer(0, 3 * mm), legend, Spacer(0, 3 * mm)]
    story.append(_marks_table(report, pupil, width))
    if header.rule_label.strip():
        story.append(Spacer(0, 1.5 * mm))
        rule = f"Positionnement calculé selon la règle : {text(header.rule_label)}."
        story.append(Paragraph(rule, st.small))
    story += _fluency(report, pupil, width)
    story.append(_appreciation_and_signatures(pupil, width))
    return story


def _marks_table(report: PeriodReport, pupil: PupilReport, width: float) -> Table:
    st = styles()
    with_change = report.header.previous_period_label is not None
    widths = [width - MARK_WIDTH - (CHANGE_WIDTH if with_change else 0), MARK_WIDTH]
    head = [Paragraph(f"Ce qui est attendu en {text(pupil.grade)}", st.header_cell),
            Paragraph("Positionnement", st.header_cell)]
    if with_change:
        widths.append(CHANGE_WIDTH)
        previous = text(report.header.previous_period_label or "")
        head.append(Paragraph(f"Évolution<br/><font size=7>depuis {previous}</font>", st.header_cell))
    rows: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    label_styles = {"domain": st.domain, "competency": st.competency, "objective": st.objective}
    for item in pupil.items:
        row = len(rows)
        mark = pupil.mark(item.code)
        graded = item.kind == "objective" or item.code in pupil.marks
        label = Paragraph(text(item.label), label_styles.get(item.kind, st.objective))
        cells: list[Any] = [label, Paragraph(mark_markup(mark), st.mark) if graded else ""]
        if with_change:
            cells.append(Paragraph(_change(mark.change), st.mark) if graded else "")
        rows.append(cells)
        if item.kind != "objective":
            commands.append(("BACKGROUND", (0, row), (-1, row), BAND if item.kind == "domain" else SUBBAND))
            if not graded:
                commands.append(("SPAN", (0, row), (-1, row)))
        fill = mark_fill(mark)
        if graded and fill is not None:
            commands.append(("BACKGROUND", (1, row), (1, row), fill))
    if len(rows) == 1:
        rows.append([Paragraph("<i>Aucun objectif de lecture pour ce niveau.</i>", st.body), ""]
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


def _fluency(report: PeriodReport, pupil: PupilReport, width: float) -> list[Flowable]:
    st = styles()
    heading = Paragraph("Fluence : mots correctement lus en une minute", st.heading)
    if not pupil.fluency:
        return [heading, Paragraph("Aucune mesure de fluence cette année pour l'instant.", st.small)]
    latest = max(pupil.fluency, key=lambda point: point.when)
    summary = f"Dernière mesure : <b>{number(latest.mclm)} mots/min</b> le {long_date(latest.when)}"
    if latest.text.strip():
        summary += f" ({text(latest.text)})"
    if pupil.fluency_target:
        goal = max(pupil.fluency_target, key=lambda target: target.when)
        summary += f". {text(target_caption(goal))}"
    chart = fluency_chart(pupil.fluency, pupil.fluency_target, width=width, height=42 * mm, fonts=st.fonts,
                          year_start=report.header.year_start, year_end=report.header.year_end)
    return [KeepTogether([heading, chart, Spacer(0, 1 * mm), Paragraph(summary + ".", st.small)])]


def _appreciation_and_signatures(pupil: PupilReport, width: float) -> Flowable:
    st = styles()
    appreciation = pupil.appreciation.strip()
    box: Flowable
    if appreciation:
        box = Paragraph(text(appreciation), st.appreciation)
    else:
        box = Table([[""]], colWidths=[width], rowHeights=[22 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
    gap = 6 * mm
    half = (width - gap) / 2
    signatures = Table(
        [[Paragraph("Signature de l'enseignant(e)", st.small), "",
          Paragraph("Signature des parents ou responsables légaux", st.small)]],
        colWidths=[half, gap, half], rowHeights=[18 * mm],
    )
    signatures.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.6, RULE),
        ("BOX", (2, 0), (2, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([
        Paragraph("Appréciation", st.heading), box, Spacer(0, 4 * mm), signatures,
    ])

