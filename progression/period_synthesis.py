"""A period's synthesis: each pupil's step per item, computed by the carnet's rule, then rolled up.

For every pupil and item observed in the period (or since the start of the year, if earlier
periods count), the rule (``progression.synthesis``) turns the series of step values into a score
and the carnet's thresholds turn it into a step; the teacher's decision, if any, wins. Objectives
roll up to their competency, competencies to their domain, by coefficient-weighted mean of scores.
The grade's speed objective, when neither observed nor decided, takes its step from the fluency
readings (``_from_readings``); those a reading aloud or comprehension grid evidences, from the latest
grid (``reading_grids.derive``). The same rows feed the synthesis page, the command line and every document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select

from progression import fluency as fluency_rules
from progression import reading_grids
from progression.queries import CarnetQueries
from progression.schema import Observation, SynthesisOverride
from progression.synthesis import RuleOptions, item_score, roll_up
from progression.views import FluencyView, ItemView, SynthesisRow

# The period synthesis's two queries, built once: a class synthesis is recomputed at every change
# shown on the synthesis page. One query for the whole class, oldest first: the rules depend on order.
_observation, _override = Observation.__table__.c, SynthesisOverride.__table__.c
_SYNTHESIS_OBSERVATIONS = (
    select(_observation.pupil_id, _observation.item_id, _observation.step_id)
    .where(
        _observation.deleted_at.is_(None),
        _observation.pupil_id.in_(bindparam("pupil_ids", expanding=True)),
        _observation.observed_on >= bindparam("since"),
        _observation.observed_on <= bindparam("until"),
    )
    .order_by(_observation.observed_on, _observation.created_at, _observation.id)
)
_SYNTHESIS_OVERRIDES = select(_override.pupil_id, _override.item_id, _override.step_id).where(
    _override.period_id == bindparam("period_id"),
    _override.deleted_at.is_(None),
    _override.pupil_id.in_(bindparam("pupil_ids", expanding=True)),
)


def period_synthesis(
    queries: CarnetQueries, period_index: int, options: RuleOptions, pupil_ids: Sequence[str] | None = None
) -> list[SynthesisRow]:
    """Each pupil's computed step per observed item of the period, and the roll-ups."""
    period = queries.period(period_index)
    since = queries.class_info().year_starts_on if options.include_earlier else period.starts_on
    pupils = queries.pupils()
    ids = list(pupil_ids) if pupil_ids is not None else [p.id for p in pupils]
    value_of = {s.id: s.value for s in queries.counting_steps()}
    with queries.carnet.reading() as connection:
        rows = connection.execute(
            _SYNTHESIS_OBSERVATIONS, {"pupil_ids": ids, "since": since, "until": period.ends_on}
        ).all()
        overrides = {
            (pupil_id, item_id): step_id
            for pupil_id, item_id, step_id in connection.execute(
                _SYNTHESIS_OVERRIDES, {"pupil_ids": ids, "period_id": period.id}
            )
        }
    # Every observed cell gets a series, even if only marks that do not count were recorded.
    series: dict[tuple[str, str], list[int]] = {}
    for pupil_id, item_id, step_id in rows:
        values = series.get((pupil_id, item_id))
        if values is None:
            values = series[(pupil_id, item_id)] = []
        value = value_of.get(step_id)
        if value is not None:
            values.append(value)
    for key in overrides:
        series.setdefault(key, [])
    items_by_id = queries.items_by_id
    results: dict[tuple[str, str], SynthesisRow] = {}
    for key, values in series.items():
        item = items_by_id.get(key[1])
        if item is not None:
            results[key] = _row(queries, key, item, item_score(values, options), len(values), overrides, False)
    _from_readings(queries, results, since, period.ends_on, ids)
    if "code_mark" in queries.held:
        _from_code(queries, results, period.ends_on, ids)
    if "reading_grid" in queries.held:
        reading_grids.derive(queries, results, since, period.ends_on, ids)  # the objectives a grid evidences
    _roll_up(queries, results, overrides, items_by_id)
    order = {p.id: n for n, p in enumerate(pupils)}
    return sorted(results.values(), key=lambda r: (order.get(r.pupil_id, 0), items_by_id[r.item_id].position))

def _row(
    queries: CarnetQueries,
    key: tuple[str, str],
    item: ItemView,
    score: int | None,
    count: int,
    overrides: dict[tuple[str, str], str],
    rollup: bool,
) -> SynthesisRow:
    computed_rank = queries.thresholds.step_for(score) if score is not None else None
    rank, final_score = computed_rank, score
    overridden = key in overrides
    if overridden:
        step = queries.step(overrides[key])
        rank, final_score = step.rank, step.value
    return SynthesisRow(
        key[0],
        item.id,
        item.code,
        item.kind,
        rollup,
        rank,
        final_score,
        overridden,
        computed_rank,
        score,
        count,
    )

