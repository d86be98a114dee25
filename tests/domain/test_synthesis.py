"""Synthesis rules: hand-computed worked examples, then properties that must hold for any observations."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from progression.errors import ProgressionError
from progression.synthesis import (
    RULE_LABELS,
    Rule,
    RuleOptions,
    Thresholds,
    default_thresholds,
    describe_options,
    item_score,
    roll_up,
    round_half_away,
    thresholds_from_bounds,
)

LSU_VALUES = [0, 33, 67, 100]
LSU_STEPS = [(1, 0), (2, 33), (3, 67), (4, 100)]
MATERNELLE_STEPS = [(1, 0), (2, 50), (3, 100)]

bounded = settings(max_examples=200, deadline=None)


def opts(rule: Rule, **kwargs: object) -> RuleOptions:
    return RuleOptions(rule=rule, **kwargs)  # type: ignore[arg-type]


# --- rounding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (16.5, 17),
        (16.4, 16),
        (2.5, 3),  # Python's round() gives 2 here
        (0.5, 1),
        (-0.5, -1),
        (-16.5, -17),
        (-16.4, -16),
        (0.0, 0),
        (100, 100),
        (Fraction(233, 2), 117),
        (Fraction(466, 7), 67),
        # floor(x + 0.5) in floats gives 1 for the float just below 0.5.
        (0.49999999999999994, 0),
    ],
)
def test_round_half_away(x: float | Fraction, expected: int) -> None:
    assert round_half_away(x) == expected


@pytest.mark.parametrize("x", [math.nan, math.inf, -math.inf])
def test_round_half_away_refuses_non_finite(x: float) -> None:
    with pytest.raises(ValueError):
        round_half_away(x)


# --- each rule, worked by hand ----------------------------------------------------------------------


def test_empty_gives_no_score_for_every_rule() -> None:
    for rule in Rule:
        assert item_score([], opts(rule)) is None


def test_last() -> None:
    assert item_score([100, 0, 33], opts(Rule.LAST)) == 33


def test_mean() -> None:
    # (0 + 33 + 100) / 3 = 44.33
    assert item_score([0, 33, 100], opts(Rule.MEAN)) == 44
    # (33 + 100) / 2 = 66.5 -> 67, a half going up
    assert item_score([33, 100], opts(Rule.MEAN)) == 67
    # (0 + 33) / 2 = 16.5 -> 17 (Python's round would give 16)
    assert item_score([0, 33], opts(Rule.MEAN)) == 17


def test_weighted_arithmetic() -> None:
    # weights 1, 2, 3: (0*1 + 33*2 + 100*3) / 6 = 366 / 6 = 61
    assert item_score([0, 33, 100], opts(Rule.WEIGHTED_ARITHMETIC)) == 61
    # (100*1 + 33*2 + 0*3) / 6 = 166 / 6 = 27.67
    assert item_score([100, 33, 0], opts(Rule.WEIGHTED_ARITHMETIC)) == 28
    # weights 1..4: (0 + 66 + 201 + 400) / 10 = 66.7
    assert item_score([0, 33, 67, 100], opts(Rule.WEIGHTED_ARITHMETIC)) == 67


def test_weighted_geometric() -> None:
    # weights 1, 2, 4: (0 + 66 + 400) / 7 = 66.57
    assert item_score([0, 33, 100], opts(Rule.WEIGHTED_GEOMETRIC)) == 67
    # (100 + 66 + 0) / 7 = 23.71
    assert item_score([100, 33, 0], opts(Rule.WEIGHTED_GEOMETRIC)) == 24
    # weights 1, 2, 4, 8: (0 + 0 + 0 + 800) / 15 = 53.33
    assert item_score([0, 0, 0, 100], opts(Rule.WEIGHTED_GEOMETRIC)) == 53
    # weights 1, 2: (0 + 66) / 3 = 22
    assert item_score([0, 33], opts(Rule.WEIGHTED_GEOMETRIC)) == 22


def test_weighted_geometric_is_the_default_rule() -> None:
    assert RuleOptions().rule is Rule.WEIGHTED_GEOMETRIC
    assert item_score([0, 33, 100], RuleOptions()) == 67


def test_best_default_k_is_one() -> None:
    assert RuleOptions().best_k == 1
    assert item_score([0, 100, 33], opts(Rule.BEST)) == 100


def test_best_k() -> None:
    values = [0, 67, 33, 100, 33]
    # two best: (100 + 67) / 2 = 83.5 -> 84
    assert item_score(values, opts(Rule.BEST, best_k=2)) == 84
    # three best: (100 + 67 + 33) / 3 = 66.67
    assert item_score(values, opts(Rule.BEST, best_k=3)) == 67
    # fewer observations than K: all of them, (0 + 33) / 2 = 16.5 -> 17
    assert item_score([0, 33], opts(Rule.BEST, best_k=3)) == 17


def test_mode_low_and_high() -> None:
    tied = [67, 0, 33, 67, 33, 100]  # 33 and 67 both twice
    assert item_score(tied, opts(Rule.MODE_LOW)) == 33
    assert item_score(tied, opts(Rule.MODE_HIGH)) == 67
    clear = [0, 100, 100, 33]
    assert item_score(clear, opts(Rule.MODE_LOW)) == 100
    assert item_score(clear, opts(Rule.MODE_HIGH)) == 100
    # all different: every value ties at one
    assert item_score([67, 0, 100], opts(Rule.MODE_LOW)) == 0
    assert item_score([67, 0, 100], opts(Rule.MODE_HIGH)) == 100


def test_decaying_one_observation_is_that_observation() -> None:
    assert item_score([33], opts(Rule.DECAYING)) == 33
    assert item_score([33], opts(Rule.DECAYING, decay_share=0.2)) == 33


def test_decaying_several_observations() -> None:
    # 0.65 * 100 + 0.35 * 0 = 65
    assert item_score([0, 100], opts(Rule.DECAYING)) == 65
    # 0.65 * 100 + 0.35 * (0 + 33) / 2 = 65 + 5.775 = 70.775
    assert item_score([0, 33, 100], opts(Rule.DECAYING)) == 71
    # 0.65 * 0 + 0.35 * (100 + 67) / 2 = 29.225
    assert item_score([100, 67, 0], opts(Rule.DECAYING)) == 29
    # another share: 0.5 * 67 + 0.5 * 0 = 33.5 -> 34
    assert item_score([0, 67], opts(Rule.DECAYING, decay_share=0.5)) == 34
    # a share of 1 is the last observation
    assert item_score([0, 33, 100, 67], opts(Rule.DECAYING, decay_share=1)) == 67


def test_decaying_half_is_exact() -> None:
    # 0.65 * 2 + 0.35 * 12 = 5.5 exactly, but 5.4999999… in float arithmetic.
    assert item_score([12, 2], opts(Rule.DECAYING)) == 6


def test_window_keeps_the_latest() -> None:
    values = [0, 0, 33, 100]
    # mean of the 2 latest: (33 + 100) / 2 = 66.5 -> 67
    assert item_score(values, opts(Rule.MEAN, window=2)) == 67
    # geometric on [0, 33, 100] = 67, while all four give (0 + 0 + 132 + 800) / 15 = 62.13
    assert item_score(values, opts(Rule.WEIGHTED_GEOMETRIC, window=3)) == 67
    assert item_score(values, opts(Rule.WEIGHTED_GEOMETRIC)) == 62
    # window before the rule: the old 100 is gone
    assert item_score([100, 0, 33], opts(Rule.BEST, window=2)) == 33
    assert item_score([100, 0, 33], opts(Rule.MODE_HIGH, window=1)) == 33
    # decaying on the window only: 0.65 * 100 + 0.35 * 33 = 76.55
    assert item_score(values, opts(Rule.DECAYING, window=2)) == 77
    # a window wider than the observations keeps them all
    assert item_score(values, opts(Rule.MEAN, window=10)) == item_score(values, opts(Rule.MEAN))


def test_score_is_clamped() -> None:
    # Callers pass step values 0-100; anything beyond is held to the ends.
    assert item_score([150], opts(Rule.LAST)) == 100
    assert item_score([-20], opts(Rule.LAST)) == 0


def test_include_earlier_does_not_change_the_computation() -> None:
    values = [0, 33, 100]
    assert item_score(values, RuleOptions(include_earlier=True)) == item_score(values, RuleOptions())


# --- options ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"window": 0},
        {"window": -3},
        {"window": True},
        {"window": 2.5},
        {"best_k": 0},
        {"best_k": -1},
        {"best_k": 1.0},
        {"decay_share": 0},
        {"decay_share": 0.0},
        {"decay_share": -0.1},
        {"decay_share": 1.01},
        {"decay_share": math.nan},
        {"decay_share": math.inf},
        {"decay_share": "0.65"},
        {"rule": "median"},
    ],
)
def test_invalid_options_are_refused_in_french(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError) as caught:
        RuleOptions(**kwargs)  # type: ignore[arg-type]
    # A readable sentence, also shown by the command line as a ProgressionError.
    assert isinstance(caught.value, ProgressionError)
    message = str(caught.value)
    assert message.endswith(".")
    assert any(word in message for word in ("fenêtre", "meilleures", "part", "Règle"))


def test_valid_option_edges() -> None:
    RuleOptions(window=1, best_k=1, decay_share=1.0)
    RuleOptions(window=None, decay_share=0.01)


def test_rule_given_as_text() -> None:
    assert RuleOptions(rule="mean").rule is Rule.MEAN  # type: ignore[arg-type]
    assert RuleOptions(rule="mode_high") == RuleOptions(rule=Rule.MODE_HIGH)  # type: ignore[arg-type]


def test_every_rule_has_a_french_label() -> None:
    assert set(RULE_LABELS) == set(Rule)
    assert RULE_LABELS[Rule.WEIGHTED_GEOMETRIC] == "Moyenne pondérée (1, 2, 4, 8…)"
    assert RULE_LABELS[Rule.DECAYING] == "Moyenne avec déclin (65 % sur la dernière)"
    assert len(set(RULE_LABELS.values())) == len(Rule)


def test_describe_options() -> None:
    assert describe_options(RuleOptions()) == "Moyenne pondérée (1, 2, 4, 8…)"
    assert describe_options(opts(Rule.DECAYING)) == RULE_LABELS[Rule.DECAYING]
    assert describe_options(opts(Rule.DECAYING, decay_share=0.725)) == ("Moyenne avec déclin (72,5 % sur la dernière)")
    assert describe_options(opts(Rule.BEST)) == "Meilleure observation"
    assert describe_options(opts(Rule.BEST, best_k=2, window=5, include_earlier=True)) == (
        "Moyenne des 2 meilleures observations, sur les 5 dernières observations, périodes précédentes comprises"
    )
    assert describe_options(opts(Rule.MEAN, window=1)) == "Moyenne, sur la dernière observation"


# --- thresholds ------------------------------------------------------------------------------------


def test_default_thresholds_lsu_boundaries() -> None:
    thresholds = default_thresholds(LSU_STEPS)
    assert thresholds.bounds == ((1, 0.0), (2, 16.5), (3, 50.0), (4, 83.5))
    expected = {0: 1, 16: 1, 17: 2, 33: 2, 49: 2, 50: 3, 67: 3, 83: 3, 84: 4, 100: 4}
    for score, rank in expected.items():
        assert thresholds.step_for(score) == rank, score


def test_default_thresholds_accept_any_order() -> None:
    assert default_thresholds(list(reversed(LSU_STEPS))) == default_thresholds(LSU_STEPS)


def test_maternelle_three_steps() -> None:
    thresholds = default_thresholds(MATERNELLE_STEPS)
    assert thresholds.bounds == ((1, 0.0), (2, 25.0), (3, 75.0))
    expected = {0: 1, 24: 1, 25: 2, 50: 2, 74: 2, 75: 3, 100: 3}
    for score, rank in expected.items():
        assert thresholds.step_for(score) == rank, score
    # A maternelle pupil observed "réussi" (100) once after two "en cours" (50), geometric:
    # (50 + 100 + 400) / 7 = 78.57 -> 79 -> step 3.
    assert item_score([50, 50, 100], RuleOptions()) == 79
    assert thresholds.step_for(79) == 3


def test_ranks_need_not_start_at_one() -> None:
    # A scale whose first counting step is not rank 1 (e.g. rank 1 is a non-counting mark).
    thresholds = default_thresholds([(2, 0), (3, 100)])
    assert thresholds.step_for(49) == 2
    assert thresholds.step_for(50) == 3
    assert thresholds.ranks == (2, 3)


def test_lowest_value_above_zero_still_covers_zero() -> None:
    thresholds = default_thresholds([(1, 20), (2, 60), (3, 100)])
    assert thresholds.bounds == ((1, 0.0), (2, 40.0), (3, 80.0))
    assert thresholds.step_for(0) == 1


def test_step_for_out_of_range_scores_go_to_the_ends() -> None:
    thresholds = default_thresholds(LSU_STEPS)
    assert thresholds.step_for(-5) == 1
    assert thresholds.step_for(120) == 4


@pytest.mark.parametrize(
    "steps",
    [
        [],
        [(1, 0), (2, 0)],  # same value twice
        [(1, 100), (2, 0)],  # values going down as ranks go up
        [(1, 0), (1, 100)],  # same rank twice
        [(1, 0), (2, 101)],
        [(1, -1), (2, 100)],
        [(1, 0), (2, 50.5)],
    ],
)
def test_default_thresholds_refuse_unusable_scales(steps: list[tuple[int, int]]) -> None:
    with pytest.raises(ValueError):
        default_thresholds(steps)


def test_custom_thresholds() -> None:
    # The LSU "objectif" thresholds SACoche uses by default: 0-34 / 35-64 / 65-89 / 90-100.
    thresholds = thresholds_from_bounds([(1, 0), (2, 35), (3, 65), (4, 90)])
    expected = {0: 1, 34: 1, 35: 2, 64: 2, 65: 3, 89: 3, 90: 4, 100: 4}
    for score, rank in expected.items():
        assert thresholds.step_for(score) == rank, score
    assert isinstance(thresholds.bounds, tuple)
    assert hash(thresholds) == hash(thresholds_from_bounds(((1, 0), (2, 35), (3, 65), (4, 90))))


def test_custom_thresholds_with_a_single_step() -> None:
    assert thresholds_from_bounds([(1, 0)]).step_for(73) == 1


@pytest.mark.parametrize(
    "bounds",
    [
        [],
        [(1, 5), (2, 50)],  # first bound not 0: a score of 3 would have no step
        [(1, 0), (2, 50), (3, 50)],  # not strictly ascending
        [(1, 0), (2, 60), (3, 40)],
        [(1, 0), (2, 101)],
        [(2, 0), (1, 50)],  # ranks going down
        [(1, 0), (1, 50)],
        [(1, 0), (2, math.nan)],
        [(1.5, 0), (2, 50)],
        [(1, 0, 3)],
    ],
)
def test_custom_thresholds_are_validated(bounds: list[tuple[int, float]]) -> None:
    with pytest.raises(ValueError) as caught:
        thresholds_from_bounds(bounds)
    assert isinstance(caught.value, ProgressionError)


def test_thresholds_built_directly_are_validated_too() -> None:
    with pytest.raises(ValueError):
        Thresholds(((1, 10.0), (2, 50.0)))


# --- roll-up ---------------------------------------------------------------------------------------


def test_roll_up() -> None:
    assert roll_up([]) is None
    assert roll_up([(67, 0), (33, 0)]) is None
    assert roll_up([(67, 1)]) == 67
    # (100 + 33) / 2 = 66.5 -> 67
    assert roll_up([(100, 1), (33, 1)]) == 67
    # (100*2 + 0*1) / 3 = 66.67
    assert roll_up([(100, 2), (0, 1)]) == 67
    # a zero coefficient leaves the item out
    assert roll_up([(100, 1), (0, 0)]) == 100
    # decimal coefficients are taken as written: (100*0.1 + 0*0.2) / 0.3 = 33.33
    assert roll_up([(100, 0.1), (0, 0.2)]) == 33
    # (0*0.5 + 33*1.5) / 2 = 24.75
    assert roll_up([(0, 0.5), (33, 1.5)]) == 25


@pytest.mark.parametrize("pairs", [[(50, -1)], [(101, 1)], [(-1, 1)], [(50, math.nan)]])
def test_roll_up_refuses_bad_input(pairs: list[tuple[int, float]]) -> None:
    with pytest.raises(ValueError):
        roll_up(pairs)


# --- properties ------------------------------------------------------------------------------------

values_lists = st.lists(st.integers(0, 100), min_size=1, max_size=30)
rules = st.sampled_from(list(Rule))
options_st = st.builds(
    RuleOptions,
    rule=rules,
    window=st.none() | st.integers(1, 12),
    best_k=st.integers(1, 5),
    decay_share=st.sampled_from([0.65, 0.5, 0.8, 1.0, 0.1, 0.333]),
    include_earlier=st.booleans(),
)
# 2 to 6 distinct step values in ascending order, ranks 1..n.
scale_values = st.lists(st.integers(0, 100), min_size=2, max_size=6, unique=True).map(sorted)


@bounded
@given(scale=scale_values, data=st.data(), options=options_st)
def test_score_within_observed_range_and_step_is_a_counting_rank(
    scale: list[int], data: st.DataObject, options: RuleOptions
) -> None:
    values = data.draw(st.lists(st.sampled_from(scale), min_size=1, max_size=25))
    score = item_score(values, options)
    assert score is not None
    assert min(values) <= score <= max(values)
    steps = [(rank, value) for rank, value in enumerate(scale, start=1)]
    assert default_thresholds(steps).step_for(score) in range(1, len(scale) + 1)


@bounded
@given(values=values_lists, options=options_st)
def test_score_is_a_whole_number_in_range(values: list[int], options: RuleOptions) -> None:
    score = item_score(values, options)
    assert isinstance(score, int)
    assert 0 <= score <= 100


@bounded
@given(values=values_lists, window=st.none() | st.integers(1, 12))
def test_last_is_the_latest(values: list[int], window: int | None) -> None:
    assert item_score(values, opts(Rule.LAST, window=window)) == values[-1]


@bounded
@given(values=values_lists, k=st.sampled_from([1, 2]), extra=st.integers(0, 100))
def test_a_value_at_least_the_best_never_lowers_best(values: list[int], k: int, extra: int) -> None:
    options = opts(Rule.BEST, best_k=k)
    before = item_score(values, options)
    assert before is not None
    new = max(before, extra)
    after = item_score([*values, new], options)
    assert after is not None
    assert after >= before


@bounded
@given(
    values=values_lists,
    data=st.data(),
    rule=st.sampled_from([Rule.MEAN, Rule.BEST, Rule.MODE_LOW, Rule.MODE_HIGH]),
    k=st.integers(1, 4),
)
def test_order_does_not_matter_for_order_free_rules(values: list[int], data: st.DataObject, rule: Rule, k: int) -> None:
    shuffled = data.draw(st.permutations(values))
    options = opts(rule, best_k=k)
    assert item_score(shuffled, options) == item_score(values, options)


@bounded
@given(value=st.integers(0, 100), n=st.integers(1, 20), options=options_st)
def test_all_equal_values_give_that_value(value: int, n: int, options: RuleOptions) -> None:
    assert item_score([value] * n, options) == value


@bounded
@given(values=values_lists, options=options_st, window=st.integers(1, 40))
def test_window_equals_rule_on_the_latest(values: list[int], options: RuleOptions, window: int) -> None:
    windowed = RuleOptions(rule=options.rule, window=window, best_k=options.best_k, decay_share=options.decay_share)
    unwindowed = RuleOptions(rule=options.rule, best_k=options.best_k, decay_share=options.decay_share)
    assert item_score(values, windowed) == item_score(values[-window:], unwindowed)


@bounded
@given(scale=scale_values, data=st.data())
def test_each_step_value_maps_to_itself(scale: list[int], data: st.DataObject) -> None:
    steps = [(rank, value) for rank, value in enumerate(scale, start=1)]
    shuffled = data.draw(st.permutations(steps))
    thresholds = default_thresholds(shuffled)
    for rank, value in steps:
        assert thresholds.step_for(value) == rank


@bounded
@given(scale=scale_values, a=st.integers(0, 100), b=st.integers(0, 100))
def test_a_higher_score_never_gives_a_lower_step(scale: list[int], a: int, b: int) -> None:
    thresholds = default_thresholds(list(enumerate(scale, start=1)))
    low, high = sorted((a, b))
    assert thresholds.step_for(low) <= thresholds.step_for(high)


@bounded
@given(scale=scale_values, score=st.integers(0, 100))
def test_default_step_is_a_nearest_value(scale: list[int], score: int) -> None:
    # Halfway bounds mean: the step given is one whose value is closest to the score.
    thresholds = default_thresholds(list(enumerate(scale, start=1)))
    given_value = scale[thresholds.step_for(score) - 1]
    assert abs(given_value - score) == min(abs(value - score) for value in scale)


@bounded
@given(pairs=st.lists(st.tuples(st.integers(0, 100), st.sampled_from([0, 0.5, 1, 1.5, 2, 3])), min_size=1, max_size=10))
def test_roll_up_within_children_range(pairs: list[tuple[int, float]]) -> None:
    result = roll_up(pairs)
    counted = [score for score, coefficient in pairs if coefficient > 0]
    if not counted:
        assert result is None
    else:
        assert result is not None
        assert min(counted) <= result <= max(counted)


@bounded
@given(values=values_lists)
def test_mean_matches_sacoche_classique(values: list[int]) -> None:
    # SACoche: round(sum / count) with PHP's half-away rounding, computed here exactly.
    expected = math.floor(Fraction(sum(values), len(values)) + Fraction(1, 2))
    assert item_score(values, opts(Rule.MEAN)) == expected


@given(
    st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=12),
    st.sampled_from([Rule.MEAN, Rule.WEIGHTED_ARITHMETIC, Rule.WEIGHTED_GEOMETRIC]),
)
@settings(max_examples=200, deadline=None)
def test_integer_fast_path_equals_exact_fractions(values: list[int], rule: Rule) -> None:
    from progression.synthesis import _raw_score

    expected = max(0, min(100, round_half_away(_raw_score(values, RuleOptions(rule=rule)))))
    assert item_score(values, RuleOptions(rule=rule)) == expected
