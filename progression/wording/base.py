"""How a code and its fields become a sentence, in French or in the app's language.

Errors and reports leave the core as a code and plain values (a name, a count, a list of
names); the sentence is made at the last moment, by whoever shows it: the command line in
French (``FRENCH``), the app in its language (a ``Voice`` whose ``translate`` is Qt's). The
templates are the French sentences themselves, so ``str(error)`` reads as it always has.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the app's translation catalogue under ``context``; returns it unchanged.

    Qt's own marker, rewritten here so the core never imports Qt: ``pyside6-lupdate`` finds the
    calls by their name, whichever module defines it."""
    return text


def french_number(count: int) -> str:
    """20000 → « 20 000 », as French writes it."""
    return f"{count:,}".replace(",", " ")


class Voice(NamedTuple):
    """One language's way of wording: its templates, its numbers, its plural rule."""

    translate: Callable[[str, str], str]  # (context, French template) → the template in this language
    number: Callable[[int], str] = french_number
    many: Callable[[int], bool] = lambda n: n >= 2  # French: 0 and 1 take the singular
    day: Callable[[date], str] = lambda d: d.strftime("%d/%m/%Y")


FRENCH = Voice(translate=lambda context, template: template)


class Number(NamedTuple):
    """A count shown with the language's digit grouping (« 20 000 », "20,000")."""

    value: int


# code → (Qt context, French template): filled by ``progression.wording`` from its subject modules.
CATALOGUE: dict[str, tuple[str, str]] = {}


class Worded:
    """Something the catalogue words: a code and its fields (an error, a note for the banner)."""

    code: str
    fields: Mapping[str, Any]


class Phrase(str, Worded):
    """A sentence (or a part of one) from the core that still knows its code and fields.

    It is its French text — the command line prints it, tests read it — and the app words it
    again in its own language (``ui/words.py``). As a field of another sentence it reads as a
    clause (« le carnet … est endommagé »)."""

    code: str
    fields: Mapping[str, Any]

    def __new__(cls, code: str, /, **fields: Any) -> Phrase:
        phrase = super().__new__(cls, say(code, fields, FRENCH, CATALOGUE))
        phrase.code, phrase.fields = code, fields
        return phrase

    @classmethod
    def of(cls, worded: Worded) -> Phrase:
        """An error's sentence kept for later (a warning for the banner), code and fields included."""
        return cls(worded.code, **worded.fields)

    def __repr__(self) -> str:
        return f"Phrase({self.code!r}, **{dict(self.fields)!r})"


class _Formatter(string.Formatter):
    def __init__(self, voice: Voice, catalogue: Mapping[str, tuple[str, str]]) -> None:
        super().__init__()
        self.voice = voice
        self.catalogue = catalogue

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "sentence" and isinstance(value, Worded):  # « {problem:sentence} »: kept whole
            return sentence(say(value.code, value.fields, self.voice, self.catalogue))
        return super().format_field(self.shown(value), format_spec)

    def shown(self, value: Any) -> Any:
        if isinstance(value, Worded):
            return clause(say(value.code, value.fields, self.voice, self.catalogue))
        if isinstance(value, Number):
            return self.voice.number(value.value)
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, date):
            return self.voice.day(value)
        if isinstance(value, (list, tuple)):
            return join([str(self.shown(part)) for part in value], self.voice, self.catalogue)
        return value


def clause(text: str) -> str:
    """A sentence as a clause to go after « ligne 3 : »: no capital, no final full stop."""
    text = text.rstrip(".")
    return text[:1].lower() + text[1:]


def join(parts: Sequence[str], voice: Voice, catalogue: Mapping[str, tuple[str, str]]) -> str:
    """« A, B et C » / "A, B and C"."""
    if len(parts) < 2:
        return "".join(parts)
    return say("list.and", {"first": ", ".join(parts[:-1]), "last": parts[-1]}, voice, catalogue)


def say(code: str, fields: Mapping[str, Any], voice: Voice,
        catalogue: Mapping[str, tuple[str, str]] = CATALOGUE) -> str:
    """The sentence for ``code`` with its ``fields``, in ``voice``'s language.

    A code with ``.one``/``.many`` variants is counted by its field ``n``; a code the catalogue
    lacks (a bug the tests catch) still says something rather than failing while an error is shown."""
    if not code:
        return str(fields.get("text", ""))
    if code not in catalogue and "n" in fields:
        code += ".many" if voice.many(int(fields["n"])) else ".one"
    if code not in catalogue:
        return code + (" " + repr(dict(fields)) if fields else "")
    context, template = catalogue[code]
    return _Formatter(voice, catalogue).format(voice.translate(context, template), **fields)


def sentence(text: str) -> str:
    """A template opening on a clause (« {problem} ; … ») still makes a sentence."""
    return text[:1].upper() + text[1:]
