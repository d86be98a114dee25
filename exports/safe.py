"""Writing files safely: whole or not at all, and user text never taken for a formula.

Every export goes through :func:`atomic_file`: the bytes go to a temporary file in the
target folder (same file system, so the final rename is atomic), are flushed to disk, then
renamed over the target. A crash, a full disk or a USB key pulled out leaves either the
old file or the new one, never half of one, and the temporary file is removed on failure.
"""

from __future__ import annotations

import errno
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from exports.errors import ExportError

# OWASP ASVS 1.2.10: a spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")

# Control characters that XML 1.0 (xlsx) cannot hold and that PDF fonts have no glyph for.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters Windows refuses in file names, plus controls.
_BAD_IN_FILENAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


def clean_text(text: str) -> str:
    """User text without control characters (kept: tab, line feed, carriage return), in NFC."""
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would evaluate ``text`` if typed into a cell."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """User text for a CSV cell: a leading ``'`` disarms formula-like values."""
    text = clean_text(text)
    return "'" + text if looks_like_formula(text) else text


def safe_filename(name: str, *, max_length: int = 120) -> str:
    """A file name any system accepts, built from a pupil's name or a period label."""
    cleaned = _BAD_IN_FILENAME.sub("_", unicodedata.normalize("NFC", name)).strip().rstrip(". ")
    cleaned = re.sub(r"\s+", " ", cleaned)[:max_length].rstrip(". ")
    if not cleaned:
        cleaned = "export"
    if cleaned.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned


# Windows' classic limit (MAX_PATH): 260 characters with the final NUL. Explorer, Office and most
# programs still refuse longer paths even where Windows itself could be told to accept them.
WINDOWS_MAX_PATH = 259
ON_WINDOWS = os.name == "nt"
MAX_NAME = 255  # NTFS, ext4, APFS and exFAT alike


def _forbidden(chars: str) -> str:
    shown = []
    for char in sorted(set(chars)):
        shown.append("un caractère invisible" if ord(char) < 32 or char == "\x7f" else f"« {char} »")
    return ", ".join(dict.fromkeys(shown))


def file_name_problem(path: Path, *, windows: bool | None = None, reserve: int = 0) -> str | None:
    """What would keep ``path`` from being a file name on every computer a teacher uses, in French, or None.

    The name's rules are Windows' on every system (a carnet or a document travels on a USB key to a
    Windows computer): no ``< > : " / \\ | ? *`` nor control characters, no trailing dot or space
    (Windows drops them, and then finds no such file), none of the device names ``CON``, ``PRN``,
    ``AUX``, ``NUL``, ``COM1``…``LPT9`` even with an extension, and no second file in the folder
    whose name differs only by case (Windows and macOS take both for one file). The whole path's
    length is checked where Windows' rules apply (``windows``, default: this computer is Windows),
    leaving ``reserve`` characters for companions written beside the file (``-journal``, ``.lock``).
    """
    path = Path(path)
    name = path.name
    if not name.strip(" ."):
        return "Donnez un nom au fichier."
    forbidden = "".join(_BAD_IN_FILENAME.findall(name))
    if forbidden:
        return (f"Le nom « {name} » contient {_forbidden(forbidden)}, que Windows refuse dans un nom de "
                "fichier : retirez-les ou remplacez-les par un tiret.")
    if name != name.rstrip(". "):
        return (f"Le nom « {name} » se termine par un point ou une espace, que Windows efface : "
                "retirez-les du nom.")
    device = name.split(".")[0].rstrip(" ").upper()
    if device in _WINDOWS_RESERVED:
        return (f"« {device} » est un nom réservé par Windows (CON, PRN, AUX, NUL, COM1 à COM9, LPT1 à LPT9), "
                f"même suivi d'une extension : choisissez un autre nom, par exemple « {device.lower()}-classe ».")
    if len(name) > MAX_NAME:
        return f"Le nom du fichier fait {len(name)} caractères : raccourcissez-le à {MAX_NAME} au plus."
    if windows if windows is not None else ON_WINDOWS:
        length = len(os.path.abspath(path)) + reserve
        if length > WINDOWS_MAX_PATH:
            return (f"Le chemin « {path} » est trop long pour Windows ({length} caractères, {WINDOWS_MAX_PATH} "
                    "au plus) : choisissez un dossier moins profond ou un nom plus court.")
    twin = _case_twin(path)
    if twin is not None:
        return (f"Le dossier contient déjà « {twin} », qui ne diffère de « {name} » que par les majuscules : "
                "Windows et macOS les confondraient ; choisissez un autre nom ou reprenez celui-là.")
    return None


