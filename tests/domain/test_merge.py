"""Merging a copy of the carnet back: nothing recorded on either side is lost, the newer version
of a row wins, what may exist once stays once, and erased pupils stay erased."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.merge import merge_copy, report_lines
from progression.operations import (
    EditObservation,
    PupilFields,
    RecordObservations,
    SavePupil,
    SetAppreciation,
    SetObservationsDeleted,
)
from progression.service import CarnetService, NewClass
from tests.command_line import run_progression

DAY = date(2026, 10, 5)


def _objective(service: CarnetService, grade: str):  # type: ignore[no-untyped-def]
    return next(i for i in service.items([grade]) if i.kind == "objective")


@pytest.fixture
def original(empty) -> Path:  # type: ignore[no-untyped-def]
    """The two-pupil carnet, closed: the school's copy and the laptop's start from it."""
    empty.close()
    return empty.carnet.path


@pytest.fixture
def laptop(original: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "portable" / "classe.carnet"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    service = CarnetService.open(copy)
    yield service
    service.close()


@pytest.fixture
def school(original: Path):  # type: ignore[no-untyped-def]
    service = CarnetService.open(original)
    yield service
    service.close()


def test_both_sides_marks_are_kept_and_the_newer_version_wins(school, laptop) -> None:
    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    item, other = _two(school)
    school.run(RecordObservations(((lucas.id, item.id),), school.step_by_rank(2).id, DAY))
    kept = laptop.run(RecordObservations(((lucas.id, item.id),), laptop.step_by_rank(3).id, DAY)).recorded[0]
    edited = laptop.run(RecordObservations(((lucas.id, other.id),), laptop.step_by_rank(1).id, DAY)).recorded[0]
    laptop.run(EditObservation(edited.id, laptop.step_by_rank(4).id, DAY, "", "relu"))
    laptop.run(SavePupil(PupilFields("Durand", "Léa", "CE2", ine="3456789012C")))
    laptop.carnet.close()

    report = merge_copy(school, laptop.carnet.path)
    marks = {(o.item_id, school.step(o.step_id).rank) for o in school.observations()}
    assert marks == {(item.id, 2), (item.id, 3), (other.id, 4)}  # both sides' marks, the edit included
    assert next(o for o in school.observations() if o.id == edited.id).comment == "relu"
    assert any(p.first_name == "Léa" for p in school.pupils())
    assert report.added["observation"] == 2 and report.added["pupil"] == 1
    assert report_lines(report)[0] == "Ajouté : 1 élève, 2 observations, 1 autre donnée."  # the pupil's enrolment
    assert school.undo_kind() is None  # a merge is not one of the teacher's actions
    # Merging the same copy again brings nothing.
    assert not merge_copy(school, laptop.carnet.path).changed
    assert kept.id in {o.id for o in school.observations()}


def _two(service: CarnetService):  # type: ignore[no-untyped-def]
    objectives = [i for i in service.items(["CE1"]) if i.kind == "objective"]
    return objectives[0], objectives[1]


def test_a_deletion_in_the_copy_after_the_mark_came_here_is_applied(school, tmp_path: Path) -> None:
    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    item = _objective(school, "CE1")
    mark = school.run(RecordObservations(((lucas.id, item.id),), school.step_by_rank(2).id, DAY)).recorded[0]
    school.carnet.close()
    copy = tmp_path / "copie.carnet"
    shutil.copy(school.carnet.path, copy)
    other = CarnetService.open(copy)
    other.run(SetObservationsDeleted((mark.id,), True))
    other.close()
    here = CarnetService.open(school.carnet.path)
    try:
        merge_copy(here, copy)
        assert here.observations() == []
    finally:
        here.close()


def test_one_appreciation_per_pupil_and_period_the_newer_one(school, laptop) -> None:
    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    period = school.period(1).id
    school.run(SetAppreciation(lucas.id, period, "Écrite à l'école."))
    laptop.run(SetAppreciation(lucas.id, period, "Écrite à la maison, plus tard."))
    laptop.carnet.close()
    report = merge_copy(school, laptop.carnet.path)
    assert school.appreciation(lucas.id, 1) == "Écrite à la maison, plus tard." and report.superseded == 1
    assert list(school.appreciations(1).values()) == ["Écrite à la maison, plus tard."]


def test_a_dry_run_writes_nothing(school, laptop) -> None:
    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    laptop.run(RecordObservations(((lucas.id, _objective(laptop, "CE1").id),), laptop.step_by_rank(3).id, DAY))
    laptop.carnet.close()
    report = merge_copy(school, laptop.carnet.path, dry_run=True)
    assert report.added["observation"] == 1 and school.observations() == []


def test_pupils_erased_here_do_not_come_back_and_those_erased_there_are_named(school, laptop) -> None:
    from progression.privacy import purge_pupil

    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    noe = next(p for p in school.pupils() if p.first_name == "Noé")
    laptop.run(RecordObservations(((lucas.id, _objective(laptop, "CE1").id),), laptop.step_by_rank(3).id, DAY))
    purge_pupil(school, lucas.id)
    purge_pupil(laptop, noe.id)
    laptop.carnet.close()
    report = merge_copy(school, laptop.carnet.path)
    assert all(p.id != lucas.id for p in school.pupils()) and school.observations() == []
    assert report.kept_erased >= 2 and report.erased_in_copy == ["Noé Lefèvre"]
    assert "Effacez-les aussi" in report_lines(report)[-1]
    assert merge_copy(school, laptop.carnet.path).erased_in_copy == ["Noé Lefèvre"]  # said until done


def test_only_copies_of_this_carnet_merge(school, tmp_path: Path) -> None:
    other = CarnetService.create(tmp_path / "autre.carnet", NewClass(label="CE1-CE2"))
    other.close()
    with pytest.raises(InvalidInputError, match="n'est pas une copie de ce carnet"):
        merge_copy(school, tmp_path / "autre.carnet")
    with pytest.raises(InvalidInputError, match="pas le carnet ouvert lui-même"):
        merge_copy(school, school.carnet.path)


def test_command_line(school, laptop) -> None:
    lucas = next(p for p in laptop.pupils() if p.first_name == "Lucas")
    laptop.run(RecordObservations(((lucas.id, _objective(laptop, "CE1").id),), laptop.step_by_rank(3).id, DAY))
    laptop.carnet.close()
    path = school.carnet.path
    school.close()
    from progression.backup_folders import backup_files

    before = {b.path for b in backup_files(path)}
    result = run_progression("merge", path, laptop.carnet.path)
    assert result.returncode == 0, result.stderr
    assert "Ajouté : 1 observation." in result.stdout
    # One backup for the run, just before the merge writes: none at opening, none at closing.
    assert [b.reason for b in backup_files(path) if b.path not in before] == ["fusion"]


def test_a_carnet_keeps_stamping_after_the_newest_stamp_it_has_seen(tmp_path: Path) -> None:
    """A copy merged from a computer whose clock runs ahead: edits made here afterwards, even in a
    later session, must still be newer than what came from it, or they would lose the next merge."""
    import sqlite3

    from progression.hlc import format_stamp

    path = tmp_path / "classe.carnet"
    CarnetService.create(path, NewClass(label="CE1")).close()
    ahead = format_stamp(9_999_999_999_999, 0)  # far in this computer's future
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_stamp', ?)", (ahead,))
    service = CarnetService.open(path)
    assert service.carnet.signature()["modified_at"] > ahead
    service.run(SavePupil(PupilFields("Martin", "Lucas", "CE1")))
    service.close()
    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT value FROM meta WHERE key = 'last_stamp'").fetchone()[0]
        newest = conn.execute("SELECT max(modified_at) FROM pupil").fetchone()[0]
    assert kept >= newest > ahead


def test_after_merging_a_copy_from_a_clock_ahead_a_later_edit_here_still_wins(school, laptop) -> None:
    """The merge keeps the newest stamp it has seen with the rows it brings (the command line, which
    closes the carnet at once): the next session's edits are newer than the copy's; a dry run keeps
    nothing."""
    import sqlite3
    import time

    from progression.hlc import format_stamp

    lucas = next(p for p in laptop.pupils() if p.first_name == "Lucas")
    laptop.run(SavePupil(PupilFields("Martin", "Luc", "CE1"), lucas.id))
    laptop.close()
    path = school.carnet.path
    school.close()
    ahead = format_stamp(time.time_ns() // 1_000_000 + 86_400_000, 0)  # the laptop's clock, a day ahead
    with sqlite3.connect(laptop.carnet.path) as conn:
        conn.execute("UPDATE pupil SET modified_at = ? WHERE id = ?", (ahead, lucas.id))

    def kept_stamp() -> str:
        with sqlite3.connect(path) as conn:
            return str(conn.execute("SELECT value FROM meta WHERE key = 'last_stamp'").fetchone()[0])

    before = kept_stamp()
    assert run_progression("merge", path, laptop.carnet.path, "--dry-run").returncode == 0
    assert kept_stamp() == before
    result = run_progression("merge", path, laptop.carnet.path)
    assert result.returncode == 0, result.stderr
    assert kept_stamp() >= ahead
    service = CarnetService.open(path)
    try:
        assert service.pupil(lucas.id).first_name == "Luc"
        service.run(SavePupil(PupilFields("Martin", "Lucas", "CE1"), lucas.id))
    finally:
        service.close()
    assert run_progression("merge", path, laptop.carnet.path).returncode == 0
    service = CarnetService.open(path)
    try:
        assert service.pupil(lucas.id).first_name == "Lucas"
    finally:
        service.close()


def test_period_dates_changed_in_the_copy_come_back(school, laptop) -> None:
    from progression.operations import SavePeriodDates

    periods = laptop.periods()
    moved = tuple((p.index, p.starts_on, p.ends_on) for p in periods)
    first_end = date(2026, 10, 23)
    moved = ((1, moved[0][1], first_end), (2, date(2026, 10, 24), moved[1][2]), *moved[2:])
    laptop.run(SavePeriodDates(moved))
    laptop.carnet.close()
    report = merge_copy(school, laptop.carnet.path)
    assert report.updated["period"] == 2
    assert school.period(1).ends_on == first_end and school.period(2).starts_on == date(2026, 10, 24)


def test_a_merge_that_fails_half_way_leaves_the_carnet_as_it_was(school, laptop, monkeypatch) -> None:
    import progression.merge as merge_module
    from progression.storage_errors import StorageError

    lucas = next(p for p in laptop.pupils() if p.first_name == "Lucas")
    laptop.run(RecordObservations(((lucas.id, _objective(laptop, "CE1").id),), laptop.step_by_rank(3).id, DAY))
    laptop.run(SavePupil(PupilFields("Durand", "Léa", "CE2")))
    laptop.carnet.close()
    school.run(RecordObservations(((lucas.id, _objective(school, "CE1").id),), school.step_by_rank(1).id, DAY))

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("Le disque est plein.")

    monkeypatch.setattr(merge_module, "_merge_settings", disk_full)  # after the rows went in
    with pytest.raises(StorageError):
        merge_copy(school, laptop.carnet.path)
    assert len(school.observations()) == 1 and len(school.pupils()) == 2
    assert school.undo_kind() is not None  # nothing happened: the teacher's last action is still undoable


def test_a_row_stamped_by_an_older_merge_as_text_still_loses_to_a_newer_edit(school, laptop) -> None:
    """Before stamps were compared as clocks, a merge could leave a row here stamped « 9 », which
    beat every later edit as text. Such a row now reads as the oldest possible version."""
    import sqlite3

    lucas = next(p for p in school.pupils() if p.first_name == "Lucas")
    laptop.run(SavePupil(PupilFields("Martin", "Lucas-Édouard", "CE1", ine="1234567890A"), lucas.id))
    laptop.carnet.close()
    with sqlite3.connect(school.carnet.path) as conn:
        conn.execute("UPDATE pupil SET first_name = 'Ancien', modified_at = '9' WHERE id = ?", (lucas.id,))
    school.forget_history()
    report = merge_copy(school, laptop.carnet.path)
    assert report.updated["pupil"] == 1 and school.pupil(lucas.id).first_name == "Lucas-Édouard"
