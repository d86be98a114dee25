"""Fixtures for the renderers' tests; the sample data itself lives in ``sample_reports``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
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
