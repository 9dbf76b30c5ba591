"""Where the ranking stops being stable over α: change points and the interval around α."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from strategies.effectiveness import Synthesis
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.alpha import alpha_stability
from strategies.sensitivity.inputs import SensitivityInputs


def ranks_at(inputs, alpha):
    return competition_ranks(
        priorities(adjusted_weights(inputs.weights, inputs.need, alpha), inputs.effectiveness)
    )


@settings(max_examples=60, deadline=None)
@given(
    hnp.arrays(float, 4, elements=st.floats(0.05, 1.0)),
    hnp.arrays(float, (3, 4), elements=st.floats(0.0, 1.0)),
    hnp.arrays(float, (4, 4), elements=st.floats(0.05, 1.0)),
    st.floats(0.0, 1.0),
)
def test_the_ranking_holds_inside_the_interval_and_changes_at_its_ends(
    weights, need, effectiveness, alpha
):
    inputs = SensitivityInputs(weights, need, alpha, effectiveness)
    today = ranks_at(inputs, alpha)
    for found in alpha_stability(inputs):
        assert found.low <= alpha <= found.high
        inside = np.linspace(found.low, found.high, 9)[1:-1]
        for point in inside:
            assert np.array_equal(ranks_at(inputs, point)[found.district], today[found.district])
        for end, step in ((found.low, -1e-6), (found.high, 1e-6)):
            if 0.0 < end < 1.0 and not found.at_change_point:
                assert end in found.change_points
                # α lives in [0, 1]: an end within 1e-6 of 1 is crossed at 1 itself.
                beyond = ranks_at(inputs, min(max(end + step, 0.0), 1.0))[found.district]
                assert not np.array_equal(beyond, today[found.district])


@pytest.fixture(scope="module")
def foshan():
    model = load_model()
    return model, evaluate(model, default_session(model))


def test_foshan_change_points_are_where_the_sweep_ranks_change(foshan):
    model, evaluation = foshan
    inputs = SensitivityInputs.from_evaluation(evaluation)
    grid = np.linspace(0.0, 1.0, 2001)
    for found in alpha_stability(inputs):
        ranks = np.array([ranks_at(inputs, a)[found.district] for a in grid])
        changes = grid[1:][np.any(ranks[1:] != ranks[:-1], axis=1)]
        assert len(changes) == len(found.change_points)
        assert changes == pytest.approx(found.change_points, abs=1e-3)


@pytest.mark.parametrize("synthesis", list(Synthesis))
def test_foshan_chancheng_holds_between_its_change_points(foshan, synthesis):
    model, evaluation = foshan
    evaluation = evaluate(model, replace(evaluation.session, synthesis=synthesis))
    row = model.district_ids.index("chancheng")
    found = alpha_stability(SensitivityInputs.from_evaluation(evaluation))[row]
    assert found.low == max((p for p in found.change_points if p < 0.5), default=0.0)
    assert found.high == min((p for p in found.change_points if p > 0.5), default=1.0)
    assert 0.0 < found.low < 0.5 < found.high
    if synthesis is Synthesis.DISTRIBUTIVE:  # a change point on each side of the chosen α
        assert found.high < 1.0


def test_alpha_one_drops_the_criteria_without_a_gap(foshan):
    model, evaluation = foshan
    inputs = SensitivityInputs.from_evaluation(evaluation)
    at_one = adjusted_weights(inputs.weights, inputs.need, 1.0)
    for found in alpha_stability(inputs):
        zero = tuple(int(c) for c in np.flatnonzero(at_one[found.district] == 0))
        assert found.dropped_at_one == zero
    chancheng = model.district_ids.index("chancheng")
    assert model.criteria.index("C4") in alpha_stability(inputs)[chancheng].dropped_at_one


def test_alpha_on_a_change_point_is_a_degenerate_interval(foshan):
    model, evaluation = foshan
    inputs = SensitivityInputs.from_evaluation(evaluation)
    point = alpha_stability(inputs)[0].change_points[0]
    moved = SensitivityInputs.from_evaluation(
        evaluate(model, replace(evaluation.session, alpha=point))
    )
    found = alpha_stability(moved)[0]
    assert found.at_change_point and found.low == found.high == point


def test_a_tie_at_the_chosen_alpha_that_parts_beside_it_is_a_change_point():
    """Two strategies equal at α = 0 up to rounding, apart for any α > 0: the crossing's root
    comes out a hair below 0 and was dropped, so [0, 1] was called stable (found by hypothesis:
    these exact numbers)."""
    weights = np.full(4, float.fromhex("0x1.351df0d3975a6p-1"))
    need = np.ones((3, 4))
    need[0, 0] = 0.0
    effectiveness = np.full((4, 4), 0.875)
    effectiveness[0, 0] = effectiveness[1, 2] = 0.5
    inputs = SensitivityInputs(weights, need, 0.0, effectiveness)
    assert ranks_at(inputs, 0.0)[0][0] == ranks_at(inputs, 0.0)[0][1]  # tied at α = 0
    assert ranks_at(inputs, 1e-6)[0][0] != ranks_at(inputs, 1e-6)[0][1]  # apart just beside
    found = alpha_stability(inputs)[0]
    assert 0.0 in found.change_points
    assert found.at_change_point and found.low == found.high == 0.0
