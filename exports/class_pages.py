"""The class summary: pupils × objectives per grade, counts per step, fluency, works read, grids and
code per pupil, need groups.

A multi-grade class gets one grid per grade, since each grade has its own objectives.
Columns carry item codes (labels would not fit); a legend of codes follows each grid.
Too many objectives for one page width are split into several tables, cutting between
competencies when possible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.class_reading import reading_section
from exports.french import NOT_EVALUATED_TEXT, long_date, number
from exports.need_group_pages import need_groups_section
from exports.pdfdoc import (
    ACCENT,
    BAND,
    EMPTY_CELL,
    NOT_EVALUATED_SIGN,
    RULE,
    SUBBAND,
    header_table,
    legend_table,
    mark_fill,
    mark_markup,
    styles,
    symbol,
    text,
)
from exports.report import Mark, PeriodReport, PupilReport, ReportItem, StepStyle, in_school_order, not_evaluated_step

NAME_WIDTH = 46 * mm
MIN_COLUMN = 12 * mm
MAX_COLUMN = 22 * mm


@dataclass(frozen=True)
class Column:
    """An item printed as a grid column, with the competency it belongs to."""

    item: ReportItem
    parent: ReportItem | None


def grades_in_order(pupils: Sequence[PupilReport], school_order: Sequence[str] = ()) -> list[str]:
    """The pupils' grades in the school's order when given (CP before CE1), else as they first
    appear in the pupils' order."""
    return in_school_order((pupil.grade for pupil in pupils), school_order)


def grid_columns(items: Sequence[ReportItem], grade: str) -> list[Column]:
    """The leaves of the grade's item tree (objectives, or competencies without objectives)."""
    relevant = [item for item in items if item.applies_to(grade)]
    columns: list[Column] = []
    parents: list[ReportItem] = []
    for index, item in enumerate(relevant):
        while parents and parents[-1].depth >= item.depth:
            parents.pop()
        following = relevant[index + 1] if index + 1 < len(relevant) else None
        if following is None or following.depth <= item.depth:
            columns.append(Column(item, parents[-1] if parents else None))
        parents.append(item)
    return columns


def column_code(column: Column) -> str:
    """The code as printed in a narrow column: without its competency's code when it repeats it.

    « C2-24-L1-CE2.1 » under « C2-24-L1 » prints « CE2.1 »; the legend gives the full code.
    """
    code, parent = column.item.code, column.parent
    if parent is not None and code.startswith(parent.code) and len(code) > len(parent.code):
        short = code[len(parent.code):].lstrip("-._: ")
        if short:
            return short
    return code


