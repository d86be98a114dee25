"""Where Progression keeps things on disk, computed in one place.

``PROGRESSION_HOME`` overrides the per-user data folder (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import resources

CARNET_SUFFIX = ".carnet"


def resources_dir() -> Path:
    """The shipped data folder, wherever the package lives (source, wheel or bundle)."""
    return resources.ROOT


def guide_file() -> Path | None:
    """The French user guide: under the resources in a frozen bundle (build.spec puts it in
    resources/guide), docs/guide.md beside them in a source checkout; None if neither is there."""
    for candidate in (resources_dir() / "guide" / "guide.md", resources_dir().parent / "docs" / "guide.md"):
        if candidate.is_file():
            return candidate
    return None
def user_data_folder(
    platform: str | None = None, environ: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    """Where each system wants an application's own data for one user, not synchronised with other
    computers (a carnet synced under two machines' feet is what ``location`` warns about):

    * Windows: ``%LOCALAPPDATA%\\Progression`` (``C:\\Users\\marie\\AppData\\Local``; never Roaming, which
      a school network copies to its server at every log-off);
    * macOS: ``~/Library/Application Support/Progression``;
    * Linux and the others: ``$XDG_DATA_HOME/Progression``, by default ``~/.local/share/Progression``.

    The same folders platformdirs gave earlier versions, so a teacher's carnets stay where they were.
    """
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    home = home or Path.home()
    if platform == "win32":
        local = environ.get("LOCALAPPDATA", "").strip()
        base = Path(local) if local else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = environ.get("XDG_DATA_HOME", "").strip()
        # The XDG rule: a relative value is invalid and must be ignored.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / "Progression"


def data_home() -> Path:
    """The per-user folder for carnets, backups and settings; created on first use."""
    override = os.environ.get("PROGRESSION_HOME")
    home = Path(override) if override else user_data_folder()
    # A home that cannot be created (read-only profile, a file in its place) must not stop the
    # teacher from working: whoever writes there next reports it in French, or does without.
    with contextlib.suppress(OSError):
        home.mkdir(parents=True, exist_ok=True)
    return home


def default_carnet() -> Path:
    """The carnet opened when the teacher has never chosen one."""
    return data_home() / f"ma-classe{CARNET_SUFFIX}"


def demo_carnet() -> Path:
    return data_home() / f"classe-demo{CARNET_SUFFIX}"


def backups_root() -> Path:
    """Where automatic backups live: one sub-folder per carnet identity, beside the per-user data, not
    beside the carnet (a USB key may be pulled out); ``backup_folders.backups_folder`` finds a carnet's."""
    return data_home() / "sauvegardes"


def registry_file() -> Path:
    """What this computer remembers about carnets: path → identity, erased pupils' ids."""
    return data_home() / "carnets.json"
