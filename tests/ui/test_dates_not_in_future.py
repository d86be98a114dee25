"""Nothing dated after today without a word: the demo class made « today », an observation file
with a future date, the session date in the toolbar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from progression.cli import main as cli
from progression.demo import make_demo
from progression.errors import InvalidInputError
from progression.importers.observations import read_observations
from progression.service import CarnetService


def test_the_demo_made_on_a_day_holds_nothing_after_it(tmp_path: Path) -> None:
    day = date(2026, 11, 20)
    service = make_demo(tmp_path / "demo.carnet", until=day)
    try:
        observed = [o.observed_on for o in service.observations()]
        read = [m.measured_on for m in service.fluency()]
        assert observed and read
        assert max(observed) <= day and max(read) <= day
        assert min(observed) < date(2026, 10, 1)  # the year so far is there
    finally:
        service.close()


def test_the_command_line_demo_is_dated_up_to_today(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "demo.carnet"
    assert cli(["demo", str(path), "--pupils", "4"]) == 0
    service = CarnetService.open(path, lock=False)
    try:
        days = [o.observed_on for o in service.observations()] + [m.measured_on for m in service.fluency()]
        assert all(day <= date.today() for day in days)
    finally:
        service.close()


def test_an_observation_file_dated_after_today_is_refused(demo: CarnetService, tmp_path: Path) -> None:
    pupil = demo.pupils()[0]
    path = tmp_path / "futur.csv"
    path.write_text(f"eleve;item;echelon;date\n{pupil.ine};L1-CE1.1;3;12/11/2026\n"
                    f"{pupil.ine};L1-CE1.1;3;21/11/2026\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"ligne 3 : la date du 21/11/2026 est après aujourd'hui"):
        read_observations(demo, path, today=date(2026, 11, 20))
    assert len(read_observations(demo, path, today=date(2026, 11, 21))) == 2


def test_the_toolbar_says_when_the_date_is_after_today(demo_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    edit = demo_window.date_edit
    future = demo_window.findChild(QLabel, "futureDateLabel")
    assert future is not None and future.text() == ""  # the fixture's school day is in the past
    tomorrow = date.today() + timedelta(days=1)
    klass = demo_window.service.class_info()
    if not klass.year_starts_on <= tomorrow <= klass.year_ends_on:
        pytest.skip("today is not inside the demo's school year")
    edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert future.text() == "⚠ après aujourd'hui"
    assert tomorrow.strftime("%d/%m/%Y") in future.toolTip()


def test_the_grid_lists_pupils_as_nom_prenom(demo_window: Any) -> None:
    from PySide6.QtCore import Qt

    model = demo_window.entry.model
    shown = [model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
             for row in range(model.rowCount())]
    pupils = demo_window.service.pupils()
    # A two-grade class opens on one grade: every row shown is a pupil, NOM Prénom.
    assert shown
    for text in shown:
        assert any(text.startswith(f"{pupil.last_name.upper()} {pupil.first_name}") for pupil in pupils), text
    assert any(p.last_name != p.last_name.upper() for p in pupils)  # typed « Boyer », shown BOYER


def test_a_date_typed_after_today_is_asked_about(demo_window: Any, future_dates: list[date],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.toolbar import FutureDateQuestion

    edit = demo_window.date_edit
    tomorrow = date.today() + timedelta(days=1)
    klass = demo_window.service.class_info()
    if not klass.year_starts_on <= tomorrow <= klass.year_ends_on:
        pytest.skip("today is not inside the demo's school year")
    edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    edit.editingFinished.emit()  # the teacher typed it and pressed Enter
    assert future_dates == [tomorrow] and edit.date() == QDate(tomorrow.year, tomorrow.month, tomorrow.day)

    monkeypatch.setattr(FutureDateQuestion, "ask", classmethod(lambda cls, parent, day: False))  # « Non »
    edit.editingFinished.emit()
    today = date.today()
    assert edit.date() == QDate(today.year, today.month, today.day)
