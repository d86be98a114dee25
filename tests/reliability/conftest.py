"""Shared set-up for the reliability tests: a private data folder per test, small carnets,
helpers to read a carnet behind the app's back, and the figures printed at the end.

The figures (kills, faults injected, files damaged, observations lost) are added up in
``figures`` and printed in pytest's summary (tests/figures.py, tests/conftest.py).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.figures import counts


@pytest.fixture(scope="session")
def figures(pytestconfig: pytest.Config) -> Counter[str]:
    return counts(pytestconfig)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of one test never meet another test's: each test has its own data folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PROGRESSION_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed carnet with three pupils and a few observations, made once."""
    from datetime import date

    from progression.operations import PupilFields, RecordObservations, SavePupil
    from progression.service import CarnetService, NewClass

    path = tmp_path_factory.mktemp("small") / "classe.carnet"
    service = CarnetService.create(path, NewClass(label="CE1", grades=("CE1",), teacher="Mme Test"))
    for last, first in (("Martin", "Lucas"), ("Lefèvre", "Noé"), ("Diallo", "Awa")):
        service.run(SavePupil(PupilFields(last, first, "CE1")))
    pupil = service.pupils()[0]
    item = service.items(grades=["CE1"])[3]
    step = service.counting_steps()[1]
    service.run(RecordObservations(((pupil.id, item.id),), step.id, date(2026, 10, 5), comment="départ"))
    service.close()
    return path


@pytest.fixture
def small(small_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the small carnet, in its own folder."""
    folder = tmp_path / "classe"
    folder.mkdir()
    path = folder / "classe.carnet"
    shutil.copy(small_template, path)
    return path
