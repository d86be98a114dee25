"""Tables out of the files teachers actually have: CSV in any usual encoding and separator, xlsx, ods.

Every importer reads through here, so a file is judged the same way everywhere: its kind comes
from its bytes (teachers rename files; ONDE's ``.csv`` opened and re-saved by Excel may be an
xlsx), text is decoded without ever guessing into mojibake, and rows are streamed with the line
number the teacher sees in the file or the sheet. Whole-file problems raise
``InvalidInputError``; a line that cannot be read is handed on as a row with ``error`` set, so the
importer can report it and carry on.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, TypeVar

from progression.errors import InvalidInputError
from progression.validation import number

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
_HEADER_ROOM = 11
SAMPLE_CHARS = 64 * 1024
# Order breaks ties: French Excel writes ';', Excel's "Unicode text" writes tabs.
DELIMITERS = (";", "\t", ",")
# Used when no separator splits the lines: a control character never found in decoded text.
_NO_DELIMITER = "\x1f"
_CHUNK = 1024 * 1024
# Past the csv module's own field limit a cell is garbage; keep one character more so that
# the importer still sees it is too long.
_MAX_CELL_CHARS = 131_073

_T = TypeVar("_T")

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CONFIG = "{urn:oasis:names:tc:opendocument:xmlns:config:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"


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


@contextmanager
def open_table(path: Path, *, sheet: str | None = None) -> Iterator[Table]:
    """Open ``path`` as a table whatever its extension, streaming its non-blank rows.

    For spreadsheets, ``sheet`` names the sheet to read; by default the one that was showing
    when the file was saved. Raises ``InvalidInputError`` for whole-file problems, including
    those found while rows are being read (a damaged workbook).
    """
    path = Path(path)
    name = path.name
    size = _file_size(path)
    if size > MAX_FILE_BYTES:
        raise InvalidInputError(
            f"Le fichier « {name} » pèse {_megabytes(size)} Mo, plus que les "
            f"{MAX_FILE_BYTES // (1024 * 1024)} Mo qu’accepte Progression : "
            "enregistrez seulement la liste voulue dans un fichier plus petit."
        )
    if size == 0:
        raise InvalidInputError(f"Le fichier « {name} » est vide : choisissez le bon fichier.")
    with ExitStack() as stack:
        head = _read_head(path)
        kind = _kind_from_magic(path, head)
        if kind == "xlsx":
            yield _open_xlsx(path, sheet, stack)
        elif kind == "ods":
            yield _open_ods(path, sheet, stack)
        else:
            yield _open_csv(path, head, stack)


def read_text(path: Path) -> str:
    """A whole text file (a framework in JSON or CSV) decoded the way tables are: UTF-8 or
    Windows-1252, never a mixture turned into mojibake; limited to ``MAX_FILE_BYTES``."""
    path = Path(path)
    size = _file_size(path)
    if size > MAX_FILE_BYTES:
        raise InvalidInputError(
            f"Le fichier « {path.name} » pèse {_megabytes(size)} Mo, plus que les "
            f"{MAX_FILE_BYTES // (1024 * 1024)} Mo qu’accepte Progression."
        )
    encoding = _detect_encoding(path, _read_head(path))
    try:
        return path.read_text(encoding="utf-8-sig" if encoding.startswith("utf-8") else encoding)
    except OSError as error:
        raise _unreadable(path.name, error) from None


def list_sheets(path: Path) -> list[str]:
    """The sheet names of an xlsx or ods file, in order; [] for text files."""
    path = Path(path)
    kind = _kind_from_magic(path, _read_head(path))
    if kind == "xlsx":
        with ExitStack() as stack:
            workbook = _load_workbook(path, stack)
            return list(workbook.sheetnames)
    if kind == "ods":

        def names() -> list[str]:
            with zipfile.ZipFile(path) as archive:
                return _ods_sheet_names(archive)

        return _guarded(path.name, names)
    return []


def find_header(
    rows: Iterator[TableRow], is_header: Callable[[tuple[str, ...]], bool], *, within: int = 10
) -> tuple[TableRow | None, list[TableRow]]:
    """Find the header among the first ``within`` rows: teachers often put a title above the table.

    Returns the header (None if not found) and the rows skipped before it, for error messages.
    """
    skipped: list[TableRow] = []
    for row in rows:
        if row.error is None and is_header(row.cells):
            return row, skipped
        skipped.append(row)
        if len(skipped) >= within:
            break
    return None, skipped


def fold(text: str) -> str:
    """A loose key for matching what people type: case, accents, ligatures, apostrophes and spacing
    do not count. Never stored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'")
    return " ".join(text.split())


