"""The code progression: seeded from the shipped default, marked per pupil, taught to the class,
edited, replaced by a school's order, linked to the programme's objectives, merged."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from progression import code_progression as code
from progression.errors import InvalidInputError
from progression.merge import merge_copy
from progression.operations import (
    ImportCodeOrder,
    MarkCode,
    PupilFields,
    SaveCodeUnit,
    SavePupil,
    SeedCodeProgression,
    SetCodeTaught,
    SetOverride,
)
from progression.operations.code import in_order
from progression.service import CarnetService, NewClass

DAY = date(2026, 10, 5)


@pytest.fixture
def cp(tmp_path: Path):  # type: ignore[no-untyped-def]
    service = CarnetService.create(tmp_path / "cp.carnet", NewClass(label="CP A", teacher="Mme Test",
                                                                    grades=("CP",)))
    service.run(SavePupil(PupilFields("Martin", "Léo", "CP")))
    service.run(SavePupil(PupilFields("Durand", "Inès", "CP")))
    service.run(SeedCodeProgression(code.default_units()))
    yield service
    service.close()


def _pupil(service: CarnetService, first: str) -> str:
    return next(p.id for p in service.pupils() if p.first_name == first)


def test_the_default_progression_is_shipped_with_its_source_and_follows_the_programme() -> None:
    raw = json.loads(code.default_path().read_text(encoding="utf-8"))
    assert "pas une liste officielle" in raw["source"] and "BO n°41" in raw["source"]
    units = code.default_units()
    assert len(units) >= 40 and len({u.key for u in units}) == len(units)
    first = [u.grapheme for u in units[:6]]
    assert first == ["a", "i", "o", "u", "é", "e"]  # simple vowels first
    # complex graphemes come after the simple ones they are made of
    order = [u.grapheme for u in units]
    assert order.index("ou") > order.index("u") and order.index("oin") > order.index("oi")
    assert all(u.example for u in units)


def test_seeding_undo_and_a_second_seed_refused(cp) -> None:
    units = code.units(cp)
    assert [u.grapheme for u in units[:3]] == ["a", "i", "o"] and units[0].taught_on is None
    with pytest.raises(InvalidInputError, match="déjà sa progression"):
        cp.run(SeedCodeProgression(code.default_units()))
    cp.undo()
    assert code.units(cp) == []
    cp.redo()
    assert [u.id for u in code.units(cp)] == [u.id for u in units]  # the very same rows


def test_a_mark_retyped_the_same_day_replaces_the_first_and_undo_brings_it_back(cp) -> None:
    leo, (a, i) = _pupil(cp, "Léo"), code.units(cp)[:2]
    cp.run(MarkCode(((leo, a.id), (leo, i.id)), cp.step_by_rank(2).id, DAY))
    cp.run(MarkCode(((leo, a.id),), cp.step_by_rank(3).id, DAY))
    latest = code.latest_marks(cp)
    assert cp.step(latest[(leo, a.id)].step_id).rank == 3
    assert len(code.marks(cp)) == 2  # the slip is gone, not kept beside
    cp.undo()
    assert cp.step(code.latest_marks(cp)[(leo, a.id)].step_id).rank == 2
    cp.run(MarkCode(((leo, a.id),), cp.step_by_rank(4).id, date(2026, 10, 6)))
    assert len(code.marks(cp)) == 3  # another day is new evidence


def test_taught_reorder_rename_and_add(cp) -> None:
    units = code.units(cp)
    cp.run(SetCodeTaught(((units[0].id, DAY), (units[1].id, DAY))))
    assert [u.taught_on for u in code.units(cp)[:3]] == [DAY, DAY, None]
    cp.undo()
    assert code.units(cp)[0].taught_on is None
    ids = [u.id for u in units]
    cp.run(in_order([ids[1], ids[0], *ids[2:]]))
    assert [u.grapheme for u in code.units(cp)[:2]] == ["i", "a"]
    cp.run(SaveCodeUnit(ids[0], code.UnitSpec("a", "[a]", "avion")))
    assert code.units(cp)[1].example == "avion"
    with pytest.raises(InvalidInputError, match="déjà dans la progression"):
        cp.run(SaveCodeUnit(None, code.UnitSpec("ou", "[u]")))
    cp.run(SaveCodeUnit(None, code.UnitSpec("aill", "[aj]", "paille")))
    assert code.units(cp)[-1].name == "aill [aj]"


def test_a_schools_order_keeps_the_marks_of_the_correspondences_it_lists(cp, tmp_path: Path) -> None:
    leo = _pupil(cp, "Léo")
    ou = next(u for u in code.units(cp) if u.grapheme == "ou")
    x = next(u for u in code.units(cp) if u.grapheme == "x")
    cp.run(MarkCode(((leo, ou.id), (leo, x.id)), cp.step_by_rank(3).id, DAY))
    school = tmp_path / "progression école.csv"
    school.write_text("Progression de l'école\nGraphème;Phonème;Exemple\nou;[u];hibou\nl;[l];lune\n"
                      "a;[a];\nwh;[w];whisky\n", encoding="utf-8")
    order = code.read_order(school)
    assert [u.grapheme for u in order] == ["ou", "l", "a", "wh"]
    cp.run(ImportCodeOrder(order))
    after = code.units(cp)
    assert [u.name for u in after] == ["ou [u]", "l [l]", "a [a]", "wh [w]"]
    assert after[0].id == ou.id and after[0].example == "hibou"
    assert set(code.latest_marks(cp)) == {(leo, ou.id), (leo, x.id)}  # x's mark kept, its column gone
    cp.undo()
    assert [u.grapheme for u in code.units(cp)] == [u.grapheme for u in code.default_units()]
    assert code.units(cp)[11].example == "loup"
    cp.redo()
    assert [u.name for u in code.units(cp)] == ["ou [u]", "l [l]", "a [a]", "wh [w]"]
    assert code.units(cp)[0].example == "hibou"


def test_a_schools_order_refused_whole_with_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "ordre.csv"
    bad.write_text("graphème;phonème\nou;[u]\n;[a]\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"ligne 3 .*graphème"):
        code.read_order(bad)
    twice = tmp_path / "deux.csv"
    twice.write_text("graphème;phonème\nou;[u]\nOU;[u]\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="ligne 2"):
        code.read_order(twice)


def test_the_programmes_objective_takes_its_step_from_the_grid_unless_decided(cp) -> None:
    leo, ines = _pupil(cp, "Léo"), _pupil(cp, "Inès")
    units = code.units(cp)
    atteint, partiel = cp.step_by_rank(3).id, cp.step_by_rank(2).id
    cp.run(MarkCode(tuple((leo, u.id) for u in units[:13]), atteint, DAY))
    cp.run(MarkCode(tuple((ines, u.id) for u in units[:6]), atteint, DAY))
    cp.run(MarkCode(tuple((ines, u.id) for u in units[6:12]), partiel, DAY))
    period = cp.period_of(DAY)
    assert period is not None
    rows = {(r.pupil_id, r.item_code): r for r in cp.synthesis(period.index)}
    assert rows[(leo, "C2-24-L1-CP.1")].rank == 3 and rows[(leo, "C2-24-L1-CP.1")].from_code
    assert rows[(ines, "C2-24-L1-CP.1")].rank == 2  # 6 decoded of the 12 asked: half
    assert rows[(leo, "C2-24-L1-CP.3")].rank == 2  # 13 of 25: more than half
    assert rows[(ines, "C2-24-L1-CP.3")].rank == 1  # 6 of 25
    assert (leo, "C2-24-L1-CE1.3") not in rows  # a CE1 objective: not for a CP pupil
    item = cp.item_by_code("C2-24-L1-CP.1")
    cp.run(SetOverride(ines, period.id, item.id, cp.step_by_rank(3).id))
    decided = {(r.pupil_id, r.item_code): r for r in cp.synthesis(period.index)}[(ines, "C2-24-L1-CP.1")]
    assert decided.overridden and decided.rank == 3 and not decided.from_code
    # The objective's rule, said in words the teacher reads.
    assert "12" in code.RULE and "25" in code.RULE and "Atteints" in code.RULE


def test_the_pupils_code_for_the_documents(cp) -> None:
    leo = _pupil(cp, "Léo")
    a, i, o = code.units(cp)[:3]
    cp.run(MarkCode(((leo, a.id), (leo, i.id)), cp.step_by_rank(4).id, DAY))
    cp.run(MarkCode(((leo, o.id),), cp.step_by_rank(1).id, DAY))
    found = code.pupil_code(cp, leo, DAY)
    assert found == code.PupilCode(("a [a]", "i [i]"), ("o [o]",))
    assert code.pupil_code(cp, leo, date(2026, 9, 10)) is None  # nothing marked yet then
    assert code.pupil_code(cp, _pupil(cp, "Inès"), DAY) is None


def _copied_class(tmp_path: Path, *pupils: PupilFields, seeded: bool = False) -> Path:
    """A CP class at school (``ecole/cp.carnet``) and its copy on a laptop, made once the pupils were
    entered (and the default progression taken, if ``seeded``): returns the copy's path."""
    path = tmp_path / "ecole" / "cp.carnet"
    path.parent.mkdir()
    service = CarnetService.create(path, NewClass(label="CP A", teacher="Mme Test", grades=("CP",)))
    for pupil in pupils:
        service.run(SavePupil(pupil))
    if seeded:
        service.run(SeedCodeProgression(code.default_units()))
    service.close()
    copy = tmp_path / "portable" / "cp.carnet"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    return copy


