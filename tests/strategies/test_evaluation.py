"""The whole chain: session → weights, effectiveness, need, ranking per district."""

from dataclasses import replace

import numpy as np
import pytest

from criteria.indicators import Normalisation
from strategies.effectiveness import Synthesis
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.session import IndicatorEdit


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("synthesis", list(Synthesis))
def test_priorities_follow_the_formula(any_model, synthesis):
    session = replace(default_session(any_model), synthesis=synthesis)
    evaluation = evaluate(any_model, session)
    districts, criteria = len(any_model.district_ids), len(any_model.criteria)
    weights = evaluation.weights.leaf_weights()
    raw = weights * ((1 - session.alpha) + session.alpha * evaluation.need.need)
    adjusted = raw / raw.sum(axis=1, keepdims=True)
    assert evaluation.priorities == pytest.approx(adjusted @ evaluation.effectiveness.T)
    if synthesis is Synthesis.DISTRIBUTIVE:
        assert evaluation.priorities.sum(axis=1) == pytest.approx(np.ones(districts))
        assert evaluation.effectiveness.sum(axis=0) == pytest.approx(np.ones(criteria))
    else:  # the best strategy under each criterion scores 1 (every criterion is served)
        assert evaluation.effectiveness.max(axis=0) == pytest.approx(np.ones(criteria))
        assert ((evaluation.priorities > 0) & (evaluation.priorities <= 1)).all()


def test_a_new_session_is_in_ideal_mode(model):
    assert default_session(model).synthesis is Synthesis.IDEAL


def test_weights_are_the_products_down_each_path(any_model):
    weights = evaluate(any_model, default_session(any_model)).weights
    hierarchy = any_model.hierarchy
    for leaf in hierarchy.leaves:
        path = hierarchy.path(leaf)
        local = [weights.nodes[a].weight(b) for a, b in zip(path, path[1:], strict=False)]
        assert weights.global_weights[leaf] == pytest.approx(np.prod(local))
    assert weights.leaf_weights().sum() == pytest.approx(1.0)


def test_alpha_zero_gives_one_ranking(any_model):
    evaluation = evaluate(any_model, replace(default_session(any_model), alpha=0.0))
    assert (evaluation.ranks == evaluation.ranks[0]).all()


def test_gaoming_market_share_is_the_measured_mean_not_zero(model):
    evaluation = evaluate(model, default_session(model))
    gaoming = model.district_ids.index("gaoming")
    c1 = model.criteria.index("C1")
    assert evaluation.need.neutral[gaoming, c1]
    # Shunde 21.12 leads; Chancheng 18.33 and Nanhai 19.80 by ratio to best.
    measured = [1 - 18.33 / 21.12, 1 - 19.80 / 21.12, 0.0]
    assert evaluation.need.need[gaoming, c1] == pytest.approx(np.mean(measured))


def test_a_planner_value_with_source_changes_the_need(model):
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, "Gaoming bureau 2018")
    session = replace(default_session(model), indicator_edits=(edit,))
    evaluation = evaluate(model, session)
    gaoming = model.district_ids.index("gaoming")
    c1 = model.criteria.index("C1")
    assert not evaluation.need.neutral[gaoming, c1]
    assert evaluation.need.need[gaoming, c1] == pytest.approx(1 - 5.0 / 21.12)


def test_min_max_normalisation_is_an_option(model):
    session = replace(default_session(model), normalisation=Normalisation.MIN_MAX)
    evaluation = evaluate(model, session)
    chancheng = model.district_ids.index("chancheng")
    assert evaluation.need.need[chancheng, model.criteria.index("C1")] == pytest.approx(1.0)


def test_identical_strategies_tie(any_model):
    session = default_session(any_model)
    ratings = dict(session.ratings)
    one, other = any_model.strategy_ids[-2:]
    for criterion in any_model.criteria:
        ratings[(one, criterion)] = ratings[(other, criterion)]
    evaluation = evaluate(any_model, replace(session, ratings=ratings))
    listed = evaluation.ranking(any_model.district_ids[-1])
    tied = [r for r in listed if r.strategy in (one, other)]
    assert tied[0].rank == tied[1].rank and tied[0].tied and tied[1].tied


def test_a_planner_value_needs_a_source(model):
    from strategies.session import SessionError

    with pytest.raises(SessionError, match="source"):
        default_session(model).with_indicator_edit(
            IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, " ")
        )


def test_a_session_without_some_ratings_or_judgments_takes_the_model_defaults(any_model):
    session = default_session(any_model)
    dropped = next(iter(session.ratings))
    ratings = {k: v for k, v in session.ratings.items() if k != dropped}
    judgments = dict(list(session.criteria_judgments.items())[1:])
    partial = replace(session, ratings=ratings, criteria_judgments=judgments)
    evaluation = evaluate(any_model, partial)
    assert evaluation.priorities == pytest.approx(evaluate(any_model, session).priorities)
    assert evaluation.session == session  # analyses after it (Monte Carlo) miss nothing either
    problem = MonteCarloProblem.from_evaluation(evaluation)
    assert problem is not None
