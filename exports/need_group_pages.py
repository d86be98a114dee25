"""The need groups on the class summary: the groups kept with the period, or the proposal.

Each group under its rank and competency: each pupil once, with why he is there (the objectives
not met, in words), and whether the teacher placed him there. A proposal says so in
its heading: the teacher has not kept it yet.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.pdfdoc import ACCENT, RULE, styles, text
from exports.report import NeedGroup, PeriodReport

GREY = "#5F6B7A"


def _group(group: NeedGroup, width: float) -> Table:
    st = styles()
    count = len(group.members)
    size = f"{count} élève{'s' if count > 1 else ''}" + (f" : {text(group.note)}" if group.note else "")
    title = Paragraph(f"<b>Groupe {group.rank}</b> — <b>{text(group.competency.code)}</b> "
                      f"{text(group.competency.label)} <font color='{GREY}'>({size})</font>", st.cell)
    rows: list[list[Any]] = [[title, ""],
                             [Paragraph(title_, st.header_cell) for title_ in ("Élève", "Objectifs non atteints")]]
    for member in group.members:
        placed = f"<br/><font color='{GREY}'>placé par l'enseignant</font>" if member.placed_by_teacher else ""
        rows.append([Paragraph(f"<b>{text(member.pupil)}</b>{placed}", st.cell),
                     Paragraph(text(member.reason) or "—", st.cell)])
    name_width = 48 * mm
    # The group's title and the column headers come back on top of a group cut by a page.
    table = Table(rows, colWidths=[name_width, width - name_width], repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 1), (-1, 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def need_groups_section(report: PeriodReport, width: float) -> list[Flowable]:
    st = styles()
    if report.need_groups_kept:
        heading = Paragraph("Groupes de besoin retenus", st.heading)
        intro = Paragraph("Les groupes gardés par l'enseignant pour cette période, le plus grand besoin en premier ; "
                          "chaque élève est dans un seul groupe par compétence, avec les objectifs qu'il n'a pas "
                          "atteints.", st.small)
    else:
        heading = Paragraph("Groupes de besoin (proposition)", st.heading)
        if not report.need_groups:
            return [heading, Paragraph("Aucun groupe de besoin proposé : aucun objectif non atteint "
                                       "pendant cette période.", st.small)]
        intro = Paragraph("Proposition à confirmer par l'enseignant : pour chaque compétence, les élèves en dessous "
                          "de « Atteints » en groupes de 3 à 6, le plus grand besoin en premier ; chaque élève "
                          "est dans un seul groupe par compétence.", st.small)
    story: list[Flowable] = [heading, intro]
    for group in report.need_groups:
        story += [Spacer(0, 2.5 * mm), _group(group, width)]
    return story
