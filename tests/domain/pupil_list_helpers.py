"""Reading the class-list corpus (tests/data/pupils, made by make_corpus.py) as the tests do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.importers.pupil_list import PupilList, read_pupil_list

DATA = Path(__file__).resolve().parents[1] / "data" / "pupils"
TODAY = date(2026, 9, 1)


def read(name: str | Path) -> PupilList:
    return read_pupil_list(DATA / name, today=TODAY)


def names(pupils: PupilList) -> list[tuple[str, str]]:
    return [(row.last_name, row.first_name) for row in pupils.rows]


def messages(pupils: PupilList) -> dict[int, str]:
    return {problem.line: problem.message for problem in pupils.problems}


def refusal(path: Path) -> str:
    with pytest.raises(InvalidInputError) as caught:
        read_pupil_list(path, today=TODAY)
    return str(caught.value)
