"""The class summary's table of reading beyond the grid: one line per pupil with works read, a grid
or code marks (the words: ``exports.reading_words``)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.pdfdoc import ACCENT, RULE, styles, text
from exports.reading_words import EXPLANATION, HEADING, code_words, level_words, shown, works_words
from exports.report import PeriodReport


def reading_section(report: PeriodReport, width: float) -> list[Flowable]:
    """Nothing when no pupil has works, grids or code marks; else a table, one line per such pupil."""
    rows = shown(report.reading)
    if not rows:
        return []
    st = styles()
    titles = ("Œuvres lues depuis la rentrée", "Lecture à voix haute (dernière grille)",
              "Compréhension (dernière grille)", "Code : correspondances sues, enseignées (sur la progression)")
    table_rows: list[list[Any]] = [[Paragraph("Élève", st.header_cell), Paragraph("Niveau", st.header_cell)]
                                   + [Paragraph(title, st.header_centred) for title in titles]]
    for row in rows:
        table_rows.append([Paragraph(text(row.pupil), st.cell), Paragraph(text(row.grade), st.cell),
                           works_words(row), level_words(row.prosody, row.prosody_on),
                           level_words(row.comprehension, row.comprehension_on),
                           Paragraph(text(code_words(row)), st.cell)])
    fixed = [52 * mm, 16 * mm, 38 * mm, 40 * mm, 40 * mm]
    table = Table(table_rows, colWidths=[*fixed, max(40 * mm, width - sum(fixed))], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 1), (-1, -1), st.fonts.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), colors.black),
        ("ALIGN", (2, 1), (4, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    return [Spacer(0, 4 * mm), Paragraph(HEADING, st.heading), Paragraph(EXPLANATION, st.small),
            Spacer(0, 1.5 * mm), table]
