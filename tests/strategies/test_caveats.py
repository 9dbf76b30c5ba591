"""Judgment warnings and district evidence: computed once, from the evaluation."""

import pytest
from caveat_cases import inconsistent_session

from criteria.ahp import consistency_threshold
from criteria.judgments import PairwiseJudgments
from strategies.caveats import (
    CRITERIA_NODE,
    STRATEGIES_NODE,
    district_evidence,
    inconsistent_nodes,
    judgment_warnings,
)
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.session import PAIRWISE_MODE


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_consistent_judgments_give_no_warning(model):
    assert judgment_warnings(evaluate(model, default_session(model))) == ()


def test_the_issues_goal_and_layer_are_named_with_their_cr(model):
    warnings = judgment_warnings(evaluate(model, inconsistent_session(model)))
    assert [(w.node, w.kind) for w in warnings] == [("goal", CRITERIA_NODE), ("L1", CRITERIA_NODE)]
    goal, layer = warnings
    assert goal.consistency_ratio == pytest.approx(0.0772, abs=5e-4)
    assert goal.threshold == 0.05 and goal.inconsistent and goal.complete
    assert layer.consistency_ratio == pytest.approx(0.7933, abs=5e-4)


def test_every_named_node_fails_the_node_weights_own_check(model):
    evaluation = evaluate(model, inconsistent_session(model))
    for warning in judgment_warnings(evaluation):
        result = evaluation.weights.nodes[warning.node]
        assert result.acceptable is False
        assert warning.consistency_ratio > consistency_threshold(len(result.items))


def test_an_incomplete_node_is_named_with_the_cr_of_its_completed_matrix(model):
    session = default_session(model)
    layer = session.criteria_judgments["L3"].with_value("C6", "C7", 5).with_value("C7", "C8", None)
    evaluation = evaluate(model, session.with_criteria_judgments(layer))
    (warning,) = judgment_warnings(evaluation)
    assert warning.node == "L3" and not warning.complete
    assert warning.consistency_ratio == evaluation.weights.nodes["L3"].consistency_ratio
    assert warning.consistency_ratio is not None and not warning.inconsistent
    assert inconsistent_nodes(evaluation) == ()


def test_strategies_judged_pairwise_are_checked_too(model):
    criterion = model.criteria[2]
    session = default_session(model).with_mode(criterion, PAIRWISE_MODE)
    first, second, third = model.strategy_ids[:3]
    judgments = PairwiseJudgments.neutral(criterion, model.strategy_ids)
    wild = (
        judgments.with_value(first, second, 9)
        .with_value(second, third, 9)
        .with_value(first, third, 1 / 9)
    )
    evaluation = evaluate(model, session.with_strategy_judgments(wild))
    warnings = inconsistent_nodes(evaluation)
    assert [(w.node, w.kind) for w in warnings] == [(criterion, STRATEGIES_NODE)]
    assert warnings[0].threshold == consistency_threshold(len(model.strategy_ids))


def test_evidence_counts_come_from_the_need_not_from_the_model_size(model):
    evaluation = evaluate(model, default_session(model))
    evidence = district_evidence(evaluation)
    assert [e.district for e in evidence] == list(model.district_ids)
    for row, entry in enumerate(evidence):
        assert entry.criteria_count == len(model.criteria)
        assert set(entry.measured) | set(entry.neutral) == set(model.criteria)
        assert [c in entry.neutral for c in model.criteria] == evaluation.need.neutral[row].tolist()
    gaoming = evidence[model.district_ids.index("gaoming")]
    assert "C1" in gaoming.neutral  # the paper gives no market share for Gaoming
    assert max(len(e.measured) for e in evidence) < len(model.criteria)
