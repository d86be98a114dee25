"""Synthesis rules: from one pupil's observations of one item to a score 0-100, then to a step.

Pure functions only, so the grid, the command line and every export give the same result
for the same observations (ARCHITECTURE.md §4). Where SACoche has the same rule
(``calculer_score``: classique, arithmetique, geometrique, bestofN, last-N window), the
definition and the rounding are SACoche's, so a teacher can compare both tools.

Arithmetic is exact (``Fraction``): a score that lands exactly on a half must round up,
and float sums such as ``0.65 * 2 + 0.35 * 12`` give 5.4999… instead of 5.5.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from progression.errors import InvalidInputError
from progression.rules import Rule
from progression.wording import Phrase

__all__ = [
    "RULE_LABELS",
    "Rule",
    "RuleOptions",
    "SynthesisSettingsError",
    "Thresholds",
    "default_thresholds",
    "describe_options",
    "item_score",
    "roll_up",
    "round_half_away",
    "thresholds_from_bounds",
]

SCORE_MIN = 0
SCORE_MAX = 100


class SynthesisSettingsError(InvalidInputError, ValueError):
    """A rule option or a threshold that cannot be used.

    A ``ValueError`` for callers that validate values, and a ``ProgressionError`` so the
    command line and the app show its French sentence instead of a traceback.
    """


RULE_LABELS: dict[Rule, str] = {
    Rule.LAST: "Dernière observation",
    Rule.MEAN: "Moyenne",
    Rule.WEIGHTED_ARITHMETIC: "Moyenne pondérée (1, 2, 3…)",
    Rule.WEIGHTED_GEOMETRIC: "Moyenne pondérée (1, 2, 4, 8…)",
    Rule.BEST: "Meilleures observations",
    Rule.MODE_LOW: "Le plus fréquent (bas)",
    Rule.MODE_HIGH: "Le plus fréquent (haut)",
    Rule.DECAYING: "Moyenne avec déclin (65 % sur la dernière)",
}


def _is_int(value: object) -> bool:
    # bool is an int to Python, but True as a window or a rank is always a caller's slip.
    return isinstance(value, int) and not isinstance(value, bool)


def _exact(value: float | Fraction, what: str) -> Fraction:
    """The number the teacher typed, exactly: 0.65 means 13/20, not the nearest binary float."""
    if isinstance(value, bool) or not isinstance(value, int | float | Fraction):
        raise SynthesisSettingsError("synthesis.not_a_number", what=what)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SynthesisSettingsError("synthesis.not_finite", what=what)
        # repr() is the shortest text that gives back the same float: what was typed or stored.
        return Fraction(repr(value))
    return Fraction(value)


@dataclass(frozen=True)
class RuleOptions:
    """A carnet's synthesis setting; the command line may override any part of it."""

    rule: Rule = Rule.WEIGHTED_GEOMETRIC
    window: int | None = None
    best_k: int = 1
    decay_share: float = 0.65
    include_earlier: bool = False

    def __post_init__(self) -> None:
        # Settings come from a carnet or a command line as text; accept "mean" as well as Rule.MEAN.
        if not isinstance(self.rule, Rule):
            try:
                object.__setattr__(self, "rule", Rule(self.rule))
            except ValueError:
                known = ", ".join(rule.value for rule in Rule)
                raise SynthesisSettingsError("synthesis.rule_unknown", rule=self.rule, known=known) from None
        if self.window is not None and (not _is_int(self.window) or self.window < 1):
            raise SynthesisSettingsError("synthesis.window", window=self.window)
        if not _is_int(self.best_k) or self.best_k < 1:
            raise SynthesisSettingsError("synthesis.best_k", best_k=self.best_k)
        share = _exact(self.decay_share, Phrase("synthesis.what.share"))
        if not 0 < share <= 1:
            raise SynthesisSettingsError("synthesis.decay_share", decay_share=self.decay_share)


def round_half_away(x: float | Fraction) -> int:
    """Round to a whole number, halves away from zero, as PHP's round() in SACoche does.

    Python's round() sends halves to the even neighbour (round(16.5) == 16), so a score
    exactly on a boundary would sometimes land in the lower step.
    """
    if isinstance(x, float) and not math.isfinite(x):
        raise SynthesisSettingsError("synthesis.round_not_finite", x=x)
    # Fraction(float) is the float's exact binary value: 0.49999999999999994 must give 0,
    # which floor(x + 0.5) computed in floats gets wrong.
    if isinstance(x, int):
        return x
    exact = x if isinstance(x, Fraction) else Fraction(x)
    numerator, denominator = abs(exact.numerator), exact.denominator
    magnitude = (2 * numerator + denominator) // (2 * denominator)  # floor(|x| + 1/2), in integers
    return magnitude if exact >= 0 else -magnitude


def _weighted_mean(values: Sequence[int], weights: Sequence[int]) -> Fraction:
    return Fraction(sum(v * w for v, w in zip(values, weights, strict=True)), sum(weights))


