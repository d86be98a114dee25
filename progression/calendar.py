"""School years and their periods.

Periods leave no gap: holidays belong to the period they follow, so every date of the
school year falls in exactly one period. Only 2026-2027 has known holiday dates (zone B
for winter and spring; zones A and C differ by a week or two and the teacher edits them);
other years are split evenly and must be checked by the teacher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from progression.errors import InvalidInputError


@dataclass(frozen=True)
class PeriodSpec:
    index: int
    label: str
    starts_on: date
    ends_on: date


_KNOWN: dict[tuple[str, int], tuple[tuple[date, date], ...]] = {
    ("2026-2027", 5): (
        (date(2026, 9, 1), date(2026, 11, 1)),  # Toussaint: 17 Oct → 2 Nov 2026
        (date(2026, 11, 2), date(2027, 1, 3)),  # Noël: 19 Dec 2026 → 4 Jan 2027
        (date(2027, 1, 4), date(2027, 3, 7)),  # Hiver, zone B: 20 Feb → 8 Mar 2027
        (date(2027, 3, 8), date(2027, 5, 2)),  # Printemps, zone B: 17 Apr → 3 May 2027
        (date(2027, 5, 3), date(2027, 8, 31)),
    ),
    ("2026-2027", 3): (
        (date(2026, 9, 1), date(2027, 1, 3)),
        (date(2027, 1, 4), date(2027, 4, 4)),
        (date(2027, 4, 5), date(2027, 8, 31)),
    ),
    ("2026-2027", 2): (
        (date(2026, 9, 1), date(2027, 1, 31)),
        (date(2027, 2, 1), date(2027, 8, 31)),
    ),
}

PERIOD_WORDS = {5: "Période", 3: "Trimestre", 2: "Semestre"}


def parse_year(label: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*[-/–]\s*(\d{4})\s*", label)
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise InvalidInputError(
            f"L'année scolaire « {label} » n'est pas reconnue : écrivez-la comme 2026-2027."
        )
    return int(match.group(1)), int(match.group(2))


def year_bounds(label: str) -> tuple[date, date]:
    first, second = parse_year(label)
    start = date(first, 9, 1)
    return start, date(second, 8, 31)


def default_periods(year_label: str, count: int = 5) -> list[PeriodSpec]:
    if count not in PERIOD_WORDS:
        raise InvalidInputError(
            f"Nombre de périodes « {count} » impossible : choisissez 5 périodes, 3 trimestres ou 2 semestres."
        )
    first, second = parse_year(year_label)
    label = f"{first}-{second}"
    word = PERIOD_WORDS[count]
    known = _KNOWN.get((label, count))
    if known is None:
        start, end = year_bounds(label)
        span = (end - start).days + 1
        cuts = [start + timedelta(days=round(span * i / count)) for i in range(count + 1)]
        known = tuple((cuts[i], cuts[i + 1] - timedelta(days=1)) for i in range(count))
    return [PeriodSpec(i + 1, f"{word} {i + 1}", s, e) for i, (s, e) in enumerate(known)]


def check_periods(periods: list[PeriodSpec]) -> None:
    """Periods must follow each other with no gap and no overlap."""
    for earlier, later in pairwise(periods):
        if later.starts_on != earlier.ends_on + timedelta(days=1):
            raise InvalidInputError(
                f"« {later.label} » doit commencer le lendemain de la fin de « {earlier.label} »."
            )
    for period in periods:
        if period.ends_on < period.starts_on:
            raise InvalidInputError(f"« {period.label} » se termine avant de commencer.")
