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
LABEL_SHARE = 0.3  # of the width, for the grid's name, day and text


def grids_block(pupil: PupilReport, width: float, padding: float, gap: float, para: Para) -> list[Flowable]:
    """Nothing when the pupil has no grid nor decoding reading yet: the page keeps its room."""
    if not pupil.grids and not pupil.decoding:
        return []
    st = styles()
    rows: list[list[Any]] = []
    for grid in pupil.grids:
        about = f"<b>{text(grid.title)}</b><br/>{long_date(grid.when)}"
        if grid.text.strip():
            about += f" — {text(grid.text)}{', texte préparé' if grid.prepared else ''}"
        levels = " · ".join(f"{text(label)} : <b>{level}/4</b>" for label, level in grid.levels)
        rows.append([para(about, st.small), para(levels, st.cell)])
    if pupil.decoding:
        readings = " · ".join(f"{text(d.what)} : <b>{number(d.per_minute)} {text(d.unit)}</b> ({long_date(d.when)})"
                              for d in pupil.decoding)
        rows.append([para("<b>Décodage</b><br/>lectures chronométrées", st.small), para(readings, st.cell)])
    table = Table(rows, colWidths=[width * LABEL_SHARE, width * (1 - LABEL_SHARE)])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), SUBBAND),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 0.5),
    ]))
    note = ("Grilles de lecture : niveaux de 1 à 4 (4 : le mieux réussi) ; dernière grille de chaque sorte. "
            "Le décodage (syllabes, pseudo-mots) se mesure à part de la fluence.")
    return [Spacer(0, gap), para("Lecture à voix haute, compréhension et décodage", st.heading), table,
            Spacer(0, 0.6 * mm), para(note, st.small)]
