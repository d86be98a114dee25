from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.platforms.windows_files import HeldFiles
from tests.reliability.conftest import small_template  # noqa: F401  # a fixture shared with the reliability tests


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


@pytest.fixture
def small(small_template: Path, tmp_path: Path) -> Path:  # noqa: F811
    folder = tmp_path / "classe"
    folder.mkdir()
    path = folder / "classe.carnet"
    shutil.copy(small_template, path)
    return path


@pytest.fixture
def windows_files(monkeypatch: pytest.MonkeyPatch) -> HeldFiles:
    return HeldFiles(monkeypatch)
