"""The school server's report: per class, grade and objective, the number of pupils at each step;
per class and grade, the texts read against the programme's end-of-year objective. As a spreadsheet
(a sheet each) or a PDF (landscape tables). Rows come already counted (and, for the inspector,
pseudonymised and with small cells suppressed by the server); nothing here reads a database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.french import long_date
from exports.safe import atomic_file
from exports.xlsx import put

PSEUDONYMISED_NOTE = ("Version pseudonymisée : classes désignées par un code, "
                      "effectifs de moins de 5 élèves non montrés.")
NAMED_NOTE = "Effectifs d'élèves par échelon atteint à la fin de la période."
FLUENCY_NOTE = ("Dernière lecture d'un texte de chaque élève dans la période, sans ou avec préparation, comparée à "
                "l'objectif de fin d'année du programme (mots correctement lus par minute). En cours d'année, un "
                "élève peut être en dessous de l'objectif de fin d'année sans être en retard.")


Cell = str | int | float | None


@dataclass(frozen=True)
class SchoolRow:
    school: str
    label: str  # the class's label; "" in the pseudonymised version
    code: str  # the class's code (two classes of a school may share a label)
    grade: str
    objective: str
    step: int
    pupils: int
    objective_label: str = ""


@dataclass(frozen=True)
class FluencyRow:
    """Pupils of one class and grade whose last reading in the period was of that kind."""

    school: str
    label: str
    code: str
    grade: str
    prepared: bool
    target: float | None  # the programme's end-of-year objective; None when it gives none
    pupils: int
    at_target: int | None  # None: hidden in the pseudonymised version (a side under 5 pupils)
    median: float


@dataclass(frozen=True)
class SchoolReport:
    period: int
    pseudonymised: bool
    steps: list[SchoolRow]
    fluency: list[FluencyRow]


def _step_lines(report: SchoolReport) -> tuple[list[str], list[int], list[list[Cell]]]:
    """Titles, the steps found, and one line per class, grade and objective."""
    steps = sorted({row.step for row in report.steps})
    lines: dict[tuple[str, ...], dict[int, int]] = defaultdict(dict)
    for row in report.steps:
        named = () if report.pseudonymised else (row.label,)
        lines[(row.school, *named, row.code, row.grade, row.objective, row.objective_label)][row.step] = row.pupils
    fixed = ["École", *([] if report.pseudonymised else ["Classe"]), "Code de classe", "Niveau", "Objectif", "Intitulé"]
    titles = [*fixed, *[f"Échelon {step}" for step in steps]]
    # An empty cell is "none or fewer than 5" in the pseudonymised version: never a 0 that could be read.
    body: list[list[Cell]] = [[*key, *(counts.get(step) for step in steps)] for key, counts in sorted(lines.items())]
    return titles, steps, body


def _reading(prepared: bool) -> str:
    return "après préparation" if prepared else "sans préparation"


def _fluency_lines(report: SchoolReport) -> tuple[list[str], list[list[Cell]]]:
    titles = ["École", *([] if report.pseudonymised else ["Classe"]), "Code de classe", "Niveau", "Lecture",
              "Objectif de fin d'année (mots/min)", "Élèves mesurés", "À l'objectif ou au-delà", "Médiane (mots/min)"]
    body: list[list[Cell]] = []
    for row in sorted(report.fluency, key=lambda r: (r.school, r.label, r.code, r.grade, r.prepared)):
        named = [] if report.pseudonymised else [row.label]
        target: Cell = round(row.target) if row.target is not None else "aucun dans le programme"
        at_target = row.at_target if row.target is not None else None
        body.append([row.school, *named, row.code, row.grade, _reading(row.prepared), target, row.pupils,
                     at_target, round(row.median)])
    return titles, body


def write_school_report(report: SchoolReport, path: Path) -> Path:
    """As xlsx or PDF, by the file's extension."""
    if Path(path).suffix.lower() == ".pdf":
        return _write_pdf(report, Path(path))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Période {report.period}"
    put(sheet, 1, 1, PSEUDONYMISED_NOTE if report.pseudonymised else NAMED_NOTE).font = Font(italic=True)
    titles, _, body = _step_lines(report)
    _table(sheet, titles, body)
    fluency = book.create_sheet("Fluence")
    put(fluency, 1, 1, FLUENCY_NOTE).font = Font(italic=True)
    titles, body = _fluency_lines(report)
    _table(fluency, titles, body)
    buffer = BytesIO()
    book.save(buffer)
    with atomic_file(Path(path)) as handle:
        handle.write(buffer.getvalue())
    return Path(path)


def _table(sheet: Worksheet, titles: list[str], body: list[list[Cell]]) -> None:
    for column, title in enumerate(titles, start=1):
        put(sheet, 3, column, title).font = Font(bold=True)
    for number, line in enumerate(body, start=4):
        for column, value in enumerate(line, start=1):
            if value is not None:
                put(sheet, number, column, value)


def _write_pdf(report: SchoolReport, path: Path) -> Path:
    """Landscape A4: per school, a table of steps for each class, then the school's readings."""
    from exports.pdfdoc import ACCENT, RULE, SUBBAND, Footer, build, frame_width, styles, text

    st = styles()
    width = frame_width(landscape(A4))

    def table(titles: list[str], body: list[list[Cell]], widths: list[float]) -> Flowable:
        cells = [[Paragraph(text(t), st.header_cell) for t in titles]]
        cells += [[Paragraph(text("" if v is None else str(v)), st.cell) for v in line] for line in body]
        grid = Table(cells, colWidths=widths, repeatRows=1)
        grid.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, SUBBAND]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return grid

    title = f"Rapport d'école — période {report.period}"
    story: list[Flowable] = [Paragraph(text(title), st.title),
                             Paragraph(text(PSEUDONYMISED_NOTE if report.pseudonymised else NAMED_NOTE), st.small)]
    titles, steps, body = _step_lines(report)
    named = 0 if report.pseudonymised else 1
    # The class's columns (school, label, code) go into the heading above its table.
    place = 2 + named
    narrow = 22 * mm
    step_widths = [14 * mm, 31 * mm, 0.0, *[narrow for _ in steps]]
    step_widths[2] = width - sum(step_widths)
    fluency_titles, fluency_body = _fluency_lines(report)
    for school in sorted({str(line[0]) for line in body} | {str(line[0]) for line in fluency_body}):
        story.append(Paragraph(text(str(school)), st.heading))
        classes = sorted({tuple(str(part) for part in line[1:place]) for line in body if line[0] == school})
        for who in classes:
            story += [Spacer(1, 2 * mm), Paragraph(text(" — ".join(str(part) for part in who)), st.competency)]
            lines = [line[place:] for line in body
                     if line[0] == school and tuple(str(part) for part in line[1:place]) == who]
            story.append(table(titles[place:], lines, step_widths))
        readings = [line[1:] for line in fluency_body if line[0] == school]
        story.append(Paragraph(text("Fluence"), st.heading))
        story.append(Paragraph(text(FLUENCY_NOTE), st.small))
        if readings:
            columns = fluency_titles[1:]
            story.append(table(columns, readings, [width / len(columns)] * len(columns)))
        else:
            story.append(Paragraph(text("Aucune lecture mesurée dans la période."), st.body))
    footer = Footer(left=title, generated=f"Édité le {long_date(date.today())}", per_group=False)
    buffer = BytesIO()
    build(story, buffer, pagesize=landscape(A4), title=title, footer=footer)
    with atomic_file(path) as handle:
        handle.write(buffer.getvalue())
    return path
