"""Writing a file so that it is either complete or absent, for the core's own files.

The renderers in ``exports`` already own that mechanism (temporary name, fsync, rename, folder
fsync, French messages for a full disk or a read-only folder); the core uses it too and only
turns its error into the core's.
"""

from __future__ import annotations

from pathlib import Path

from progression.errors import ProgressionError


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    from exports.errors import ExportError
    from exports.safe import atomic_file

    try:
        with atomic_file(Path(path)) as handle:
            handle.write(data)
    except ExportError as error:
        raise ProgressionError(str(error)) from error
    return Path(path)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(path, text.encode(encoding))
