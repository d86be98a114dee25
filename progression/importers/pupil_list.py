"""Reading a class list (ONDE extraction, any headed CSV, xlsx, ods) into checked pupil rows.

No database here: the importer service decides what to write. A line with a problem is left
out of ``rows`` and explained in ``problems`` (one French sentence naming the line and the
column), so the teacher can fix the file and import again; a value that is merely unknown
(a « Sexe » of « X », a « Niveau » of « ULIS ») leaves the field empty and is noted in
``warnings``. Whole-file problems raise ``InvalidInputError``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from progression.errors import InvalidInputError
from progression.importers.tabular import (
    MAX_ROWS,
    Table,
    TableRow,
    find_header,
    fold,
    header_key,
    list_sheets,
    open_table,
)
from progression.names import match_key
from progression.schema import GRADES
from progression.validation import character_clause, ine_refusal, number, one_line, refused_character, shown

# A school's ONDE extraction has a few hundred pupils; past this it is not a class list, and
# the limit keeps a hostile file's cost bounded (checked while streaming).
MAX_PUPIL_ROWS = MAX_ROWS
# The longest real French names are around 60 characters.
MAX_NAME_CHARS = 100
MAX_LABEL_CHARS = 200
MAX_AGE_YEARS = 15
MIN_AGE_YEARS = 1  # younger is nearly always the date of entry typed in the wrong column
EXCEL_EPOCH = date(1899, 12, 30)


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
class ClassFound:
    label: str | None
    onde_class_id: str | None
    pupils: int


@dataclass
class PupilList:
    rows: list[PupilRow]
    problems: list[RowProblem]
    classes: list[ClassFound]
    source_format: str  # "onde" | "csv" | "xlsx" | "ods"
    encoding: str | None  # detected text encoding for CSV
    # Lines imported with a field left empty because its value was not understood.
    warnings: list[RowProblem] = field(default_factory=list)
    sheet: str | None = None  # the sheet read, for xlsx/ods
    # The class cells of lines in problems/warnings, so that for_class() keeps only theirs.
    _line_classes: dict[int, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)

    def for_class(self, key: str) -> PupilList:
        """Keep the pupils of the class whose label or ONDE id matches ``key``, ignoring case,
        accents, spaces and punctuation; a key naming a single class by part of its label will do.

        Raises ``InvalidInputError`` listing the classes when none (or several) match.
        """
        wanted = _class_key(key)
        chosen = [c for c in self.classes if wanted and wanted in (_class_key(c.label), _class_key(c.onde_class_id))]
        if not chosen and len(wanted) >= 3:
            chosen = [c for c in self.classes if wanted in _class_key(c.label)]
            if len(chosen) > 1:
                raise InvalidInputError(
                    f"Plusieurs classes de ce fichier correspondent à « {key} » : "
                    f"{_describe_classes(chosen)} ; indiquez son libellé complet ou son identifiant."
                )
        if not chosen:
            raise InvalidInputError(
                f"Aucune classe de ce fichier ne correspond à « {key} » ; classes trouvées : "
                f"{_describe_classes(self.classes)} ; indiquez l’une d’elles par son libellé ou son "
                "identifiant."
            )
        keys = {(_class_key(c.label), _class_key(c.onde_class_id)) for c in chosen}

        def kept(problem: RowProblem) -> bool:
            # A line whose class cells were never read (unreadable line) stays visible.
            return self._line_classes.get(problem.line, ("", "")) in keys | {("", "")}

        return PupilList(
            rows=[r for r in self.rows if (_class_key(r.class_label), _class_key(r.onde_class_id)) in keys],
            problems=[p for p in self.problems if kept(p)],
            classes=chosen,
            source_format=self.source_format,
            encoding=self.encoding,
            warnings=[w for w in self.warnings if kept(w)],
            sheet=self.sheet,
            _line_classes={line: k for line, k in self._line_classes.items() if k in keys},
        )


def read_pupil_list(path: Path, *, today: date | None = None) -> PupilList:
    """Read a class list. ``today`` (default: the real date) bounds plausible birth dates."""
    path = Path(path)
    today = today or date.today()
    with open_table(path) as table:
        header, skipped = find_header(table.rows, _is_header)
        if header is not None:
            return _read_pupils(table, header, today)
        sheet, fmt = table.sheet, table.format
    if fmt in ("xlsx", "ods"):
        # The list may sit on another sheet than the one showing when the file was saved.
        for other_sheet in list_sheets(path):
            if other_sheet == table.sheet:
                continue
            with open_table(path, sheet=other_sheet) as other:
                header, other_skipped = find_header(other.rows, _is_header)
                if header is not None:
                    return _read_pupils(other, header, today)
            if not skipped and other_skipped:
                skipped, sheet = other_skipped, other_sheet
    raise _no_name_column(path.name, skipped, sheet)


# --- columns -----------------------------------------------------------------------------------

# Column titles by role, as people write them; matched through header_key(), so case, accents,
# apostrophes, punctuation and « (…) » hints do not count.
_SYNONYMS: dict[str, str] = {
    "name": "Nom | Noms | Nom de famille | Nom élève | Nom de l'élève | Nom enfant | Nom de l'enfant | Patronyme",
    "usage_name": "Nom d'usage | Nom d'usage élève | Nom d'usage de l'élève | Nom usage | Nom usage élève | Nom usuel",
    "birth_name": "Nom de naissance | Nom de naissance élève | Nom légal | Nom patronymique",
    "first_name": "Prénom | Prénoms | Prénom élève | Prénom de l'élève | Prénom usuel | Premier prénom"
    " | Prénom enfant | Prénom de l'enfant",
    "full_name": "Nom Prénom | Nom et prénom | Nom + prénom | Noms et prénoms | Nom prénom élève"
    " | Nom et prénom de l'élève | Prénom Nom | Prénom et nom | Élève | Élèves | Enfant | Identité"
    " | Nom complet",
    "birth_date": "Date de naissance | Date naissance | Date naiss. | Date de naiss. | Date nais."
    " | Date naissance élève | Date de naissance de l'élève | Né(e) le | Née le | Naissance | DDN",
    "sex": "Sexe | Genre | Sexe élève | F/G | G/F | F/M | M/F | Fille/Garçon | Garçon/Fille",
    "ine": "INE | INE élève | N° INE | No INE | Numéro INE | Num INE | INE de l'élève | Identifiant national"
    " | Identifiant national élève",
    "grade": "Niveau | Niveau élève | Niveau de l'élève | Niveau scolaire",
    "class_label": "Classe | Libellé classe | Libellé de la classe | Libellé de classe | Nom de la classe"
    " | Classe élève | Classe de l'élève",
    "class_id": "Identifiant classe | Identifiant de la classe | Identifiant de classe | Id classe",
}
_ROLE_OF_KEY = {header_key(title): role for role, titles in _SYNONYMS.items() for title in titles.split("|")}
_NAME_ROLES = frozenset({"name", "usage_name", "birth_name", "full_name"})
_ONDE_KEYS = frozenset(header_key(t) for t in ("Nom élève", "Nom d'usage élève", "Prénom élève"))


@dataclass(frozen=True)
class _Columns:
    index: dict[str, int]  # role -> position
    title: dict[str, str]  # role -> header as written

    def cell(self, cells: tuple[str, ...], role: str) -> str:
        position = self.index.get(role)
        return cells[position] if position is not None and position < len(cells) else ""


def _columns(cells: tuple[str, ...]) -> _Columns:
    index: dict[str, int] = {}
    title: dict[str, str] = {}
    for position, text in enumerate(cells):
        role = _ROLE_OF_KEY.get(header_key(text))
        if role is not None and role not in index:  # the first of two same-named columns wins
            index[role] = position
            title[role] = " ".join(text.split())
    if "full_name" in index and ("name" in index or "usage_name" in index) and "first_name" in index:
        del index["full_name"], title["full_name"]
    return _Columns(index, title)


def _is_header(cells: tuple[str, ...]) -> bool:
    return any(_ROLE_OF_KEY.get(header_key(text)) in _NAME_ROLES for text in cells)


def _no_name_column(name: str, skipped: list[TableRow], sheet: str | None) -> InvalidInputError:
    first = next((row for row in skipped if row.error is None), None)
    where = f"La feuille « {sheet} » du classeur « {name} »" if sheet else f"Le fichier « {name} »"
    if first is None:
        return InvalidInputError(f"{where} ne contient aucune ligne remplie : choisissez le bon fichier.")
    found = _quote_list(first.cells)
    return InvalidInputError(
        f"{where} n’a pas de colonne de noms : sa ligne {first.line} contient {found} ; la liste doit "
        "commencer par une ligne d’en-têtes avec au moins « Nom » et « Prénom » (ou une seule colonne "
        "« Nom Prénom »)."
    )


def _quote_list(cells: tuple[str, ...], limit: int = 8) -> str:
    quoted = [f"« {shown(cell, 30)} »" for cell in cells if cell.strip()][:limit]
    more = " …" if sum(1 for cell in cells if cell.strip()) > limit else ""
    return ", ".join(quoted) + more if quoted else "des cellules vides"


# --- reading the rows --------------------------------------------------------------------------


@dataclass
class _Candidate:
    row: PupilRow
    date_text: str
    date_ambiguous: bool  # day and month both 12 or less, and different


@dataclass
class _DateOrder:
    """Evidence of how the file writes dates, to catch a month/day file (see _apply_date_order)."""

    month_first_line: int | None = None
    month_first_text: str = ""
    day_first_seen: bool = False


def _read_pupils(table: Table, header: TableRow, today: date) -> PupilList:
    columns = _columns(header.cells)
    name = table.name
    if "full_name" not in columns.index and "first_name" not in columns.index:
        written = columns.title.get("usage_name") or columns.title.get("name") or columns.title.get("birth_name")
        raise InvalidInputError(
            f"Le fichier « {name} » a une colonne « {written} » mais pas de colonne « Prénom » : ajoutez-la, "
            "ou nommez la colonne « Nom Prénom » si elle contient les deux."
        )
    keys = {header_key(text) for text in header.cells}
    if any("responsable" in key for key in keys):
        raise InvalidInputError(
            f"Le fichier « {name} » est une liste de responsables, pas d’élèves : dans ONDE, faites "
            "l’extraction de la catégorie « Élèves »."
        )
    source_format = "onde" if table.format == "csv" and keys >= _ONDE_KEYS else table.format
    header_cells = tuple(" ".join(cell.split()) for cell in header.cells)
    name_role = next(role for role in ("name", "usage_name", "birth_name", "full_name") if role in columns.index)
    name_title = columns.cell(header.cells, name_role).strip()

    candidates: list[_Candidate] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    line_classes: dict[int, tuple[str, str]] = {}
    order = _DateOrder()
    count = 0
    for row in table.rows:
        count += 1
        if count > MAX_PUPIL_ROWS:
            raise InvalidInputError(
                f"Le fichier « {name} » compte plus de {number(MAX_PUPIL_ROWS)} lignes d’élèves, ce n’est "
                "pas une liste de classe ou d’école : extrayez seulement votre école ou votre classe."
            )
        if row.error is not None:
            problems.append(
                RowProblem(
                    row.line,
                    None,
                    f"Ligne {row.line} : cette ligne ne peut pas être lue, car {row.error} ; "
                    "corrigez-la ou supprimez-la.",
                )
            )
            continue
        if (
            columns.cell(row.cells, name_role).strip() == name_title
            and tuple(" ".join(cell.split()) for cell in row.cells) == header_cells
        ):
            continue  # the header repeated, as in lists pasted one class after another
        reader = _RowReader(row, columns, today, order)
        candidate = reader.read()
        if reader.problems or reader.warnings:
            # From the raw cells: the label may be the very thing refused on this line.
            line_classes[row.line] = (
                _class_key(columns.cell(row.cells, "class_label")[: MAX_LABEL_CHARS + 1]),
                _class_key(columns.cell(row.cells, "class_id")[: MAX_LABEL_CHARS + 1]),
            )
        problems.extend(reader.problems)
        if not reader.problems:  # a refused line's minor remarks would only be noise
            warnings.extend(reader.warnings)
        if candidate is not None:
            candidates.append(candidate)
    if count == 0:
        raise InvalidInputError(
            f"Le fichier « {name} » a une ligne d’en-têtes (ligne {header.line}) mais aucun élève en "
            "dessous : choisissez le bon fichier."
        )

    accepted = _apply_date_order(candidates, order, columns, problems, line_classes)
    rows = _drop_duplicates(accepted, columns, problems, line_classes)
    problems.sort(key=lambda problem: problem.line)  # stable: a line's problems stay in column order
    return PupilList(
        rows=rows,
        problems=problems,
        classes=_classes(rows),
        source_format=source_format,
        encoding=table.encoding,
        warnings=warnings,
        sheet=table.sheet,
        _line_classes=line_classes,
    )


class _RowReader:
    """Checks one line, collecting every problem on it so the teacher fixes them in one go."""

    def __init__(self, row: TableRow, columns: _Columns, today: date, order: _DateOrder) -> None:
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

    def read(self) -> _Candidate | None:
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
        return _Candidate(row, date_text, ambiguous)

    def _name(self, role: str, what: str) -> str:
        if role not in self.columns.index:
            return ""
        try:
            return _clean_name(self.cell(role), what)
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
                last, first = _split_full_name(full)
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
        raw = _cell_value(self.cell("birth_date"))
        if not raw:
            return None, "", False
        if len(raw) > 40:
            self.problem("birth_date", f"la cellule compte {number(len(raw))} caractères, ce n’est pas une date")
            return None, "", False
        try:
            parsed, form = _parse_date_form(raw)
        except _MonthFirstDate as error:
            if self.order.month_first_line is None:
                self.order.month_first_line, self.order.month_first_text = self.line, raw
            self.problem("birth_date", str(error))
            return None, "", False
        except _DayFirstImpossible as error:
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
            age = _age(parsed, self.today)
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
        raw = _cell_value(self.cell("sex"))
        if not raw:
            return None
        sex = _SEXES.get(header_key(raw)) if len(raw) <= 20 else None
        if sex is None:
            self._note(
                self.warnings,
                "sex",
                f"le sexe « {shown(raw)} » n’est pas reconnu (M ou F attendu) ; l’élève est importé sans "
                "cette information",
            )
        return sex

    def _ine(self) -> str | None:
        raw = _cell_value(self.cell("ine"))
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
            return _clean_label(raw) or None
        except ValueError as error:
            self.problem(role, str(error))
            return None

    def _grade(self, class_label: str | None) -> str | None:
        if "grade" not in self.columns.index:
            # Teachers' own lists often have only « Classe », holding « CE1 »: use it when it is one grade.
            return normalise_grade(class_label) if class_label else None
        raw = _cell_value(self.cell("grade"))
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


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _apply_date_order(
    candidates: list[_Candidate],
    order: _DateOrder,
    columns: _Columns,
    problems: list[RowProblem],
    line_classes: dict[int, tuple[str, str]],
) -> list[PupilRow]:
    """A file where some dates only make sense as month/day and none only as day/month was written
    month first: its 03/04/2018 is then 4 March as likely as 3 April, so such dates are refused
    rather than silently read one way."""
    if order.month_first_line is None or order.day_first_seen:
        return [c.row for c in candidates]
    kept: list[PupilRow] = []
    column = columns.title.get("birth_date")
    for candidate in candidates:
        if not candidate.date_ambiguous:
            kept.append(candidate.row)
            continue
        line = candidate.row.line
        problems.append(
            RowProblem(
                line,
                column,
                f"Ligne {line}, colonne « {column} » : la date « {shown(candidate.date_text)} » est ambiguë, "
                f"car ce fichier écrit des dates mois/jour (ligne {order.month_first_line} : "
                f"« {shown(order.month_first_text)} ») ; écrivez toutes les dates jour/mois/année.",
            )
        )
        line_classes[line] = (_class_key(candidate.row.class_label), _class_key(candidate.row.onde_class_id))
    return kept


def _drop_duplicates(
    rows: list[PupilRow],
    columns: _Columns,
    problems: list[RowProblem],
    line_classes: dict[int, tuple[str, str]],
) -> list[PupilRow]:
    """Keep the first of two lines for the same pupil: same INE, or same name and birth date
    unless their INEs differ. Homonyms told apart by birth date or INE are two pupils."""
    kept: list[PupilRow] = []
    by_ine: dict[str, PupilRow] = {}
    by_name: dict[tuple[str, date | None], list[PupilRow]] = {}
    for row in rows:
        key = (name_key(row.last_name, row.first_name), row.birth_date)
        earlier = by_ine.get(row.ine) if row.ine else None
        same_name = earlier is not None and name_key(earlier.last_name, earlier.first_name) == key[0]
        if earlier is not None and not same_name:
            column = columns.title.get("ine")
            message = (
                f"Ligne {row.line}, colonne « {column} » : l’INE « {row.ine} » est déjà celui de la ligne "
                f"{earlier.line} ({earlier.last_name} {earlier.first_name}) ; vérifiez-le."
            )
            problems.append(RowProblem(row.line, column, message))
        else:
            if earlier is None:
                earlier = next(
                    (e for e in by_name.get(key, []) if e.ine is None or row.ine is None or e.ine == row.ine),
                    None,
                )
            if earlier is None:
                kept.append(row)
                if row.ine:
                    by_ine[row.ine] = row
                by_name.setdefault(key, []).append(row)
                continue
            problems.append(
                RowProblem(row.line, None, f"Ligne {row.line} : élève en double (déjà ligne {earlier.line}).")
            )
        line_classes[row.line] = (_class_key(row.class_label), _class_key(row.onde_class_id))
    return kept


def _classes(rows: list[PupilRow]) -> list[ClassFound]:
    counts: dict[tuple[str | None, str | None], int] = {}
    for row in rows:
        key = (row.class_label, row.onde_class_id)
        counts[key] = counts.get(key, 0) + 1
    return [ClassFound(label, class_id, pupils) for (label, class_id), pupils in counts.items()]


def _class_key(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text)) if text else ""


def _describe_classes(classes: list[ClassFound]) -> str:
    parts = []
    for found in classes:
        label = f"« {found.label} »" if found.label else "sans libellé"
        pupils = f"{found.pupils} élève{'s' if found.pupils > 1 else ''}"
        detail = f"identifiant {found.onde_class_id}, {pupils}" if found.onde_class_id else pupils
        parts.append(f"{label} ({detail})")
    return ", ".join(parts) if parts else "aucune"


# --- values ------------------------------------------------------------------------------------

# Characters that copy-paste leaves in names and that nobody means: removed silently.
_SPREADSHEET_ERRORS = frozenset(
    [
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#VALEUR!",
        "#DIV/0!",
        "#NAME?",
        "#NOM?",
        "#NULL!",
        "#NUL!",
        "#NUM!",
        "#NOMBRE!",
        "#SPILL!",
        "#CALC!",
    ]
)
_PLACEHOLDER = re.compile(r"[-–—/.?_\s]+")


def _cell_value(raw: str) -> str:
    """A cell trimmed, with the placeholders people type for "nothing" (« - », « / », « ? ») read
    as empty."""
    value = raw.strip()
    return "" if _PLACEHOLDER.fullmatch(value) else value


def _clean_text(raw: str, what: str, kind: str = "line") -> str:
    """The cell as it will be stored (``validation.one_line``: line breaks inside a quoted cell
    become a space), or ValueError for a character no name or label may hold."""
    if raw.strip() in _SPREADSHEET_ERRORS:
        raise ValueError(f"{what} est une erreur de tableur « {raw.strip()} » ; corrigez la formule ou tapez le texte")
    text = one_line(raw)
    char = refused_character(text, kind)
    if char is not None:
        raise ValueError(f"{what} « {shown(text)} » contient {character_clause(char)} ; effacez-le")
    return text


def _clean_label(raw: str) -> str:
    value = _cell_value(raw)
    return _clean_text(value, "le libellé") if value else ""


def _clean_name(raw: str, what: str) -> str:
    """Trim and NFC a name, keeping its case and accents; refuse what cannot be a name."""
    if len(raw) > MAX_NAME_CHARS:
        raise ValueError(
            f"la cellule compte {number(len(raw))} caractères ; un nom en compte au plus {MAX_NAME_CHARS}, corrigez-la"
        )
    value = _cell_value(raw)
    if not value:
        return ""
    name = _clean_text(value, what, "name")
    if name[:1] in ("=", "+", "-", "@"):
        # OWASP's CSV-injection characters: such a name would run as a formula when exported.
        raise ValueError(
            f"{what} « {shown(name)} » ressemble à une formule de tableur ; corrigez la cellule dans le fichier"
        )
    if not any(unicodedata.category(char).startswith("L") for char in name):
        raise ValueError(f"{what} « {shown(name)} » ne contient aucune lettre ; corrigez-le")
    return name


def _split_full_name(text: str) -> tuple[str, str]:
    """« MARTIN Lucas », « Lucas MARTIN », « DE LA FONTAINE Jean-Pierre », « Martin, Lucas »: the
    surname is the run of words in capitals (or what precedes a comma)."""
    if "," in text:
        last, _, first = text.partition(",")
        if last.strip() and first.strip():
            return " ".join(last.split()), " ".join(first.split())
    words = text.split()
    capitals = [word.isupper() for word in words]
    leading = next((i for i, upper in enumerate(capitals) if not upper), len(words))
    if 0 < leading < len(words) and not any(capitals[leading:]):
        return " ".join(words[:leading]), " ".join(words[leading:])
    trailing = next((i for i, upper in enumerate(reversed(capitals)) if not upper), len(words))
    if 0 < trailing < len(words) and not any(capitals[: len(words) - trailing]):
        return " ".join(words[len(words) - trailing :]), " ".join(words[: len(words) - trailing])
    raise ValueError(
        f"impossible de séparer le nom du prénom dans « {shown(text)} » ; écrivez le nom en capitales "
        "(MARTIN Lucas) ou utilisez deux colonnes « Nom » et « Prénom »"
    )


_SEXES = {
    **dict.fromkeys(("m", "masculin", "masc", "garcon", "g", "h", "homme", "male"), "M"),
    **dict.fromkeys(("f", "feminin", "fem", "fille", "femme", "female"), "F"),
}


def name_key(last: str, first: str) -> str:
    """The key two spellings of one pupil share (« MARTIN Léa » / « martin lea »): for matching,
    never stored. The app's one definition (``names.match_key``), so a pupil matched here is the
    pupil « NOM Prénom » finds in an observation file."""
    return match_key(f"{last} {first}")


# --- grades ------------------------------------------------------------------------------------

_FIRST = r"(?:1|1re|1ere|1er|i|premiere)"
_SECOND = r"(?:2|2e|2eme|2nde|2nd|ii|deuxieme|seconde|second)"
_YEAR = r"(?: annee)?"
_LONG_GRADES = (
    (re.compile(r"(?:petite section|section des petits)(?: de)?(?: maternelle)?"), "PS"),
    (re.compile(r"(?:moyenne section|section des moyens)(?: de)?(?: maternelle)?"), "MS"),
    (re.compile(r"(?:grande section|section des grands)(?: de)?(?: maternelle)?"), "GS"),
    (re.compile(r"cours preparatoire"), "CP"),
    (re.compile(rf"cours elementaire {_FIRST}{_YEAR}"), "CE1"),
    (re.compile(rf"cours elementaire {_SECOND}{_YEAR}"), "CE2"),
    (re.compile(rf"cours moyen {_FIRST}{_YEAR}"), "CM1"),
    (re.compile(rf"cours moyen {_SECOND}{_YEAR}"), "CM2"),
)
_GRADE_PREFIX = re.compile(r"^(?:classe de |classe |niveau )")
_GRADE_SUFFIX = re.compile(r" maternelle$")


def normalise_grade(text: str) -> str | None:
    """« ce 1 », « C.E.1 », « Cours élémentaire 1re année », « Grande section » → the grade code;
    None for anything else, including a class label with two grades (« CE1-CE2 ») and « TPS »."""
    key = _GRADE_SUFFIX.sub("", _GRADE_PREFIX.sub("", header_key(text)))
    compact = key.replace(" ", "").upper()
    if compact in GRADES:
        return compact
    for pattern, grade in _LONG_GRADES:
        if pattern.fullmatch(key):
            return grade
    return None


# --- dates -------------------------------------------------------------------------------------


class _MonthFirstDate(ValueError):
    """Impossible as day/month but fine as month/day (12/25/2018)."""


class _DayFirstImpossible(ValueError):
    """Impossible, but its first number shows the day comes first (31/02/2019)."""


_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
_YMD = re.compile(rf"(\d{{4}})([/.\-])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
# Only five digits: serials 10000-99999 are 1927-2173, while « 2018 » is far likelier a year.
_SERIAL = re.compile(r"(\d{5})(?:[.,]\d+)?")
_WORDY = re.compile(r"(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})")
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}  # fmt: skip


def parse_date(value: object) -> date:
    """A date as found in a class list: dd/mm/yyyy (also with '.' or '-', and d/m/yy where 00-29 is
    20xx), ISO yyyy-mm-dd, « 4 mars 2018 », yyyymmdd, a spreadsheet serial (epoch 1899-12-30), or a
    date/datetime object.

    Never swaps day and month. Raises ValueError whose message is a French clause to follow
    « Ligne N, colonne X : », e.g. « la date « 31/02/2019 » n'existe pas ».
    """
    return _parse_date_form(value)[0]


def _parse_date_form(value: object) -> tuple[date, str]:
    """The date and how it was written: "ambiguous" (day and month both ≤ 12 and different),
    "day_first" (day over 12), or "other"."""
    if isinstance(value, datetime):
        return value.date(), "other"
    if isinstance(value, date):
        return value, "other"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, str(value)), "other"
    if not isinstance(value, str):
        raise ValueError(f"« {shown(str(value))} » n’est pas une date")
    text = " ".join(value.split())
    as_typed = shown(text)
    if match := _DMY.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        if len(match[4]) == 2:
            year += 2000 if year < 30 else 1900
        try:
            parsed = date(year, month, day)
        except ValueError:
            if month > 12 and day <= 12 and _exists(year, day, month):
                raise _MonthFirstDate(
                    f"la date « {as_typed} » n’existe pas en jour/mois/année ; si elle est écrite mois/jour, "
                    f"écrivez-la {month:02d}/{day:02d}/{year}"
                ) from None
            error = _DayFirstImpossible if day > 12 else ValueError
            raise error(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
        if day > 12:
            return parsed, "day_first"
        return parsed, "ambiguous" if month != day else "other"
    if (match := _YMD.fullmatch(text)) or (match := _COMPACT.fullmatch(text)):
        groups = (match[1], match[3], match[4]) if match.re is _YMD else (match[1], match[2], match[3])
        try:
            return date(int(groups[0]), int(groups[1]), int(groups[2])), "other"
        except ValueError:
            raise ValueError(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
    if match := _SERIAL.fullmatch(text):
        return _from_serial(float(text.replace(",", ".")), text), "other"
    if match := _WORDY.fullmatch(fold(text)):
        month_number = _MONTHS.get(match[2])
        if month_number is not None:
            try:
                return date(int(match[3]), month_number, int(match[1])), "other"
            except ValueError:
                raise ValueError(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
    raise ValueError(f"« {as_typed} » n’est pas une date lisible ; écrivez-la jour/mois/année, par exemple 04/03/2018")


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _from_serial(serial: float, as_typed: str) -> date:
    if not 1 <= serial < 2_958_466:  # 9999-12-31
        raise ValueError(
            f"le nombre « {shown(as_typed)} » n’est pas une date de tableur ; écrivez la date jour/mois/année"
        )
    return EXCEL_EPOCH + timedelta(days=int(serial))
