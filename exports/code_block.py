"""The code on a pupil's page: the correspondences (CGP) the pupil decodes and those still being learnt.

Printed under the table of objectives when the teacher marked the pupil on the page « Code »,
in the class's order; a pupil without code marks gets no block at all.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from exports.pdfdoc import styles, text
from exports.report import PupilReport


def code_block(pupil: PupilReport, para: Callable[[str, ParagraphStyle], Paragraph]) -> list[Flowable]:
    if not pupil.code_decoded and not pupil.code_learning:
        return []
    st = styles()
    parts = []
    if pupil.code_decoded:
        parts.append(f"<b>Sues ({len(pupil.code_decoded)}) :</b> {text(', '.join(pupil.code_decoded))}")
    if pupil.code_learning:
        parts.append(f"<b>En cours ({len(pupil.code_learning)}) :</b> {text(', '.join(pupil.code_learning))}")
    markup = "<b>Code — correspondances lettres-sons.</b> " + " · ".join(parts) + "."
    rule = ("Une correspondance est sue quand son dernier relevé est « Atteints » ou mieux ; les objectifs "
            "sur les correspondances en tirent leur positionnement, sauf décision de l'enseignant(e).")
    return [para(markup, st.body), para(rule, st.small), Spacer(0, 1.5 * mm)]
