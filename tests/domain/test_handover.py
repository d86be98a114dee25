"""Next year's carnet from this year's (``progression next-year``): the pupils go up a grade with their
history, which the new year's syntheses never count; this year's carnets are only read; a failure
leaves no file; the new carnet merges with its copies like any other."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from progression import code_progression, need_groups
from progression.errors import InvalidInputError
from progression.handover import NextYear, make_next_year, next_grade, pupils_of
from progression.operations import (
    AddFluencyMeasure,
    AddReadingGrid,
    MarkCode,
    PupilFields,
    RecordObservations,
    SavePupil,
    SeedCodeProgression,
)
from progression.reading_grids import grid
from progression.service import CarnetService, NewClass
from tests.command_line import run_progression

DAY = date(2027, 3, 15)  # in the demo's year, 2026-2027
NEXT_DAY = date(2027, 9, 20)  # in the next one


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, table: str, where: str = "1", args: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} WHERE {where}", args).fetchall()
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pupil erased in one test is remembered in the data folder (to erase him again from a
    restored backup): each test has its own, or the next test's demo would lose him too."""
    monkeypatch.setenv("PROGRESSION_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def ce(demo_path: Path) -> Path:
    """The demo CE1-CE2 class with a whole year (its code marks, reading grids and decoding readings),
    one more of each for its first CE1 pupil, and kept need groups."""
    service = CarnetService.open(demo_path)
    try:
        pupil = service.pupils("CE1")[0]
        if not code_progression.units(service):
            service.run(SeedCodeProgression(code_progression.default_units()[:3]))
        unit = code_progression.units(service)[0]
        service.run(MarkCode(((pupil.id, unit.id),), service.step_by_rank(3).id, DAY))
        levels = tuple((c.code, 3) for c in grid("prosody").criteria)
        service.run(AddReadingGrid(pupil.id, DAY, "prosody", levels, text_title="Rascal"))
        service.run(AddFluencyMeasure(pupil.id, DAY, 40, 2, 60.0, reading_kind="syllables"))
        service.run(need_groups.keeping(service, 3))
    finally:
        service.close()
    return demo_path


def test_next_grade_follows_the_school() -> None:
    assert [next_grade(g) for g in ("GS", "CP", "CE1", "CE2", "CM1", "CM2")] == ["CP", "CE1", "CE2", "CM1", "CM2",
                                                                                    None]


def test_a_class_goes_up_a_grade_with_its_history(ce: Path, tmp_path: Path) -> None:
    before = _digest(ce)
    target = tmp_path / "ce2-cm1.carnet"
    ran = run_progression("next-year", target, "--from", ce, "--class", "CE2-CM1", "--year", "2027-2028", "--json")
    assert ran.returncode == 0, ran.stderr
    carried = json.loads(ran.stdout)
    assert _digest(ce) == before  # this year's carnet is only read
    old = CarnetService.open(ce, lock=False)
    try:
        old_pupils = {p.id: p for p in old.pupils()}
        old_history = {p: len(old.history(p)) for p in old_pupils}
        kept_groups = [g for period in old.periods() for g in need_groups.kept_groups(old, period.index)]
    finally:
        old.close()
    assert kept_groups
    assert {p["to"] for p in carried["pupils"]} == {"CE2", "CM1"}
    assert carried["history"]["code_mark"] == len(_rows(ce, "code_mark")) > 1
    assert carried["history"]["reading_grid"] == len(_rows(ce, "reading_grid")) > 1
    assert carried["history"]["need_group_member"] == sum(len(g.members) for g in kept_groups)

    new = CarnetService.open(target)
    try:
        klass = new.class_info()
        assert (klass.label, klass.year_label, klass.year_starts_on) == ("CE2-CM1", "2027-2028", date(2027, 9, 1))
        assert klass.school == old.class_info().school
        assert all(p.starts_on >= klass.year_starts_on for p in new.periods())
        pupils = {p.id: p for p in new.pupils()}
        assert set(pupils) == set(old_pupils)  # the very same pupils
        for pupil_id, pupil in pupils.items():
            assert pupil.grade == next_grade(old_pupils[pupil_id].grade)
            history = new.history(pupil_id)
            assert len(history) == old_history[pupil_id]
            assert all(o.observed_on < klass.year_starts_on for o in history)
        # Last year's rows never count in this year's syntheses, nor in what its documents print.
        for period in new.periods():
            assert new.synthesis(period.index) == []
        from progression import reading_reports

        assert reading_reports.latest_grids(new, list(pupils), new.period(5).ends_on) == {}
        # This year starts fresh: a mark of September counts, and only it.
        pupil = next(iter(pupils.values()))
        item = next(i for i in new.items([pupil.grade]) if i.kind == "objective")
        new.run(RecordObservations(((pupil.id, item.id),), new.step_by_rank(4).id, NEXT_DAY))
        rows = [r for r in new.synthesis(1) if r.item_id == item.id]
        assert [(r.pupil_id, r.rank) for r in rows] == [(pupil.id, 4)]
    finally:
        new.close()
    # Last year's class, periods and enrolments came along as they were.
    assert len(_rows(target, "class_group")) == 2
    assert len(_rows(target, "school_year")) == 2
    assert len(_rows(target, "enrolment")) == 2 * len(old_pupils)
    assert len(_rows(target, "appreciation")) == len(_rows(ce, "appreciation", "deleted_at IS NULL"))


def test_the_command_line_says_what_was_carried(ce: Path, tmp_path: Path) -> None:
    target = tmp_path / "suivante.carnet"
    ran = run_progression("next-year", target, "--from", ce, "--class", "CE2", "--year", "2027-2028",
                          "--pupils", "BOYER Capucine; Gaëlle BENOÎT", "--grade", "Benoît Gaëlle=CE2")
    assert ran.returncode == 0, ran.stderr
    assert "Carnet de l'année 2027-2028 créé" in ran.stdout
    assert "BENOÎT Gaëlle : CE2 → CE2" in ran.stdout and "BOYER Capucine : CE1 → CE2" in ran.stdout
    assert "observations" in ran.stdout
    new = CarnetService.open(target, lock=False)
    try:
        assert sorted(p.display_name for p in new.pupils()) == ["Benoît Gaëlle", "Boyer Capucine"]
        assert {p.grade for p in new.pupils()} == {"CE2"}
    finally:
        new.close()


def test_two_classes_become_one(ce: Path, tmp_path: Path) -> None:
    other = tmp_path / "autre" / "ce1-b.carnet"
    other.parent.mkdir()
    service = CarnetService.create(other, NewClass(label="CE1 B", year="2026-2027", grades=("CE1",)))
    try:
        service.run(SavePupil(PupilFields("Zidane", "Yanis", "CE1")))
        yanis = service.pupils()[0]
        item = next(i for i in service.items(["CE1"]) if i.kind == "objective")
        service.run(RecordObservations(((yanis.id, item.id),), service.step_by_rank(2).id, DAY))
    finally:
        service.close()
    target = tmp_path / "ce2.carnet"
    ce1 = [p.name for p in pupils_of([ce]) if p.grade == "CE1"]
    ran = run_progression("next-year", target, "--from", ce, "--from", other, "--class", "CE2", "--year",
                          "2027-2028", "--pupils", ";".join([*ce1, "ZIDANE Yanis"]))
    assert ran.returncode == 0, ran.stderr
    new = CarnetService.open(target, lock=False)
    try:
        assert len(new.pupils()) == len(ce1) + 1
        assert {p.grade for p in new.pupils()} == {"CE2"}
        assert [o.observed_on for o in new.history(yanis.id)] == [DAY]
    finally:
        new.close()
    conn = sqlite3.connect(target)
    labels = sorted(label for (label,) in conn.execute("SELECT label FROM class_group"))
    conn.close()
    assert labels == ["CE1 B", "CE1-CE2 Les Tilleuls", "CE2"]


def test_an_erased_pupil_never_comes(ce: Path, tmp_path: Path) -> None:
    from progression.privacy import purge_pupil

    service = CarnetService.open(ce)
    try:
        gone = service.pupils()[0]
        purge_pupil(service, gone.id)
    finally:
        service.close()
    assert gone.id not in {p.id for p in pupils_of([ce])}
    ran = run_progression("next-year", tmp_path / "n.carnet", "--from", ce, "--class", "X", "--year", "2027-2028",
                          "--pupils", gone.display_name)
    assert ran.returncode == 1 and "Aucun élève" in ran.stderr
    target = tmp_path / "suivante.carnet"
    make_next_year(target, [ce], NextYear("CE2-CM1", "2027-2028"))
    for table in ("pupil", "observation", "enrolment"):
        column = "id" if table == "pupil" else "pupil_id"
        assert _rows(target, table, f"{column} = ?", (gone.id,)) == []
    erased = json.loads(dict(_rows(target, "meta"))["erased_pupils"])
    assert gone.id in erased  # a copy merged later cannot bring the pupil back either


def test_the_new_carnet_merges_with_its_copy(ce: Path, tmp_path: Path) -> None:
    from progression.merge import merge_copy

    target = tmp_path / "suivante.carnet"
    make_next_year(target, [ce], NextYear("CE2-CM1", "2027-2028"))
    laptop = tmp_path / "portable.carnet"
    shutil.copy(target, laptop)
    service = CarnetService.open(laptop)
    try:
        pupil = service.pupils()[0]
        item = next(i for i in service.items([pupil.grade]) if i.kind == "objective")
        service.run(RecordObservations(((pupil.id, item.id),), service.step_by_rank(3).id, NEXT_DAY))
    finally:
        service.close()
    service = CarnetService.open(target)
    try:
        history = len(service.history(pupil.id))
        report = merge_copy(service, laptop)
        assert report.added["observation"] == 1
        assert len(service.history(pupil.id)) == history + 1
        assert [(r.pupil_id, r.rank) for r in service.synthesis(1) if r.item_id == item.id] == [(pupil.id, 3)]
    finally:
        service.close()


def test_refusals_leave_no_file(ce: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from progression import handover

    target = tmp_path / "suivante.carnet"
    with pytest.raises(InvalidInputError, match="ne vient pas après"):
        make_next_year(target, [ce], NextYear("CE2", "2026-2027"))
    with pytest.raises(InvalidInputError, match="Retirez cet élève"):
        handover.choose([handover.Travelling("x", "Durand", "Léa", "CM2", ce)], None, {}, [ce])
    with pytest.raises(InvalidInputError, match="existe déjà"):
        make_next_year(ce, [ce], NextYear("CE2", "2027-2028"))

    def broken(*_args: object) -> str:
        raise OSError("disque retiré")

    monkeypatch.setattr(handover, "_copy_history", broken)
    with pytest.raises(OSError):
        make_next_year(target, [ce], NextYear("CE2", "2027-2028"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([ce.name])
    ran = run_progression("next-year", target, "--from", ce, "--class", "CE2", "--year", "2027-2028",
                          "--grade", "sans niveau")
    assert ran.returncode == 1 and "NOM Prénom=CE2" in ran.stderr


def test_a_pupil_in_two_carnets_comes_once_with_both_sides_history(ce: Path, tmp_path: Path) -> None:
    """Two copies of one class (the school's computer and the laptop): each pupil once, every mark of both."""
    laptop = tmp_path / "portable.carnet"
    shutil.copy(ce, laptop)
    service = CarnetService.open(laptop)
    try:
        pupil = service.pupils()[0]
        before = len(service.history(pupil.id))
        item = next(i for i in service.items([pupil.grade]) if i.kind == "objective")
        service.run(RecordObservations(((pupil.id, item.id),), service.step_by_rank(1).id, date(2027, 6, 30)))
        count = len([p for p in service.pupils() if p.left_on is None])  # those who left are not proposed
    finally:
        service.close()
    target = tmp_path / "suivante.carnet"
    report = make_next_year(target, [ce, laptop], NextYear("CE2-CM1", "2027-2028"))
    assert len(report.pupils) == count
    new = CarnetService.open(target, lock=False)
    try:
        assert len(new.pupils()) == count
        assert len(new.history(pupil.id)) == before + 1
    finally:
        new.close()
