"""Errors the teacher can read.

Every failure that reaches a person carries one French sentence saying what is wrong,
where, and what to do. The command line prints it and exits 1; the desktop app shows it
in a dialog. Nothing else about the failure (traceback, SQL) is shown.
"""


class ProgressionError(Exception):
    """A failure explained in plain French; ``str(error)`` is the sentence to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DamagedCarnetError(ProgressionError):
    """The file is not a usable carnet: not SQLite, damaged, or failing its integrity check."""


class NewerCarnetError(ProgressionError):
    """The carnet was written by a newer version of Progression than this one."""


class CarnetLockedError(ProgressionError):
    """Another Progression window or computer holds the carnet."""


class InvalidInputError(ProgressionError):
    """A file or a value given by the teacher cannot be used as it is."""