def _mode(values: Sequence[int], prefer_high: bool) -> Fraction:
    counts = Counter(values)
    top = max(counts.values())
    tied = [value for value, count in counts.items() if count == top]
    return Fraction(max(tied) if prefer_high else min(tied))


def _raw_score(values: Sequence[int], options: RuleOptions) -> Fraction:
    rule = options.rule
    n = len(values)
    if rule is Rule.LAST:
        return Fraction(values[-1])
    if rule is Rule.MEAN:
        return Fraction(sum(values), n)
    if rule is Rule.WEIGHTED_ARITHMETIC:
        return _weighted_mean(values, range(1, n + 1))
    if rule is Rule.WEIGHTED_GEOMETRIC:
        return _weighted_mean(values, [2**i for i in range(n)])
    if rule is Rule.BEST:
        best = sorted(values, reverse=True)[: options.best_k]
        return Fraction(sum(best), len(best))
    if rule is Rule.MODE_LOW:
        return _mode(values, prefer_high=False)
    if rule is Rule.MODE_HIGH:
        return _mode(values, prefer_high=True)
    if rule is Rule.DECAYING:
        if n == 1:
            return Fraction(values[0])
        share = _exact(options.decay_share, Phrase("synthesis.what.share"))
        earlier = Fraction(sum(values[:-1]), n - 1)
        return share * values[-1] + (1 - share) * earlier
    raise AssertionError(f"règle non traitée : {rule!r}")  # a new Rule member without its formula


def item_score(values: Sequence[int], options: RuleOptions) -> int | None:
    """Score 0-100 of one pupil on one item, or None when nothing counts yet.

    ``values`` are the counting steps' values, oldest first; the caller has already left
    out absent / non évalué marks and, unless ``include_earlier``, earlier periods.
    """
    if not values:
        return None
    kept = values[-options.window :] if options.window is not None else values
    ratio = _integer_ratio(kept, options.rule)
    if ratio is not None:
        numerator, denominator = ratio  # both ≥ 0: floor(x + 1/2) in integers is exact and fast
        score = (2 * numerator + denominator) // (2 * denominator)
    else:
        score = round_half_away(_raw_score(kept, options))
    return max(SCORE_MIN, min(SCORE_MAX, score))


def _integer_ratio(values: Sequence[int], rule: Rule) -> tuple[int, int] | None:
    """The weighted means as numerator/denominator of whole numbers, for the rules that allow it.

    A class synthesis scores hundreds of cells; this skips Fraction objects while giving exactly
    the same result as ``_raw_score`` (a test compares both).
    """
    # type() rather than _is_int: this runs for every cell of a class synthesis (bool is refused too).
    if not all(type(v) is int and v >= 0 for v in values):
        return None
    n = len(values)
    if rule is Rule.MEAN:
        return sum(values), n
    if rule is Rule.WEIGHTED_ARITHMETIC:
        return sum(v * w for w, v in enumerate(values, start=1)), n * (n + 1) // 2
    if rule is Rule.WEIGHTED_GEOMETRIC:
        return sum(v << i for i, v in enumerate(values)), (1 << n) - 1
    return None


@dataclass(frozen=True)
class Thresholds:
    """Turns a score back into a step: each bound is (rank, lowest score giving that rank)."""

    bounds: tuple[tuple[int, float], ...]

    def __post_init__(self) -> None:
        # Checked here rather than only in thresholds_from_bounds: a Thresholds built by hand
        # (or read back from a carnet) must not silently map scores to the wrong step.
        try:
            bounds = tuple((rank, lowest) for rank, lowest in self.bounds)
        except (TypeError, ValueError):
            raise SynthesisSettingsError("synthesis.thresholds_shape") from None
        object.__setattr__(self, "bounds", bounds)
        if not bounds:
            raise SynthesisSettingsError("synthesis.thresholds_empty")
        previous_rank: int | None = None
        previous_lowest: Fraction | None = None
        for rank, lowest in bounds:
            if not _is_int(rank):
                raise SynthesisSettingsError("synthesis.rank_not_integer", rank=rank)
            low = _exact(lowest, Phrase("synthesis.what.threshold", rank=rank))
            if previous_lowest is None:
                if low != 0:
                    raise SynthesisSettingsError("synthesis.first_threshold", lowest=lowest)
            else:
                if low <= previous_lowest or low > SCORE_MAX:
                    raise SynthesisSettingsError(
                        "synthesis.threshold_order",
                        rank=rank,
                        lowest=lowest,
                        most=SCORE_MAX,
                    )
                assert previous_rank is not None
                if rank <= previous_rank:
                    raise SynthesisSettingsError(
                        "synthesis.rank_order",
                        rank=rank,
                        previous_rank=previous_rank,
                    )
            previous_rank, previous_lowest = rank, low

    @property
    def ranks(self) -> tuple[int, ...]:
        return tuple(rank for rank, _ in self.bounds)

    def step_for(self, score: int) -> int:
        """Rank of the step for a score; a score exactly on a bound goes to the higher step.

        Scores outside 0-100 are held to the nearest end (SACoche caps at 100 the same way)
        rather than failing half-way through a class report.
        """
        rank = self.bounds[0][0]
        for bound_rank, lowest in self.bounds[1:]:
            if score < lowest:
                break
            rank = bound_rank
        return rank


