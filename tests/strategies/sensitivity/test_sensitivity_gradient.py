import numpy as np
import pytest
from hypothesis import given, settings
from sensitivity_cases import evaluation_of, foshan, random_inputs, ranking_at, seeds

from strategies.effectiveness import Synthesis
from strategies.sensitivity.gradient import gradient_sweep, swept_weights, weight_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import crossings_of, pair_roots


def test_curves_have_every_criterion_point_district_and_strategy(any_model):
    evaluation = evaluation_of(any_model, Synthesis.DISTRIBUTIVE)  # priorities summing to 1
    sweep = gradient_sweep(SensitivityInputs.from_evaluation(evaluation))
    criteria, districts = len(any_model.criteria), len(any_model.district_ids)
    assert sweep.priorities.shape == (criteria, 101, districts, len(any_model.strategy_ids))
    assert sweep.priorities.sum(axis=-1) == pytest.approx(np.ones((criteria, 101, districts)))


@settings(max_examples=25, deadline=None)
@given(seeds)
def test_curves_match_the_ranking_code(seed):
    inputs = random_inputs(seed)
    sweep = gradient_sweep(inputs, points=11)
    for criterion in range(inputs.weights.size):
        for point, value in enumerate(sweep.points):
            expected, _ = ranking_at(inputs, swept_weights(inputs.weights, criterion, value))
            assert sweep.priorities[criterion, point] == pytest.approx(expected, abs=1e-12)


def test_the_current_weight_reproduces_the_evaluation(any_model):
    evaluation = evaluation_of(any_model)
    inputs = SensitivityInputs.from_evaluation(evaluation)
    at_current = weight_sweep(inputs).priorities_at(inputs.weights)
    for criterion in range(len(any_model.criteria)):
        assert at_current[criterion] == pytest.approx(evaluation.priorities, abs=1e-12)


def grid_sign_changes(differences: np.ndarray, grid: np.ndarray) -> list[float]:
    signs = np.sign(differences)
    changes = np.nonzero(signs[:-1] * signs[1:] < 0)[0]
    return [float(grid[i]) for i in changes]


@settings(max_examples=20, deadline=None)
@given(seeds)
def test_crossings_agree_with_a_fine_grid(seed):
    inputs = random_inputs(seed, districts=2, strategies=4, criteria=3)
    sweep = weight_sweep(inputs)
    grid = np.linspace(0, 1, 4001)
    curves = sweep.priorities(grid)
    crossings = crossings_of(pair_roots(sweep))
    step = grid[1]
    for criterion in range(3):
        for district in range(2):
            found = crossings.select(district, criterion)
            for first in range(4):
                for second in range(first + 1, 4):
                    gap = (
                        curves[criterion, :, district, first]
                        - curves[criterion, :, district, second]
                    )
                    on_grid = grid_sign_changes(gap, grid)
                    exact = found.position[(found.first == first) & (found.second == second)]
                    assert len(exact) == len(on_grid)
                    for low, t in zip(on_grid, exact, strict=True):
                        assert low - 1e-12 <= t <= low + step + 1e-12
                        after = curves[criterion, min(np.searchsorted(grid, t) + 1, 4000), district]
                        leader = found.leader[found.position == t][0]
                        assert after[leader] >= max(after[first], after[second])


def test_a_criterion_holding_all_the_weight_shares_the_rest_equally():
    inputs = random_inputs(3, criteria=4)
    lone = SensitivityInputs(
        np.array([0.0, 1.0, 0.0, 0.0]), inputs.need, inputs.alpha, inputs.effectiveness
    )
    assert swept_weights(lone.weights, 1, 0.4) == pytest.approx([0.2, 0.4, 0.2, 0.2])
    sweep = gradient_sweep(lone, points=5)
    assert np.isfinite(sweep.priorities).all()
    for point, value in enumerate(sweep.points):
        expected, _ = ranking_at(lone, swept_weights(lone.weights, 1, value))
        assert sweep.priorities[1, point] == pytest.approx(expected, abs=1e-12)


def test_a_district_without_need_at_full_emphasis_follows_the_ranking_fallback():
    evaluation = foshan()
    inputs = SensitivityInputs(
        evaluation.weights.leaf_weights(), evaluation.need.need, 1.0, evaluation.effectiveness
    )
    sweep = gradient_sweep(inputs, points=21)
    for criterion in range(8):
        for point, value in enumerate(sweep.points):
            expected, _ = ranking_at(inputs, swept_weights(inputs.weights, criterion, value))
            assert sweep.priorities[criterion, point] == pytest.approx(expected, abs=1e-12)
