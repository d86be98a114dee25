"""What opening the app leaves for after the grid is painted: the whole-file check and the daily backup.

Both read the whole carnet, so their cost grows with it (half a second and two seconds at a
district's size): the teacher should not wait for them to see her class. The app opens with
``full_check=False, auto_backup=False`` (``progression.carnet.open_carnet``), which keeps every
check whose cost does not grow with the file (header, truncation, application id, schema,
revision, what a crash left beside it), then runs ``checkup`` on its worker thread. What it
finds reaches the teacher as a banner; a damaged file is no longer written into
(``Carnet.damaged``) and a restore is offered.

``checkup`` only reads the carnet through its own connection (and copies it for the backup):
it is safe beside the app's connection, and never touches the app's objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from progression.errors import DamagedCarnetError, ProgressionError


@dataclass(frozen=True)
class Checkup:
    """What the checks after opening found; every field None when all is well."""

    damaged: str | None = None  # the sentence: the whole-file check failed
    backup_warning: str | None = None  # the daily backup could not be made (the carnet itself is fine)
    backup: Path | None = None  # the daily backup made, if one was due


def checkup(path: Path, *, backup: bool = True) -> Checkup:
    """Check the whole file (SQLite's quick check), then make the daily backup if it is due.

    A damaged file gets no backup: a backup of it would fail its own check, and the verified
    backups already there are what the teacher needs.
    """
    from progression.inspection import inspect_file

    try:
        inspect_file(path)
    except DamagedCarnetError as error:
        # The problem alone: what to do about it is said by the notice (Carnet.damage_notice).
        problem = error.fields.get("problem") if error.code == "carnet.restore" else None
        return Checkup(damaged=str(problem if problem is not None else error).rstrip("."))
    except ProgressionError:
        # Busy, or the file out of reach for a moment (a USB key): no verdict. The app's own
        # reads and writes say what is wrong if it lasts, and the next opening checks again.
        return Checkup()
    if not backup:
        return Checkup()
    from progression.backup import backup_if_due

    try:
        made = backup_if_due(path)
    except ProgressionError as error:
        return Checkup(backup_warning=str(error))
    return Checkup(backup=made)
