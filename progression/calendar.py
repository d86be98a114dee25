"""School years, their zones and their periods.

The official holidays of each zone (A, B, C, Corse and the overseas académies) are data,
``resources/calendars/school_holidays.json``, each date with the sources it was read from.
Periods are cut at those holidays; where Progression does not know a year's calendar for a
zone, the periods are only a proposal, and ``dates_status`` says so in plain words.

Periods leave no gap: holidays belong to the period they follow, so every date of the
school year falls in exactly one period.

- 5 periods: each runs from the day classes resume after a holiday (the first one from the
  start of the school year) to the day before classes resume after the next one; the last
  one runs to the end of the year, summer included.
- 3 trimesters: the first ends with the Christmas holidays, as school reports usually go
  home before or just after Christmas; the second ends at the end of March, on the Sunday
  that closes the week of 31 March (or with the spring holidays when that Sunday falls in
  them), which leaves the third its three months of class; the third runs to the end.
- 2 semesters: the first ends on the Sunday that closes the week of 31 January (or with the
  winter holidays when that Sunday falls in them), the usual half-way mark.

Without official dates, the year (1 September to 31 August) is split in equal parts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from progression import paths
from progression.errors import InvalidInputError
from progression.validation import shown


@dataclass(frozen=True)
class PeriodSpec:
    index: int
    label: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class Zone:
    """A holiday zone: A, B, C, or an académie with its own calendar (Corse, overseas)."""

    code: str  # what the carnet stores and ``progression new --zone`` takes: "A", "Corse", "Réunion"…
    name: str  # "Zone A", "La Réunion"
    phrase: str  # "de la zone A", "de La Réunion": what follows « dates officielles »
    academies: tuple[str, ...]  # "Académie de Lyon"…

    @property
    def grouped(self) -> bool:
        """A zone that groups several académies (A, B, C), as opposed to one académie's own calendar."""
        return len(self.academies) > 1


@dataclass(frozen=True)
class Holiday:
    slot: str  # toussaint, noel, hiver, printemps, ete
    label: str  # as the académie names it: "Vacances de Carnaval", "Vacances d'été austral"…
    starts: date  # last day of class (classes end after its lessons)
    resumes: date | None  # the day classes resume; None for the summer holidays
    sources: tuple[str, ...]


@dataclass(frozen=True)
class OfficialYear:
    """One zone's official calendar for one school year."""

    year: str
    zone: str
    rentree: date | None  # None where the sources disagree or say nothing
    holidays: tuple[Holiday, ...]  # the four that cut the year, then the summer holidays

    @property
    def cuts(self) -> tuple[Holiday, ...]:
        return self.holidays[:-1]

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for holiday in self.holidays:
            seen.update(dict.fromkeys(holiday.sources))
        return tuple(seen)


@dataclass(frozen=True)
class DatesStatus:
    """Whether the periods proposed for (year, zone) follow the official calendar."""

    year: str
    zone: str
    official: bool
    sources: tuple[str, ...]  # one readable line per source the official dates come from

    @property
    def sentence(self) -> str:
        """What the teacher reads next to the periods."""
        phrase = zone(self.zone).phrase
        if self.official:
            return f"Dates officielles {phrase}, année scolaire {self.year}."
        return (
            f"Dates proposées, à vérifier : le calendrier officiel {phrase} pour {self.year} n'est pas connu de "
            "Progression ; corrigez la fin de chaque période d'après le calendrier de votre académie."
        )


PERIOD_WORDS = {5: "Période", 3: "Trimestre", 2: "Semestre"}
DEFAULT_ZONE = "B"  # the demo class's (Rennes) and, before zones were asked, every carnet's
SLOTS = ("toussaint", "noel", "hiver", "printemps", "ete")


