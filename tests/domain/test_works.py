"""Works read, as the core keeps them: a class reading list entered once, readings of several pupils
in one action Undo takes back whole, the year's count against the programme's figure, refusals in
French that leave the carnet as it was, and merged copies that keep both sides' readings."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.merge import merge_copy
from progression.operations import (
    AddWork,
    EditReading,
    EditWork,
    RecordReadings,
    SetWorkDeleted,
    SetWorkReadingsDeleted,
)
from progression.service import CarnetService
from progression.works import KINDS, class_works, programme_figure, readings, year_summaries

DAY = date(2026, 10, 5)


def _add(service: CarnetService, title: str, author: str = "", genre: str = "album") -> str:
    service.run(AddWork(title, author, genre))
    return class_works(service)[-1].id  # the list keeps the order works were entered in


def _pupils(service: CarnetService) -> tuple[str, str]:
    """Lucas (CE1) and Noé (CE2)."""
    by_name = {p.first_name: p for p in service.pupils()}
    return by_name["Lucas"], by_name["Noé"]


def test_a_work_is_entered_once_and_read_by_several_pupils_in_one_action(empty: CarnetService) -> None:
    lucas, noe = _pupils(empty)
    work = _add(empty, "  Les trois   brigands ", "Tomi Ungerer")
    assert [(w.title, w.author, w.kind_label) for w in class_works(empty)] == [
        ("Les trois brigands", "Tomi Ungerer", "album")]
    empty.run(RecordReadings(work, (lucas.id, noe.id), DAY, "helped", author="M. Test"))
    assert {(r.pupil_id, r.mode_label) for r in readings(empty)} == {(lucas.id, "lu avec aide"),
                                                                    (noe.id, "lu avec aide")}
    assert empty.undo_kind() == ("record_readings", 2)
    empty.undo()  # one Undo takes back both pupils' readings
    assert readings(empty) == []
    empty.redo()
    assert len(readings(empty)) == 2


def test_the_count_of_the_year_against_the_programme(empty: CarnetService) -> None:
    lucas, noe = _pupils(empty)  # CE1, CE2
    tale = _add(empty, "Le Petit Chaperon rouge", "Charles Perrault", "conte")
    fable = _add(empty, "Le Corbeau et le Renard", "Jean de La Fontaine", "fable")
    empty.run(RecordReadings(tale, (lucas.id,), DAY, "aloud"))
    empty.run(RecordReadings(fable, (lucas.id, noe.id), date(2026, 11, 9), "alone"))
    summary = year_summaries(empty, empty.pupils())
    assert summary[lucas.id].count == 2 and summary[lucas.id].kinds == ("conte", "fable")
    assert summary[lucas.id].reached is False  # 2 works, the programme says 5 to 10
    assert summary[lucas.id].against_programme() == (
        "2 œuvres lues depuis la rentrée · repère du programme en CE1 : 5 à 10 œuvres dans l'année")
    assert summary[noe.id].count == 1 and "album" in summary[noe.id].kinds_missing
    assert year_summaries(empty, empty.pupils(), until=DAY)[noe.id].count == 0


def test_reading_again_a_work_already_noted_does_not_count_it_twice(empty: CarnetService) -> None:
    lucas, noe = _pupils(empty)
    work = _add(empty, "Rascal")
    empty.run(RecordReadings(work, (lucas.id,), DAY, "alone"))
    changes = empty.run(RecordReadings(work, (lucas.id, noe.id), DAY, "alone"))
    assert changes.pupils == {noe.id}  # Lucas's reading is left as it was
    with pytest.raises(InvalidInputError, match="« Rascal » est déjà noté comme lu pour Lucas Martin"):
        empty.run(RecordReadings(work, (lucas.id,), DAY, "alone"))
    assert year_summaries(empty, empty.pupils())[lucas.id].count == 1


def test_refusals_say_what_to_do_and_change_nothing(empty: CarnetService) -> None:
    lucas, _ = _pupils(empty)
    with pytest.raises(InvalidInputError, match="Donnez le titre de l'œuvre"):
        empty.run(AddWork("   ", "Perrault", "conte"))
    with pytest.raises(InvalidInputError, match="Genre « manga » inconnu"):
        empty.run(AddWork("One Piece", "", "manga"))
    work = _add(empty, "Zéralda", "Tomi Ungerer")
    with pytest.raises(InvalidInputError, match="déjà dans la liste de lecture"):
        empty.run(AddWork("zéralda", "tomi ungerer", "album"))
    with pytest.raises(InvalidInputError, match="hors de l'année scolaire"):
        empty.run(RecordReadings(work, (lucas.id,), date(2026, 7, 20), "alone"))
    with pytest.raises(InvalidInputError, match="Choisissez au moins un élève"):
        empty.run(RecordReadings(work, (), DAY, "alone"))
    with pytest.raises(InvalidInputError, match="Manière de lire"):
        empty.run(RecordReadings(work, (lucas.id,), DAY, "skimmed"))
    assert len(class_works(empty)) == 1 and readings(empty) == []


def test_editing_and_removing_are_undone_exactly(empty: CarnetService) -> None:
    lucas, noe = _pupils(empty)
    work = _add(empty, "Le loup", "", "album")
    empty.run(EditWork(work, "Mes p'tits docs : Le loup", "Stéphanie Ledu", "documentaire"))
    assert class_works(empty)[0].kind_label == "documentaire"
    empty.run(RecordReadings(work, (lucas.id, noe.id), DAY, "alone"))
    lucas_reading = next(r for r in readings(empty) if r.pupil_id == lucas.id)
    empty.run(EditReading(lucas_reading.id, DAY, "helped", "A retenu que le loup vit en meute."))
    assert next(r for r in readings(empty) if r.id == lucas_reading.id).response.startswith("A retenu")
    empty.run(SetWorkReadingsDeleted((lucas_reading.id,), True))  # Lucas's reading removed alone
    empty.run(SetWorkDeleted(work, True))  # then the work with Noé's
    assert class_works(empty) == [] and readings(empty) == []
    empty.undo()  # the work comes back with Noé's reading only: Lucas's was removed before
    assert [r.pupil_id for r in readings(empty)] == [noe.id]
    empty.undo()
    assert {r.pupil_id for r in readings(empty)} == {lucas.id, noe.id}
    empty.undo()  # the response
    assert next(r for r in readings(empty) if r.id == lucas_reading.id).response == ""
    empty.undo()  # both readings
    assert readings(empty) == []
    empty.undo()  # the correction
    assert class_works(empty)[0].title == "Le loup"


def test_programme_figures_say_where_they_come_from() -> None:
    for grade in ("CP", "CE1", "CE2"):
        figure = programme_figure(grade)
        assert figure is not None and (figure.minimum, figure.maximum) == (5, 10)
        assert figure.verified and "BO n°41" in figure.source
    cm2 = programme_figure("CM2")
    assert cm2 is not None and cm2.words() == "au moins 7 œuvres dans l'année" and not cm2.verified
    assert programme_figure("GS") is None
    assert list(KINDS.values())[-1] == "bande dessinée"


def test_merging_two_copies_keeps_both_sides_works_and_readings(empty: CarnetService, tmp_path: Path) -> None:
    lucas, noe = _pupils(empty)
    shared = _add(empty, "Les trois brigands", "Tomi Ungerer")
    empty.close()
    copy = tmp_path / "portable.carnet"
    shutil.copy(empty.carnet.path, copy)
    school = CarnetService.open(empty.carnet.path)
    laptop = CarnetService.open(copy)
    try:
        school.run(RecordReadings(shared, (lucas.id,), DAY, "alone"))
        laptop.run(RecordReadings(shared, (noe.id,), DAY, "helped"))
        poem = _add(laptop, "La Lanterne magique", "Maurice Carême", "poesie")
        laptop.run(RecordReadings(poem, (lucas.id, noe.id), date(2026, 11, 16), "aloud"))
        laptop.close()
        report = merge_copy(school, copy)
        assert report.added["work"] == 1 and report.added["work_reading"] == 3
        assert [w.title for w in class_works(school)] == ["Les trois brigands", "La Lanterne magique"]
        summary = year_summaries(school, school.pupils())
        assert summary[lucas.id].count == 2 and summary[noe.id].count == 2
        assert summary[lucas.id].kinds == ("album", "poesie")
        assert not merge_copy(school, copy).changed  # merging again brings nothing
    finally:
        school.close()
