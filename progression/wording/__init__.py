"""Every sentence the core says to a teacher, written once, by code.

The templates are French; each is marked ``QT_TRANSLATE_NOOP(context, …)`` so that
``tools/update_translations.py`` puts it in the app's English catalogue. The command line
words a code with ``words(code, fields)`` (French); the app with ``words(code, fields, voice)``
where the voice translates through Qt (``ui/words.py``). Split by subject, one module each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from progression.wording import (
    backup,
    calendar,
    carnet,
    documents,
    framework,
    general,
    groups,
    handover,
    imports,
    lock,
    merge,
    place,
    privacy,
    records,
    settings,
    storage,
    synthesis,
    works,
)
from progression.wording.base import (
    CATALOGUE,
    FRENCH,
    QT_TRANSLATE_NOOP,
    Number,
    Phrase,
    Voice,
    Worded,
    say,
    sentence,
)

__all__ = ["CATALOGUE", "FRENCH", "QT_TRANSLATE_NOOP", "Number", "Phrase", "Voice", "Worded", "words"]

# Errors and banner notes are said in the context "Errors", the lines of reports in "Reports".
for _module in (general, storage, carnet, place, backup, lock, merge, records, calendar, privacy,
                documents, imports, synthesis, settings, framework, groups, works, handover):
    for _context, _templates in (("Errors", getattr(_module, "ERRORS", {})),
                                 ("Reports", getattr(_module, "REPORTS", {}))):
        for _code, _template in _templates.items():
            assert _code not in CATALOGUE, f"{_code} is worded twice"
            CATALOGUE[_code] = (_context, _template)


def words(code: str, fields: Mapping[str, Any] | None = None, voice: Voice = FRENCH) -> str:
    """The sentence for ``code`` and its ``fields`` in ``voice``'s language (French by default)."""
    return sentence(say(code, fields or {}, voice, CATALOGUE))
