"""Need groups: per competency, a partition of the pupils who need help, and the groups a teacher kept.

The proposal reads the period synthesis (the same rows as the synthesis page and the documents):
on each competency, a pupil whose step on one of its objectives is below « Atteints » (steps 1 and
2) needs help there. Those pupils are split into groups of 3 to 6 (fewer only when the class has
fewer than 3 such pupils), each pupil in one group per competency: the neediest pupil still free
starts a group, which takes the pupils whose unmet objectives are the closest to his; pupils of
another grade come last. Groups are then ranked by need, 1 the greatest (the mean, over its
pupils, of « non atteints » counted 2 and « partiellement atteints » 1). Each pupil's reason is
the objectives he has not met, in words.

A teacher keeps a proposal with the period (``progression.operations.groups``), then moves pupils;
``kept_groups`` reads them back. ``partition`` and ``rank_groups`` are plain Python, without a
carnet, so the rule is tested on its own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression.operations.groups import GroupRows, KeepNeedGroups
from progression.queries import CarnetQueries
from progression.schema import NeedGroup, NeedGroupMember
from progression.views import ItemView

if TYPE_CHECKING:
    from progression.service import CarnetService

UNMET_RANK = 2  # steps 1 and 2 (non atteints, partiellement atteints) call for support
MIN_SIZE, MAX_SIZE = 3, 6
OTHER_GRADE = 1000  # a pupil of another grade is farther than any difference of objectives
LABEL_LENGTH = 200  # need_group.label


@dataclass(frozen=True)
class Need:
    """One pupil's need on one competency: the objectives below « Atteints », with their step rank."""

    pupil_id: str
    grade: str
    unmet: tuple[tuple[str, int], ...]  # (objective code, rank 1 or 2), in framework order
    order: int = 0  # the pupil's place in the class list: ties are broken by it

    @property
    def weight(self) -> int:
        """« Non atteints » counts 2, « partiellement atteints » 1."""
        return sum(UNMET_RANK + 1 - rank for _, rank in self.unmet)


def distance(a: Need, b: Need) -> int:
    """How far two pupils' needs are: the objectives one has unmet and not the other, and by how much."""
    wa = {code: UNMET_RANK + 1 - rank for code, rank in a.unmet}
    wb = {code: UNMET_RANK + 1 - rank for code, rank in b.unmet}
    apart = sum(abs(wa.get(code, 0) - wb.get(code, 0)) for code in wa.keys() | wb.keys())
    return apart + (OTHER_GRADE if a.grade != b.grade else 0)


def sizes(count: int) -> list[int]:
    """Sizes of the groups for ``count`` pupils: as few groups as hold at most 6, as even as can be
    (7 → 4 + 3, 13 → 5 + 4 + 4), so no group under 3; one smaller group when the class has fewer."""
    if count <= 0:
        return []
    groups = math.ceil(count / MAX_SIZE)
    base, extra = divmod(count, groups)
    return [base + 1] * extra + [base] * (groups - extra)


def partition(needs: Sequence[Need]) -> list[list[Need]]:
    """The pupils in need on one competency, each in exactly one group (see the module's docstring)."""
    remaining = sorted(needs, key=lambda n: (-n.weight, n.order))
    groups: list[list[Need]] = []
    for size in sizes(len(remaining)):
        seed = remaining.pop(0)
        near = sorted(remaining, key=lambda n: (distance(seed, n), -n.weight, n.order))[: size - 1]
        for need in near:
            remaining.remove(need)
        groups.append([seed, *sorted(near, key=lambda n: (-n.weight, n.order))])
    return groups


def group_need(group: Sequence[Need]) -> float:
    return sum(n.weight for n in group) / len(group) if group else 0.0


Pairs = list[tuple[str, list[Need]]]  # (competency code, group)


def rank_groups(groups: Pairs, position: Callable[[str], int]) -> Pairs:
    """(competency code, group) pairs, the greatest need first; then the larger group, then framework order."""
    return sorted(groups, key=lambda cg: (-group_need(cg[1]), -len(cg[1]), position(cg[0]),
                                          min((n.order for n in cg[1]), default=0)))


# ---------------------------------------------------------------- from a carnet


@dataclass(frozen=True)
class ProposedMember:
    pupil_id: str
    reason: str  # the objectives not met, in words


@dataclass(frozen=True)
class ProposedGroup:
    competency: ItemView
    rank: int  # 1 = the greatest need of the period
    label: str
    members: tuple[ProposedMember, ...]
    note: str = ""  # said when the group is smaller than 3: the class has no more pupils in need there


def competency_of(item: ItemView, by_code: dict[str, ItemView]) -> ItemView | None:
    """The competency an objective belongs to (its nearest ancestor of that kind)."""
    seen: set[str] = set()
    code = item.parent_code
    while code and code not in seen:
        seen.add(code)
        parent = by_code.get(code)
        if parent is None:
            return None
        if parent.kind == "competency":
            return parent
        code = parent.parent_code
    return None


def reason(need: Need, items: dict[str, ItemView], step_words: dict[int, str]) -> str:
    """« non atteints : Lire… ; partiellement atteints : Comprendre… »"""
    parts = []
    for rank in sorted({rank for _, rank in need.unmet}):
        labels = [items[code].label if code in items else code for code, r in need.unmet if r == rank]
        parts.append(f"{step_words.get(rank, str(rank))} : {' ; '.join(labels)}")
    return " — ".join(parts)


