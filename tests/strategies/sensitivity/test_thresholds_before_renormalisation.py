"""Thresholds in Triantaphyllou & Sánchez's terms: δ added to w_k before renormalising."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from sensitivity_cases import foshan, random_inputs, ranking_at, seeds

from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.thresholds import (
    change_before_renormalisation,
    rank_reversal_thresholds,
)

EPSILON = 1e-6


def ranks_with_delta(inputs: SensitivityInputs, criterion: int, delta: float) -> np.ndarray:
    """T&S's own step: add δ to w_k, then divide every weight by the new total."""
    raw = inputs.weights.copy()
    raw[criterion] += delta
    return ranking_at(inputs, raw / raw.sum())[1]


def top_changed(today, other) -> bool:
    return set(np.nonzero(today == 1)[0]) != set(np.nonzero(other == 1)[0])


def any_changed(today, other) -> bool:
    return not np.array_equal(today, other)


def check_delta(inputs, criterion, district, delta, sign, changed) -> None:
    """Ranking unchanged for δ just short of the threshold, changed just beyond it."""
    today = ranks_with_delta(inputs, criterion, 0.0)[district]
    # A δ step that moves the renormalised weight by about ε, which the ranking resolves.
    step = EPSILON * (1 + sign * delta) ** 2 / (1 - inputs.weights[criterion])
    if delta > step:
        before = ranks_with_delta(inputs, criterion, sign * (delta - step))[district]
        assert not changed(today, before)
    beyond = delta + step if sign > 0 else min(delta + step, inputs.weights[criterion])
    assert changed(today, ranks_with_delta(inputs, criterion, sign * beyond)[district])


def check_all(inputs: SensitivityInputs) -> int:
    found = rank_reversal_thresholds(inputs)
    checked = 0
    for array, increase, changed in (
        (found.top_increase, True, top_changed),
        (found.top_decrease, False, top_changed),
        (found.any_increase, True, any_changed),
        (found.any_decrease, False, any_changed),
    ):
        deltas = found.before_renormalisation(array, increase)
        for criterion, district in zip(*np.nonzero(~np.isnan(deltas)), strict=True):
            check_delta(
                inputs,
                criterion,
                district,
                deltas[criterion, district],
                1 if increase else -1,
                changed,
            )
            checked += 1
    return checked


def test_foshan_deltas_change_the_ranking_exactly_there():
    assert check_all(SensitivityInputs.from_evaluation(foshan())) > 0


@settings(max_examples=25, deadline=None)
@given(seeds)
def test_random_deltas_change_the_ranking_exactly_there(seed):
    inputs = random_inputs(seed, districts=2, strategies=4, criteria=3)
    found = rank_reversal_thresholds(inputs)
    smallest = np.nanmin(
        np.concatenate(
            [
                a.ravel()
                for a in (
                    found.top_increase,
                    found.top_decrease,
                    found.any_increase,
                    found.any_decrease,
                )
            ]
            + [[np.inf]]
        )
    )
    assume(smallest > 1e-4)
    check_all(inputs)


def test_delta_and_renormalised_change_are_the_published_relation():
    weight, delta = 0.2, 0.15
    renormalised = (weight + delta) / (1 + delta) - weight
    assert renormalised == pytest.approx(delta * (1 - weight) / (1 + delta))
    assert change_before_renormalisation(weight, renormalised) == pytest.approx(delta)
    assert change_before_renormalisation(weight, -0.1) == pytest.approx(-0.1 / 0.9)
    assert np.isnan(change_before_renormalisation(weight, 1 - weight))  # w_k = 1: no finite δ
    assert np.isnan(change_before_renormalisation(1.0, -0.5))


def test_relative_measure_is_delta_over_weight():
    inputs = SensitivityInputs.from_evaluation(foshan())
    found = rank_reversal_thresholds(inputs)
    deltas = found.before_renormalisation(found.any_decrease, increase=False)
    percent = found.percent_before_renormalisation(found.any_decrease, increase=False)
    known = ~np.isnan(deltas)
    assert known.any()
    expected = 100 * deltas / inputs.weights[:, np.newaxis]
    assert percent[known] == pytest.approx(expected[known])
    # Renormalising shrinks every change: |δ| is never smaller than |Δ|.
    assert np.all(deltas[known] >= found.any_decrease[known] - 1e-15)
