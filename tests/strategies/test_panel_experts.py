"""Expert and Panel values: validation names the expert and the field."""

import math

import pytest

from criteria.judgments import PairwiseJudgments
from strategies.panel.experts import (
    Expert,
    Panel,
    PanelError,
    UnansweredNodeError,
    blank_nodes,
    check_panel,
    unanswered_nodes,
)
from tests.strategies.panel_cases import BASE, MODEL


@pytest.mark.parametrize("weight", [-0.1, math.inf, math.nan, "2", True])
def test_a_bad_weight_names_the_expert_and_the_field(weight):
    with pytest.raises(PanelError) as caught:
        Expert("li", "Li", weight=weight)
    assert (caught.value.expert, caught.value.field) == ("li", "weight")


def test_an_empty_id_is_refused():
    with pytest.raises(PanelError) as caught:
        Expert("  ", "nobody")
    assert caught.value.field == "id"


def test_judgments_filed_under_another_node_are_refused():
    goal = BASE.criteria_judgments[MODEL.hierarchy.goal]
    with pytest.raises(PanelError) as caught:
        Expert("li", "Li", criteria_judgments={"L1": goal})
    assert caught.value.field == "criteria_judgments.L1"


def test_two_experts_with_one_id_are_refused():
    with pytest.raises(PanelError) as caught:
        Panel((Expert("li", "Li"), Expert("li", "Li Hua")))
    assert (caught.value.expert, caught.value.field) == ("li", "id")


def test_participants_are_the_included_with_a_weight_above_zero():
    panel = Panel(
        (
            Expert("a", "A", weight=2.0),
            Expert("b", "B", weight=0.0),
            Expert("c", "C", included=False),
            Expert("d", "D", weight=6.0),
        )
    )
    assert [e.id for e in panel.participants] == ["a", "d"]
    assert panel.participant_weights() == (0.25, 0.75)


def test_a_panel_with_nobody_taking_part_cannot_be_combined():
    with pytest.raises(PanelError):
        Panel((Expert("a", "A", weight=0.0),)).participant_weights()


def test_with_expert_replaces_by_id_and_appends_a_new_one():
    panel = Panel((Expert("a", "A"), Expert("b", "B")))
    renamed = panel.with_expert(Expert("a", "Anna"))
    assert [e.name for e in renamed.experts] == ["Anna", "B"]
    assert [e.id for e in renamed.with_expert(Expert("c", "C")).experts] == ["a", "b", "c"]


def test_check_panel_accepts_a_node_one_expert_left_blank():
    judgments = dict(BASE.criteria_judgments)
    del judgments[MODEL.hierarchy.inner_nodes[-1]]
    panel = Panel(
        (
            Expert("li", "Li", criteria_judgments=judgments),
            Expert("wu", "Wu", criteria_judgments=BASE.criteria_judgments),
        )
    )
    check_panel(panel, MODEL)  # raises when refused
    assert blank_nodes(panel.experts[0], MODEL.hierarchy.inner_nodes) == (
        MODEL.hierarchy.inner_nodes[-1],
    )


def test_check_panel_names_a_node_no_participant_judged():
    node = MODEL.hierarchy.inner_nodes[-1]
    judgments = {n: j for n, j in BASE.criteria_judgments.items() if n != node}
    panel = Panel(
        (
            Expert("li", "Li", criteria_judgments=judgments),
            Expert("wu", "Wu", included=False, criteria_judgments=BASE.criteria_judgments),
        )
    )
    with pytest.raises(UnansweredNodeError) as caught:
        check_panel(panel, MODEL)
    assert (caught.value.node, caught.value.field) == (node, f"criteria_judgments.{node}")
    assert unanswered_nodes(panel, MODEL.hierarchy.inner_nodes) == (node,)


def test_check_panel_names_an_unknown_rating_level():
    strategy, criterion = MODEL.strategy_ids[0], MODEL.criteria[0]
    expert = Expert(
        "li",
        "Li",
        criteria_judgments=BASE.criteria_judgments,
        ratings={(strategy, criterion): "huge"},
    )
    with pytest.raises(PanelError) as caught:
        check_panel(Panel((expert,)), MODEL)
    assert caught.value.field == f"ratings.{strategy}.{criterion}"


def test_check_panel_names_strategy_judgments_of_other_items():
    criterion = MODEL.criteria[0]
    other = PairwiseJudgments.neutral(criterion, MODEL.strategy_ids[:3])
    expert = Expert(
        "li",
        "Li",
        criteria_judgments=BASE.criteria_judgments,
        strategy_judgments={criterion: other},
    )
    with pytest.raises(PanelError) as caught:
        check_panel(Panel((expert,)), MODEL)
    assert caught.value.field == f"strategy_judgments.{criterion}"


def test_the_judgment_fields_are_the_sessions():
    from dataclasses import fields

    from strategies.session import Session

    session_fields = {f.name for f in fields(Session)}
    assert {"criteria_judgments", "ratings", "strategy_judgments"} <= session_fields
