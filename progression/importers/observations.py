"""Importing observations from a table (``progression import-observations``, Fichier › Importer).

Columns ``eleve;item;echelon;date;commentaire`` (the comment is optional), in a CSV (any usual
encoding and separator), an xlsx or an ods file, read through ``importers.tabular`` like class
lists; a title may stand above the header. ``eleve`` is an INE or "NOM Prénom" matched ignoring
case and accents; an ambiguous name is an error asking for the INE. ``item`` is a full code or the
end of one the grid shows (``L1-CE1.1``); ``echelon`` a rank, a step's name or a usual synonym
(« Acquis », « Non acquis »…, ``CarnetQueries.step_by_label``). Dates are read as in class
lists (jj/mm/aaaa, ISO, spreadsheet dates), never day/month-swapped.

The whole file is checked first (``read_observations``); then the observations are added as
one action (``import_operation``), after a backup: one bad line and nothing is imported, and
undo takes the whole import back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from progression.errors import InvalidInputError
from progression.importers.dates import parse_date
from progression.importers.tabular import find_header, header_key, open_table
from progression.names import match_key
from progression.operations import AddObservations, AfterBackup, NewObservation
from progression.service import CarnetService
from progression.validation import SHOWN_CHARS, shown
from progression.views import ItemView
from progression.wording import Phrase

COLUMNS = ("eleve", "item", "echelon", "date", "commentaire")
REQUIRED = COLUMNS[:4]
EXPECTED = "eleve;item;echelon;date;commentaire"
ACTIVITY = "Import"  # the activity imported observations show in a pupil's history


def _quote_hint(cell: str) -> str:
    """A cell holding line breaks and separators is the rest of the file swallowed by a quote
    never closed: say so, rather than only that the pupil is unknown."""
    if "\n" in cell and any(sep in cell for sep in ";,\t"):
        return Phrase("import.quote_never_closed")
    return ""


def _is_header(cells: tuple[str, ...]) -> bool:
    keys = {header_key(c) for c in cells}
    return "eleve" in keys and "item" in keys


class _Reader:
    """Turns the rows into observations. A file repeats the same few pupils, steps and dates
    thousands of times: each distinct text is looked up once."""

    def __init__(self, service: CarnetService, column: dict[str, int], today: date) -> None:
        self.service = service
        self.today = today
        self.column = column
        pupils = service.pupils()
        self.by_ine = {p.ine.upper(): p.id for p in pupils if p.ine}
        self.by_name: dict[str, list[str]] = {}
        for p in pupils:
            for key in (match_key(f"{p.last_name} {p.first_name}"), match_key(f"{p.first_name} {p.last_name}")):
                found = self.by_name.setdefault(key, [])
                if p.id not in found:
                    found.append(p.id)
        self.pupils: dict[str, str] = {}
        self.items: dict[str, ItemView] = {}
        self._by_tail: dict[str, list[ItemView]] | None = None
        self.steps: dict[str, str] = {}
        self.dates: dict[str, date] = {}

    def cell(self, cells: tuple[str, ...], key: str) -> str:
        index = self.column.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def pupil(self, who: str, where: str) -> str:
        if who not in self.pupils:
            if who.upper() in self.by_ine:
                self.pupils[who] = self.by_ine[who.upper()]
            else:
                found = self.by_name.get(match_key(who), [])
                if len(found) > 1:
                    raise InvalidInputError("import.observations.homonyms", where=where, who=shown(who))
                if not found:
                    raise InvalidInputError("import.observations.pupil_unknown", where=where, who=shown(who),
                                            hint=_quote_hint(who))
                self.pupils[who] = found[0]
        return self.pupils[who]

    def item(self, code: str) -> ItemView:
        """An item by its full code, or by the end the grid shows (« L1-CE1.1 » for C2-24-L1-CE1.1)
        when only one item of the carnet ends that way."""
        if code not in self.items:
            found = self.service.item_by_code(code, missing_ok=True)
            if found is None:
                if self._by_tail is None:
                    self._by_tail = {}
                    for item in self.service.items():
                        pieces = item.code.casefold().split("-")
                        for n in range(1, len(pieces)):
                            self._by_tail.setdefault("-".join(pieces[n:]), []).append(item)
                matches = self._by_tail.get(code.strip().casefold(), [])
                if len(matches) > 1:
                    codes = ", ".join(i.code for i in matches[:3])
                    raise InvalidInputError(f"le code « {shown(code)} » désigne plusieurs items ({codes}) : "
                                            "écrivez le code complet")
                if not matches:
                    self.service.item_by_code(code)  # the carnet's sentence for an unknown code
                found = matches[0]
            self.items[code] = found
        return self.items[code]

    def step(self, text: str) -> str:
        if text not in self.steps:
            self.steps[text] = self.service.step_by_label(text).id
        return self.steps[text]

    def date(self, text: str, where: str) -> date:
        if text not in self.dates:
            if not text:
                raise InvalidInputError("import.observations.date_missing", where=where)
            try:
                self.dates[text] = parse_date(text)
            except ValueError as error:
                raise InvalidInputError("import.observations.date_refused", where=where, detail=str(error)) from None
        return self.dates[text]

    def observation(self, cells: tuple[str, ...], where: str) -> NewObservation:
        service = self.service
        pupil_id = self.pupil(self.cell(cells, "eleve"), where)
        code, step = self.cell(cells, "item"), self.cell(cells, "echelon")
        for what, text in (("import.observations.unknown_item", code), ("import.observations.unknown_step", step)):
            if len(text) > SHOWN_CHARS:  # no code is this long: never quote a whole swallowed file back
                raise InvalidInputError(what, where=where, text=shown(text), hint=_quote_hint(text))
        try:
            item = self.item(code)
            step_id = self.step(step)
        except InvalidInputError as error:
            raise InvalidInputError("import.observations.refused", where=where, problem=error) from error
        observed_on = self.date(self.cell(cells, "date"), where)
        try:
            service.check_date_in_year(observed_on)
            service.check_pupil_present(pupil_id, observed_on)
        except InvalidInputError as error:
            raise InvalidInputError("import.observations.refused_sentence", where=where, problem=error) from error
        if observed_on > self.today:  # a typo in the year, or a plan typed as if it were done
            raise InvalidInputError(
                f"{where} : la date du {observed_on.strftime('%d/%m/%Y')} est après aujourd'hui "
                f"({self.today.strftime('%d/%m/%Y')}) : une observation se note une fois faite ; corrigez la date."
            )
        return NewObservation(pupil_id, item.id, step_id, observed_on, ACTIVITY, self.cell(cells, "commentaire"))


def find_pupil(service: CarnetService, who: str, where: str) -> str:
    """One pupil's id from an INE or « NOM Prénom », as an observation file names them (the command
    line's fluency reading too)."""
    return _Reader(service, {}, date.today()).pupil(who, where)


