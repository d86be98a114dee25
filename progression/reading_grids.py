"""Reading aloud (« prosodie ») and comprehension grids: a few criteria, four levels each.

The criteria and the objectives each grid evidences are data (``resources/norms/reading_grids.json``):
the wording is the app's own, inspired by the sources the file names, and marked not verified. A
grid is entered like a fluency reading (a pupil, a day, a text, prepared or not) with a level from
1 to 4 for every criterion.

In a period synthesis (``derive``), an objective a grid evidences takes its step from the latest
grid of the window, unless the teacher observed it or decided it: the mean of the levels of the
criteria the objective draws on, rounded to the nearest level (a half goes up), then level 1 →
the lowest step (« Non atteints »), 2 → the second, 3 → the third (« Atteints »), 4 → the highest
(« Dépassés »). A scale of another size is spread on the same four levels.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from progression import paths
from progression.errors import InvalidInputError
from progression.views import ReadingGridView, SynthesisRow

if TYPE_CHECKING:
    from progression.queries import CarnetQueries

LEVELS = (1, 2, 3, 4)
KINDS = ("prosody", "comprehension")


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str
    levels: tuple[str, ...]  # what each level looks like, level 1 first


@dataclass(frozen=True)
class GridSpec:
    kind: str
    label: str  # « Lecture à voix haute »
    title: str  # « Grille de lecture à voix haute »
    criteria: tuple[Criterion, ...]
    source: str
    verified: bool

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)


@dataclass(frozen=True)
class Evidence:
    """One objective a grid gives a step to, for one grade, from some of its criteria."""

    kind: str
    grade: str
    item: str
    criteria: tuple[str, ...]


@cache
def _raw() -> dict:
    return json.loads((paths.resources_dir() / "norms" / "reading_grids.json").read_text(encoding="utf-8"))


@cache
def grids() -> tuple[GridSpec, ...]:
    return tuple(
        GridSpec(
            kind=g["kind"], label=g["label"], title=g["title"], source=g["source"], verified=bool(g["verified"]),
            criteria=tuple(Criterion(c["code"], c["label"], tuple(c["levels"])) for c in g["criteria"]),
        )
        for g in _raw()["grids"]
    )


def grid(kind: str) -> GridSpec:
    found = next((g for g in grids() if g.kind == kind), None)
    if found is None:
        raise InvalidInputError(f"« {kind} » n'est pas une grille connue : choisissez « prosody » (lecture à voix "
                                "haute) ou « comprehension » (compréhension).")
    return found


@cache
def evidence() -> tuple[Evidence, ...]:
    return tuple(Evidence(e["kind"], e["grade"], e["item"], tuple(e["criteria"])) for e in _raw()["evidence"])


def check_levels(kind: str, levels: Mapping[str, int]) -> dict[str, int]:
    """The levels of a grid about to be saved, whatever brings them: one level from 1 to 4 for
    every criterion of the grid, nothing else."""
    spec = grid(kind)
    unknown = [code for code in levels if spec.criterion(code) is None]
    if unknown:
        raise InvalidInputError(f"La {spec.title.lower()} n'a pas de critère « {unknown[0]} ». Rien n'a été "
                                "enregistré.")
    missing = [c.label for c in spec.criteria if c.code not in levels]
    if missing:
        raise InvalidInputError(f"Choisissez un niveau (de 1 à 4) pour « {missing[0]} » : chaque critère de la "
                                f"{spec.title.lower()} en demande un. Rien n'a été enregistré.")
    for criterion in spec.criteria:
        value = levels[criterion.code]
        if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
            raise InvalidInputError(f"Le niveau de « {criterion.label} » doit être 1, 2, 3 ou 4 (et non « {value} »). "
                                    "Rien n'a été enregistré.")
    return {c.code: int(levels[c.code]) for c in spec.criteria}


def mean_level(levels: Mapping[str, int], criteria: tuple[str, ...]) -> float | None:
    values = [levels[c] for c in criteria if c in levels]
    return sum(values) / len(values) if values else None


def rounded_level(mean: float) -> int:
    """The nearest level to a mean, a half going up: 3.5 → 4, 3.4 → 3."""
    return max(level for level in LEVELS if mean >= level - 0.5) if mean >= 1 else 1


def step_index(mean: float, steps: int) -> int:
    """Index (0 = lowest) of the counting step a grid's mean level gives among ``steps`` steps."""
    level = rounded_level(mean) - 1
    if steps <= 1:
        return 0
    return round(level * (steps - 1) / (len(LEVELS) - 1))


def derive(queries: CarnetQueries, results: dict[tuple[str, str], SynthesisRow], since: date, until: date,
           ids: list[str]) -> None:
    """The objectives the grids evidence get their step from the latest grid of each kind in the
    window (see the module docstring), unless the teacher observed or decided them: what she
    recorded wins, and so does a step already given by the fluency readings."""
    steps = sorted((s for s in queries.counting_steps() if s.rank is not None and s.value is not None),
                   key=lambda s: s.rank or 0)
    if not steps:
        return
    latest: dict[tuple[str, str], tuple[ReadingGridView, int]] = {}
    for row in queries.reading_grids(ids):  # oldest first: the last one wins
        if since <= row.assessed_on <= until:
            key = (row.pupil_id, row.kind)
            latest[key] = (row, latest[key][1] + 1 if key in latest else 1)
    if not latest:
        return
    grade_of = {p.id: p.grade for p in queries.pupils()}
    by_code = {i.code: i for i in queries.items_by_id.values() if i.kind == "objective" and not i.hidden}
    for (pupil_id, kind), (row, count) in latest.items():
        for proof in evidence():
            item = by_code.get(proof.item)
            if proof.kind != kind or proof.grade != grade_of.get(pupil_id) or item is None:
                continue
            key = (pupil_id, item.id)
            own = results.get(key)
            if own is not None and (own.overridden or own.score is not None):
                continue
            mean = mean_level(row.levels, proof.criteria)
            if mean is None:
                continue
            step = steps[step_index(mean, len(steps))]
            results[key] = SynthesisRow(pupil_id, item.id, item.code, item.kind, False, step.rank, step.value, False,
                                        step.rank, step.value, count, from_grid=kind)


def level_words(kind: str, levels: Mapping[str, int]) -> str:
    """« Ponctuation 3/4 · Expressivité 2/4 »: a grid in one line, in the grid's order."""
    spec = grid(kind)
    return " · ".join(f"{c.label} {levels[c.code]}/4" for c in spec.criteria if c.code in levels)