_PARENTHESES = re.compile(r"\([^)]*\)")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """Fold a column title further: punctuation and parenthesised hints go, so « Né(e) le : »,
    « NE LE » and « né le » are one title, and « Date (jj/mm/aaaa) » is « date »."""
    text = _PARENTHESES.sub(" ", fold(text))
    return _NOT_ALNUM.sub(" ", text).strip()


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


# --- the file as a whole -----------------------------------------------------------------------


def _file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise InvalidInputError(f"« {path.name} » est un dossier, pas un fichier : choisissez la liste elle-même.")
        return path.stat().st_size
    except FileNotFoundError:
        raise InvalidInputError(
            f"Le fichier « {path.name} » est introuvable : vérifiez son nom et le dossier où il est rangé."
        ) from None
    except OSError as error:
        raise _unreadable(path.name, error) from None


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(4096)
    except OSError as error:
        raise _unreadable(path.name, error) from None


def _unreadable(name: str, error: OSError) -> InvalidInputError:
    reason = "l’accès est refusé" if isinstance(error, PermissionError) else "le système refuse de le lire"
    return InvalidInputError(
        f"Le fichier « {name} » ne peut pas être lu ({reason}) : copiez-le dans vos Documents puis réessayez."
    )


def _not_a_table(name: str, what: str, advice: str) -> InvalidInputError:
    return InvalidInputError(f"Le fichier « {name} » {what}, ce n’est pas un tableau : {advice}.")


def _kind_from_magic(path: Path, head: bytes) -> str:
    name = path.name
    if head.startswith(_OLE2_MAGIC):
        raise InvalidInputError(
            f"Le fichier « {name} » est un classeur Excel 97-2003 (.xls) ou un classeur protégé par "
            "un mot de passe, que Progression ne lit pas : ouvrez-le dans votre tableur et "
            "enregistrez-le sans mot de passe au format .xlsx, .ods ou CSV."
        )
    if head.startswith(b"%PDF"):
        raise _not_a_table(
            name,
            "est un PDF",
            "dans ONDE, choisissez « Extraction format CSV », ou enregistrez la liste depuis un tableur",
        )
    if head.startswith(b"PK"):
        return _zip_kind(path)
    return "csv"


