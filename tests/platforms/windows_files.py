"""Windows' rule that a file open in another program cannot be replaced, renamed or deleted,
simulated on any system: ``os.replace``, ``os.rename`` and ``os.unlink`` refuse a held file with
the ``PermissionError`` Windows gives (``winerror`` 32, ERROR_SHARING_VIOLATION)."""

from __future__ import annotations

import errno
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import exports.safe as safe

SHARING_VIOLATION = 32


def sharing_violation(path: object) -> PermissionError:
    error = PermissionError(errno.EACCES, "Le processus ne peut pas accéder au fichier car ce fichier est "
                            "utilisé par un autre processus", str(path))
    error.winerror = SHARING_VIOLATION  # type: ignore[attr-defined]  # set by CPython on Windows only
    return error


class HeldFiles:
    """Files another program holds open: forever (a spreadsheet showing the file) or for a number of
    attempts (an antivirus scanning a file just written)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.held: dict[Path, int | None] = {}
        self.refused: Counter[str] = Counter()
        self.scanning: tuple[Path, int] | None = None
        monkeypatch.setattr(safe, "HELD_OPEN_PAUSES", (0.001,) * len(safe.HELD_OPEN_PAUSES))
        for name in ("replace", "rename", "unlink", "remove"):
            monkeypatch.setattr(os, name, self._guard(name, getattr(os, name)))

    def hold(self, path: Path, attempts: int | None = None) -> None:
        self.held[Path(path).resolve()] = attempts

    def hold_new_files_in(self, folder: Path, attempts: int) -> None:
        """Every ``.part`` file made in ``folder`` is scanned for ``attempts`` attempts."""
        self.scanning = (Path(folder).resolve(), attempts)

    def _is_held(self, path: object) -> bool:
        resolved = Path(os.fspath(path)).resolve()  # type: ignore[arg-type]
        scanning = self.scanning
        if scanning and resolved.parent == scanning[0] and resolved.name.endswith(".part") \
                and resolved not in self.held:
            self.held[resolved] = scanning[1]
        if resolved not in self.held:
            return False
        left = self.held[resolved]
        if left is None:
            return True
        if left <= 0:
            return False
        self.held[resolved] = left - 1
        return True

    def _guard(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(*paths: object, **kwargs: Any) -> Any:
            for path in paths[:2]:
                if self._is_held(path):
                    self.refused[name] += 1
                    raise sharing_violation(path)
            return real(*paths, **kwargs)

        return guarded
