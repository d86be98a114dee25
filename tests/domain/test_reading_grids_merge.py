"""Grids and decoding readings made on a copy of the carnet come back with a merge, their levels
and kind intact, and a grid deleted on the copy is deleted here too."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.merge import merge_copy
from progression.operations import AddFluencyMeasure, AddReadingGrid, SetReadingGridsDeleted
from progression.service import CarnetService

DAY = date(2026, 10, 5)
PROSODY = (("phrasing", 2), ("punctuation", 3), ("expressivity", 4), ("flow", 1))
COMPREHENSION = (("literal", 4), ("inferential", 3), ("justify", 2), ("retell", 1))


def test_a_copy_s_grids_and_decoding_readings_come_back(empty: CarnetService, tmp_path: Path) -> None:
    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    kept = empty.run(AddReadingGrid(lucas.id, DAY, "prosody", PROSODY))
    assert kept.pupils == frozenset({lucas.id})
    here_grid = empty.reading_grids()[0].id
    empty.close()
    copy = tmp_path / "portable" / "classe.carnet"
    copy.parent.mkdir()
    shutil.copy(empty.carnet.path, copy)

    laptop = CarnetService.open(copy)
    laptop.run(AddReadingGrid(lucas.id, DAY, "comprehension", COMPREHENSION, text_title="Le loup"))
    laptop.run(AddFluencyMeasure(lucas.id, DAY, 40, 2, 60.0, text_title="Liste 1", reading_kind="syllables"))
    laptop.run(AddFluencyMeasure(lucas.id, DAY, 20, 0, 60.0, reading_kind="pseudo_words"))
    laptop.run(SetReadingGridsDeleted((here_grid,), True))
    laptop.close()

    school = CarnetService.open(empty.carnet.path)
    try:
        report = merge_copy(school, copy)
        assert report.added["reading_grid"] == 1 and report.added["fluency_measure"] == 2
        grids = school.reading_grids()
        assert [(g.kind, g.levels, g.text_title) for g in grids] == [("comprehension", dict(COMPREHENSION), "Le loup")]
        assert school.fluency() == []  # decoding stays out of the fluency
        assert [(m.kind, m.mclm) for m in school.fluency(kind=None)] == [("syllables", 38.0), ("pseudo_words", 20.0)]
        assert not merge_copy(school, copy).changed  # merging again brings nothing
    finally:
        school.close()


def test_a_copy_with_a_grid_of_an_unknown_kind_is_refused(empty: CarnetService, tmp_path: Path) -> None:
    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    empty.close()
    copy = tmp_path / "copie.carnet"
    shutil.copy(empty.carnet.path, copy)
    laptop = CarnetService.open(copy)
    laptop.run(AddReadingGrid(lucas.id, DAY, "prosody", PROSODY))
    laptop.close()
    with sqlite3.connect(copy) as connection:  # another program wrote in the copy
        connection.execute("UPDATE reading_grid SET kind = 'dictation'")
    school = CarnetService.open(empty.carnet.path)
    try:
        with pytest.raises(InvalidInputError, match="grille de lecture d'une sorte inconnue"):
            merge_copy(school, copy)
        assert school.reading_grids() == []  # nothing merged
    finally:
        school.close()
