"""One line of a class list, checked: every problem on it collected, so the teacher fixes them in one go.

A line gives a ``PupilRow`` or ``RowProblem`` sentences naming the line and the column; a value
merely not understood (a « Sexe » of « X ») leaves the field empty and becomes a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from progression.grades import GRADES
from progression.importers.dates import DayFirstImpossible, MonthFirstDate, parse_date_form
from progression.importers.pupil_cells import (
    SEXES,
    cell_value,
    clean_label,
    clean_name,
    normalise_grade,
    split_full_name,
)
from progression.importers.table_rows import TableRow
from progression.importers.tabular import header_key
from progression.validation import ine_refusal, number, shown

MAX_LABEL_CHARS = 200
MAX_AGE_YEARS = 15
MIN_AGE_YEARS = 1  # younger is nearly always the date of entry typed in the wrong column


@dataclass(frozen=True)
class PupilRow:
    line: int  # 1-based line as the teacher sees it (header = line 1); for xlsx/ods the sheet row
    last_name: str  # the name in daily use
    first_name: str
    birth_last_name: str | None
    birth_date: date | None
    sex: str | None  # "M" / "F"
    ine: str | None
    grade: str | None  # PS MS GS CP CE1 CE2 CM1 CM2
    class_label: str | None
    onde_class_id: str | None


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str | None  # the header as written in the file
    message: str  # a whole French sentence naming the line (and column)


@dataclass(frozen=True)
class Columns:
    index: dict[str, int]  # role -> position
    title: dict[str, str]  # role -> header as written

    def cell(self, cells: tuple[str, ...], role: str) -> str:
        position = self.index.get(role)
        return cells[position] if position is not None and position < len(cells) else ""



@dataclass
class Candidate:
    row: PupilRow
    date_text: str
    date_ambiguous: bool  # day and month both 12 or less, and different


@dataclass
class DateOrder:
    """Evidence of how the file writes dates, to catch a month/day file (see _apply_date_order)."""

    month_first_line: int | None = None
    month_first_text: str = ""
    day_first_seen: bool = False


class RowReader:
    """Checks one line, collecting every problem on it so the teacher fixes them in one go."""

    def __init__(self, row: TableRow, columns: Columns, today: date, order: DateOrder) -> None:
        self.line = row.line
        self.cells = row.cells
        self.columns = columns
        self.today = today
        self.order = order
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []

    def _note(self, into: list[RowProblem], role: str | None, clause: str) -> None:
        column = self.columns.title.get(role) if role else None
        where = f"Ligne {self.line}, colonne « {column} »" if column else f"Ligne {self.line}"
        into.append(RowProblem(self.line, column, f"{where} : {clause}."))

    def problem(self, role: str | None, clause: str) -> None:
        self._note(self.problems, role, clause)

    def cell(self, role: str) -> str:
        return self.columns.cell(self.cells, role)

    def read(self) -> Candidate | None:
        last, first, birth_last = self._names()
        birth_date, date_text, ambiguous = self._birth_date()
        sex = self._sex()
        ine = self._ine()
        class_label = self._label("class_label", MAX_LABEL_CHARS)
        class_id = self._label("class_id", 50)
        grade = self._grade(class_label)
        if self.problems:
            return None
        assert last and first  # both checked in _names
        row = PupilRow(
            line=self.line,
            last_name=last,
            first_name=first,
            birth_last_name=birth_last,
            birth_date=birth_date,
            sex=sex,
            ine=ine,
            grade=grade,
            class_label=class_label,
            onde_class_id=class_id,
        )
        return Candidate(row, date_text, ambiguous)

    def _name(self, role: str, what: str) -> str:
        if role not in self.columns.index:
            return ""
        try:
            return clean_name(self.cell(role), what)
        except ValueError as error:
            self.problem(role, str(error))
            return ""

    def _names(self) -> tuple[str, str, str | None]:
        index = self.columns.index
        before = len(self.problems)
        if "full_name" in index:
            full = self._name("full_name", "le nom")
            if not full:
                if len(self.problems) == before:
                    self.problem("full_name", "le nom de l’élève est vide ; complétez-le ou supprimez la ligne")
                return "", "", None
            try:
                last, first = split_full_name(full)
            except ValueError as error:
                self.problem("full_name", str(error))
                return "", "", None
            return last, first, None
        name = self._name("name", "le nom")
        usage = self._name("usage_name", "le nom d’usage")
        birth = self._name("birth_name", "le nom de naissance")
        first = self._name("first_name", "le prénom")
        if len(self.problems) > before:
            return "", "", None
        last = usage or name or birth
        if not last:
            role = next(r for r in ("usage_name", "name", "birth_name") if r in index)
            self.problem(role, "le nom est vide ; complétez-le ou supprimez la ligne")
        if not first:
            self.problem("first_name", "le prénom est vide ; complétez-le ou supprimez la ligne")
        # ONDE's « Nom élève » is the birth name whenever a « Nom d'usage » column sits beside it.
        birth_last = birth or (name if "usage_name" in index and name else None)
        return last, first, birth_last

    def _birth_date(self) -> tuple[date | None, str, bool]:
        raw = cell_value(self.cell("birth_date"))
        if not raw:
            return None, "", False
        if len(raw) > 40:
            self.problem("birth_date", f"la cellule compte {number(len(raw))} caractères, ce n’est pas une date")
            return None, "", False
        try:
            parsed, form = parse_date_form(raw)
        except MonthFirstDate as error:
            if self.order.month_first_line is None:
                self.order.month_first_line, self.order.month_first_text = self.line, raw
            self.problem("birth_date", str(error))
            return None, "", False
        except DayFirstImpossible as error:
            self.order.day_first_seen = True
            self.problem("birth_date", str(error))
            return None, "", False
        except ValueError as error:
            self.problem("birth_date", str(error))
            return None, "", False
        if form == "day_first":
            self.order.day_first_seen = True
        as_typed = shown(raw)
        if parsed > self.today:
            self.problem("birth_date", f"la date de naissance « {as_typed} » est dans le futur ; corrigez-la")
        else:
            age = years_old(parsed, self.today)
            if age > MAX_AGE_YEARS:
                self.problem(
                    "birth_date",
                    f"la date de naissance « {as_typed} » donnerait un élève de {age} ans ; corrigez-la",
                )
            elif age < MIN_AGE_YEARS:
                self.problem(
                    "birth_date",
                    f"la date de naissance « {as_typed} » donnerait un élève de moins d’un an ; "
                    "est-ce la date d’entrée à l’école ? corrigez-la",
                )
        return parsed, raw, form == "ambiguous"

    def _sex(self) -> str | None:
        raw = cell_value(self.cell("sex"))
        if not raw:
            return None
        sex = SEXES.get(header_key(raw)) if len(raw) <= 20 else None
        if sex is None:
            self._note(
                self.warnings,
                "sex",
                f"le sexe « {shown(raw)} » n’est pas reconnu (M ou F attendu) ; l’élève est importé sans "
                "cette information",
            )
        return sex

    def _ine(self) -> str | None:
        raw = cell_value(self.cell("ine"))
        if not raw:
            return None
        ine = "".join(raw.split()).upper()
        refusal = ine_refusal(ine)
        if refusal is not None:
            self.problem("ine", f"{refusal} ; corrigez-le ou videz la cellule")
            return None
        return ine

    def _label(self, role: str, limit: int) -> str | None:
        raw = self.cell(role)
        if len(raw) > limit:
            self.problem(role, f"la cellule compte {number(len(raw))} caractères, bien trop pour une classe")
            return None
        try:
            return clean_label(raw) or None
        except ValueError as error:
            self.problem(role, str(error))
            return None

    def _grade(self, class_label: str | None) -> str | None:
        if "grade" not in self.columns.index:
            # Teachers' own lists often have only « Classe », holding « CE1 »: use it when it is one grade.
            return normalise_grade(class_label) if class_label else None
        raw = cell_value(self.cell("grade"))
        if not raw:
            return None
        grade = normalise_grade(raw) if len(raw) <= MAX_LABEL_CHARS else None
        if grade is None:
            self._note(
                self.warnings,
                "grade",
                f"le niveau « {shown(raw)} » n’est pas reconnu ({', '.join(GRADES)} attendu) ; "
                "l’élève est importé sans niveau, à préciser dans Progression",
            )
        return grade


def years_old(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
