"""Panel resampling: the vectorised draws agree with the panel evaluation, and the counts."""

import numpy as np
import pytest

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import evaluate
from strategies.panel.combined import expert_session, panel_evaluation
from strategies.panel.experts import Expert, Panel
from strategies.panel.methods import Aggregation
from strategies.sensitivity.montecarlo import ordinal_ranks
from strategies.sensitivity.panel_resampling import draw_counts, draw_priorities, resample_panel
from strategies.session import PAIRWISE_MODE
from tests.strategies.panel_cases import BASE, MODEL, panel, with_missing_pair

CRITERION = MODEL.criteria[1]  # judged pairwise in these sessions
RATED = MODEL.criteria[2]
SESSION = BASE.with_mode(CRITERION, PAIRWISE_MODE)


def mixed_panel() -> Panel:
    """Three experts: the first judges the strategies pairwise and rates two of them, the
    second rates one, the third gives criteria judgments only."""
    first, second, third = panel(3).experts
    items = MODEL.strategy_ids
    favour = PairwiseJudgments.from_pairs(CRITERION, items, [(items[0], b, 3.0) for b in items[1:]])
    first = first.with_strategy_judgments(favour).with_rating(items[0], RATED, "very_strong")
    first = first.with_rating(items[1], RATED, "none")
    second = second.with_rating(items[0], RATED, "weak")
    return Panel((first, second, third))


# The draws weigh nodes through criteria.batched (8 decimals, as criteria.ahp rounds) and ahpy
# through its own iteration: they agree to about 1e-7 on six strategies.


def test_a_draw_of_one_expert_is_that_experts_session():
    experts = mixed_panel()
    counts = np.eye(3)
    drawn = draw_priorities(MODEL, SESSION, experts, Aggregation.AIJ, counts)
    for row, expert in enumerate(experts.experts):
        own = evaluate(MODEL, expert_session(SESSION, expert))
        np.testing.assert_allclose(drawn[row], own.priorities, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("method", list(Aggregation))
def test_a_draw_of_everyone_once_is_the_panel(method):
    experts = mixed_panel()
    drawn = draw_priorities(MODEL, SESSION, experts, method, np.ones((1, 3)))
    combined = panel_evaluation(MODEL, SESSION, experts, method)
    np.testing.assert_allclose(drawn[0], combined.priorities, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("method", list(Aggregation))
def test_an_expert_drawn_twice_counts_twice(method):
    first, second, third = mixed_panel().experts
    drawn = draw_priorities(
        MODEL, SESSION, Panel((first, second, third)), method, np.array([[2.0, 1.0, 0.0]])
    )
    doubled = Panel(
        (
            Expert(
                first.id,
                "",
                weight=2.0,
                criteria_judgments=first.criteria_judgments,
                ratings=first.ratings,
                strategy_judgments=first.strategy_judgments,
            ),
            second,
        )
    )
    np.testing.assert_allclose(
        drawn[0], panel_evaluation(MODEL, SESSION, doubled, method).priorities, rtol=1e-6, atol=1e-6
    )


def test_pairs_nobody_drawn_answered_are_completed_as_ahpy_completes_them():
    node = MODEL.hierarchy.goal
    experts = panel(2).experts
    gappy = Panel((with_missing_pair(experts[0], node), with_missing_pair(experts[1], node)))
    drawn = draw_priorities(MODEL, BASE, gappy, Aggregation.AIJ, np.array([[1.0, 1.0], [1.0, 0.0]]))
    np.testing.assert_allclose(
        drawn[0], panel_evaluation(MODEL, BASE, gappy, Aggregation.AIJ).priorities, atol=1e-4
    )
    alone = evaluate(MODEL, expert_session(BASE, gappy.experts[0])).priorities
    np.testing.assert_allclose(drawn[1], alone, atol=1e-4)


def test_draws_follow_the_weights():
    weights = np.array([6.0, 3.0, 1.0])
    counts = draw_counts(weights, 20000, np.random.default_rng(5))
    assert (counts.sum(axis=1) == 3).all()
    np.testing.assert_allclose(counts.mean(axis=0) / 3, weights / weights.sum(), atol=0.01)


@pytest.mark.parametrize("method", list(Aggregation))
def test_a_panel_of_one_never_moves(method):
    one = Panel((panel(2).experts[0],))
    result = resample_panel(MODEL, BASE, one, method, 50, np.random.default_rng(1))
    own = evaluate(MODEL, expert_session(BASE, one.experts[0]))
    expected = ordinal_ranks(own.priorities)
    for d in range(len(MODEL.district_ids)):
        for s in range(len(MODEL.strategy_ids)):
            assert result.rank_probability[d, s, expected[d, s]] == 1.0
    assert (result.top_stays_top == 1.0).all()


def test_a_divided_panel_gives_probabilities_that_add_up():
    experts = panel(8, seed=3, spread=1.5)
    first = resample_panel(MODEL, BASE, experts, Aggregation.AIJ, 400, np.random.default_rng(9))
    again = resample_panel(MODEL, BASE, experts, Aggregation.AIJ, 400, np.random.default_rng(9))
    np.testing.assert_array_equal(first.rank_probability, again.rank_probability)
    np.testing.assert_allclose(first.rank_probability.sum(axis=-1), 1.0)
    np.testing.assert_allclose(first.rank_probability.sum(axis=1), 1.0)
    districts = np.arange(len(MODEL.district_ids))
    np.testing.assert_array_equal(
        first.top_stays_top, first.top_probability[districts, first.reference_top]
    )
    moving = (first.rank_probability > 0) & (first.rank_probability < 1)
    assert moving.any()  # such a panel is not sure of every rank


def test_no_draws_is_refused():
    with pytest.raises(ValueError):
        resample_panel(MODEL, BASE, panel(2), Aggregation.AIJ, 0, np.random.default_rng(1))