def test_merging_two_copies_carries_the_code_marks_without_doubling_the_progression(tmp_path: Path) -> None:
    copy = _copied_class(tmp_path, PupilFields("Martin", "Léo", "CP"))
    school, laptop = CarnetService.open(tmp_path / "ecole" / "cp.carnet"), CarnetService.open(copy)
    try:
        for side in (school, laptop):  # each copy opened the page « Code » first: both seeded
            side.run(SeedCodeProgression(code.default_units()))
        leo = school.pupils()[0].id
        a, ch = code.units(school)[0], next(u for u in code.units(school) if u.grapheme == "ch")
        school.run(MarkCode(((leo, a.id),), school.step_by_rank(3).id, DAY))
        laptop.run(MarkCode(((leo, ch.id),), laptop.step_by_rank(2).id, date(2026, 10, 6)))
        laptop.run(SetCodeTaught(((ch.id, date(2026, 10, 6)),)))
        laptop.close()
        report = merge_copy(school, copy)
        assert report.added["code_mark"] == 1
        assert len(code.units(school)) == len(code.default_units())  # one progression, not two
        latest = code.latest_marks(school)
        assert {u: school.step(m.step_id).rank for (_, u), m in latest.items()} == {a.id: 3, ch.id: 2}
        assert next(u for u in code.units(school) if u.id == ch.id).taught_on == date(2026, 10, 6)
    finally:
        school.close()


def test_marks_that_come_after_a_synthesis_count_in_the_next_one(tmp_path: Path) -> None:
    """A class with no code marks skips the code in its syntheses; the first marks, typed here or
    brought by a merged copy, count at once."""
    copy = _copied_class(tmp_path, PupilFields("Martin", "Léo", "CP"), PupilFields("Durand", "Inès", "CP"),
                         seeded=True)
    school, laptop = CarnetService.open(tmp_path / "ecole" / "cp.carnet"), CarnetService.open(copy)
    try:
        ines = _pupil(school, "Inès")
        period = school.period_of(DAY)
        assert period is not None

        def from_code(side: CarnetService) -> set[str]:
            return {r.pupil_id for r in side.synthesis(period.index) if r.from_code}

        assert from_code(school) == from_code(laptop) == set()
        atteint = laptop.step_by_rank(3).id
        laptop.run(MarkCode(tuple((ines, u.id) for u in code.units(laptop)[:13]), atteint, DAY))
        assert from_code(laptop) == {ines}  # typed here
        laptop.close()
        merge_copy(school, copy)
        assert from_code(school) == {ines}  # brought by the copy
    finally:
        school.close()