def _case_twin(path: Path) -> str | None:
    """Another file of the folder whose name is ``path``'s but for case (a case-sensitive disk only)."""
    folded = path.name.casefold()
    try:
        for sibling in path.parent.iterdir():
            if sibling.name != path.name and sibling.name.casefold() == folded:
                if path.exists() and path.samefile(sibling):
                    return None  # a case-insensitive disk: the same file, spelt another way
                return sibling.name
    except OSError:
        return None
    return None


def check_folder(folder: Path) -> Path:
    """The folder itself, or :class:`ExportError` if nothing can be written there."""
    if not folder.exists():
        raise ExportError(
            f"Le dossier « {folder} » n'existe pas (clé USB retirée ?) : "
            "choisissez un autre dossier pour l'export."
        )
    if not folder.is_dir():
        raise ExportError(f"« {folder} » n'est pas un dossier : choisissez un dossier pour l'export.")
    return folder


def _target(path: Path) -> Path:
    path = Path(path)
    check_folder(path.parent if str(path.parent) else Path("."))
    if path.is_dir():
        raise ExportError(f"« {path} » est un dossier : donnez un nom de fichier pour l'export.")
    return path


def _message(error: OSError, target: Path) -> str:
    folder = target.parent
    if error.errno == errno.ENOSPC:
        return (f"Le disque où se trouve « {folder} » est plein : "
                "libérez de la place ou choisissez un autre dossier.")
    if error.errno == errno.EROFS:
        return f"Le dossier « {folder} » est en lecture seule : choisissez un autre dossier pour l'export."
    if held_open(error):
        return held_open_message(target)
    if isinstance(error, PermissionError):
        if target.exists():
            return (
                f"Impossible de remplacer « {target.name} » dans « {folder} » : le fichier est peut-être "
                "ouvert dans un autre logiciel, ou le dossier est en lecture seule. "
                "Fermez-le ou choisissez un autre dossier."
            )
        return (
            f"Impossible d'écrire dans le dossier « {folder} » (lecture seule ou droits insuffisants) : "
            "choisissez un autre dossier pour l'export."
        )
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return f"Le dossier « {folder} » n'existe plus (clé USB retirée ?) : choisissez un autre dossier."
    reason = error.strerror or error.__class__.__name__
    return f"L'export vers « {target} » a échoué ({reason}) : choisissez un autre dossier ou réessayez."


# Windows refuses to replace or delete a file another program holds open: ERROR_ACCESS_DENIED (5),
# ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33). An antivirus scanning a file just
# written, the search indexer or a sync client let go within a second or so; a spreadsheet or a
# PDF reader showing the file does not, and the teacher is told to close it.
HELD_OPEN_WINERRORS = frozenset({5, 32, 33})
HELD_OPEN_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8)  # seconds between attempts: 1.55 s in all


def held_open(error: BaseException) -> bool:
    """Whether ``error`` is Windows saying another program has the file open."""
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in HELD_OPEN_WINERRORS


def held_open_message(path: Path) -> str:
    return (
        f"« {Path(path).name} » est ouvert dans un autre logiciel (tableur, lecteur PDF, antivirus ou "
        f"synchronisation) dans « {Path(path).parent} » : fermez-le, puis réessayez."
    )


def _patiently(action: Callable[[], None]) -> None:
    for pause in HELD_OPEN_PAUSES:
        try:
            action()
            return
        except PermissionError as error:
            if not held_open(error):
                raise
            time.sleep(pause)
    action()  # the last attempt's error is the one the caller explains


def replace_file(source: Path, target: Path) -> None:
    """``os.replace``, waiting a little while Windows says another program holds either file open."""
    _patiently(lambda: os.replace(source, target))


def rename_file(source: Path, target: Path) -> None:
    """``os.rename`` (never over an existing file), with the same patience as :func:`replace_file`."""
    _patiently(lambda: os.rename(source, target))


def remove_file(path: Path, *, missing_ok: bool = False) -> None:
    """``Path.unlink``, with the same patience as :func:`replace_file`."""
    _patiently(lambda: Path(path).unlink(missing_ok=missing_ok))


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        # Nothing more can be done; the original error is the one worth reporting.
        pass


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder this way.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temporary(target: Path) -> tuple[int, Path]:
    # Not tempfile.mkstemp: it creates files readable by their owner only (0600), which
    # would then become the export's permissions; os.open with 0o666 respects the umask.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Binary file to write ``path`` through; it appears only once completely written.

    Failures of the file system become :class:`ExportError` with a French message; any
    failure (including in the caller's drawing code) removes the temporary file.
    """
    target = _target(path)
    try:
        fd, temporary = _create_temporary(target)
    except OSError as error:
        raise ExportError(_message(error, target)) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temporary, target)
    except OSError as error:
        _remove_quietly(temporary)
        raise ExportError(_message(error, target)) from error
    except BaseException:
        _remove_quietly(temporary)
        raise
    _fsync_folder(target.parent)
