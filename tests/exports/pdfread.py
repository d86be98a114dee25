"""Reading PDFs back for the tests: text per page, whitespace-insensitive matching."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapped lines compare equal to the unwrapped label."""
    return "".join(text.split())


def contains(text: str, expected: str) -> bool:
    return squeeze(expected) in squeeze(text)


def page_numbers(text: str) -> tuple[int, int]:
    """The « page n / N » of a page's footer."""
    match = re.search(r"page (\d+) / (\d+)", text)
    assert match, text[-300:]
    return int(match.group(1)), int(match.group(2))
