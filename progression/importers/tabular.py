"""Tables out of the files teachers actually have: CSV in any usual encoding and separator, xlsx, ods.

Every importer reads through here, so a file is judged the same way everywhere: its kind comes
from its bytes (teachers rename files; ONDE's ``.csv`` opened and re-saved by Excel may be an
xlsx), text is decoded without ever guessing into mojibake, and rows are streamed with the line
number the teacher sees in the file or the sheet. Whole-file problems raise
``InvalidInputError``; a line that cannot be read is handed on as a row with ``error`` set, so the
importer can report it and carry on.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from progression.errors import InvalidInputError
from progression.importers.spreadsheets import ods_sheet_names, open_ods, open_workbook, open_xlsx
from progression.importers.table_rows import (
    MAX_FILE_BYTES,
    MAX_UNZIPPED_BYTES,
    SAVE_AS_SHEET,
    Table,
    TableRow,
    damaged,
    guarded,
    megabytes,
    not_a_table,
    unreadable,
)
from progression.importers.text_tables import detect_encoding, open_csv

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


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
            "import.file_too_big_list",
            name=name,
            megabytes=megabytes(size),
            most=MAX_FILE_BYTES // (1024 * 1024),
        )
    if size == 0:
        raise InvalidInputError("import.file_empty", name=name)
    with ExitStack() as stack:
        head = _read_head(path)
        kind = _kind_from_magic(path, head)
        if kind == "xlsx":
            yield open_xlsx(path, sheet, stack)
        elif kind == "ods":
            yield open_ods(path, sheet, stack)
        else:
            yield open_csv(path, head, stack)


def read_text(path: Path) -> str:
    """A whole text file (a framework in JSON or CSV) decoded the way tables are: UTF-8 or
    Windows-1252, never a mixture turned into mojibake; limited to ``MAX_FILE_BYTES``."""
    path = Path(path)
    size = _file_size(path)
    if size > MAX_FILE_BYTES:
        raise InvalidInputError(
            "import.file_too_big",
            name=path.name,
            megabytes=megabytes(size),
            most=MAX_FILE_BYTES // (1024 * 1024),
        )
    encoding = detect_encoding(path, _read_head(path))
    try:
        return path.read_text(encoding="utf-8-sig" if encoding.startswith("utf-8") else encoding)
    except OSError as error:
        raise unreadable(path.name, error) from None


def list_sheets(path: Path) -> list[str]:
    """The sheet names of an xlsx or ods file, in order; [] for text files."""
    path = Path(path)
    kind = _kind_from_magic(path, _read_head(path))
    if kind == "xlsx":
        with ExitStack() as stack:
            workbook = open_workbook(path, stack)
            return list(workbook.sheetnames)
    if kind == "ods":

        def names() -> list[str]:
            with zipfile.ZipFile(path) as archive:
                return ods_sheet_names(archive)

        return guarded(path.name, names)
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
    if not text.isascii():  # ASCII has no accent to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'")
    return " ".join(text.split())


_PARENTHESES = re.compile(r"\([^)]*\)")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1024)  # a list repeats its few titles and words (« F », « CE1 ») on every line
def header_key(text: str) -> str:
    """Fold a column title further: punctuation and parenthesised hints go, so « Né(e) le : »,
    « NE LE » and « né le » are one title, and « Date (jj/mm/aaaa) » is « date »."""
    text = _PARENTHESES.sub(" ", fold(text))
    return _NOT_ALNUM.sub(" ", text).strip()


# --- the file as a whole -----------------------------------------------------------------------


def _file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise InvalidInputError("import.is_folder", name=path.name)
        return path.stat().st_size
    except FileNotFoundError:
        raise InvalidInputError("import.file_missing", name=path.name) from None
    except OSError as error:
        raise unreadable(path.name, error) from None


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(4096)
    except OSError as error:
        raise unreadable(path.name, error) from None


def _kind_from_magic(path: Path, head: bytes) -> str:
    name = path.name
    if head.startswith(_OLE2_MAGIC):
        raise InvalidInputError("import.xls_or_protected", name=name)
    if head.startswith(b"%PDF"):
        raise not_a_table(
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
                    raise not_a_table(name, "est un document texte", SAVE_AS_SHEET)
                else:
                    raise not_a_table(name, "est un document OpenDocument d’un autre type", SAVE_AS_SHEET)
            elif "xl/workbook.xml" in members:
                kind = "xlsx"
            elif "xl/workbook.bin" in members:
                raise InvalidInputError("import.xlsb", name=name)
            elif "word/document.xml" in members:
                raise not_a_table(name, "est un document Word", SAVE_AS_SHEET)
            else:
                raise not_a_table(
                    name, "est une archive zip", "décompressez-la et choisissez la liste qu’elle contient"
                )
    except InvalidInputError:
        raise
    except OSError as error:
        raise unreadable(name, error) from None
    except Exception:  # BadZipFile, and what a damaged directory makes zipfile raise (NotImplementedError…)
        raise damaged(name) from None
    if expanded > MAX_UNZIPPED_BYTES:
        raise InvalidInputError(
            "import.unzips_too_big",
            name=name,
            most=MAX_UNZIPPED_BYTES // (1024 * 1024),
        )
    return kind