def parse_year(label: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*[-/–]\s*(\d{4})\s*", label)
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise InvalidInputError("calendar.year_unreadable", label=label)
    return int(match.group(1)), int(match.group(2))


def year_label(label: str) -> str:
    first, second = parse_year(label)
    return f"{first}-{second}"


def year_bounds(label: str, zone_code: str | None = None) -> tuple[date, date]:
    """1 September to 31 August; earlier when the zone's pupils go back in August (La Réunion)."""
    first, second = parse_year(label)
    start = date(first, 9, 1)
    known = official_calendar(label, zone_code) if zone_code else None
    if known is not None and known.rentree is not None:
        start = min(start, known.rentree)
    return start, date(second, 8, 31)


# ------------------------------------------------------------------ zones


def zones() -> tuple[Zone, ...]:
    return tuple(_data()["zones"].values())


def zone(code: str) -> Zone:
    """The zone of a code as stored (see ``parse_zone`` for what a teacher types)."""
    found = _data()["zones"].get(code)
    if found is None:
        raise _unknown_zone(code)
    return found


def parse_zone(text: str) -> str:
    """A zone's code from what a teacher or a script types: « A », « zone b », « reunion »,
    « Académie de Lyon » or « Lyon »."""
    key = _fold(text).removeprefix("zone ").removeprefix("academie de ").removeprefix("academie d'")
    key = key.removeprefix("la ").strip()
    for known in zones():
        folded = {_fold(n).removeprefix("zone ").removeprefix("la ") for n in (known.code, known.name)}
        if key in folded | {_place(academy) for academy in known.academies}:
            return known.code
    raise _unknown_zone(text)


def academy_choices() -> list[tuple[str, str]]:
    """(label, zone code) for each académie, in the order of their names (Aix-Marseille, Amiens,
    Besançon…): « Académie de Lyon (zone A) », « Académie de Corse »."""
    choices = [
        (_place(academy), f"{academy} (zone {z.code})" if z.grouped else academy, z.code)
        for z in zones()
        for academy in z.academies
    ]
    return [(label, code) for _, label, code in sorted(choices)]


def _place(academy: str) -> str:
    """« Académie d'Orléans-Tours » → "orleans-tours", « Académie de La Réunion » → "reunion"."""
    return _fold(academy.split(" ", 2)[-1]).removeprefix("d'").removeprefix("la ")


def _unknown_zone(text: object) -> InvalidInputError:
    codes = ", ".join(z.code for z in zones())
    return InvalidInputError("calendar.unknown_zone", zone=shown(text), codes=codes)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", str(text).replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


# ------------------------------------------------------------------ official dates


def official_calendar(label: str, zone_code: str) -> OfficialYear | None:
    """The zone's official calendar for the year, or None when Progression does not know it."""
    return _data()["years"].get((year_label(label), zone_code))


def known_years() -> tuple[str, ...]:
    return tuple(sorted({year for year, _ in _data()["years"]}))


def dates_status(label: str, zone_code: str) -> DatesStatus:
    zone(zone_code)  # an unknown zone is an error, not a proposal
    known = official_calendar(label, zone_code)
    if known is None:
        return DatesStatus(year_label(label), zone_code, False, ())
    return DatesStatus(known.year, zone_code, True, tuple(source_line(s) for s in known.sources))


def source_line(source_id: str) -> str:
    """A source as one readable line: repository, path and commit, package and file, or address."""
    source = _data()["sources"][source_id]
    if "repository" in source:
        where = f"{source['repository']} : {source['path']} (commit {source['commit']})"
    elif "package" in source:
        where = f"{source['package']} : {source['file']}"
    else:
        where = source["url"]
    return f"{where} — {source['what']}"


# ------------------------------------------------------------------ periods


def default_periods(year: str, count: int = 5, zone_code: str = DEFAULT_ZONE) -> list[PeriodSpec]:
    if count not in PERIOD_WORDS:
        raise InvalidInputError("calendar.period_count", count=count)
    start, end = year_bounds(year, zone_code)
    known = official_calendar(year, zone_code)
    if known is None:
        ends = _even_ends(start, end, count)
    elif count == 5:
        ends = [h.resumes - timedelta(days=1) for h in known.cuts if h.resumes] + [end]
    elif count == 3:
        christmas = known.cuts[1]
        assert christmas.resumes is not None
        ends = [christmas.resumes - timedelta(days=1), _week_end(known, date(end.year, 3, 31)), end]
    else:
        ends = [_week_end(known, date(end.year, 1, 31)), end]
    word = PERIOD_WORDS[count]
    starts = [start] + [e + timedelta(days=1) for e in ends[:-1]]
    return [PeriodSpec(i + 1, f"{word} {i + 1}", s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def _even_ends(start: date, end: date, count: int) -> list[date]:
    span = (end - start).days + 1
    return [start + timedelta(days=round(span * i / count)) - timedelta(days=1) for i in range(1, count)] + [end]


def _week_end(known: OfficialYear, day: date) -> date:
    """The Sunday that closes the week of ``day``; the end of the holidays if it falls in them,
    so that holidays stay whole in the period they follow."""
    sunday = day + timedelta(days=6 - day.weekday())
    for holiday in known.cuts:
        if holiday.resumes and holiday.starts <= sunday < holiday.resumes:
            return holiday.resumes - timedelta(days=1)
    return sunday


def check_periods(periods: list[PeriodSpec]) -> None:
    """Periods must follow each other with no gap and no overlap."""
    for earlier, later in pairwise(periods):
        if later.starts_on != earlier.ends_on + timedelta(days=1):
            raise InvalidInputError("calendar.period_gap", later=later.label, earlier=earlier.label)
    for period in periods:
        if period.ends_on < period.starts_on:
            raise InvalidInputError("calendar.period_reversed", label=period.label)


# ------------------------------------------------------------------ the data file


def calendar_file() -> Path:
    return paths.resources_dir() / "calendars" / "school_holidays.json"


@cache
def _data() -> dict[str, Any]:
    raw = json.loads(calendar_file().read_text(encoding="utf-8"))
    zones_by_code = {
        code: Zone(code, z["name"], z["phrase"], tuple(z["academies"].values())) for code, z in raw["zones"].items()
    }
    years: dict[tuple[str, str], OfficialYear] = {}
    for year, by_zone in raw["years"].items():
        for code, entry in by_zone.items():
            holidays = tuple(
                Holiday(
                    h["slot"],
                    h["label"],
                    date.fromisoformat(h["starts"]),
                    date.fromisoformat(h["resumes"]) if h["resumes"] else None,
                    tuple(h["sources"]),
                )
                for h in entry["holidays"]
            )
            rentree = date.fromisoformat(entry["rentree"]) if entry["rentree"] else None
            years[(year, code)] = OfficialYear(year, code, rentree, holidays)
    return {"zones": zones_by_code, "years": years, "sources": raw["sources"]}
