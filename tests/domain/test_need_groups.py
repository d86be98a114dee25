"""Need groups: the proposal rule in plain Python, then kept with a period, moved, undone and merged."""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest

from progression.errors import InvalidInputError
from progression.merge import merge_copy
from progression.need_groups import (
    MAX_SIZE,
    MIN_SIZE,
    Need,
    group_need,
    keeping,
    kept_groups,
    partition,
    propose,
    rank_groups,
    sizes,
)
from progression.operations import DropNeedGroups, MovePupil
from progression.service import CarnetService
from tests.command_line import run_progression


def need(n: int, grade: str = "CE1", *unmet: tuple[str, int]) -> Need:
    return Need(f"p{n:02d}", grade, tuple(unmet), n)


def random_needs(rng: random.Random, count: int) -> list[Need]:
    codes = [f"O{k}" for k in range(6)]
    return [need(n, rng.choice(["CE1", "CE2"]),
                 *((c, rng.choice([1, 2])) for c in rng.sample(codes, rng.randint(1, 4))))
            for n in range(count)]


# ---------------------------------------------------------------- the rule, without a carnet


@pytest.mark.parametrize("count", range(0, 40))
def test_a_partition_holds_every_pupil_once_in_groups_of_three_to_six(count: int) -> None:
    needs = random_needs(random.Random(count), count)
    groups = partition(needs)
    placed = [n.pupil_id for group in groups for n in group]
    assert sorted(placed) == sorted(n.pupil_id for n in needs)  # everyone, no one twice
    assert len(placed) == len(set(placed))
    for group in groups:
        assert len(group) <= MAX_SIZE
        assert len(group) >= MIN_SIZE or count < MIN_SIZE  # smaller only when the class has too few
    assert sum(sizes(count)) == count


def test_sizes_are_even_and_as_few_as_hold_six() -> None:
    assert sizes(0) == [] and sizes(2) == [2] and sizes(6) == [6]
    assert sizes(7) == [4, 3] and sizes(13) == [5, 4, 4] and sizes(24) == [6, 6, 6, 6]


def test_the_neediest_pupil_starts_the_first_group_with_those_closest_to_him() -> None:
    needs = [
        need(0, "CE1", ("A", 1), ("B", 1)),  # need 4: starts a group
        need(1, "CE1", ("A", 2)),  # 1
        need(2, "CE1", ("A", 1), ("B", 2)),  # 3, close to p00
        need(3, "CE1", ("C", 2)),  # 1
        need(4, "CE1", ("A", 1), ("B", 1), ("C", 2)),  # 5: the neediest
        need(5, "CE1", ("C", 2), ("D", 2)),  # 2
        need(6, "CE1", ("D", 2)),  # 1
    ]
    first, second = partition(needs)
    assert [n.pupil_id for n in first] == ["p04", "p00", "p02", "p01"]
    assert {n.pupil_id for n in second} == {"p05", "p03", "p06"}
    assert group_need(first) > group_need(second)


def test_pupils_of_another_grade_join_only_when_sizes_require_it() -> None:
    needs = [need(n, "CE1", ("A", 1)) for n in range(4)] + [need(n, "CE2", ("X", 2)) for n in range(4, 8)]
    groups = partition(needs)
    assert [{n.grade for n in g} for g in groups] == [{"CE1"}, {"CE2"}]


def test_groups_are_ranked_by_need_the_greatest_first() -> None:
    light = [need(n, "CE1", ("A", 2)) for n in range(3)]
    heavy = [need(n, "CE1", ("B", 1), ("C", 1)) for n in range(3, 6)]
    middle = [need(n, "CE1", ("D", 1)) for n in range(6, 9)]
    ranked = rank_groups([("L1", light), ("L2", heavy), ("L3", middle)], {"L1": 1, "L2": 2, "L3": 3}.__getitem__)
    assert [code for code, _ in ranked] == ["L2", "L3", "L1"]


# ---------------------------------------------------------------- on the demo class


def test_the_proposal_of_a_period_is_a_partition_per_competency_with_reasons(demo: CarnetService) -> None:
    proposal = propose(demo, 2)
    assert proposal
    per_competency = Counter((g.competency.code, m.pupil_id) for g in proposal for m in g.members)
    assert max(per_competency.values()) == 1
    assert all(MIN_SIZE <= len(g.members) <= MAX_SIZE for g in proposal)
    assert [g.rank for g in proposal] == list(range(1, len(proposal) + 1))
    # A reason names the objectives below « Atteints » with their step, in words.
    synthesis = {(r.pupil_id, r.item_code): r.rank for r in demo.synthesis(2)}
    items = {i.code: i for i in demo.items()}
    member = proposal[0].members[0]
    unmet = [code for (pupil, code), rank in synthesis.items()
             if pupil == member.pupil_id and rank is not None and rank <= 2 and items[code].kind == "objective"
             and items[code].parent_code == proposal[0].competency.code]
    assert unmet and all(items[code].label in member.reason for code in unmet)
    assert "atteints :" in member.reason


