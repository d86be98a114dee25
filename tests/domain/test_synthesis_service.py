"""The period synthesis computed from a carnet: the same rules as the command line and exports."""

from __future__ import annotations

from datetime import date

import pytest

from progression.operations import RecordObservations, SetOverride


def _setup(empty):
    pupil = next(p for p in empty.pupils() if p.grade == "CE1")
    competency = next(i for i in empty.items(["CE1"]) if i.kind == "competency")
    objectives = [i for i in empty.children(competency.code) if "CE1" in i.grades][:2]
    return pupil, competency, objectives


def _record(empty, pupil, item, rank_or_label, day):
    step = empty.step_by_label(str(rank_or_label))
    empty.run(RecordObservations(((pupil.id, item.id),), step.id, day))


def _row(rows, item):
    return next(r for r in rows if r.item_id == item.id)


@pytest.mark.parametrize(
    ("rule", "extra", "score", "rank"),
    [
        ("last", {}, 100, 4),
        ("mean", {}, 56, 3),
        ("weighted_arithmetic", {}, 61, 3),
        ("weighted_geometric", {}, 67, 3),
        ("best", {"best_k": 1}, 100, 4),
        ("best", {"best_k": 2}, 84, 4),
        ("mode_low", {}, 0, 1),
        ("mode_high", {}, 100, 4),
        ("decaying", {}, 77, 3),
        ("mean", {"window": 2}, 50, 3),
    ],
)
def test_each_rule_on_one_item(empty, rule: str, extra: dict, score: int, rank: int) -> None:
    pupil, _, (item, _) = _setup(empty)
    for label, day in (("Atteints", 5), ("Non atteints", 12), ("Absent", 13), ("Dépassés", 19)):
        _record(empty, pupil, item, label, date(2026, 10, day))
    row = _row(empty.synthesis(1, empty.rule_options(rule=rule, **extra)), item)
    assert (row.score, row.rank, row.observations) == (score, rank, 3)


def test_earlier_periods_count_only_when_asked(empty) -> None:
    pupil, _, (item, _) = _setup(empty)
    _record(empty, pupil, item, 1, date(2026, 9, 10))  # période 1
    _record(empty, pupil, item, 4, date(2026, 11, 10))  # période 2
    assert _row(empty.synthesis(2, empty.rule_options(rule="mean")), item).score == 100
    assert _row(empty.synthesis(2, empty.rule_options(rule="mean", include_earlier=True)), item).score == 50


def test_roll_up_to_competency_and_domain_and_override(empty) -> None:
    pupil, competency, (first, second) = _setup(empty)
    _record(empty, pupil, first, 4, date(2026, 10, 1))
    _record(empty, pupil, second, 2, date(2026, 10, 1))
    rows = empty.synthesis(1)
    comp = _row(rows, competency)
    assert comp.rollup and comp.kind == "competency" and comp.score == 67 and comp.rank == 3  # (100 + 33) / 2
    domain = next(r for r in rows if r.kind == "domain")
    assert domain.score == 67
    empty.run(SetOverride(pupil.id, empty.period(1).id, second.id, empty.step_by_rank(4).id))
    rows = empty.synthesis(1)
    assert _row(rows, second).overridden and _row(rows, second).score == 100
    assert _row(rows, competency).score == 100  # the teacher's decision feeds the roll-up


def test_same_day_order_does_not_change_the_mean(empty) -> None:
    pupil, _, (item, other) = _setup(empty)
    for rank in (1, 4, 2):
        _record(empty, pupil, item, rank, date(2026, 10, 8))
    for rank in (2, 1, 4):
        _record(empty, pupil, other, rank, date(2026, 10, 8))
    rows = empty.synthesis(1, empty.rule_options(rule="mean"))
    assert _row(rows, item).score == _row(rows, other).score


def test_only_absences_gives_no_step(empty) -> None:
    pupil, _, (item, _) = _setup(empty)
    _record(empty, pupil, item, "Absent", date(2026, 10, 8))
    row = _row(empty.synthesis(1), item)
    assert row.rank is None and row.score is None and row.observations == 0


def test_period_with_no_observations_is_empty(empty) -> None:
    assert empty.synthesis(3) == []
