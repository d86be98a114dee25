"""Fixtures for the renderers' tests; the sample data itself lives in ``sample_reports``."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from multigrade import build_multigrade
from sample_reports import CLASS_NAMES, HOSTILE_NAMES, make_class_grid, make_period_report

from exports.report import ClassGrid, PeriodReport


@pytest.fixture
def build_report() -> Callable[..., PeriodReport]:
    return make_period_report


@pytest.fixture
def build_grid() -> Callable[..., ClassGrid]:
    return make_class_grid


@pytest.fixture
def period_report() -> PeriodReport:
    return make_period_report()


@pytest.fixture
def class_grid() -> ClassGrid:
    return make_class_grid()


@pytest.fixture
def hostile_grid() -> ClassGrid:
    return make_class_grid(HOSTILE_NAMES + CLASS_NAMES[:5])


@pytest.fixture(scope="session")
def multigrade_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("multigrade") / "cp-ce1-ce2.carnet"
    build_multigrade(path)
    return path


@pytest.fixture
def multigrade_path(multigrade_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the CP–CE1–CE2 carnet for one test."""
    path = tmp_path / "cp-ce1-ce2.carnet"
    shutil.copy(multigrade_template, path)
    return path
