"""Shared test set-up: a private data folder, Qt without a screen, carnets made by the
same code teachers run (``CarnetService.create`` and the demo generator)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import figures as reliability

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Backups, device id and settings go to a throw-away folder, never to the developer's own.
os.environ["PROGRESSION_HOME"] = tempfile.mkdtemp(prefix="progression-home-")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from progression.demo import make_demo

    path = tmp_path_factory.mktemp("demo") / "demo.carnet"
    make_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo carnet for one test."""
    path = tmp_path / "demo.carnet"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator:
    from progression.service import CarnetService

    service = CarnetService.open(demo_path)
    yield service
    service.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator:
    """A new CE1-CE2 carnet with two pupils and no observations."""
    from progression.operations import PupilFields, SavePupil
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(tmp_path / "classe.carnet", NewClass(label="CE1-CE2", teacher="M. Test"))
    service.run(SavePupil(PupilFields("Martin", "Lucas", "CE1", ine="1234567890A")))
    service.run(SavePupil(PupilFields("Lefèvre", "Noé", "CE2")))
    yield service
    service.close()


# ---------------------------------------------------------------- the reliability figures


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # a test process of ``-n``: hand the figures to the one that prints them
        output[reliability.WORKER_KEY] = dict(reliability.counts(session.config))


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    config = getattr(node, "config", None)
    output = getattr(node, "workeroutput", {})
    if config is not None:
        reliability.counts(config).update(output.get(reliability.WORKER_KEY, {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    counts = reliability.counts(config)
    if not counts:
        return
    terminalreporter.section("fiabilité : chiffres de cette exécution")
    for key, label in reliability.LABELS.items():
        if key in counts:
            terminalreporter.write_line(f"{label:45} {counts[key]}")
