"""The per-user data folder by each system's convention (simulated: sys.platform and the environment
changed for the test), and what a default carnet and its backups use."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from progression import paths


@pytest.fixture
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROGRESSION_HOME", raising=False)


def test_windows_local_appdata(no_override: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData" / "Roaming"))  # never: roams to the school's server
    assert paths.data_home() == tmp_path / "AppData" / "Local" / "Progression"
    assert paths.default_carnet() == tmp_path / "AppData" / "Local" / "Progression" / "ma-classe.carnet"
    assert paths.backups_root().parent == paths.data_home()
    assert paths.data_home().is_dir()


def test_windows_without_localappdata_uses_the_profile() -> None:
    home = Path("/profil/marie")
    assert paths.user_data_folder("win32", {}, home) == home / "AppData" / "Local" / "Progression"
    folder = paths.user_data_folder("win32", {"LOCALAPPDATA": r"C:\Users\marie\AppData\Local"}, home)
    assert PureWindowsPath(str(folder)).parts[-2:] == ("Local", "Progression")


def test_macos_application_support(no_override: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # macOS does not follow XDG
    assert paths.data_home() == tmp_path / "Library" / "Application Support" / "Progression"


@pytest.mark.parametrize(
    ("xdg", "expected"),
    [(None, ".local/share/Progression"), ("{tmp}/donnees", "donnees/Progression"),
     ("relatif/donnees", ".local/share/Progression"), ("  ", ".local/share/Progression")],
)
def test_linux_xdg(no_override: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None,
                   expected: str) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg.format(tmp=tmp_path))
    assert paths.data_home() == tmp_path / expected


def test_the_override_wins_everywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROGRESSION_HOME", str(tmp_path / "portable"))
    for platform in ("win32", "darwin", "linux"):
        monkeypatch.setattr(sys, "platform", platform)
        assert paths.data_home() == tmp_path / "portable"
