"""Verified backups of a carnet.

A backup is made with SQLite's backup API into a temporary file beside its final place,
flushed to disk, checked with ``quick_check``, then renamed: a backup that exists is a
backup that opens. Backups live in the per-user data folder (``paths.backups_dir``), named
with the date, the time and the reason.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from progression import paths
from progression.errors import ProgressionError


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def make_backup(carnet_path: Path, folder: Path | None = None, reason: str = "manuelle") -> Path:
    carnet_path = Path(carnet_path)
    folder = Path(folder) if folder is not None else paths.backups_dir(carnet_path)
    if not folder.is_dir():
        raise ProgressionError(f"Le dossier de sauvegarde « {folder} » n'existe pas.")
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S_%f")
    final = folder / f"{carnet_path.stem}_{stamp}_{reason}{paths.CARNET_SUFFIX}"
    temporary = final.with_name(final.name + ".part")
    try:
        source = sqlite3.connect(f"file:{carnet_path}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                result = target.execute("PRAGMA quick_check").fetchall()
            finally:
                target.close()
        finally:
            source.close()
        if result != [("ok",)]:
            raise ProgressionError(
                f"La sauvegarde de « {carnet_path.name} » n'a pas passé le contrôle d'intégrité : "
                "le carnet est peut-être endommagé."
            )
        _fsync(temporary)
        os.replace(temporary, final)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        raise ProgressionError(f"Sauvegarde impossible de « {carnet_path.name} » : {error}.") from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ProgressionError(
            f"Sauvegarde impossible dans « {folder} » : {error.strerror or error}. "
            "Vérifiez la place libre et les droits d'écriture."
        ) from error
    return final


def backup_before(carnet_path: Path, reason: str) -> Path:
    """The automatic backup taken before a migration, an import or a merge."""
    return make_backup(carnet_path, reason=reason)