def _from_readings(
    queries: CarnetQueries, results: dict[tuple[str, str], SynthesisRow], since: date, until: date, ids: list[str]
) -> None:
    """The grade's speed objective (« … 70 mots par minute » in CE1) gets its step from the latest
    reading of the window against the official end-of-year target (``fluency.reading_level``),
    unless the teacher observed it directly or decided it: what she recorded wins."""
    steps = sorted((s for s in queries.counting_steps() if s.rank is not None and s.value is not None),
                   key=lambda s: s.rank or 0)
    if not steps:
        return
    grade_of = {p.id: p.grade for p in queries.pupils()}
    latest: dict[str, tuple[FluencyView, float, int]] = {}
    for measure in queries.fluency(ids):
        if not since <= measure.measured_on <= until:
            continue
        target = fluency_rules.official_target(grade_of.get(measure.pupil_id, ""), prepared=measure.prepared)
        if target is None:  # a prepared text where the programme gives no prepared figure
            continue
        count = latest[measure.pupil_id][2] + 1 if measure.pupil_id in latest else 1
        latest[measure.pupil_id] = (measure, target, count)  # oldest first: the last one wins
    if not latest:
        return
    items = [i for i in queries.items_by_id.values() if i.kind == "objective" and not i.hidden]
    for pupil_id, (measure, target, count) in latest.items():
        codes = fluency_rules.fluency_objective_codes(grade_of[pupil_id])
        for item in items:
            key = (pupil_id, item.id)
            if item.code not in codes:
                continue
            own = results.get(key)
            if own is not None and (own.overridden or own.score is not None):
                continue
            step = steps[fluency_rules.reading_level(measure.mclm, target, len(steps))]
            results[key] = SynthesisRow(pupil_id, item.id, item.code, item.kind, False, step.rank, step.value, False,
                                        step.rank, step.value, count, True)


def _from_code(queries: CarnetQueries, results: dict[tuple[str, str], SynthesisRow], until: date,
               ids: list[str]) -> None:
    """The objectives about correspondences get the step the code grid proposes
    (``code_progression.RULE``), unless the teacher observed them directly or decided them."""
    from progression.code_progression import code_proposals

    for proposal in code_proposals(queries, until, ids):
        key = (proposal.pupil_id, proposal.item_id)
        own = results.get(key)
        if own is not None and (own.overridden or own.score is not None):
            continue
        item, step = queries.items_by_id[proposal.item_id], proposal.step
        results[key] = SynthesisRow(key[0], item.id, item.code, item.kind, False, step.rank, step.value, False,
                                    step.rank, step.value, proposal.marks, from_code=True)


def _roll_up(
    queries: CarnetQueries,
    results: dict[tuple[str, str], SynthesisRow],
    overrides: dict[tuple[str, str], str],
    items_by_id: dict[str, ItemView],
) -> None:
    """Objectives → competency → domain, by coefficient-weighted mean of scores."""
    parent_of = queries.parent_of
    for level in ("competency", "domain"):
        # Only parents that have something to roll up: a class reads a few dozen, not every item.
        groups: dict[tuple[str, str], list[SynthesisRow]] = defaultdict(list)
        for (pupil_id, item_id), row in results.items():
            parent = parent_of.get(item_id)
            if parent is not None and parent.kind == level:
                groups[(pupil_id, parent.id)].append(row)
        for key, children in groups.items():
            parent = items_by_id[key[1]]
            scored = [(r.score, items_by_id[r.item_id].coefficient) for r in children if r.score is not None]
            own = results.get(key)
            if own is not None and not own.rollup and own.score is not None:
                scored.append((own.score, parent.coefficient))
            count = sum(r.observations for r in children) + (own.observations if own else 0)
            results[key] = _row(queries, key, parent, roll_up(scored), count, overrides, True)


@dataclass(frozen=True)
class PreviewCounts:
    changed: int
    up: int
    down: int
    added: int
    removed: int


def compare_syntheses(before: list[SynthesisRow], after: list[SynthesisRow]) -> PreviewCounts:
    """How many positions (pupil × item) a new setting moves, and in which direction."""
    old = {(r.pupil_id, r.item_id): r.rank for r in before}
    new = {(r.pupil_id, r.item_id): r.rank for r in after}
    up = down = changed = 0
    for key in old.keys() & new.keys():
        a, b = old[key], new[key]
        if a == b:
            continue
        changed += 1
        if a is not None and b is not None:
            up += b > a
            down += b < a
    added = sum(1 for k in new.keys() - old.keys() if new[k] is not None)
    removed = sum(1 for k in old.keys() - new.keys() if old[k] is not None)
    return PreviewCounts(changed, up, down, added, removed)