def _zip_kind(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = {info.filename: info for info in archive.infolist()}
            expanded = sum(
                info.file_size for info in members.values() if not info.filename.startswith(("xl/media/", "Pictures/"))
            )
            if "mimetype" in members and members["mimetype"].file_size < 200:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype == _ODS_MIMETYPE:
                    kind = "ods"
                elif mimetype.startswith("application/vnd.oasis.opendocument.text"):
                    raise _not_a_table(name, "est un document texte", _SAVE_AS_SHEET)
                else:
                    raise _not_a_table(name, "est un document OpenDocument d’un autre type", _SAVE_AS_SHEET)
            elif "xl/workbook.xml" in members:
                kind = "xlsx"
            elif "xl/workbook.bin" in members:
                raise InvalidInputError(
                    f"Le fichier « {name} » est un classeur Excel binaire (.xlsb), que Progression ne lit "
                    "pas : enregistrez-le au format .xlsx ou CSV."
                )
            elif "word/document.xml" in members:
                raise _not_a_table(name, "est un document Word", _SAVE_AS_SHEET)
            else:
                raise _not_a_table(
                    name, "est une archive zip", "décompressez-la et choisissez la liste qu’elle contient"
                )
    except InvalidInputError:
        raise
    except OSError as error:
        raise _unreadable(name, error) from None
    except Exception:  # BadZipFile, and what a damaged directory makes zipfile raise (NotImplementedError…)
        raise _damaged(name) from None
    if expanded > MAX_UNZIPPED_BYTES:
        raise InvalidInputError(
            f"Le classeur « {name} » se décompresse en plus de {MAX_UNZIPPED_BYTES // (1024 * 1024)} Mo, "
            "bien trop pour une liste d’élèves : enregistrez seulement la feuille voulue dans un nouveau "
            "classeur."
        )
    return kind


_SAVE_AS_SHEET = "copiez la liste dans un tableur et enregistrez-la au format .xlsx, .ods ou CSV"


def _damaged(name: str) -> InvalidInputError:
    return InvalidInputError(
        f"Le classeur « {name} » est endommagé ou illisible : ouvrez-le dans votre tableur, "
        "enregistrez-le de nouveau, puis réessayez."
    )


def _guarded(name: str, read: Callable[[], _T]) -> _T:
    """Run a third-party parser on the teacher's workbook. Whatever it raises on a damaged or
    hostile file (zipfile, expat, defusedxml, openpyxl each have their own errors) means the same
    thing to the teacher: this file cannot be used as it is."""
    try:
        return read()
    except InvalidInputError:
        raise
    except Exception:
        raise _damaged(name) from None


def _guarded_rows(name: str, rows: Iterator[TableRow]) -> Iterator[TableRow]:
    """As _guarded, for a parser that fails only once rows are being read."""
    try:
        yield from rows
    except InvalidInputError:
        raise
    except Exception:
        raise _damaged(name) from None


# --- text files --------------------------------------------------------------------------------


def _open_csv(path: Path, head: bytes, stack: ExitStack) -> Table:
    name = path.name
    encoding = _detect_encoding(path, head)
    codec = "utf-8-sig" if encoding.startswith("utf-8") else encoding
    sample = _read_sample(path, codec)
    complete = len(sample) < SAMPLE_CHARS
    if not sample.strip():
        raise InvalidInputError(f"Le fichier « {name} » est vide : choisissez le bon fichier.")
    _reject_non_table_text(name, sample)
    if complete and not any(line.strip(' \t;,"') for line in sample.splitlines()):
        # Only separators: what a spreadsheet saves from an empty sheet.
        raise InvalidInputError(f"Le fichier « {name} » est vide : choisissez le bon fichier.")
    delimiter = _guess_delimiter(sample, complete)
    try:
        text = stack.enter_context(path.open("r", encoding=codec, errors="strict", newline=""))
    except OSError as error:
        raise _unreadable(name, error) from None
    return Table(
        name=name,
        format="csv",
        rows=_csv_rows(name, text, delimiter or _NO_DELIMITER),
        encoding=encoding,
        delimiter=delimiter,
    )


def _detect_encoding(path: Path, head: bytes) -> str:
    """UTF-16 only with its byte-order mark (Excel's "Unicode text" always writes one), then strict
    UTF-8, then Windows-1252. ISO-8859-1 files decode identically as cp1252 for every printable
    character, and strictness means a wrong guess fails instead of producing mojibake."""
    name = path.name
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _decodes(path, "utf-16", reject_nul=False):
            return "utf-16"
        raise _binary(name)
    if _decodes(path, "utf-8", reject_nul=True):
        return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if _decodes(path, "cp1252", reject_nul=True):
        _refuse_mixed_encodings(path)
        return "cp1252"
    raise InvalidInputError(
        f"Le fichier « {name} » contient des caractères qu’aucun encodage courant n’explique "
        "(ni UTF-8, ni Windows-1252) : ouvrez-le dans votre tableur et enregistrez-le en « CSV UTF-8 »."
    )


# What a line of French text written in UTF-8 holds once decoded: accented letters, œ, typographic
# punctuation, €. The same bytes read as Windows-1252 are mojibake (« Ã© »), which no one types,
# so a Windows-1252 file with such a line is two files pasted together.
_FRENCH_UTF8 = re.compile("[\u00a0-\u017f\u2010-\u203a\u20ac]+")


def _refuse_mixed_encodings(path: Path) -> None:
    """Refuse a file not valid as UTF-8 in which some lines are UTF-8: read as Windows-1252,
    those lines would come in as « Ã© » instead of « é »."""
    utf8_line = latin_line = None
    try:
        with path.open("rb") as file:
            for line_number, raw in enumerate(file, start=1):
                if raw.isascii():
                    continue
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    latin_line = latin_line or line_number
                else:
                    if all(_FRENCH_UTF8.fullmatch(char) for char in text if not char.isascii()):
                        utf8_line = utf8_line or line_number
                if utf8_line and latin_line:
                    break
    except OSError as error:
        raise _unreadable(path.name, error) from None
    if utf8_line and latin_line:
        raise InvalidInputError(
            f"Le fichier « {path.name} » mélange deux encodages : la ligne {utf8_line} est en UTF-8 et la ligne "
            f"{latin_line} en Windows-1252, si bien que leurs accents ne peuvent pas être lus tous les deux ; "
            "ouvrez-le dans votre tableur, corrigez les accents de l’une, et enregistrez-le en « CSV UTF-8 »."
        )


def _decodes(path: Path, encoding: str, *, reject_nul: bool) -> bool:
    # Incremental so that a 20 MB file is checked without holding its text.
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as file:
            while chunk := file.read(_CHUNK):
                if reject_nul and b"\x00" in chunk:
                    raise _binary(path.name)
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as error:
        raise _unreadable(path.name, error) from None
    return True


def _binary(name: str) -> InvalidInputError:
    return _not_a_table(
        name,
        "contient des données binaires (image, programme, fichier abîmé…)",
        "choisissez l’extraction CSV d’ONDE ou une liste enregistrée depuis un tableur",
    )


def _read_sample(path: Path, codec: str) -> str:
    try:
        with path.open("r", encoding=codec, errors="strict", newline="") as text:
            return text.read(SAMPLE_CHARS)
    except OSError as error:
        raise _unreadable(path.name, error) from None


def _reject_non_table_text(name: str, sample: str) -> None:
    start = sample.lstrip()[:512].lower()
    if start.startswith("<") and ("<html" in start or "<table" in start or "<?xml" in start or "<!doctype" in start):
        # Some school software saves "xls" files that are really web pages.
        raise _not_a_table(name, "est une page web ou un fichier XML", _SAVE_AS_SHEET)
    controls = sum(1 for char in sample if char not in "\t\n\r" and unicodedata.category(char) == "Cc")
    if controls > max(2, len(sample) // 100):
        raise _binary(name)


def _guess_delimiter(sample: str, complete: bool) -> str | None:
    """The separator that splits the sample's lines into the most consistent number of cells.

    csv.Sniffer is not used: it fails on single-column files and is easily swayed by commas in
    addresses. None means no separator splits the lines: a single-column file.
    """
    if not complete and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]  # the last line may be cut short
    best: tuple[bool, float, int, int] | None = None
    chosen: str | None = None
    for priority, delimiter in enumerate(DELIMITERS):
        widths: list[int] = []
        try:
            for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, skipinitialspace=True):
                if any(cell.strip() for cell in cells):
                    widths.append(len(cells))
        except csv.Error:
            pass
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (width > 1, count / len(widths), width, -priority)
        if best is None or score > best:
            best, chosen = score, delimiter
    if best is None or not best[0]:
        return None
    return chosen