def thresholds_from_bounds(bounds: Sequence[tuple[int, float]]) -> Thresholds:
    """Thresholds set by the teacher, e.g. SACoche's LSU defaults 0/35/65/90."""
    # Thresholds checks and normalises the pairs, so a malformed one gets the French message too.
    return Thresholds(tuple(bounds))


def default_thresholds(steps: Sequence[tuple[int, int]]) -> Thresholds:
    """Bounds halfway between consecutive step values, so each step's value maps to itself.

    ``steps`` are (rank, value) of the counting steps, in any order. Values must grow with
    ranks: otherwise a higher score would give a lower step.
    """
    if not steps:
        raise SynthesisSettingsError("synthesis.no_counting_step")
    ordered = sorted(steps, key=lambda step: step[1])
    for rank, value in ordered:
        if not _is_int(value) or not SCORE_MIN <= value <= SCORE_MAX:
            raise SynthesisSettingsError(
                "synthesis.step_value",
                rank=rank,
                least=SCORE_MIN,
                most=SCORE_MAX,
                value=value,
            )
    for (rank_a, value_a), (rank_b, value_b) in itertools.pairwise(ordered):
        if value_a == value_b:
            raise SynthesisSettingsError(
                "synthesis.same_value",
                rank_a=rank_a,
                rank_b=rank_b,
                value_a=value_a,
            )
        if not (_is_int(rank_a) and _is_int(rank_b)) or rank_a >= rank_b:
            raise SynthesisSettingsError(
                "synthesis.values_order",
                rank_a=rank_a,
                value_a=value_a,
                rank_b=rank_b,
                value_b=value_b,
            )
    bounds: list[tuple[int, float]] = [(ordered[0][0], 0.0)]
    # Halfway between two whole numbers is exact in binary, so float bounds lose nothing.
    bounds += [(rank, (below + value) / 2) for (_, below), (rank, value) in itertools.pairwise(ordered)]
    return Thresholds(tuple(bounds))


def roll_up(scores: Sequence[tuple[int, float]]) -> int | None:
    """Score of a competency or domain: the coefficient-weighted mean of its children's scores.

    A coefficient of 0 leaves an item out (as in SACoche and Pronote); None when nothing
    is left to average.
    """
    if all(
        type(score) is int  # not bool; faster than _is_int for the thousands of calls of a class
        and SCORE_MIN <= score <= SCORE_MAX
        and (type(coef) is int or (type(coef) is float and coef.is_integer()))
        and coef >= 0
        for score, coef in scores
    ):
        # Whole scores and whole coefficients (the usual case): exact integer arithmetic, which
        # a class synthesis runs thousands of times.
        int_total = sum(score * int(coef) for score, coef in scores)
        int_weight = sum(int(coef) for _, coef in scores)
        return None if int_weight == 0 else (2 * int_total + int_weight) // (2 * int_weight)
    total = Fraction(0)
    weight = Fraction(0)
    for score, coefficient in scores:
        exact_score = _exact(score, Phrase("synthesis.what.score"))
        if not SCORE_MIN <= exact_score <= SCORE_MAX:
            raise SynthesisSettingsError(
                "synthesis.score_range",
                least=SCORE_MIN,
                most=SCORE_MAX,
                score=score,
            )
        coef = _exact(coefficient, Phrase("synthesis.what.coefficient"))
        if coef < 0:
            raise SynthesisSettingsError("synthesis.coefficient_negative", coefficient=coefficient)
        total += exact_score * coef
        weight += coef
    if weight == 0:
        return None
    return round_half_away(total / weight)


def _percent(share: float) -> str:
    exact = _exact(share, Phrase("synthesis.what.share")) * 100
    if exact.denominator == 1:
        return str(exact.numerator)
    return f"{float(exact):g}".replace(".", ",")


def describe_options(options: RuleOptions) -> str:
    """One French phrase for the rule actually used, for report footers and the settings dialog."""
    rule = options.rule
    if rule is Rule.BEST:
        text = (
            "Meilleure observation" if options.best_k == 1 else f"Moyenne des {options.best_k} meilleures observations"
        )
    elif rule is Rule.DECAYING:
        text = f"Moyenne avec déclin ({_percent(options.decay_share)} % sur la dernière)"
    else:
        text = RULE_LABELS[rule]
    if options.window is not None:
        text += (
            ", sur la dernière observation"
            if options.window == 1
            else f", sur les {options.window} dernières observations"
        )
    if options.include_earlier:
        text += ", périodes précédentes comprises"
    return text