def test_keep_move_drop_and_undo(demo: CarnetService) -> None:
    first = kept_groups(demo, 1)  # the demo kept the first period's groups, one pupil moved
    assert first and sum(m.placed_by_teacher for g in first for m in g.members) == 1
    proposal = propose(demo, 2)
    changes = demo.run(keeping(demo, 2, proposal))
    assert changes.parts.name == "GROUPS"
    kept = kept_groups(demo, 2)
    assert [(g.rank, g.label, [m.pupil_id for m in g.members]) for g in kept] == [
        (g.rank, g.label, sorted((m.pupil_id for m in g.members), key=[p.id for p in demo.pupils()].index))
        for g in proposal]
    assert kept_groups(demo, 1) == first  # kept with its period only
    source = kept[0]
    target = next(g for g in kept[1:] if g.item_id == source.item_id)
    pupil = source.members[0]
    demo.run(MovePupil(pupil.pupil_id, source.id, target.id))
    after = {g.id: g for g in kept_groups(demo, 2)}
    assert pupil.pupil_id not in {m.pupil_id for m in after[source.id].members}
    moved = next(m for m in after[target.id].members if m.pupil_id == pupil.pupil_id)
    assert moved.placed_by_teacher and moved.reason == pupil.reason
    # Into a group of another competency, twice in one competency, from a group he is not in: refused.
    other = next(g for g in kept if g.item_id != source.item_id)
    with pytest.raises(InvalidInputError, match="autre compétence"):
        demo.run(MovePupil(pupil.pupil_id, target.id, other.id))
    with pytest.raises(InvalidInputError, match="déjà dans un groupe"):
        demo.run(MovePupil(pupil.pupil_id, None, source.id))
    with pytest.raises(InvalidInputError, match="n'est plus dans"):
        demo.run(MovePupil(pupil.pupil_id, source.id, None))
    assert {g.id: g for g in kept_groups(demo, 2)} == after  # refusals leave the groups as they were
    demo.run(MovePupil(pupil.pupil_id, target.id, None))  # out of groups
    assert all(pupil.pupil_id not in {m.pupil_id for m in g.members} for g in kept_groups(demo, 2)
               if g.item_id == source.item_id)
    demo.undo()
    demo.undo()
    assert kept_groups(demo, 2) == kept
    demo.redo()
    assert {g.id: g for g in kept_groups(demo, 2)} == after
    demo.run(DropNeedGroups(demo.period(2).id))
    assert kept_groups(demo, 2) == []
    with pytest.raises(InvalidInputError, match="rien à abandonner"):
        demo.run(DropNeedGroups(demo.period(2).id))
    demo.undo()
    assert {g.id: g for g in kept_groups(demo, 2)} == after
    demo.undo()
    demo.undo()
    assert kept_groups(demo, 2) == []  # keeping undone: the period has no group again


def test_keeping_again_replaces_the_period_groups_and_undo_brings_them_back(demo: CarnetService) -> None:
    demo.run(keeping(demo, 2))
    first = kept_groups(demo, 2)
    demo.run(keeping(demo, 2))
    second = kept_groups(demo, 2)
    assert {g.id for g in first}.isdisjoint({g.id for g in second}) and len(first) == len(second)
    demo.undo()
    assert kept_groups(demo, 2) == first


def test_a_pupil_twice_in_one_competency_is_refused(demo: CarnetService) -> None:
    proposal = propose(demo, 2)
    operation = keeping(demo, 2, proposal)
    first = operation.groups[0]
    twin = next(g for g in operation.groups[1:] if g.item_id == first.item_id)
    broken = type(operation)(operation.period_id, (first, type(twin)(twin.item_id, twin.rank, twin.label,
                                                                      (*twin.members, first.members[0]))))
    with pytest.raises(InvalidInputError, match="deux groupes"):
        demo.run(broken)
    assert kept_groups(demo, 2) == []


