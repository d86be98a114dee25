"""Reading fluency: words correctly read per minute (MCLM) and the grade targets.

The official figures are end-of-year targets (and a CP mid-year range) from the 2024/2025
programmes, in ``resources/norms/fluency.json``. Between them the app draws a straight
"repère" from the previous grade's end-of-year target in September to this grade's target
in June: only the end points are official, and screens and reports say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from progression import paths
from progression.errors import InvalidInputError

PREVIOUS_GRADE = {"CP": None, "CE1": "CP", "CE2": "CE1", "CM1": "CE2", "CM2": "CM1"}
MAX_SECONDS = 600


def mclm(words_read: int, errors: int, seconds: float) -> float:
    """(words − errors) × 60 / seconds, checked so a typing slip cannot give a silly figure."""
    if seconds <= 0 or seconds > MAX_SECONDS:
        raise InvalidInputError(
            f"Durée de lecture « {seconds:g} s » impossible : entre 1 et {MAX_SECONDS} secondes."
        )
    if words_read < 0 or errors < 0:
        raise InvalidInputError("Le nombre de mots lus et le nombre d'erreurs ne peuvent pas être négatifs.")
    if errors > words_read:
        raise InvalidInputError(
            f"{errors} erreurs pour {words_read} mots lus : il ne peut pas y avoir plus d'erreurs que de mots."
        )
    return round((words_read - errors) * 60 / seconds, 1)


@dataclass(frozen=True)
class Norm:
    grade: str
    moment: str
    month: int
    minimum: float
    maximum: float | None
    prepared: bool
    verified: bool


@cache
def norms() -> tuple[Norm, ...]:
    raw = json.loads((paths.resources_dir() / "norms" / "fluency.json").read_text(encoding="utf-8"))
    return tuple(
        Norm(
            grade=n["grade"],
            moment=n["moment"],
            month=int(n["month"]),
            minimum=float(n["min"]),
            maximum=float(n["max"]) if n.get("max") is not None else None,
            prepared=bool(n.get("prepared", False)),
            verified=bool(n.get("verified", False)),
        )
        for n in raw["norms"]
    )


def year_end_target(grade: str) -> float | None:
    """The grade's official end-of-year target for a text read without preparation."""
    candidates = [n for n in norms() if n.grade == grade and n.moment == "end_of_year" and not n.prepared]
    if not candidates:
        candidates = [n for n in norms() if n.grade == grade and n.moment == "end_of_year"]
    return min((n.minimum for n in candidates), default=None)


def _school_year_start(day: date) -> date:
    return date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def expected_on(grade: str, day: date) -> float | None:
    """The interpolated repère for a date (see module docstring); None for grades without a target."""
    target = year_end_target(grade)
    if target is None:
        return None
    previous = PREVIOUS_GRADE.get(grade)
    start_value = (year_end_target(previous) if previous else 0.0) or 0.0
    start = _school_year_start(day)
    end = date(start.year + 1, 6, 30)
    if day >= end:
        return target
    share = (day - start).days / (end - start).days
    return round(start_value + (target - start_value) * share, 1)


def position(grade: str, day: date, value: float) -> str | None:
    """'above', 'near' (within 15 % below) or 'below' the repère for that date."""
    expected = expected_on(grade, day)
    if expected is None or expected <= 0:
        return None
    if value >= expected:
        return "above"
    if value >= expected * 0.85:
        return "near"
    return "below"
