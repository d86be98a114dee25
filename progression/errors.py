"""Errors the teacher can read.

Every failure that reaches a person says what is wrong, where, and what to do. An error
carries a stable code (``"storage.disk_full"``) and plain fields (a name, a count, a list of
names); the sentence is made from the wording catalogue (``progression.wording``) by whoever
shows it: ``str(error)`` is the French sentence the command line prints (exit 1), the desktop
app words it in its own language (``ui/words.py``). Nothing else about the failure (traceback,
SQL) is shown.
"""

from __future__ import annotations

import re
from typing import Any

from progression.wording import Worded, words

CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


class ProgressionError(Worded, Exception):
    """A failure explained to the teacher: ``ProgressionError("storage.disk_full", name="CE1.carnet")``.

    ``str(error)`` is its French sentence. A sentence given whole instead of a code is still
    accepted (``code`` is then empty): those raise sites have not yet been given a code, and the
    app shows them in French."""

    def __init__(self, code: str, /, **fields: Any) -> None:
        super().__init__(code)
        if fields or CODE.fullmatch(code):
            self.code, self.fields = code, fields
        else:
            self.code, self.fields = "", {"text": code}

    def __str__(self) -> str:
        return words(self.code, self.fields)

    @property
    def message(self) -> str:
        return str(self)


class DamagedCarnetError(ProgressionError):
    """The file is not a usable carnet: not SQLite, damaged, or failing its integrity check."""


class NewerCarnetError(ProgressionError):
    """The carnet was written by a newer version of Progression than this one."""


class CarnetLockedError(ProgressionError):
    """Another Progression window or computer holds the carnet."""


class InvalidInputError(ProgressionError):
    """A file or a value given by the teacher cannot be used as it is."""
