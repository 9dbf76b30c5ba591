import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from strategies.ranking import (
    adjusted_weights,
    competition_ranks,
    contributions,
    priorities,
    ranked_list,
)


def test_adjusted_weights_follow_the_formula():
    weights = np.array([0.5, 0.3, 0.2])
    need = np.array([[0.0, 1.0, 0.5], [1.0, 0.0, 0.5]])
    alpha = 0.4
    raw = weights * ((1 - alpha) + alpha * need)
    expected = raw / raw.sum(axis=1, keepdims=True)
    assert adjusted_weights(weights, need, alpha) == pytest.approx(expected)


def test_priorities_are_weighted_sums_and_contributions_add_up():
    adjusted = np.array([[0.5, 0.5], [0.9, 0.1]])
    effectiveness = np.array([[0.7, 0.2], [0.3, 0.8]])
    scores = priorities(adjusted, effectiveness)
    assert scores == pytest.approx(np.array([[0.45, 0.55], [0.65, 0.35]]))
    assert contributions(adjusted, effectiveness).sum(axis=2) == pytest.approx(scores)


def test_ties_share_a_rank():
    ranks = competition_ranks(np.array([[0.3, 0.3, 0.4, 0.0]]))
    assert ranks.tolist() == [[2, 2, 1, 4]]
    listed = ranked_list(("a", "b", "c", "d"), np.array([0.3, 0.3, 0.4, 0.0]), ranks[0])
    assert [(r.rank, r.strategy, r.tied) for r in listed] == [
        (1, "c", False),
        (2, "a", True),
        (2, "b", True),
        (4, "d", False),
    ]
    assert listed[1].gap_to_next == 0.0
    assert listed[-1].gap_to_next is None


unit = st.floats(0.0, 1.0)


@settings(max_examples=80, deadline=None)
@given(
    arrays(float, 6, elements=st.floats(0.01, 1.0)),
    arrays(float, (5, 6), elements=unit),
    arrays(float, (4, 6), elements=st.floats(0.01, 1.0)),
)
def test_alpha_zero_gives_the_same_ranking_everywhere(weights, need, effectiveness):
    effectiveness = effectiveness / effectiveness.sum(axis=0)
    scores = priorities(adjusted_weights(weights, need, 0.0), effectiveness)
    ranks = competition_ranks(scores)
    assert (ranks == ranks[0]).all()
    assert scores == pytest.approx(np.broadcast_to(scores[0], scores.shape))


@settings(max_examples=80, deadline=None)
@given(arrays(float, 5, elements=st.floats(0.01, 1.0)), arrays(float, (3, 5), elements=unit), unit)
def test_adjusted_weights_sum_to_one(weights, need, alpha):
    assert adjusted_weights(weights, need, alpha).sum(axis=1) == pytest.approx(np.ones(3))


def test_the_blend_has_one_zero_fallback_for_single_and_batched_weights():
    """At α = 1 a district with no gap on any weighted criterion keeps the plain weights,
    also when a criterion it has a gap on weighs nothing (Monte Carlo used to divide by 0)."""
    from strategies.sensitivity.montecarlo import _priorities

    weights = np.array([0.0, 0.6, 0.4])
    need = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]])
    effectiveness = np.array([[0.2, 0.7, 0.1], [0.8, 0.3, 0.9]])
    adjusted = adjusted_weights(weights, need, 1.0)
    assert adjusted[0] == pytest.approx(weights)
    assert adjusted[1] == pytest.approx([0.0, 1.0, 0.0])
    batched = _priorities(np.stack([weights, weights]), np.stack([effectiveness] * 2), need, 1.0)
    assert batched == pytest.approx(np.stack([priorities(adjusted, effectiveness)] * 2))
