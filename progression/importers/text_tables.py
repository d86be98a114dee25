"""Text tables: CSV (and Excel's "Unicode text") in any usual encoding and separator.

Text is decoded without ever guessing into mojibake: UTF-16 only with its byte-order mark, then
strict UTF-8, then Windows-1252, and a file mixing the last two is refused, naming a line of each.
The separator is the one that splits the lines most consistently.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from progression.errors import InvalidInputError
from progression.importers.table_rows import (
    MAX_COLUMNS,
    SAVE_AS_SHEET,
    RowCount,
    Table,
    TableRow,
    not_a_table,
    unreadable,
)

SAMPLE_CHARS = 64 * 1024
# Order breaks ties: French Excel writes ';', Excel's "Unicode text" writes tabs.
DELIMITERS = (";", "\t", ",")
# Used when no separator splits the lines: a control character never found in decoded text.
_NO_DELIMITER = "\x1f"
_CHUNK = 1024 * 1024


def open_csv(path: Path, head: bytes, stack: ExitStack) -> Table:
    name = path.name
    encoding = detect_encoding(path, head)
    codec = "utf-8-sig" if encoding.startswith("utf-8") else encoding
    sample = _read_sample(path, codec)
    complete = len(sample) < SAMPLE_CHARS
    if not sample.strip():
        raise InvalidInputError("import.file_empty", name=name)
    _reject_non_table_text(name, sample)
    if complete and not any(line.strip(' \t;,"') for line in sample.splitlines()):
        # Only separators: what a spreadsheet saves from an empty sheet.
        raise InvalidInputError("import.file_empty", name=name)
    delimiter = _guess_delimiter(sample, complete)
    try:
        text = stack.enter_context(path.open("r", encoding=codec, errors="strict", newline=""))
    except OSError as error:
        raise unreadable(name, error) from None
    return Table(
        name=name,
        format="csv",
        rows=_csv_rows(name, text, delimiter or _NO_DELIMITER),
        encoding=encoding,
        delimiter=delimiter,
    )


def detect_encoding(path: Path, head: bytes) -> str:
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
    raise InvalidInputError("import.encoding_unknown", name=name)


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
        raise unreadable(path.name, error) from None
    if utf8_line and latin_line:
        raise InvalidInputError(
            "import.encodings_mixed",
            name=path.name,
            utf8_line=utf8_line,
            latin_line=latin_line,
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
        raise unreadable(path.name, error) from None
    return True


def _binary(name: str) -> InvalidInputError:
    return not_a_table(
        name,
        "contient des données binaires (image, programme, fichier abîmé…)",
        "choisissez l’extraction CSV d’ONDE ou une liste enregistrée depuis un tableur",
    )


def _read_sample(path: Path, codec: str) -> str:
    try:
        with path.open("r", encoding=codec, errors="strict", newline="") as text:
            return text.read(SAMPLE_CHARS)
    except OSError as error:
        raise unreadable(path.name, error) from None


def _reject_non_table_text(name: str, sample: str) -> None:
    start = sample.lstrip()[:512].lower()
    if start.startswith("<") and ("<html" in start or "<table" in start or "<?xml" in start or "<!doctype" in start):
        # Some school software saves "xls" files that are really web pages.
        raise not_a_table(name, "est une page web ou un fichier XML", SAVE_AS_SHEET)
    if sample.replace("\t", "").replace("\n", "").replace("\r", "").isprintable():
        return  # no control character at all, found at C speed (controls are never printable)
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
                if "".join(cells).strip():  # a line of blank cells says nothing of the separator
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


def _csv_rows(name: str, text: IO[str], delimiter: str) -> Iterator[TableRow]:
    reader = csv.reader(text, delimiter=delimiter, skipinitialspace=True)
    count = RowCount(name)
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
                "import.read_interrupted",
                name=name,
                kind=type(error).__name__,
            ) from None
        if any(cell.strip() for cell in cells):
            count.add()
            yield TableRow(start, tuple(cells[:MAX_COLUMNS]))


def _csv_error_clause(error: csv.Error) -> str:
    if "field limit" in str(error):
        limit = f"{csv.field_size_limit():,}".replace(",", " ")
        return f"une cellule dépasse {limit} caractères"
    return "elle est mal formée (un guillemet n’est sans doute pas refermé)"