def test_merge_carries_the_kept_groups_and_the_moves(demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "portable.carnet"
    shutil.copy(demo_path, copy)
    laptop = CarnetService.open(copy)
    laptop.run(keeping(laptop, 2))
    kept = kept_groups(laptop, 2)
    source = kept[0]
    target = next(g for g in kept[1:] if g.item_id == source.item_id)
    laptop.run(MovePupil(source.members[0].pupil_id, source.id, target.id))
    expected = kept_groups(laptop, 2)
    laptop.close()
    school = CarnetService.open(demo_path)
    try:
        report = merge_copy(school, copy)
        assert report.added["need_group"] == len(kept)
        assert kept_groups(school, 2) == expected
    finally:
        school.close()


def test_a_class_with_too_few_pupils_in_need_gets_a_smaller_group_and_is_told(empty: CarnetService) -> None:
    from progression.operations import RecordObservations

    lucas = next(p for p in empty.pupils() if p.first_name == "Lucas")
    objective = next(i for i in empty.items(["CE1"]) if i.kind == "objective")
    day = empty.period(1).starts_on
    empty.run(RecordObservations(((lucas.id, objective.id),), empty.step_by_rank(1).id, day))
    [group] = propose(empty, 1)
    assert [m.pupil_id for m in group.members] == [lucas.id]
    assert group.note == "seul élève de la classe en besoin sur cette compétence"
    assert group.members[0].reason == f"non atteints : {objective.label}"
    assert propose(empty, 2) == []  # nothing observed in period 2


def test_a_pupil_moved_out_is_left_out_with_his_reason_and_comes_back_with_it(demo: CarnetService) -> None:
    from progression.need_groups import left_out

    demo.run(keeping(demo, 2))
    kept = kept_groups(demo, 2)
    assert left_out(demo, 2, kept) == {}  # the proposal kept whole: every pupil in need has a group
    group = kept[0]
    member = group.members[0]
    demo.run(MovePupil(member.pupil_id, group.id, None))
    out = left_out(demo, 2, kept_groups(demo, 2))
    assert [(m.pupil_id, m.reason) for m in out[group.item_id]] == [(member.pupil_id, member.reason)]
    demo.run(MovePupil(member.pupil_id, None, group.id, member.reason))
    back = next(m for m in kept_groups(demo, 2)[0].members if m.pupil_id == member.pupil_id)
    assert back.reason == member.reason and back.placed_by_teacher
    assert left_out(demo, 2, kept_groups(demo, 2)) == {}


def test_the_command_line_shows_a_periods_groups_and_keeps_a_proposal(demo_path: Path) -> None:
    shown = run_progression("groups", demo_path, "--period", "1")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0].endswith("— groupes gardés") and "(placé par vous)" in shown.stdout

    proposal = run_progression("groups", demo_path, "--period", "2", "--json")
    data = json.loads(proposal.stdout)
    assert data["kept"] is False and data["groups"] and all(p["reason"] for g in data["groups"] for p in g["pupils"])
    kept = run_progression("groups", demo_path, "--period", "2", "--keep", "--json")
    assert kept.returncode == 0, kept.stderr
    after = json.loads(kept.stdout)
    assert after["kept"] is True
    assert ([(g["label"], sorted(p["id"] for p in g["pupils"])) for g in after["groups"]]
            == [(g["label"], sorted(p["id"] for p in g["pupils"])) for g in data["groups"]])

    # Keeping again would throw the teacher's moves away: refused, in French, nothing written.
    before = run_progression("groups", demo_path, "--period", "1", "--json").stdout
    again = run_progression("groups", demo_path, "--period", "1", "--keep")
    assert again.returncode == 1 and "déjà gardés pour la période 1 : rien n'a été écrit" in again.stderr
    assert run_progression("groups", demo_path, "--period", "1", "--json").stdout == before
    # A pupil the teacher took out of his group is listed under « Hors des groupes », as on the page.
    service = CarnetService.open(demo_path)
    group = kept_groups(service, 2)[0]
    member = group.members[0]
    service.run(MovePupil(member.pupil_id, group.id, None))
    service.close()
    moved = json.loads(run_progression("groups", demo_path, "--period", "2", "--json").stdout)
    out = moved["groups"][-1]
    assert out["rank"] is None and out["label"].startswith("Hors des groupes · ")
    assert [(p["id"], p["reason"]) for p in out["pupils"]] == [(member.pupil_id, member.reason)]
    assert member.pupil_id not in {p["id"] for g in moved["groups"][:-1] if g["competency"] == out["competency"]
                                   for p in g["pupils"]}
    assert "Hors des groupes · " in run_progression("groups", demo_path, "--period", "2").stdout
    missing = run_progression("groups", demo_path, "--period", "9")
    assert missing.returncode == 1 and "La période 9 n'existe pas" in missing.stderr