def read_observations(service: CarnetService, path: Path, *, today: date | None = None) -> tuple[NewObservation, ...]:
    """Every observation of the file, checked against the carnet; the first bad line raises
    ``InvalidInputError`` naming the file and the line. A date after ``today`` (the computer's
    date unless given) is refused."""
    path = Path(path)
    name = path.name
    with open_table(path) as table:
        header, _ = find_header(table.rows, _is_header)
        if header is None:
            raise InvalidInputError("import.observations.no_header", name=name, expected=EXPECTED)
        keys = [header_key(c) for c in header.cells]
        missing = [c for c in REQUIRED if c not in keys]
        if missing:
            raise InvalidInputError(
                "import.observations.column_missing",
                name=name,
                line=header.line,
                missing=missing[0],
                expected=EXPECTED,
            )
        reader = _Reader(service, {c: keys.index(c) for c in COLUMNS if c in keys}, today or date.today())
        found: list[NewObservation] = []
        for row in table.rows:
            where = Phrase("where.file_line", name=name, line=row.line)
            if row.error is not None:
                raise InvalidInputError("import.observations.row_unreadable", where=where, detail=row.error)
            found.append(reader.observation(row.cells, where))
    return tuple(found)


def import_operation(service: CarnetService, observations: tuple[NewObservation, ...]) -> AfterBackup:
    """The one undoable action that adds what a file holds, after a backup (the caller runs it)."""
    return AfterBackup(AddObservations(observations, author=service.settings.author), "import")
