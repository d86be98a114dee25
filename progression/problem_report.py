"""« Signaler un problème »: the app's error log and the report a teacher can send.

The log (``erreurs.log`` in the per-user data folder) keeps the last errors the app met: when,
the kind, the French sentence the teacher saw, and for an error nobody foresaw where in the code
it happened (module, line, function: never a value). Neither the log nor the report holds pupil
data: every value a French message names is quoted « like this » (names, INE, appreciations,
file names) and is replaced by « … » before it is written; an unforeseen error's own text is not
kept at all (it may quote anything); INE-shaped words and the teacher's home folder are masked,
and the report masks once more the names of the open carnet's pupils.

The report adds what whoever reads it needs: Progression's version, the system, Python and Qt.
Writing to the log never fails loudly: an app that cannot log must still work.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from progression import __version__, paths
from progression.atomic import write_text_atomic
from progression.errors import ProgressionError

LOG_NAME = "erreurs.log"
KEPT = 200  # entries kept in the log; it is trimmed to this when it doubles
IN_REPORT = 20  # the last errors a report shows
FRAMES = 8  # the innermost frames of an unforeseen error

_QUOTED = re.compile(r"«[^»]*»")
_INE = re.compile(r"\b[0-9]{9,10}[A-Za-z]{1,2}\b|\b[0-9A-Z]{10}[A-Z]\b")
_MASK = "[élève]"


NamesSource = Callable[[], Iterable[Any]]
_pupils_source: NamesSource | None = None


def mask_pupils_of(source: NamesSource | None) -> None:
    """Where to read the pupils whose names are masked in what is logged from now on (the open
    carnet's ``service.pupils``), or None when no carnet is open. Read at each error, so a pupil
    added a minute ago is masked too."""
    global _pupils_source
    _pupils_source = source


def pupil_names(pupils: Iterable[Any]) -> list[str]:
    """Every name a pupil goes by: first name, last name, birth name."""
    return [" ".join(filter(None, (getattr(p, "first_name", ""), getattr(p, "last_name", ""),
                                   getattr(p, "birth_last_name", None)))) for p in pupils]


def _current_names() -> list[str]:
    if _pupils_source is None:
        return []
    try:
        return pupil_names(_pupils_source())
    except Exception:  # a carnet that cannot be read now must not stop an error from being logged
        return []


def log_file() -> Path:
    return paths.data_home() / LOG_NAME


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """``text`` without pupil data: quoted values, INE-shaped words, the home folder, and ``names``
    (each word of two letters or more, any case, with or without accents)."""
    text = _QUOTED.sub("« … »", text)
    text = _INE.sub("[INE]", text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    words = {word for name in names for word in re.split(r"[\s\-’']+", unicodedata.normalize("NFC", name))
             if len(word) >= 2}
    for word in sorted(words, key=len, reverse=True):  # "Marie-Claire" before "Marie"
        for form in {word, _plain(word)}:
            text = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", _MASK, text, flags=re.IGNORECASE)
    return text


def _where(error: BaseException) -> list[str]:
    """``module.py:line in function`` for the innermost frames, the path cut to our packages."""
    frames = traceback.extract_tb(error.__traceback__)[-FRAMES:]
    where = []
    for frame in frames:
        parts = Path(frame.filename).parts
        for index in range(len(parts) - 1, -1, -1):
            if parts[index] in ("progression", "exports", "ui", "site-packages", "lib"):
                shown = "/".join(parts[index + 1:] if parts[index] in ("site-packages", "lib") else parts[index:])
                break
        else:
            shown = parts[-1] if parts else "?"
        where.append(f"{shown}:{frame.lineno} in {frame.name}")
    return where


def record_error(error: BaseException, shown: str | None = None, *, now: datetime | None = None) -> None:
    """Add ``error`` to the log; ``shown``: the sentence the teacher saw, if not ``str(error)``."""
    foreseen = isinstance(error, ProgressionError | OSError)
    entry: dict[str, Any] = {
        "when": (now or datetime.now()).isoformat(timespec="seconds"),
        "kind": type(error).__name__,
        "message": scrub(shown if shown is not None else str(error), _current_names()) if foreseen else "",
    }
    if not foreseen:
        entry["where"] = _where(error)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with contextlib.suppress(OSError, ProgressionError):
        file = log_file()
        with file.open("a", encoding="utf-8") as out:
            out.write(line)
        # Errors are rare and lines short: counting them at each one costs nothing worth saving.
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        if len(lines) > 2 * KEPT:  # trimmed once in a while, not at every error
            write_text_atomic(file, "".join(lines[-KEPT:]))


def last_errors(count: int = IN_REPORT) -> list[dict[str, Any]]:
    """The newest ``count`` entries of the log, oldest first; a damaged line is skipped."""
    try:
        lines = log_file().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    entries = []
    for line in lines[-count:]:
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict):
                entries.append(entry)
    return entries


def report_text(*, qt: str = "", names: Iterable[str] = (), now: datetime | None = None) -> str:
    """The report: who made it (versions, system), then the last errors; nothing about the pupils."""
    frozen = "paquet autonome" if getattr(sys, "frozen", False) else "installation Python"
    lines = [
        "Progression — signalement d'un problème",
        f"Date : {(now or datetime.now()).strftime('%d/%m/%Y %H:%M')}",
        f"Version : {__version__} ({frozen})",
        f"Système : {platform.platform()} ({sys.platform}, {platform.machine() or '?'})",
        f"Python : {platform.python_version()}",
    ]
    if qt:
        lines.append(f"Qt : {qt}")
    lines.append(f"Langue du système : {os.environ.get('LANG') or os.environ.get('LC_ALL') or '?'}")
    errors = last_errors()
    lines += ["", f"Dernières erreurs ({len(errors)}) :" if errors else "Aucune erreur enregistrée."]
    for entry in errors:
        said = entry.get("message") or "(erreur inattendue)"
        lines.append(f"- {entry.get('when', '?')} — {entry.get('kind', '?')} — {said}")
        lines += [f"    {where}" for where in entry.get("where", []) if isinstance(where, str)]
    lines += ["", "Ce fichier ne contient ni nom d'élève, ni INE, ni appréciation : vous pouvez l'envoyer tel quel."]
    names = [*names, *_current_names()]
    return "\n".join(scrub(line, names) if index > 0 else line for index, line in enumerate(lines)) + "\n"


def write_report(target: Path, *, qt: str = "", names: Iterable[str] = (), now: datetime | None = None) -> Path:
    """Write the report to ``target`` (refused over a carnet or under a name Windows refuses)."""
    from progression.validation import check_output_path

    check_output_path(Path(target))
    return write_text_atomic(Path(target), report_text(qt=qt, names=names, now=now))
