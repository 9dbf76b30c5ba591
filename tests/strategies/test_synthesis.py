"""Ideal and distributive synthesis: what each mode gives, and the rank reversal that adding a
strategy causes in the distributive mode only (Belton & Gear 1983)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from strategies.effectiveness import Synthesis, effectiveness_from_ratings, synthesised
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.inputs import SensitivityInputs

MODEL = load_model()

# Belton & Gear (1983), Omega 11(3): 228-230: three equally weighted criteria, the local
# priorities of A, B, C from consistent pairwise comparisons; D is a copy of B.
BELTON_GEAR = np.array(
    [[1 / 11, 9 / 11, 8 / 18], [9 / 11, 1 / 11, 9 / 18], [1 / 11, 1 / 11, 1 / 18]]
)
BELTON_GEAR_WITH_COPY = np.vstack([BELTON_GEAR, BELTON_GEAR[1]])
EQUAL_WEIGHTS = np.full(3, 1 / 3)


def test_ideal_divides_by_the_best_and_distributive_by_the_sum():
    scores = np.array([0.0, 1.0, 3.0, 6.0])
    assert synthesised(scores, Synthesis.IDEAL) == pytest.approx([0.0, 1 / 6, 0.5, 1.0])
    assert synthesised(scores, Synthesis.DISTRIBUTIVE) == pytest.approx([0.0, 0.1, 0.3, 0.6])


def test_a_criterion_no_strategy_serves_adds_nothing_in_ideal_mode_and_equal_shares_otherwise():
    scale = MODEL.rating_scale
    nothing = ["none"] * 6
    assert effectiveness_from_ratings(nothing, scale, Synthesis.IDEAL).tolist() == [0.0] * 6
    assert effectiveness_from_ratings(nothing, scale, Synthesis.DISTRIBUTIVE) == pytest.approx(
        np.full(6, 1 / 6)
    )


@pytest.mark.parametrize("synthesis", list(Synthesis))
def test_a_criterion_no_strategy_serves_changes_no_order(synthesis):
    session = default_session(MODEL)
    criterion = MODEL.criteria[2]
    emptied = replace(
        session,
        synthesis=synthesis,
        ratings={**session.ratings, **{(s, criterion): "none" for s in MODEL.strategy_ids}},
    )
    column = evaluate(MODEL, emptied).effectiveness[:, 2]
    assert column == pytest.approx(
        np.zeros(6) if synthesis is Synthesis.IDEAL else np.full(6, 1 / 6)
    )
    # Whatever its weight below 1 (the others rescaled in proportion), an equal column
    # reorders nothing in any district.
    evaluation = evaluate(MODEL, emptied)
    inputs = SensitivityInputs.from_evaluation(evaluation)
    for weight in np.linspace(0.0, 0.99, 12):
        assert (dynamic_ranking(inputs, 2, weight).ranks == evaluation.ranks).all()


def test_batched_scores_are_synthesised_along_the_strategies():
    scores = np.array([[1.0, 3.0], [0.0, 0.0]])
    assert synthesised(scores, Synthesis.IDEAL).tolist() == [[1 / 3, 1.0], [0.0, 0.0]]
    assert synthesised(scores, Synthesis.DISTRIBUTIVE).tolist() == [[0.25, 0.75], [0.5, 0.5]]


def _scores(
    local: np.ndarray, synthesis: Synthesis, need: np.ndarray | None = None, alpha: float = 0.0
) -> np.ndarray:
    need = np.zeros((1, 3)) if need is None else need
    columns = synthesised(local.T, synthesis).T  # each criterion's column synthesised
    return priorities(adjusted_weights(EQUAL_WEIGHTS, need, alpha), columns)


def test_belton_gear_copy_reverses_a_and_b_in_distributive_mode():
    before = _scores(BELTON_GEAR, Synthesis.DISTRIBUTIVE)[0]
    after = _scores(BELTON_GEAR_WITH_COPY, Synthesis.DISTRIBUTIVE)[0]
    assert before[1] > before[0]  # B ahead of A: 0.470 vs 0.451, as published
    assert before[:2] == pytest.approx([0.4512, 0.4697], abs=1e-4)
    assert after[0] > after[1]  # the copy of B puts A ahead: 0.365 vs 0.289
    assert after[:2] == pytest.approx([0.3654, 0.2889], abs=1e-4)


def test_belton_gear_copy_changes_nothing_in_ideal_mode():
    before = _scores(BELTON_GEAR, Synthesis.IDEAL)[0]
    after = _scores(BELTON_GEAR_WITH_COPY, Synthesis.IDEAL)[0]
    assert before == pytest.approx(
        [(1 / 9 + 1 + 8 / 9) / 3, (1 + 1 / 9 + 1) / 3, (1 / 9 + 1 / 9 + 1 / 9) / 3]
    )
    assert after[:3] == pytest.approx(before, abs=1e-15)


def test_belton_gear_reversal_happens_with_need_tilt_too():
    need = np.array([[0.2, 0.1, 0.6], [0.0, 0.0, 0.0]])
    before = _scores(BELTON_GEAR, Synthesis.DISTRIBUTIVE, need, 0.5)
    after = _scores(BELTON_GEAR_WITH_COPY, Synthesis.DISTRIBUTIVE, need, 0.5)
    assert ((before[:, 1] > before[:, 0]) & (after[:, 0] > after[:, 1])).all()
    ideal_before = _scores(BELTON_GEAR, Synthesis.IDEAL, need, 0.5)
    ideal_after = _scores(BELTON_GEAR_WITH_COPY, Synthesis.IDEAL, need, 0.5)
    assert ideal_after[:, :3] == pytest.approx(ideal_before, abs=1e-15)


def test_a_new_best_under_a_criterion_can_reorder_others_even_in_ideal_mode():
    """The limit of the ideal mode (Millet & Saaty 2000): a strategy that beats the best under
    a criterion becomes that criterion's ideal and rescales the others' scores there."""
    ratings = np.array([[5.0, 1.0], [3.0, 3.0]])  # A, B under two equally weighted criteria
    weights = np.array([0.5, 0.5])
    before = priorities(weights[np.newaxis], synthesised(ratings.T, Synthesis.IDEAL).T)[0]
    newcomer = np.vstack([ratings, [0.0, 7.0]])
    after = priorities(weights[np.newaxis], synthesised(newcomer.T, Synthesis.IDEAL).T)[0]
    assert before[1] > before[0] and after[0] > after[1]


# End to end: the Foshan model with one strategy more, ranked per district with need tilt.

levels = st.sampled_from(MODEL.rating_scale.levels)


def _extended_model(template: str):
    strategy = MODEL.strategy(template)
    return replace(MODEL, strategies=(*MODEL.strategies, replace(strategy, id="S_new")))


@st.composite
def rated_sessions(draw):
    ratings = {(s, c): draw(levels) for c in MODEL.criteria for s in MODEL.strategy_ids}
    session = replace(default_session(MODEL), ratings=ratings, alpha=draw(st.floats(0.0, 1.0)))
    return session


def _order_kept(before: np.ndarray, after: np.ndarray) -> bool:
    """The competition ranks of the original strategies among themselves are unchanged."""
    return bool((competition_ranks(after[:, : before.shape[1]]) == competition_ranks(before)).all())


@settings(max_examples=40, deadline=None)
@given(rated_sessions(), st.sampled_from(MODEL.strategy_ids))
def test_ideal_mode_a_copy_of_any_strategy_never_reorders_the_others(session, template):
    model = _extended_model(template)
    copied = {("S_new", c): session.ratings[(template, c)] for c in MODEL.criteria}
    extended = replace(session, ratings={**session.ratings, **copied})
    before = evaluate(MODEL, session).priorities
    after = evaluate(model, extended).priorities
    assert after[:, :6] == pytest.approx(before, abs=1e-12)
    assert _order_kept(before, after)


@settings(max_examples=40, deadline=None)
@given(rated_sessions(), st.data())
def test_ideal_mode_a_seventh_strategy_below_the_best_never_reorders_the_others(session, data):
    """A seventh strategy rated anything up to the best rating under each criterion."""
    model = _extended_model(MODEL.strategy_ids[0])
    order = MODEL.rating_scale.levels
    seventh = {}
    for criterion in MODEL.criteria:
        best = max(order.index(session.ratings[(s, criterion)]) for s in MODEL.strategy_ids)
        seventh[("S_new", criterion)] = data.draw(st.sampled_from(order[: best + 1]))
    extended = replace(session, ratings={**session.ratings, **seventh})
    before = evaluate(MODEL, session).priorities
    after = evaluate(model, extended).priorities
    assert after[:, :6] == pytest.approx(before, abs=1e-12)
    assert _order_kept(before, after)


@settings(max_examples=60, deadline=None)
@given(
    arrays(float, (5, 4), elements=st.floats(0.0, 9.0)),
    arrays(float, 4, elements=st.floats(0.01, 1.0)),
    arrays(float, (3, 4), elements=st.floats(0.0, 1.0)),
    st.floats(0.0, 1.0),
    st.integers(0, 4),
)
def test_ideal_mode_keeps_every_order_for_any_scores_and_a_copy(
    local, weights, need, alpha, template
):
    """Any non-negative scores (ratings or pairwise priorities) and any need tilt."""
    adjusted = adjusted_weights(weights, need, alpha)
    before = priorities(adjusted, synthesised(local.T, Synthesis.IDEAL).T)
    copied = np.vstack([local, local[template]])
    after = priorities(adjusted, synthesised(copied.T, Synthesis.IDEAL).T)
    assert after[:, :5] == pytest.approx(before, abs=1e-12)
    assert _order_kept(before, after)
