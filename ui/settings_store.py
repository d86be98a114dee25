"""The app's own preferences (not the carnet's): recent carnets, window geometry, language.

Stored with ``QSettings`` under the organisation "Progression". When ``PROGRESSION_HOME`` is
set (tests, portable installs on a USB key) they go to an ini file in that folder instead
of the user's registry or ~/.config, so a test run never touches a teacher's real list.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from progression import paths

ORGANISATION = "Progression"
APPLICATION = "Progression"
MAX_RECENT = 8


def open_settings() -> QSettings:
    if os.environ.get("PROGRESSION_HOME"):
        return QSettings(str(paths.data_home() / "progression.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


class SettingsStore:
    """Typed access to the few preferences the window keeps between runs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else open_settings()

    # ------------------------------------------------------------ recent carnets

    def recent(self) -> list[Path]:
        """Most recent first; files that vanished (USB key removed) are still listed: the
        teacher may plug the key back, and opening explains what is missing."""
        raw = self._settings.value("recent", [])
        if isinstance(raw, str):  # an ini file gives back a lone string for a one-item list
            raw = [raw]
        if not isinstance(raw, list):
            return []
        return [Path(str(p)) for p in raw if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        entries = [path, *(p for p in self.recent() if p != path)][:MAX_RECENT]
        self._settings.setValue("recent", [str(p) for p in entries])
        self._settings.sync()

    def forget(self, path: Path) -> None:
        path = Path(path).resolve()
        self._settings.setValue("recent", [str(p) for p in self.recent() if p != path])
        self._settings.sync()

    def last_carnet(self) -> Path | None:
        recent = self.recent()
        return recent[0] if recent else None

    # ------------------------------------------------------------ window

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def page(self) -> int:
        try:
            return int(self._settings.value("window/page", 0))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0

    def save_page(self, index: int) -> None:
        self._settings.setValue("window/page", index)

    # ------------------------------------------------------------ language

    def language(self) -> str | None:
        """« fr » or « en » if the teacher chose one (read once, at start: see ui.i18n)."""
        value = self._settings.value("language")
        return str(value) if isinstance(value, str) and value else None

    def save_language(self, language: str | None) -> None:
        if language:
            self._settings.setValue("language", language)
        else:
            self._settings.remove("language")
        self._settings.sync()

    def sync(self) -> None:
        self._settings.sync()
