"""Where Progression keeps things on disk, computed in one place.

``PROGRESSION_HOME`` overrides the per-user data folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import resources

CARNET_SUFFIX = ".carnet"


def resources_dir() -> Path:
    """The shipped data folder, wherever the package lives (source, wheel or bundle)."""
    return resources.ROOT


def data_home() -> Path:
    """The per-user folder for carnets, backups and settings; created on first use."""
    override = os.environ.get("PROGRESSION_HOME")
    if override:
        home = Path(override)
    else:
        from platformdirs import user_data_path

        home = user_data_path("Progression", appauthor=False)
    home.mkdir(parents=True, exist_ok=True)
    return home


def default_carnet() -> Path:
    """The carnet opened when the teacher has never chosen one."""
    return data_home() / f"ma-classe{CARNET_SUFFIX}"


def demo_carnet() -> Path:
    return data_home() / f"classe-demo{CARNET_SUFFIX}"


def backups_dir(carnet: Path) -> Path:
    """Backups live beside the per-user data, not beside the carnet: a USB key may be pulled out."""
    folder = data_home() / "sauvegardes" / carnet.stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder
