"""The new-class wizard asks for the académie: periods follow its zone's official calendar, and
the page says plainly when the dates are only a proposal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from progression import calendar as school_calendar
from progression.service import CarnetService


def _to_periods(window: Any, year: str) -> Any:
    window.new_action.trigger()
    wizard = window.wizard
    wizard.setField("label", "CE1-CE2 Mme Roux")
    wizard.class_page.year_edit.setText(year)
    wizard.class_page.grade_boxes["CE1"].setChecked(True)
    wizard.next()
    return wizard


def test_2027_2028_in_zone_a(qtbot: Any, window: Any, tmp_path: Path) -> None:
    wizard = _to_periods(window, "2027-2028")
    page = wizard.periods_page
    assert "zone B par défaut" in page.status_label.text()
    page.choose_academy("Lyon")
    assert page.zone() == "A"
    assert page.status_label.text() == "Dates officielles de la zone A, année scolaire 2027-2028."
    official = school_calendar.default_periods("2027-2028", 5, "A")
    assert [end for _, end in page.period_dates()] == [p.ends_on for p in official]
    assert official != school_calendar.default_periods("2027-2028", 5, "C")  # the zone matters

    wizard.next()
    wizard.pupils_page.path = tmp_path / "roux.carnet"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.service is not None and window.service.carnet.path == tmp_path / "roux.carnet",
                    timeout=10_000)
    made: CarnetService = window.service
    assert [p.ends_on for p in made.periods()] == [p.ends_on for p in official]
    assert made.settings.zone == "A"


def test_a_year_not_known_says_its_dates_are_a_proposal(qtbot: Any, window: Any) -> None:
    wizard = _to_periods(window, "2029-2030")
    page = wizard.periods_page
    page.choose_academy("Rennes")
    said = page.status_label.text()
    assert said.startswith("Dates proposées, à vérifier") and "2029-2030" in said
    assert "bold" in page.status_label.styleSheet()
