"""On a pupil's synthesis: the latest reading aloud and comprehension grids, and the latest
decoding readings (syllables, pseudo-words), in a small table under the objectives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.french import long_date, number
from exports.pdfdoc import RULE, SUBBAND, styles, text
from exports.report import PupilReport

Para = Callable[[str, ParagraphStyle], Paragraph]
LABEL_SHARE = 0.4  # of the width, for the grid's name, day and text (two lines at most)


def grids_block(pupil: PupilReport, width: float, padding: float, gap: float, para: Para) -> list[Flowable]:
    """Nothing when the pupil has no grid nor decoding reading yet: the page keeps its room."""
    if not pupil.grids and not pupil.decoding:
        return []
    st = styles()
    rows: list[list[Any]] = []
    for grid in pupil.grids:
        about = f"<b>{text(grid.title)}</b> {long_date(grid.when)}"  # one line fewer than a break
        if grid.text.strip():
            about += f" — {text(grid.text)}{', texte préparé' if grid.prepared else ''}"
        levels = " · ".join(f"{text(label)} : <b>{level}/4</b>" for label, level in grid.levels)
        rows.append([para(about, st.small), para(levels, st.cell)])
    if pupil.decoding:
        readings = " · ".join(f"{text(d.what)} : <b>{number(d.per_minute)} {text(d.unit)}</b> ({long_date(d.when)})"
                              for d in pupil.decoding)
        rows.append([para("<b>Décodage</b> : lectures chronométrées", st.small), para(readings, st.cell)])
    table = Table(rows, colWidths=[width * LABEL_SHARE, width * (1 - LABEL_SHARE)])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), SUBBAND),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 0.5),
    ]))
    note = "Niveaux de 1 à 4 (4 : le mieux réussi) ; la dernière grille de chaque sorte."
    # A lesser heading than the page's sections, like the works read: the page must keep its signatures.
    return [Spacer(0, gap), para("Lecture à voix haute, compréhension et décodage", st.competency), table,
            Spacer(0, 0.6 * mm), para(note, st.small)]
