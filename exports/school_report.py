"""The school server's report as a spreadsheet: one line per class, grade and objective, the number
of pupils at each step. Rows come already counted (and, for the inspector, pseudonymised and with
small cells suppressed by the server); nothing here reads a database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from exports.safe import atomic_file
from exports.xlsx import put


@dataclass(frozen=True)
class SchoolRow:
    school: str
    label: str  # the class's label; "" in the pseudonymised version
    code: str  # the class's code (two classes of a school may share a label)
    grade: str
    objective: str
    step: int
    pupils: int


def write_school_report(rows: list[SchoolRow], path: Path, *, period: int, pseudonymised: bool) -> Path:
    steps = sorted({row.step for row in rows})
    lines: dict[tuple[str, ...], dict[int, int]] = defaultdict(dict)
    for row in rows:
        named = () if pseudonymised else (row.label,)
        lines[(row.school, *named, row.code, row.grade, row.objective)][row.step] = row.pupils
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Période {period}"
    note = ("Version pseudonymisée : classes désignées par un code, effectifs de moins de 5 élèves non montrés."
            if pseudonymised else "Effectifs d'élèves par échelon atteint à la fin de la période.")
    put(sheet, 1, 1, note).font = Font(italic=True)
    fixed = ["École", *([] if pseudonymised else ["Classe"]), "Code de classe", "Niveau", "Objectif"]
    titles = [*fixed, *[f"Échelon {step}" for step in steps]]
    for column, title in enumerate(titles, start=1):
        put(sheet, 3, column, title).font = Font(bold=True)
    for number, (key, counts) in enumerate(sorted(lines.items()), start=4):
        for column, value in enumerate(key, start=1):
            put(sheet, number, column, value)
        for column, step in enumerate(steps, start=len(fixed) + 1):
            # An empty cell is "none or fewer than 5" in the pseudonymised version: never a 0 that could be read.
            if step in counts:
                put(sheet, number, column, counts[step])
    buffer = BytesIO()
    book.save(buffer)
    with atomic_file(Path(path)) as handle:
        handle.write(buffer.getvalue())
    return Path(path)
