import numpy as np
import pytest
from hypothesis import given, settings
from sensitivity_cases import evaluation_of, foshan, random_inputs, ranking_at, seeds

from strategies.effectiveness import Synthesis
from strategies.sensitivity.alpha import alpha_sweep
from strategies.sensitivity.alpha_points import alpha_change_points
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.inputs import SensitivityInputs


@settings(max_examples=20, deadline=None)
@given(seeds)
def test_alpha_curves_and_ranks_match_the_ranking_code(seed):
    inputs = random_inputs(seed)
    sweep = alpha_sweep(inputs, points=11)
    for point, alpha in enumerate(sweep.points):
        scores, ranks = ranking_at(inputs, inputs.weights, alpha)
        assert sweep.priorities[point] == pytest.approx(scores, abs=1e-12)
        assert (sweep.ranks[point] == ranks).all()


@settings(max_examples=20, deadline=None)
@given(seeds)
def test_alpha_swaps_agree_with_a_fine_grid(seed):
    inputs = random_inputs(seed, districts=3, strategies=5)
    sweep = alpha_sweep(inputs, points=4001)
    for district in range(3):
        found = sweep.crossings.select(district)
        for first in range(5):
            for second in range(first + 1, 5):
                gap = sweep.priorities[:, district, first] - sweep.priorities[:, district, second]
                signs = np.sign(gap)
                on_grid = sweep.points[np.nonzero(signs[:-1] * signs[1:] < 0)[0]]
                exact = found.position[(found.first == first) & (found.second == second)]
                assert len(exact) == len(on_grid)
                assert ((exact >= on_grid - 1e-12) & (exact <= on_grid + 1 / 4000 + 1e-12)).all()


def test_alpha_sweep_meets_the_evaluation_at_today_s_alpha(any_model):
    evaluation = evaluation_of(any_model)
    sweep = alpha_sweep(SensitivityInputs.from_evaluation(evaluation))
    assert sweep.priorities[50] == pytest.approx(evaluation.priorities, abs=1e-12)
    assert (sweep.ranks[50] == evaluation.ranks).all()
    distributive = alpha_sweep(
        SensitivityInputs.from_evaluation(evaluation_of(any_model, Synthesis.DISTRIBUTIVE))
    )
    assert distributive.priorities[100].sum(axis=1) == pytest.approx(1.0)


def test_foshan_alpha_sweep_meets_the_evaluation_at_today_s_alpha():
    evaluation = foshan()
    sweep = alpha_sweep(SensitivityInputs.from_evaluation(evaluation))
    assert sweep.current_alpha == 0.5
    assert sweep.priorities[50] == pytest.approx(evaluation.priorities, abs=1e-12)
    assert (sweep.ranks[50] == evaluation.ranks).all()
    # Shunde has no need on three criteria: at α = 1 the ranking code still gives a ranking
    # (in distributive mode, priorities that sum to 1).
    distributive = alpha_sweep(SensitivityInputs.from_evaluation(foshan(Synthesis.DISTRIBUTIVE)))
    assert distributive.priorities[100].sum(axis=1) == pytest.approx(np.ones(5))


def test_dynamic_ranking_follows_the_ranking_code():
    evaluation = foshan()
    inputs = SensitivityInputs.from_evaluation(evaluation)
    same = dynamic_ranking(inputs, 3, float(inputs.weights[3]))
    assert same.priorities == pytest.approx(evaluation.priorities, abs=1e-12)
    assert (same.ranks == evaluation.ranks).all()
    moved = dynamic_ranking(inputs, 6, 0.6)
    assert moved.weights[6] == 0.6 and moved.weights.sum() == pytest.approx(1.0)
    scores, ranks = ranking_at(inputs, moved.weights)
    assert moved.priorities == pytest.approx(scores) and (moved.ranks == ranks).all()
    with pytest.raises(ValueError):
        dynamic_ranking(inputs, 0, 1.5)


@settings(max_examples=20, deadline=None)
@given(seeds)
def test_alpha_change_points_swap_the_named_strategies_at_the_named_place(seed):
    inputs = random_inputs(seed, districts=2, strategies=4)
    sweep = alpha_sweep(inputs)
    for point in alpha_change_points(inputs, sweep.crossings):
        below, above = (
            ranking_at(inputs, inputs.weights, point.alpha + step) for step in (-1e-7, 1e-7)
        )
        scores_below, scores_above = below[0][point.district], above[0][point.district]
        ahead, behind = point.ahead_above, point.ahead_below
        assert scores_below[behind] > scores_below[ahead]
        assert scores_above[ahead] > scores_above[behind]
        tie = ranking_at(inputs, inputs.weights, point.alpha)[0][point.district]
        assert tie[ahead] == pytest.approx(tie[behind], abs=1e-12)
        assert point.rank == 1 + int(np.sum(tie > max(tie[ahead], tie[behind]) + 1e-9))


def test_foshan_alpha_change_points_are_every_crossing_in_order():
    inputs = SensitivityInputs.from_evaluation(foshan())
    sweep = alpha_sweep(inputs)
    points = alpha_change_points(inputs, sweep.crossings)
    assert len(points) == len(sweep.crossings) > 0
    keys = [(p.district, p.alpha) for p in points]
    assert keys == sorted(keys)
