"""Spreadsheets: xlsx (openpyxl, read-only) and ods (content.xml streamed), one sheet at a time.

Whatever a third-party parser raises on a damaged or hostile workbook means one thing to the
teacher (``table_rows.guarded``); a sheet "used" up to column XFD or a row repeated a million
times is cut or counted before it is expanded.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from progression.errors import InvalidInputError
from progression.importers.table_rows import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_UNZIPPED_BYTES,
    RowCount,
    Table,
    TableRow,
    cell_text,
    damaged,
    guarded,
    guarded_rows,
    unreadable,
)

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CONFIG = "{urn:oasis:names:tc:opendocument:xmlns:config:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"


# --- xlsx --------------------------------------------------------------------------------------


def open_workbook(path: Path, stack: ExitStack) -> Any:
    from openpyxl import load_workbook  # heavy: imported only when a workbook is read

    try:
        # A file object, not the path: openpyxl refuses paths not ending in .xlsx, and a
        # workbook renamed .csv is still a workbook.
        source = stack.enter_context(path.open("rb"))
    except OSError as error:
        raise unreadable(path.name, error) from None

    def load() -> Any:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; none of it matters here.
            warnings.simplefilter("ignore")
            return load_workbook(source, read_only=True, data_only=True, keep_links=False)

    workbook = guarded(path.name, load)
    stack.callback(workbook.close)
    return workbook


def open_xlsx(path: Path, sheet: str | None, stack: ExitStack) -> Table:
    workbook = open_workbook(path, stack)
    worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    if not worksheets:
        raise damaged(path.name)
    if sheet is not None:
        chosen = next((ws for ws in worksheets if ws.title == sheet), None)
        if chosen is None:
            raise InvalidInputError("import.sheet_missing", name=path.name, sheet=sheet)
    else:
        active = guarded(path.name, lambda: workbook.active)
        chosen = active if active in worksheets else worksheets[0]
    # The stored dimension can claim A1:XFD1048576; rows are then padded to 16 384 cells.
    # Without it each row is as wide as its own last cell.
    chosen.reset_dimensions()
    rows = guarded_rows(path.name, _xlsx_rows(path.name, chosen))
    return Table(name=path.name, format="xlsx", rows=rows, sheet=chosen.title)


def _xlsx_rows(name: str, worksheet: Any) -> Iterator[TableRow]:
    count = RowCount(name)
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


def open_ods(path: Path, sheet: str | None, stack: ExitStack) -> Table:
    name = path.name
    archive = guarded(name, lambda: zipfile.ZipFile(path))
    stack.callback(archive.close)
    fallback: str | None = None
    if sheet is None:
        first = guarded(name, lambda: ods_sheet_names(archive, first_only=True))
        if not first:
            raise damaged(name)
        active = guarded(name, lambda: _ods_active_sheet(archive))
        sheet = active or first[0]
        # settings.xml may name a sheet renamed since; then read the first one.
        fallback = first[0] if sheet != first[0] else None
    rows = guarded_rows(name, _ods_rows(archive, sheet, fallback, RowCount(name)))
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


def ods_sheet_names(archive: zipfile.ZipFile, *, first_only: bool = False) -> list[str]:
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


def _ods_rows(archive: zipfile.ZipFile, sheet: str, fallback: str | None, count: RowCount) -> Iterator[TableRow]:
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
    budget = [MAX_CELL_CHARS]
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
            yield " " * min(_repeat(child.get(_TEXT + "c")), MAX_CELL_CHARS)
        elif tag == _TEXT + "tab":
            yield "\t"
        elif tag == _TEXT + "line-break":
            yield "\n"
        elif tag != _OFFICE + "annotation":
            yield from _ods_pieces(child)
        if child.tail:
            yield child.tail
