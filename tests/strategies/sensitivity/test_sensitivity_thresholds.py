import numpy as np
import pytest
from hypothesis import assume, given, settings
from sensitivity_cases import evaluation_of, foshan, random_inputs, ranking_at, seeds

from strategies.ranking import competition_ranks
from strategies.sensitivity.gradient import swept_weights
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.thresholds import rank_reversal_thresholds

EPSILON = 1e-6


def ranks_after(inputs: SensitivityInputs, criterion: int, change: float) -> np.ndarray:
    # Exact ranks (no tie tolerance): where two strategies' lines cross at a shallow angle, a
    # step of EPSILON before the threshold leaves a gap below the display's tie tolerance.
    value = inputs.weights[criterion] + change
    scores = ranking_at(inputs, swept_weights(inputs.weights, criterion, value))[0]
    return competition_ranks(scores, tolerance=0.0)


def top_of(ranks: np.ndarray) -> set[int]:
    return set(np.nonzero(ranks == 1)[0])


def check_flip(inputs, criterion, district, threshold, sign, changed) -> None:
    """Unchanged just before the threshold, changed just beyond it (or nowhere if NaN)."""
    today = ranks_after(inputs, criterion, 0.0)[district]
    current = inputs.weights[criterion]
    limit = 1.0 - current if sign > 0 else current
    if np.isnan(threshold):
        for step in np.linspace(0, limit, 21)[1:]:
            assert not changed(today, ranks_after(inputs, criterion, sign * step)[district])
        return
    if threshold > EPSILON:
        before = ranks_after(inputs, criterion, sign * (threshold - EPSILON))[district]
        assert not changed(today, before)
        halfway = ranks_after(inputs, criterion, sign * threshold / 2)[district]
        assert not changed(today, halfway)
    beyond = min(threshold + EPSILON, limit)
    assert changed(today, ranks_after(inputs, criterion, sign * beyond)[district])


def top_changed(today, other) -> bool:
    return top_of(today) != top_of(other)


def any_changed(today, other) -> bool:
    return not np.array_equal(today, other)


def check_all(inputs: SensitivityInputs) -> None:
    found = rank_reversal_thresholds(inputs)
    criteria, districts = found.top_increase.shape
    for criterion in range(criteria):
        for district in range(districts):
            for array, sign, changed in (
                (found.top_increase, 1, top_changed),
                (found.top_decrease, -1, top_changed),
                (found.any_increase, 1, any_changed),
                (found.any_decrease, -1, any_changed),
            ):
                check_flip(inputs, criterion, district, array[criterion, district], sign, changed)


def test_model_thresholds_flip_the_ranking_exactly_there(any_model):
    check_all(SensitivityInputs.from_evaluation(evaluation_of(any_model)))


def separated(inputs: SensitivityInputs) -> bool:
    """No two strategies closer than the tie tolerance can see within ε of any threshold."""
    found = rank_reversal_thresholds(inputs)
    for array in (found.top_increase, found.top_decrease, found.any_increase, found.any_decrease):
        if np.nanmin(np.concatenate([array.ravel(), [np.inf]])) < 1e-4:
            return False
    return True


@settings(max_examples=25, deadline=None)
@given(seeds)
def test_random_thresholds_flip_the_ranking_exactly_there(seed):
    inputs = random_inputs(seed, districts=2, strategies=4, criteria=3)
    assume(separated(inputs))
    check_all(inputs)


def test_the_critical_criterion_has_the_smallest_top_change():
    inputs = SensitivityInputs.from_evaluation(foshan())
    found = rank_reversal_thresholds(inputs)
    sizes = np.fmin(found.top_increase, found.top_decrease)
    for district in range(sizes.shape[1]):
        best = int(np.nanargmin(sizes[:, district]))
        assert found.critical_criterion[district] == best
        assert abs(found.critical_change[district]) == sizes[best, district]
    percent = found.percent(found.top_increase)
    assert percent[1, 0] == pytest.approx(100 * found.top_increase[1, 0] / inputs.weights[1])


def test_a_tie_today_gives_a_zero_threshold_both_ways():
    # Strategies 0 and 1 tie at today's weights but differ on each criterion.
    effectiveness = np.array([[0.6, 0.2], [0.2, 0.6], [0.2, 0.2]])
    inputs = SensitivityInputs(np.array([0.5, 0.5]), np.zeros((1, 2)), 0.0, effectiveness)
    found = rank_reversal_thresholds(inputs)
    assert found.top_increase[0, 0] == 0.0 and found.top_decrease[0, 0] == 0.0
    assert {found.top_increase_challenger[0, 0], found.top_decrease_challenger[0, 0]} == {0, 1}
    assert top_of(ranks_after(inputs, 0, 1e-6)[0]) == {0}
    assert top_of(ranks_after(inputs, 0, -1e-6)[0]) == {1}


def test_identical_strategies_never_count_as_a_change():
    effectiveness = np.array([[0.4, 0.4], [0.4, 0.4], [0.2, 0.2]])
    inputs = SensitivityInputs(np.array([0.3, 0.7]), np.zeros((1, 2)), 0.0, effectiveness)
    found = rank_reversal_thresholds(inputs)
    assert np.isnan(found.top_increase).all() and np.isnan(found.any_decrease).all()
    assert found.critical_criterion[0] == -1
    assert found.value(found.top_increase, 0, 0) is None
