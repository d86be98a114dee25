"""Reading a class list (ONDE extraction, any headed CSV, xlsx, ods) into checked pupil rows.

No database here: the importer service decides what to write. A line with a problem is left
out of ``rows`` and explained in ``problems`` (one French sentence naming the line and the
column), so the teacher can fix the file and import again; a value that is merely unknown
(a « Sexe » of « X », a « Niveau » of « ULIS ») leaves the field empty and is noted in
``warnings``. Whole-file problems raise ``InvalidInputError``.
"""


from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from progression.errors import InvalidInputError
from progression.importers.pupil_cells import name_key
from progression.importers.pupil_row import (
    MAX_LABEL_CHARS,
    Candidate,
    Columns,
    DateOrder,
    PupilRow,
    RowProblem,
    RowReader,
)
from progression.importers.table_rows import MAX_ROWS, Table, TableRow
from progression.importers.tabular import find_header, fold, header_key, list_sheets, open_table
from progression.validation import shown
from progression.wording import Number, Phrase

# A school's ONDE extraction has a few hundred pupils; past this it is not a class list, and
# the limit keeps a hostile file's cost bounded (checked while streaming).
MAX_PUPIL_ROWS = MAX_ROWS

__all__ = ["MAX_PUPIL_ROWS", "ClassFound", "PupilList", "PupilRow", "RowProblem", "name_key", "read_pupil_list"]


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
        wanted = class_key(key)
        chosen = [c for c in self.classes if wanted and wanted in (class_key(c.label), class_key(c.onde_class_id))]
        if not chosen and len(wanted) >= 3:
            chosen = [c for c in self.classes if wanted in class_key(c.label)]
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
        keys = {(class_key(c.label), class_key(c.onde_class_id)) for c in chosen}

        def kept(problem: RowProblem) -> bool:
            # A line whose class cells were never read (unreadable line) stays visible.
            return self._line_classes.get(problem.line, ("", "")) in keys | {("", "")}

        return PupilList(
            rows=[r for r in self.rows if (class_key(r.class_label), class_key(r.onde_class_id)) in keys],
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


def _columns(cells: tuple[str, ...]) -> Columns:
    index: dict[str, int] = {}
    title: dict[str, str] = {}
    for position, text in enumerate(cells):
        role = _ROLE_OF_KEY.get(header_key(text))
        if role is not None and role not in index:  # the first of two same-named columns wins
            index[role] = position
            title[role] = " ".join(text.split())
    if "full_name" in index and ("name" in index or "usage_name" in index) and "first_name" in index:
        del index["full_name"], title["full_name"]
    return Columns(index, title)


def _is_header(cells: tuple[str, ...]) -> bool:
    return any(_ROLE_OF_KEY.get(header_key(text)) in _NAME_ROLES for text in cells)


def _no_name_column(name: str, skipped: list[TableRow], sheet: str | None) -> InvalidInputError:
    first = next((row for row in skipped if row.error is None), None)
    where = Phrase("where.sheet", sheet=sheet, name=name) if sheet else Phrase("where.file", name=name)
    if first is None:
        return InvalidInputError("import.pupils.no_filled_line", where=where)
    found = _quote_list(first.cells)
    return InvalidInputError("import.pupils.no_name_column", where=where, line=first.line, found=found)


def _quote_list(cells: tuple[str, ...], limit: int = 8) -> str:
    quoted = [f"« {shown(cell, 30)} »" for cell in cells if cell.strip()][:limit]
    more = " …" if sum(1 for cell in cells if cell.strip()) > limit else ""
    return ", ".join(quoted) + more if quoted else Phrase("import.empty_cells")


# --- reading the rows --------------------------------------------------------------------------


def _read_pupils(table: Table, header: TableRow, today: date) -> PupilList:
    columns = _columns(header.cells)
    name = table.name
    if "full_name" not in columns.index and "first_name" not in columns.index:
        written = columns.title.get("usage_name") or columns.title.get("name") or columns.title.get("birth_name")
        raise InvalidInputError("import.pupils.first_name_missing", name=name, written=written)
    keys = {header_key(text) for text in header.cells}
    if any("responsable" in key for key in keys):
        raise InvalidInputError("import.pupils.guardians_list", name=name)
    source_format = "onde" if table.format == "csv" and keys >= _ONDE_KEYS else table.format
    header_cells = tuple(" ".join(cell.split()) for cell in header.cells)
    name_role = next(role for role in ("name", "usage_name", "birth_name", "full_name") if role in columns.index)
    name_title = columns.cell(header.cells, name_role).strip()

    candidates: list[Candidate] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    line_classes: dict[int, tuple[str, str]] = {}
    order = DateOrder()
    count = 0
    for row in table.rows:
        count += 1
        if count > MAX_PUPIL_ROWS:
            raise InvalidInputError(
                "import.pupils.too_many_rows",
                name=name,
                most=Number(MAX_PUPIL_ROWS),
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
        reader = RowReader(row, columns, today, order)
        candidate = reader.read()
        if reader.problems or reader.warnings:
            # From the raw cells: the label may be the very thing refused on this line.
            line_classes[row.line] = (
                class_key(columns.cell(row.cells, "class_label")[: MAX_LABEL_CHARS + 1]),
                class_key(columns.cell(row.cells, "class_id")[: MAX_LABEL_CHARS + 1]),
            )
        problems.extend(reader.problems)
        if not reader.problems:  # a refused line's minor remarks would only be noise
            warnings.extend(reader.warnings)
        if candidate is not None:
            candidates.append(candidate)
    if count == 0:
        raise InvalidInputError("import.pupils.header_only", name=name, line=header.line)

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


def _apply_date_order(
    candidates: list[Candidate],
    order: DateOrder,
    columns: Columns,
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
        line_classes[line] = (class_key(candidate.row.class_label), class_key(candidate.row.onde_class_id))
    return kept


def _drop_duplicates(
    rows: list[PupilRow],
    columns: Columns,
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
        line_classes[row.line] = (class_key(row.class_label), class_key(row.onde_class_id))
    return kept


def _classes(rows: list[PupilRow]) -> list[ClassFound]:
    counts: dict[tuple[str | None, str | None], int] = {}
    for row in rows:
        key = (row.class_label, row.onde_class_id)
        counts[key] = counts.get(key, 0) + 1
    return [ClassFound(label, class_id, pupils) for (label, class_id), pupils in counts.items()]


def class_key(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text)) if text else ""


def _describe_classes(classes: list[ClassFound]) -> str:
    parts = []
    for found in classes:
        label = f"« {found.label} »" if found.label else "sans libellé"
        pupils = f"{found.pupils} élève{'s' if found.pupils > 1 else ''}"
        detail = f"identifiant {found.onde_class_id}, {pupils}" if found.onde_class_id else pupils
        parts.append(f"{label} ({detail})")
    return ", ".join(parts) if parts else "aucune"
