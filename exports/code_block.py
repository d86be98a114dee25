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


def _graphemes(names: tuple[str, ...], shown: tuple[str, ...]) -> list[str]:
    """« a, i, ou, s [s] »: correspondences by their letters only, the sound kept for letters that
    stand for two sounds on the page (s [s] and s [z])."""
    letters = [name.split(" ", 1)[0] for name in shown]
    twice = {g for g in letters if letters.count(g) > 1}
    return [name if name.split(" ", 1)[0] in twice else name.split(" ", 1)[0] for name in names]


def code_block(pupil: PupilReport, para: Callable[[str, ParagraphStyle], Paragraph], *,
               brief: bool = False) -> list[Flowable]:
    """``brief``: the correspondences by their letters only, for a page short of room."""
    if not pupil.code_decoded and not pupil.code_learning:
        return []
    st = styles()
    parts = []
    if pupil.code_decoded:
        known = (_graphemes(pupil.code_decoded, pupil.code_decoded + pupil.code_learning) if brief
                 else list(pupil.code_decoded))
        parts.append(f"<b>Sues ({len(pupil.code_decoded)}) :</b> {text(', '.join(known))}")
    if pupil.code_learning:
        learning = (_graphemes(pupil.code_learning, pupil.code_decoded + pupil.code_learning) if brief
                    else list(pupil.code_learning))
        parts.append(f"<b>En cours ({len(pupil.code_learning)}) :</b> {text(', '.join(learning))}")
    markup = "<b>Code — correspondances lettres-sons.</b> " + " · ".join(parts) + "."
    rule = "Sue : dernier relevé « Atteints » ou mieux ; les objectifs du code en tirent leur positionnement."
    return [para(markup, st.body), para(rule, st.small), Spacer(0, 1.5 * mm)]
