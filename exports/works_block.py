"""The works a pupil read, on the page of the period's synthesis: the period's list, then the count
of the year against the programme's figure (a « repère du programme », worded by the core)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from exports.french import long_date
from exports.pdfdoc import styles, text
from exports.report import PupilReport, WorkRead

Para = Callable[[str, ParagraphStyle], Paragraph]


def work_line(work: WorkRead) -> str:
    """« <b>Les trois brigands</b> (Tomi Ungerer) — album, lu seul, le 12 octobre 2026 : « J'ai eu peur… » »."""
    line = f"<b>{text(work.title)}</b>"
    if work.author.strip():
        line += f" ({text(work.author)})"
    line += f" — {text(work.kind)}, {text(work.mode)}, le {long_date(work.when)}"
    if work.response.strip():
        line += f" : <i>« {text(work.response.strip())} »</i>"
    return line


def year_line(pupil: PupilReport, *, kinds: bool = True) -> str:
    works = pupil.works
    assert works is not None
    count = works.year_count
    line = f"Depuis la rentrée : <b>{count} œuvre{'s' if count > 1 else ''} lue{'s' if count > 1 else ''}</b>"
    if works.kinds and kinds:
        line += f" ({text(', '.join(works.kinds))})"
    if works.programme:
        line += f" · {text(works.programme)}"
    return line + "."


def works_block(pupil: PupilReport, para: Para, *, together: bool = True) -> list[Flowable]:
    """Nothing when the report carries no works (a class with no reading list); else the heading, one
    line per work read in the period, and the year's count (kept together unless ``together`` is
    False: in a narrow cell beside the fluency chart, which never splits, and without the kinds read)."""
    works = pupil.works
    if works is None:
        return []
    st = styles()
    lines = [para(work_line(work), st.cell) for work in works.in_period]
    if not lines:
        lines = [para("Aucune œuvre notée cette période.", st.cell)]
    # A lesser heading than the page's sections: the block comes last and must leave the signatures room.
    block = [para("Œuvres lues cette période", st.competency), *lines, para(year_line(pupil, kinds=together), st.small)]
    return [KeepTogether(block)] if together else block