def split_columns(columns: list[Column], room: float) -> list[list[Column]]:
    """Chunks of columns that fit ``room``, keeping each competency's objectives together if possible."""
    per_table = max(1, int(room // MIN_COLUMN))
    groups: list[list[Column]] = []
    for column in columns:
        if groups and groups[-1][0].parent == column.parent:
            groups[-1].append(column)
        else:
            groups.append([column])
    chunks: list[list[Column]] = [[]]
    for group in groups:
        if len(chunks[-1]) + len(group) > per_table and chunks[-1]:
            chunks.append([])
        for column in group:
            if len(chunks[-1]) >= per_table:
                chunks.append([])
            chunks[-1].append(column)
    return [chunk for chunk in chunks if chunk]


def class_story(report: PeriodReport, width: float) -> list[Flowable]:
    """Flowables of the whole class summary."""
    st = styles()
    header = report.header
    title = f"Synthèse de classe en lecture — {text(header.period_label)}"
    story: list[Flowable] = [header_table(header, width), Spacer(0, 4 * mm), Paragraph(title, st.title)]
    if header.rule_label.strip():
        rule = f"Positionnement calculé selon la règle : {text(header.rule_label)}."
        story.append(Paragraph(rule, st.small))
    story += [Spacer(0, 2 * mm), legend_table(report.scale, width), Spacer(0, 2 * mm)]
    if not report.pupils:
        story.append(Paragraph("Aucun élève dans cette classe pour cette période.", st.body))
    for position, grade in enumerate(grades_in_order(report.pupils, report.grades)):
        if position:
            # Each grade on its own page(s): the grids are read and handed out grade by grade.
            story.append(PageBreak())
        pupils = [pupil for pupil in report.pupils if pupil.grade == grade]
        count = f"{len(pupils)} élève{'s' if len(pupils) > 1 else ''}"
        story.append(Paragraph(f"{text(grade)} — {count}", st.heading))
        columns = grid_columns(report.items, grade)
        if not columns:
            story.append(Paragraph("Aucun objectif de lecture pour ce niveau.", st.small))
            continue
        for chunk in split_columns(columns, width - NAME_WIDTH):
            # Kept whole when it fits on a page, so that counts stay under their marks.
            story.append(KeepTogether([_grid(report.scale, pupils, chunk, width), Spacer(0, 3 * mm)]))
        story.append(_codes_legend(columns, width))
    story.append(CondPageBreak(60 * mm))
    story += _fluency_section(report, width)
    story += reading_section(report, width)
    story += need_groups_section(report, width)
    return story


def _grid(scale: Sequence[StepStyle], pupils: Sequence[PupilReport], columns: list[Column],
          width: float) -> Table:
    st = styles()
    column_width = min(MAX_COLUMN, (width - NAME_WIDTH) / len(columns))
    groups = [Paragraph(text(column.parent.code) if column.parent else "", st.code) for column in columns]
    codes = [Paragraph(text(column_code(column)), st.code) for column in columns]
    rows: list[list[Any]] = [[Paragraph("Élève", st.header_cell), *groups], ["", *codes]]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 1), ACCENT),
        ("SPAN", (0, 0), (0, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.white),
        ("INNERGRID", (0, 2), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (1, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1.5),
    ]
    start = 1
    for index in range(1, len(columns) + 1):
        last = index == len(columns)
        if last or columns[index].parent != columns[start - 1].parent:
            if index > start:
                commands.append(("SPAN", (start, 0), (index, 0)))
            commands.append(("LINEAFTER", (index, 0), (index, -1), 0.8, ACCENT if last else RULE))
            start = index + 1
    blank = not_evaluated_step(scale)
    for pupil in pupils:
        row = len(rows)
        cells: list[Any] = [Paragraph(text(pupil.label), st.cell)]
        for position, column in enumerate(columns, start=1):
            mark = pupil.mark(column.item.code)
            if mark.step is None and blank is not None:
                mark = Mark(blank)
            cells.append(Paragraph(mark_markup(mark, scale, compact=True), st.mark_compact))
            fill = mark_fill(mark, scale)
            if fill is not None:
                commands.append(("BACKGROUND", (position, row), (position, row), fill))
        rows.append(cells)
    first_count = len(rows)
    for step in (*scale, None) if blank is None else scale:
        label = (f"{symbol(step)}&nbsp;{text(step.short)}" if step is not None
                 else f"{NOT_EVALUATED_SIGN}&nbsp;{NOT_EVALUATED_TEXT}")
        counts: list[Any] = [Paragraph(label, st.small)]
        for column in columns:
            n = sum(1 for pupil in pupils if (pupil.mark(column.item.code).step or blank) == step)
            counts.append(Paragraph('<font color="#9AA5B1">0</font>' if n == 0 else f"<b>{n}</b>",
                                    st.mark_compact))
        rows.append(counts)
    commands += [
        ("BACKGROUND", (0, first_count), (-1, -1), SUBBAND),
        ("LINEABOVE", (0, first_count), (-1, first_count), 1.2, ACCENT),
    ]
    if not pupils:
        commands.append(("BACKGROUND", (1, 2), (-1, first_count - 1), EMPTY_CELL))
    table = Table(rows, colWidths=[NAME_WIDTH, *([column_width] * len(columns))], repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _codes_legend(columns: list[Column], width: float) -> Flowable:
    st = styles()
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    seen: set[str] = set()
    for column in columns:
        parent = column.parent
        if parent is not None and parent.code not in seen:
            seen.add(parent.code)
            commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BAND))
            rows.append([Paragraph(f"<b>{text(parent.code)}</b>", st.cell),
                         Paragraph(f"<b>{text(parent.label)}</b>", st.cell)])
        rows.append([Paragraph(text(column.item.code), st.cell), Paragraph(text(column.item.label), st.cell)])
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm], repeatRows=0, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return KeepTogether([Paragraph("Codes des objectifs", st.small), Spacer(0, 1 * mm), table])


def _fluency_section(report: PeriodReport, width: float) -> list[Flowable]:
    """Pupils well below the estimated line on their latest measure, with the official
    end-of-year figure beside it: the estimate is named as one in every header."""
    st = styles()
    heading = Paragraph("Élèves nettement sous le repère de fluence (repère estimé, non officiel)", st.heading)
    if not report.fluency_below_target:
        none = "Aucun élève nettement sous le repère estimé de son niveau à la dernière mesure."
        return [heading, Paragraph(none, st.small)]
    intro = Paragraph(
        "Le repère estimé (non officiel) trace une ligne droite de l'objectif de fin d'année du niveau précédent, "
        "en septembre, à celui du niveau de l'élève, en juin ; seuls ces objectifs de fin d'année sont officiels. "
        "Sont listés les élèves à plus de 15 % sous le repère à leur dernière mesure de la période.", st.small)
    titles = ("Dernière mesure (mots/min)", "Mesurée le", "Repère estimé à cette date (non officiel)",
              "Écart au repère", "Objectif officiel de fin d'année (mots/min)")
    rows: list[list[Any]] = [[Paragraph("Élève", st.header_cell), Paragraph("Niveau", st.header_cell)]
                             + [Paragraph(title, st.header_centred) for title in titles]]
    for entry in report.fluency_below_target:
        measured = number(entry.latest_mclm) + (" (texte préparé)" if entry.prepared else "")
        rows.append([
            Paragraph(text(entry.pupil), st.cell), Paragraph(text(entry.grade), st.cell),
            measured, long_date(entry.measured_on) if entry.measured_on else "",
            number(entry.estimate_mclm), number(entry.latest_mclm - entry.estimate_mclm).replace("-", "−"),
            number(entry.official_mclm) if entry.official_mclm is not None else "",
        ])
    widths = [62 * mm, 18 * mm, 36 * mm, 36 * mm, 42 * mm, 28 * mm, 45 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 1), (-1, -1), st.fonts.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), colors.black),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    return [heading, intro, Spacer(0, 1.5 * mm), table]
