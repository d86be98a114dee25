"""The official school calendars shipped as data, and the periods cut from them.

Checked the way the teacher meets them: through ``progression new … --zone`` and ``info``, and
through the core functions the wizard calls (periods, zones, « officielles » or « proposées »).
The data file itself is checked for what a typo would break: order, years, zones, sources.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from progression import calendar as school_calendar
from progression.calendar import dates_status, default_periods, official_calendar, parse_zone
from progression.cli import main
from progression.errors import InvalidInputError
from progression.service import CarnetService, NewClass
from progression.settings import parse_value
from tests.command_line import run_progression

RAW = json.loads(school_calendar.calendar_file().read_text(encoding="utf-8"))
METROPOLE = ("A", "B", "C")


def spans(periods: list[school_calendar.PeriodSpec]) -> list[tuple[date, date]]:
    return [(p.starts_on, p.ends_on) for p in periods]


# ------------------------------------------------------------------ the data file


def test_every_published_year_has_the_three_metropolitan_zones() -> None:
    assert {"2024-2025", "2025-2026", "2026-2027", "2027-2028"} <= set(RAW["years"])
    for year, by_zone in RAW["years"].items():
        assert set(METROPOLE) <= set(by_zone), year
        assert set(by_zone) <= set(RAW["zones"]), year


@pytest.mark.parametrize("year", sorted(RAW["years"]))
def test_dates_follow_each_other_inside_the_year(year: str) -> None:
    first, second = school_calendar.parse_year(year)
    for code, entry in RAW["years"][year].items():
        where = f"{year} {code}"
        assert [h["slot"] for h in entry["holidays"]] == list(school_calendar.SLOTS), where
        days: list[date] = [date.fromisoformat(entry["rentree"])] if entry["rentree"] else []
        for holiday in entry["holidays"]:
            days.append(date.fromisoformat(holiday["starts"]))
            if holiday["slot"] == "ete":
                assert holiday["resumes"] is None, where  # the next rentrée belongs to the next year
            else:
                days.append(date.fromisoformat(holiday["resumes"]))
        assert days == sorted(days) and len(set(days)) == len(days), where
        assert date(first, 8, 1) <= days[0] and days[-1] <= date(second, 7, 31), where
        # Classes resume on a weekday, never the day after the last day of class.
        for holiday in entry["holidays"][:-1]:
            resumes = date.fromisoformat(holiday["resumes"])
            assert resumes.weekday() < 5 and resumes - date.fromisoformat(holiday["starts"]) > timedelta(days=3)


@pytest.mark.parametrize("year", sorted(RAW["years"]))
def test_metropolitan_zones_share_toussaint_christmas_and_summer(year: str) -> None:
    """The arrêté gives the three zones the same autumn, Christmas and summer holidays and
    staggers winter and spring: a date typed into the wrong zone shows up here."""
    by_zone = RAW["years"][year]
    common = {
        tuple((h["starts"], h["resumes"]) for h in by_zone[z]["holidays"] if h["slot"] in ("toussaint", "noel", "ete"))
        for z in METROPOLE
    }
    assert len(common) == 1
    for slot in ("hiver", "printemps"):
        starts = {next(h["starts"] for h in by_zone[z]["holidays"] if h["slot"] == slot) for z in METROPOLE}
        assert len(starts) == 3, (year, slot)


def test_every_entry_names_sources_that_say_where_they_are() -> None:
    sources = RAW["sources"]
    for source_id, source in sources.items():
        assert source["what"].strip(), source_id
        if "repository" in source:
            assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]) and source["path"], source_id
        elif "package" in source:
            assert source["file"], source_id
        else:
            assert source["url"].startswith("https://"), source_id
    used = set()
    for year, by_zone in RAW["years"].items():
        for code, entry in by_zone.items():
            if entry["rentree"]:
                assert entry["rentree_sources"], (year, code)
            for holiday in entry["holidays"]:
                assert holiday["sources"], (year, code, holiday["slot"])
                used |= set(holiday["sources"])
            used |= set(entry["rentree_sources"])
    assert used == set(sources)  # no unknown source, no source that nothing comes from


def test_each_academie_belongs_to_one_zone() -> None:
    academies = [a for z in school_calendar.zones() for a in z.academies]
    assert len(academies) == len(set(academies)) == 30
    ordered = school_calendar.academy_choices()
    assert [label for label, _ in ordered[:3]] == [
        "Académie d'Aix-Marseille (zone B)", "Académie d'Amiens (zone B)", "Académie de Besançon (zone A)"]
    choices = dict(ordered)
    assert choices["Académie de Lyon (zone A)"] == "A"
    assert choices["Académie de Rennes (zone B)"] == "B"
    assert choices["Académie de Toulouse (zone C)"] == "C"
    assert choices["Académie de Corse"] == "Corse"
    assert choices["Académie de La Réunion"] == "Réunion"


# ------------------------------------------------------------------ periods


def test_2027_2028_zone_a_is_cut_at_its_official_holidays() -> None:
    assert spans(default_periods("2027-2028", 5, "A")) == [
        (date(2027, 9, 1), date(2027, 11, 7)),  # Toussaint: back on Monday 8 November
        (date(2027, 11, 8), date(2028, 1, 2)),  # Noël: back on Monday 3 January
        (date(2028, 1, 3), date(2028, 3, 5)),  # hiver, zone A: 19 February → 6 March
        (date(2028, 3, 6), date(2028, 5, 8)),  # printemps, zone A: 22 April → Tuesday 9 May (8 May off)
        (date(2028, 5, 9), date(2028, 8, 31)),
    ]
    status = dates_status("2027-2028", "A")
    assert status.official and status.sentence == "Dates officielles de la zone A, année scolaire 2027-2028."
    assert status.sources and all("vacances-scolaires-france 0.12.0" in s for s in status.sources)


@pytest.mark.parametrize(
    ("zone", "ends"),
    [
        # The periods the app has always given zone B (and the demo class): unchanged.
        ("B", [date(2026, 11, 1), date(2027, 1, 3), date(2027, 3, 7), date(2027, 5, 2)]),
        ("A", [date(2026, 11, 1), date(2027, 1, 3), date(2027, 2, 28), date(2027, 4, 25)]),
        ("C", [date(2026, 11, 1), date(2027, 1, 3), date(2027, 2, 21), date(2027, 4, 18)]),
        ("Réunion", [date(2026, 10, 25), date(2027, 1, 31), date(2027, 3, 29), date(2027, 5, 18)]),
    ],
)
def test_2026_2027_periods_end_the_day_before_classes_resume(zone: str, ends: list[date]) -> None:
    periods = default_periods("2026-2027", 5, zone)
    school_calendar.check_periods(periods)
    assert [p.ends_on for p in periods] == [*ends, date(2027, 8, 31)]
    assert dates_status("2026-2027", zone).official


def test_la_reunion_starts_its_year_in_august() -> None:
    assert school_calendar.year_bounds("2026-2027", "Réunion") == (date(2026, 8, 18), date(2027, 8, 31))
    assert default_periods("2026-2027", 5, "Réunion")[0].starts_on == date(2026, 8, 18)
    assert school_calendar.year_bounds("2026-2027", "A") == (date(2026, 9, 1), date(2027, 8, 31))


@pytest.mark.parametrize("zone", ["Corse", "Guadeloupe", "Martinique", "Guyane", "Mayotte"])
def test_a_zone_whose_2026_2027_calendar_is_unknown_gets_a_proposal_said_as_such(zone: str) -> None:
    status = dates_status("2026-2027", zone)
    assert not status.official and not status.sources
    assert status.sentence.startswith("Dates proposées, à vérifier : le calendrier officiel ")
    assert "2026-2027" in status.sentence
    periods = default_periods("2026-2027", 5, zone)
    school_calendar.check_periods(periods)
    assert (periods[0].starts_on, periods[-1].ends_on) == (date(2026, 9, 1), date(2027, 8, 31))


def test_a_year_not_in_the_data_is_split_evenly_and_flagged() -> None:
    assert official_calendar("2028-2029", "A") is None
    status = dates_status("2028-2029", "A")
    assert not status.official
    assert status.sentence == (
        "Dates proposées, à vérifier : le calendrier officiel de la zone A pour 2028-2029 n'est pas connu de "
        "Progression ; corrigez la fin de chaque période d'après le calendrier de votre académie."
    )
    periods = default_periods("2028-2029", 5, "A")
    school_calendar.check_periods(periods)
    lengths = [(p.ends_on - p.starts_on).days + 1 for p in periods]
    assert (periods[0].starts_on, periods[-1].ends_on) == (date(2028, 9, 1), date(2029, 8, 31))
    assert max(lengths) - min(lengths) <= 1


def test_trimesters_and_semesters() -> None:
    # Zone B 2026-2027, as the app always cut it: Christmas, the week of 31 March, 31 January.
    assert [p.ends_on for p in default_periods("2026-2027", 3, "B")] == [
        date(2027, 1, 3), date(2027, 4, 4), date(2027, 8, 31)]
    assert [p.ends_on for p in default_periods("2026-2027", 2, "B")] == [date(2027, 1, 31), date(2027, 8, 31)]
    # Zone C's spring holidays start on 3 April 2027: the second trimester keeps them whole.
    assert default_periods("2026-2027", 3, "C")[1].ends_on == date(2027, 4, 18)
    # Zone B's winter holidays (5 → 21 February 2028) hold the week of 31 January: same rule.
    assert default_periods("2027-2028", 2, "B")[0].ends_on == date(2028, 2, 20)
    assert default_periods("2027-2028", 2, "A")[0].ends_on == date(2028, 2, 6)
    assert [p.label for p in default_periods("2027-2028", 3, "A")] == ["Trimestre 1", "Trimestre 2", "Trimestre 3"]


def test_zones_as_typed() -> None:
    assert [parse_zone(t) for t in ("a", "Zone B", "zone c", "CORSE", "reunion", "La Réunion")] == [
        "A", "B", "C", "Corse", "Réunion", "Réunion"]
    assert [parse_zone(t) for t in ("Lyon", "Académie de Lyon", "aix-marseille", "Académie d’Orléans-Tours",
                                    "Académie de la Guadeloupe")] == ["A", "A", "B", "B", "Guadeloupe"]
    with pytest.raises(InvalidInputError, match=r"^Zone « D » inconnue : choisissez parmi A, B, C, Corse"):
        parse_zone("D")


# ------------------------------------------------------------------ the zone, chosen once


def test_the_zone_is_a_checked_carnet_setting() -> None:
    assert parse_value("zone", "lyon") == "A"
    assert parse_value("zone", "") == ""
    with pytest.raises(InvalidInputError, match="Réglage « zone » : zone « Atlantide » inconnue"):
        parse_value("zone", "Atlantide")


def test_new_class_in_zone_c_keeps_its_zone(tmp_path: Path) -> None:
    service = CarnetService.create(tmp_path / "c.carnet", NewClass(label="CM1", grades=("CM1",), zone="C"))
    try:
        assert service.settings.zone == "C"
        assert service.periods()[2].ends_on == date(2027, 2, 21)
    finally:
        service.close()


def test_new_2027_2028_in_zone_a_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ce1.carnet"
    assert main(["new", str(path), "--class", "CE1", "--grades", "CE1", "--year", "2027-2028", "--zone", "A"]) == 0
    said = capsys.readouterr().out
    assert "Périodes : Dates officielles de la zone A, année scolaire 2027-2028." in said
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["class"]["year"] == "2027-2028"
    assert [(p["start"], p["end"]) for p in info["periods"]] == [
        ("2027-09-01", "2027-11-07"),
        ("2027-11-08", "2028-01-02"),
        ("2028-01-03", "2028-03-05"),
        ("2028-03-06", "2028-05-08"),
        ("2028-05-09", "2028-08-31"),
    ]
    assert main(["settings", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["zone"] == "A"


def test_new_for_an_unpublished_year_says_the_dates_are_a_proposal(tmp_path: Path) -> None:
    result = run_progression("new", tmp_path / "x.carnet", "--class", "CP", "--year", "2028-2029",
                             "--zone", "Académie de Corse")
    assert result.returncode == 0, result.stderr
    assert "Périodes : Dates proposées, à vérifier : le calendrier officiel de Corse pour 2028-2029" in result.stdout


def test_an_unknown_zone_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.carnet"
    assert main(["new", str(path), "--class", "CP", "--zone", "Z"]) == 1
    assert capsys.readouterr().err.startswith("Zone « Z » inconnue : choisissez parmi A, B, C")
    assert not path.exists()
