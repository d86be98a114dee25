"""What every table file shares, whatever its format: its rows, the limits, the words for a file
that cannot be used (``progression.importers.tabular`` opens files; ``text_tables`` and
``spreadsheets`` read them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from progression.errors import InvalidInputError
from progression.wording import Number, Phrase

# A whole school's ONDE extraction is a few hundred kB; 20 MB leaves room for any real list
# while keeping a hostile file's cost bounded.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Zipped formats are judged by what they expand to (zip bombs). LibreOffice writes about
# 550 bytes of XML per six-cell row, so 20 000 pupils fit with room to spare.
MAX_UNZIPPED_BYTES = 64 * 1024 * 1024
# ONDE has 22 columns; anything past this is noise (or a sheet "used" up to column XFD).
MAX_COLUMNS = 256
# Lines of data any importer takes from one file: a school's pupils, a period's observations of
# a class. Filled rows are counted as they are read, a row an ods file repeats by its count before
# it is expanded (527 bytes of ods can claim a million rows); a title and the header come on top.
MAX_ROWS = 20_000
HEADER_ROOM = 11
# Past the csv module's own field limit a cell is garbage; keep one character more so that
# the importer still sees it is too long.
MAX_CELL_CHARS = 131_073

_T = TypeVar("_T")


@dataclass(frozen=True)
class TableRow:
    """One non-blank row. ``line`` is 1-based: the file's line (where a record spanning several
    lines starts) or the sheet's row number."""

    line: int
    cells: tuple[str, ...]
    # Set when the line could not be read at all: a French clause such as
    # « une cellule dépasse 131 072 caractères »; ``cells`` is then empty.
    error: str | None = None


@dataclass
class Table:
    name: str  # the file's name, for messages
    format: str  # "csv" | "xlsx" | "ods"
    rows: Iterator[TableRow]
    encoding: str | None = None  # "utf-8", "utf-8-sig", "cp1252" or "utf-16"; None for spreadsheets
    delimiter: str | None = None  # None for spreadsheets and single-column text
    sheet: str | None = None


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a CSV export of it would hold, dates in ISO form so that
    they are never read back day/month-swapped."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Spreadsheets store every number as a float; 43163.0 is the serial 43163.
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)



def unreadable(name: str, error: OSError) -> InvalidInputError:
    reason = Phrase("import.access_denied" if isinstance(error, PermissionError) else "import.system_refuses")
    return InvalidInputError("import.unreadable", name=name, reason=reason)


def not_a_table(name: str, what: str, advice: str) -> InvalidInputError:
    return InvalidInputError(f"Le fichier « {name} » {what}, ce n’est pas un tableau : {advice}.")


SAVE_AS_SHEET = "copiez la liste dans un tableur et enregistrez-la au format .xlsx, .ods ou CSV"


def damaged(name: str) -> InvalidInputError:
    return InvalidInputError("import.workbook_damaged", name=name)


def guarded(name: str, read: Callable[[], _T]) -> _T:
    """Run a third-party parser on the teacher's workbook. Whatever it raises on a damaged or
    hostile file (zipfile, expat, defusedxml, openpyxl each have their own errors) means the same
    thing to the teacher: this file cannot be used as it is."""
    try:
        return read()
    except InvalidInputError:
        raise
    except Exception:
        raise damaged(name) from None


def guarded_rows(name: str, rows: Iterator[TableRow]) -> Iterator[TableRow]:
    """As _guarded, for a parser that fails only once rows are being read."""
    try:
        yield from rows
    except InvalidInputError:
        raise
    except Exception:
        raise damaged(name) from None


class RowCount:
    """Filled rows read so far; refuses the file past ``MAX_ROWS`` (and the header room)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.filled = 0

    def add(self, rows: int = 1, line: int | None = None) -> None:
        self.filled += rows
        if self.filled > MAX_ROWS + HEADER_ROOM:
            repeated = Phrase("import.line_repeated", line=line, n=Number(rows)) if rows > 1 else ""
            raise InvalidInputError(
                "import.too_many_rows",
                name=self.name,
                most=Number(MAX_ROWS),
                repeated=repeated,
            )


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")
