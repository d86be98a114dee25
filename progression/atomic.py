"""Writing a file so that it is either complete or absent: temporary name, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from progression.errors import ProgressionError


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise ProgressionError(f"Le dossier « {path.parent} » n'existe pas : choisissez un dossier existant.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise ProgressionError(
            f"Impossible d'écrire dans « {path.parent} » : {error.strerror}. Choisissez un autre dossier."
        ) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ProgressionError(f"Écriture impossible de « {path.name} » : {error.strerror}.") from error
    return path


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(path, text.encode(encoding))