def group_label(rank: int, competency: ItemView) -> str:
    label = f"Groupe {rank} · {competency.label}"
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1] + "…"


def needs_of_period(service: CarnetService, period_index: int) -> dict[str, list[Need]]:
    """Competency code → the needs of the pupils present in the period, from its synthesis."""
    pupils = service.pupils_in_period(period_index)
    order = {p.id: n for n, p in enumerate(pupils)}
    grade = {p.id: p.grade for p in pupils}
    items = {i.code: i for i in service.items(include_hidden=True)}
    rows = service.synthesis(period_index, pupil_ids=list(order))
    unmet: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for row in rows:
        item = items.get(row.item_code)
        if item is None or item.kind != "objective" or row.rank is None or row.rank > UNMET_RANK:
            continue
        competency = competency_of(item, items)
        if competency is not None and row.pupil_id in order:
            unmet[(competency.code, row.pupil_id)].append((item.code, row.rank))
    needs: dict[str, list[Need]] = defaultdict(list)
    for (code, pupil_id), found in unmet.items():
        found.sort(key=lambda cr: items[cr[0]].position)
        needs[code].append(Need(pupil_id, grade[pupil_id], tuple(found), order[pupil_id]))
    return dict(needs)


def propose(service: CarnetService, period_index: int) -> list[ProposedGroup]:
    """The proposed groups of a period, ranked; each pupil once per competency."""
    items = {i.code: i for i in service.items(include_hidden=True)}
    step_words = {s.rank: s.short.lower() for s in service.counting_steps() if s.rank is not None}
    pairs = [(code, group) for code, needs in needs_of_period(service, period_index).items()
             for group in partition(needs)]
    ranked = rank_groups(pairs, lambda code: items[code].position)
    proposed = []
    for rank, (code, group) in enumerate(ranked, start=1):
        competency = items[code]
        note = ""
        if len(group) < MIN_SIZE:
            who = "seul élève" if len(group) == 1 else "seuls élèves"
            note = f"{who} de la classe en besoin sur cette compétence"
        proposed.append(ProposedGroup(
            competency, rank, group_label(rank, competency),
            tuple(ProposedMember(n.pupil_id, reason(n, items, step_words)) for n in group), note))
    return proposed


@dataclass(frozen=True)
class KeptMember:
    id: str
    pupil_id: str
    reason: str
    placed_by_teacher: bool


@dataclass(frozen=True)
class KeptGroup:
    id: str
    item_id: str  # the competency
    rank: int
    label: str
    members: tuple[KeptMember, ...]


def kept_groups(service: CarnetQueries, period_index: int) -> list[KeptGroup]:
    """The groups kept with the period, by rank; their pupils in the class list's order."""
    period = service.period(period_index)
    order = {p.id: n for n, p in enumerate(service.pupils())}
    group, member = NeedGroup.__table__.c, NeedGroupMember.__table__.c
    with service.carnet.reading() as connection:
        groups = connection.execute(
            select(group.id, group.item_id, group.rank, group.label)
            .where(group.period_id == period.id, group.deleted_at.is_(None))
            .order_by(group.rank, group.label, group.id)
        ).all()
        members: dict[str, list[KeptMember]] = defaultdict(list)
        if groups:
            for row in connection.execute(
                select(member.id, member.group_id, member.pupil_id, member.reason, member.placed_by_teacher)
                .where(member.group_id.in_([g.id for g in groups]), member.deleted_at.is_(None))
            ):
                if row.pupil_id in order:  # a pupil erased since is in no group
                    members[row.group_id].append(
                        KeptMember(row.id, row.pupil_id, row.reason, bool(row.placed_by_teacher)))
    return [
        KeptGroup(g.id, g.item_id, g.rank, g.label,
                  tuple(sorted(members[g.id], key=lambda m: order[m.pupil_id])))
        for g in groups
    ]


def keeping(service: CarnetService, period_index: int,
            proposal: Sequence[ProposedGroup] | None = None) -> KeepNeedGroups:
    """The action that keeps this proposal (the period's, by default) with the period."""
    groups = propose(service, period_index) if proposal is None else proposal
    return KeepNeedGroups(service.period(period_index).id, tuple(
        GroupRows(g.competency.id, g.rank, g.label, tuple((m.pupil_id, m.reason) for m in g.members))
        for g in groups))


def left_out(service: CarnetService, period_index: int, kept: Sequence[KeptGroup]) -> dict[str, list[ProposedMember]]:
    """Competency id → the pupils in need on it who are in none of its kept groups (moved out by the
    teacher, or in need since the groups were kept), each with his reason."""
    items = {i.code: i for i in service.items(include_hidden=True)}
    step_words = {s.rank: s.short.lower() for s in service.counting_steps() if s.rank is not None}
    placed = {(g.item_id, m.pupil_id) for g in kept for m in g.members}
    competencies = {g.item_id for g in kept}
    out: dict[str, list[ProposedMember]] = {}
    for code, needs in needs_of_period(service, period_index).items():
        competency = items[code]
        if competency.id not in competencies:
            continue
        missing = [ProposedMember(n.pupil_id, reason(n, items, step_words))
                   for n in sorted(needs, key=lambda n: n.order) if (competency.id, n.pupil_id) not in placed]
        if missing:
            out[competency.id] = missing
    return out
