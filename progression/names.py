"""Pupil names: stored as typed (NFC, trimmed), matched loosely.

Matching ignores case, accents, apostrophe shapes and extra spaces, so "Noé Lefèvre",
"NOE LEFEVRE" and "noé  lefèvre" find the same pupil; the stored name keeps its accents.
"""

from __future__ import annotations

import unicodedata


def clean_name(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def match_key(text: str) -> str:
    if text.isascii():  # no accent, ligature or typographic apostrophe to take off
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("œ", "oe").replace("Œ", "OE"))
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("-", " ").split())
