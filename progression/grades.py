"""The grades of French schools, from the nursery's first year to the primary's last: what a
class, an enrolment or an item of the framework may name. Kept apart from the schema so that the
checks of a text or a copy need not load the database's models."""

from __future__ import annotations

GRADES: tuple[str, ...] = ("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2")
CYCLE_OF_GRADE: dict[str, int] = {"PS": 1, "MS": 1, "GS": 1, "CP": 2, "CE1": 2, "CE2": 2, "CM1": 3, "CM2": 3}


def grade_list(grades: str) -> list[str]:
    """The grades of ``FrameworkItem.grades`` ("CP,CE1")."""
    return [g for g in grades.split(",") if g]