class _RowCount:
    """Filled rows read so far; refuses the file past ``MAX_ROWS`` (and the header room)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.filled = 0

    def add(self, rows: int = 1, line: int | None = None) -> None:
        self.filled += rows
        if self.filled > MAX_ROWS + _HEADER_ROOM:
            repeated = f" (sa ligne {line} y est répétée {number(rows)} fois)" if rows > 1 else ""
            raise InvalidInputError(
                f"Le fichier « {self.name} » compte plus de {number(MAX_ROWS)} lignes remplies{repeated}, plus "
                "que Progression n’en lit dans un fichier : enregistrez seulement les lignes voulues dans un "
                "fichier plus petit."
            )


def _csv_rows(name: str, text: IO[str], delimiter: str) -> Iterator[TableRow]:
    reader = csv.reader(text, delimiter=delimiter, skipinitialspace=True)
    count = _RowCount(name)
    while True:
        # A record may span several lines (quoted line breaks): the teacher looks for where it starts.
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if reader.line_num < start:
                return  # nothing consumed: never loop on the same error
            yield TableRow(start, (), error=_csv_error_clause(error))
            continue
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInputError(
                f"La lecture du fichier « {name} » s’est interrompue ({type(error).__name__}) : "
                "copiez-le dans vos Documents puis réessayez."
            ) from None
        if any(cell.strip() for cell in cells):
            count.add()
            yield TableRow(start, tuple(cells[:MAX_COLUMNS]))


def _csv_error_clause(error: csv.Error) -> str:
    if "field limit" in str(error):
        limit = f"{csv.field_size_limit():,}".replace(",", " ")
        return f"une cellule dépasse {limit} caractères"
    return "elle est mal formée (un guillemet n’est sans doute pas refermé)"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


# --- xlsx --------------------------------------------------------------------------------------


def _load_workbook(path: Path, stack: ExitStack) -> Any:
    from openpyxl import load_workbook  # heavy: imported only when a workbook is read

    try:
        # A file object, not the path: openpyxl refuses paths not ending in .xlsx, and a
        # workbook renamed .csv is still a workbook.
        source = stack.enter_context(path.open("rb"))
    except OSError as error:
        raise _unreadable(path.name, error) from None

    def load() -> Any:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; none of it matters here.
            warnings.simplefilter("ignore")
            return load_workbook(source, read_only=True, data_only=True, keep_links=False)

    workbook = _guarded(path.name, load)
    stack.callback(workbook.close)
    return workbook


def _open_xlsx(path: Path, sheet: str | None, stack: ExitStack) -> Table:
    workbook = _load_workbook(path, stack)
    worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    if not worksheets:
        raise _damaged(path.name)
    if sheet is not None:
        chosen = next((ws for ws in worksheets if ws.title == sheet), None)
        if chosen is None:
            raise InvalidInputError(f"Le classeur « {path.name} » n’a pas de feuille « {sheet} ».")
    else:
        active = _guarded(path.name, lambda: workbook.active)
        chosen = active if active in worksheets else worksheets[0]
    # The stored dimension can claim A1:XFD1048576; rows are then padded to 16 384 cells.
    # Without it each row is as wide as its own last cell.
    chosen.reset_dimensions()
    rows = _guarded_rows(path.name, _xlsx_rows(path.name, chosen))
    return Table(name=path.name, format="xlsx", rows=rows, sheet=chosen.title)


def _xlsx_rows(name: str, worksheet: Any) -> Iterator[TableRow]:
    count = _RowCount(name)
    # Missing rows come back empty, so counting gives the sheet's row number. max_col: a cell in
    # column XFD must not make a row 16 384 cells wide; openpyxl then pads every row to it, so the
    # empty cells at the end are dropped again.
    for line, values in enumerate(worksheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True), start=1):
        width = len(values)
        while width and values[width - 1] is None:
            width -= 1
        if not width:
            continue
        cells = tuple(cell_text(value) for value in values[:width])
        if any(cell.strip() for cell in cells):
            count.add()
            yield TableRow(line, cells)


# --- ods ---------------------------------------------------------------------------------------
#
# odfpy builds the whole document in memory: measured at 5.8 s and 300 MB for 20 000 six-cell
# rows. Streaming content.xml with defusedxml's iterparse takes 0.6 s and 15 MB, and keeps
# entity expansion forbidden.


def _open_ods(path: Path, sheet: str | None, stack: ExitStack) -> Table:
    name = path.name
    archive = _guarded(name, lambda: zipfile.ZipFile(path))
    stack.callback(archive.close)
    fallback: str | None = None
    if sheet is None:
        first = _guarded(name, lambda: _ods_sheet_names(archive, first_only=True))
        if not first:
            raise _damaged(name)
        active = _guarded(name, lambda: _ods_active_sheet(archive))
        sheet = active or first[0]
        # settings.xml may name a sheet renamed since; then read the first one.
        fallback = first[0] if sheet != first[0] else None
    rows = _guarded_rows(name, _ods_rows(archive, sheet, fallback, _RowCount(name)))
    return Table(name=name, format="ods", rows=rows, sheet=sheet)


def _iterparse(source: IO[bytes], events: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    from defusedxml.ElementTree import iterparse

    return iterparse(source, events=events, forbid_dtd=True)


def _ods_active_sheet(archive: zipfile.ZipFile) -> str | None:
    try:
        info = archive.getinfo("settings.xml")
    except KeyError:
        return None
    if info.file_size > MAX_UNZIPPED_BYTES:
        return None
    with archive.open(info) as source:
        for _, element in _iterparse(source, ("end",)):
            if element.tag == _CONFIG + "config-item" and element.get(_CONFIG + "name") == "ActiveTable":
                return (element.text or "").strip() or None
    return None


def _ods_sheet_names(archive: zipfile.ZipFile, *, first_only: bool = False) -> list[str]:
    """Sheet names in order. With ``first_only`` stop at the first one, which comes early."""
    names: list[str] = []
    depth = 0
    with archive.open("content.xml") as source:
        for event, element in _iterparse(source, ("start", "end")):
            if element.tag != _TABLE + "table":
                continue
            if event == "start":
                depth += 1
                if depth == 1:
                    names.append(element.get(_TABLE + "name") or f"Feuille{len(names) + 1}")
                    if first_only:
                        return names
            else:
                depth -= 1
    return names


def _ods_rows(archive: zipfile.ZipFile, sheet: str, fallback: str | None, count: _RowCount) -> Iterator[TableRow]:
    line = 0
    depth = 0
    reading = found = False
    parents: list[Any] = []
    with archive.open("content.xml") as source:
        for event, element in _iterparse(source, ("start", "end")):
            tag = element.tag
            if event == "start":
                parents.append(element)
                if tag == _TABLE + "table":
                    depth += 1
                    if depth == 1:
                        reading = element.get(_TABLE + "name") == sheet
                        found = found or reading
                continue
            parents.pop()
            if tag == _TABLE + "table":
                depth -= 1
                if depth == 0 and reading:
                    return
            elif tag == _TABLE + "table-row" and reading and depth == 1:
                repeat = _repeat(element.get(_TABLE + "number-rows-repeated"))
                cells = _ods_row_cells(element)
                # Drop the row once read so memory stays flat however long the sheet.
                element.clear()
                if parents:
                    parents[-1].remove(element)
                if not any(cell.strip() for cell in cells):
                    line += repeat  # LibreOffice pads sheets with a million repeated empty rows
                    continue
                count.add(repeat, line + 1)  # before the repeated row is written out even once
                for _ in range(repeat):
                    line += 1
                    yield TableRow(line, cells)
    if not found and fallback is not None:
        yield from _ods_rows(archive, fallback, None, count)


def _repeat(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 1 << 20))
    except ValueError:
        return 1


def _ods_row_cells(row: Any) -> tuple[str, ...]:
    cells: list[str] = []
    pending_empty = 0  # repeated empty cells are only written out if something follows them
    for cell in row:
        if cell.tag not in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            continue
        repeat = _repeat(cell.get(_TABLE + "number-columns-repeated"))
        value = _ods_cell_value(cell)
        if not value:
            pending_empty += repeat
            continue
        if len(cells) + pending_empty >= MAX_COLUMNS:
            break
        cells.extend([""] * pending_empty)
        pending_empty = 0
        cells.extend([value] * min(repeat, MAX_COLUMNS - len(cells)))
    return tuple(cells)


def _ods_cell_value(cell: Any) -> str:
    value_type = cell.get(_OFFICE + "value-type") or cell.get(_CALCEXT + "value-type")
    if value_type in ("float", "percentage", "currency"):
        raw = cell.get(_OFFICE + "value")
        if raw:
            try:
                return cell_text(float(raw))
            except ValueError:
                pass
    elif value_type == "date":
        raw = cell.get(_OFFICE + "date-value")
        if raw:
            return raw[:10] if raw[10:] in ("", "T00:00:00") else raw.replace("T", " ")
    elif value_type == "boolean":
        raw = cell.get(_OFFICE + "boolean-value")
        if raw:
            return "VRAI" if raw == "true" else "FAUX"
    budget = [_MAX_CELL_CHARS]
    paragraphs = ["".join(_ods_inline(child, budget)) for child in cell if child.tag in (_TEXT + "p", _TEXT + "h")]
    return "\n".join(paragraphs)


def _ods_inline(element: Any, budget: list[int]) -> Iterator[str]:
    """The text of a paragraph, spaces and breaks included, annotations left out. ``budget`` caps
    the characters produced: ``<text:s text:c="1000000"/>`` is a few bytes of XML."""
    for piece in _ods_pieces(element):
        if budget[0] <= 0:
            return
        piece = piece[: budget[0]]
        budget[0] -= len(piece)
        yield piece


def _ods_pieces(element: Any) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        tag = child.tag
        if tag == _TEXT + "s":
            yield " " * min(_repeat(child.get(_TEXT + "c")), _MAX_CELL_CHARS)
        elif tag == _TEXT + "tab":
            yield "\t"
        elif tag == _TEXT + "line-break":
            yield "\n"
        elif tag != _OFFICE + "annotation":
            yield from _ods_pieces(child)
        if child.tail:
            yield child.tail
