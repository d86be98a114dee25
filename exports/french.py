"""French wording shared by every renderer: dates, numbers, the change since last period.

Written out by hand rather than through ``locale``: the system locale of a school PC may be
anything, and ``setlocale`` is process-wide (unsafe from a worker thread).
"""

from __future__ import annotations

from datetime import date

from exports.report import Change

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
MONTHS_SHORT = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)

CHANGE_WORDS: dict[Change, tuple[str, str]] = {
    # (arrow, words): the arrow alone is too cryptic for parents, the words alone too long
    # for a class grid.
    "up": ("↑", "en progrès"),
    "down": ("↓", "en recul"),
    "same": ("=", "stable"),
    "new": ("", "nouveau"),
}

NOT_EVALUATED_TEXT = "non évalué"
TEACHER_DECISION_TEXT = "décision de l'enseignant"
# Marks the teacher set by hand (on a competency, a domain or an objective): a pencil, explained in
# every legend, on every page and in every sheet.
DECISION_SIGN = "✎"


def long_date(day: date) -> str:
    """``28 novembre 2026``; the first of the month is written ``1er`` as French requires."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``28/11/2026``."""
    return day.strftime("%d/%m/%Y")


def period_span(start: date, end: date) -> str:
    """``du 3 novembre au 19 décembre 2026``, the year said once when both days share it."""
    first = long_date(start)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"du {first} au {long_date(end)}"


def number(value: float) -> str:
    """A measure printed the French way: ``64`` or ``64,5``."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def change_text(change: Change | None) -> str:
    """``↑ en progrès``…; empty when there is nothing to compare."""
    if change is None:
        return ""
    arrow, words = CHANGE_WORDS[change]
    return f"{arrow} {words}".strip()
