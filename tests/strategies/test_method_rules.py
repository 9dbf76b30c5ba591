"""Each rule the method applies silently is found where it applies (and nowhere else)."""

from dataclasses import replace

import numpy as np
import pytest

from criteria.ahp import node_weights
from criteria.indicators import Normalisation
from criteria.judgments import SCALE_MIN, PairwiseJudgments, check_scale_value
from criteria.verbal_scale import parse_judgment
from strategies.caveats import CRITERIA_NODE, STRATEGIES_NODE
from strategies.effectiveness import Synthesis
from strategies.evaluation import default_session, evaluate
from strategies.method_rules import method_rules
from strategies.model import load_model
from strategies.session import PAIRWISE_MODE, IndicatorEdit

MODEL = load_model()


def none_everywhere(session, criterion):
    for strategy in MODEL.strategy_ids:
        session = session.with_rating(strategy, criterion, MODEL.rating_scale.levels[0])
    return session


def test_a_criterion_no_strategy_serves_is_named_with_the_share_each_strategy_gets():
    session = none_everywhere(default_session(MODEL), "C2")
    evaluation = evaluate(MODEL, session)
    found = method_rules(evaluation).unserved_criteria
    assert [entry.criterion for entry in found] == ["C2"]
    column = evaluation.effectiveness[:, MODEL.criteria.index("C2")]
    assert found[0].share == column[0] and np.allclose(column, column[0])
    assert column.sum() == pytest.approx(0.0)  # ideal mode (the default): nothing to anyone
    distributive = evaluate(MODEL, replace(session, synthesis=Synthesis.DISTRIBUTIVE))
    shares = distributive.effectiveness[:, MODEL.criteria.index("C2")]
    assert method_rules(distributive).unserved_criteria[0].share == shares[0]
    assert shares.sum() == pytest.approx(1.0)  # the distributive mode's equal shares, 1/n
    # Judged pairwise, the criterion is no longer rated and the rule does not apply.
    pairwise = evaluate(MODEL, session.with_mode("C2", PAIRWISE_MODE))
    assert method_rules(pairwise).unserved_criteria == ()


def test_default_ratings_serve_every_criterion():
    assert method_rules(evaluate(MODEL, default_session(MODEL))).unserved_criteria == ()


@pytest.mark.parametrize("normalisation", list(Normalisation))
def test_ordinal_indicators_are_named_as_scored_on_their_level_index(normalisation):
    session = replace(default_session(MODEL), normalisation=normalisation)
    found = method_rules(evaluate(MODEL, session)).indicator_scoring
    ordinal = [i.id for i in MODEL.indicators if i.kind == "ordinal" and i.informs_districts]
    assert ordinal and [e.indicator for e in found if e.scoring == "level_index_min_max"] == ordinal


def test_negative_values_are_named_as_scored_min_max_under_ratio_to_best():
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", -3.0, "test")
    session = default_session(MODEL).with_indicator_edit(edit)
    found = method_rules(evaluate(MODEL, session)).indicator_scoring
    assert ("ecommerce_market_share", "negative_min_max") in [
        (e.indicator, e.scoring) for e in found
    ]
    chosen = replace(session, normalisation=Normalisation.MIN_MAX)
    assert "negative_min_max" not in [
        e.scoring for e in method_rules(evaluate(MODEL, chosen)).indicator_scoring
    ]


def test_a_value_between_scale_steps_is_used_as_typed_and_named():
    node = MODEL.hierarchy.inner_nodes[0]
    judgments = default_session(MODEL).criteria_judgments[node]
    first, second = judgments.items[:2]
    session = default_session(MODEL).with_criteria_judgments(
        judgments.with_value(first, second, parse_judgment("2.5"))
    )
    evaluation = evaluate(MODEL, session)
    found = method_rules(evaluation).off_scale_judgments
    assert [(e.kind, e.node, e.first, e.second, e.value, e.nearest_scale_value) for e in found] == [
        (CRITERIA_NODE, node, first, second, 2.5, 3.0)
    ]
    rounded = node_weights(judgments.with_value(first, second, 3.0))
    assert evaluation.weights.nodes[node].weights != pytest.approx(rounded.weights)


def test_strategy_judgments_between_steps_are_named_too():
    items = MODEL.strategy_ids
    judgments = PairwiseJudgments.neutral("C3", items).with_value(items[0], items[1], 1 / 2.5)
    session = (
        default_session(MODEL).with_mode("C3", PAIRWISE_MODE).with_strategy_judgments(judgments)
    )
    found = method_rules(evaluate(MODEL, session)).off_scale_judgments
    assert [(e.kind, e.node, e.value) for e in found] == [(STRATEGIES_NODE, "C3", 0.4)]


def test_only_the_rounded_ends_of_the_scale_snap_and_nothing_else_is_rounded():
    # 0.111 is 1/9 rounded to three places, just outside the scale: it becomes the end, 1/9.
    assert parse_judgment("0.111") == SCALE_MIN
    assert check_scale_value(9.0005) == 9.0
    # Inside the scale nothing is rounded: Saaty allows values between the steps.
    assert parse_judgment("0.333") == 0.333 and parse_judgment("2.5") == 2.5
    assert parse_judgment("0.112") == 0.112
