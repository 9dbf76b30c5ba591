"""AIJ, AIP, the ratings rule and the combined session, by hand and by property."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import evaluate
from strategies.panel.aij import aggregated_judgments
from strategies.panel.combined import (
    aij_session,
    combined_session,
    expert_session,
    panel_evaluation,
)
from strategies.panel.experts import Expert, Panel, PanelError
from strategies.panel.means import weighted_arithmetic_mean, weighted_geometric_mean
from strategies.panel.methods import AGGREGATIONS, Aggregation
from strategies.panel.ratings import combined_ratings, mean_intensity, nearest_level
from tests.strategies.panel_cases import BASE, MODEL, panel, with_missing_pair

ITEMS = ("a", "b", "c")


def judged(**values: float) -> PairwiseJudgments:
    """Judgments of node n over a, b, c from keywords like ab=3."""
    return PairwiseJudgments.from_pairs("n", ITEMS, [(k[0], k[1], v) for k, v in values.items()])


def test_aij_is_the_weighted_geometric_mean_pair_by_pair():
    first, second = judged(ab=3, ac=5, bc=2), judged(ab=1 / 3, ac=5, bc=8)
    combined = aggregated_judgments([first, second], [0.75, 0.25])
    assert combined.value("a", "b") == pytest.approx(3**0.75 * (1 / 3) ** 0.25)  # √3
    assert combined.value("a", "b") == pytest.approx(math.sqrt(3))
    assert combined.value("a", "c") == pytest.approx(5)
    assert combined.value("b", "c") == pytest.approx(2**0.75 * 8**0.25)


def test_a_missing_pair_leaves_its_expert_out_of_that_pair_only():
    first, second = judged(ab=3, ac=5, bc=2), judged(ab=1 / 3, bc=8)
    combined = aggregated_judgments([first, second], [0.5, 0.5])
    assert combined.value("a", "c") == pytest.approx(5)  # the first expert's alone
    assert combined.value("a", "b") == pytest.approx(1)
    assert combined.value("b", "c") == pytest.approx(4)


def test_a_pair_nobody_answered_stays_missing():
    combined = aggregated_judgments([judged(ab=3, bc=2), judged(ab=2, bc=1)], [1, 1])
    assert combined.missing_pairs() == (("a", "c"),)


def test_aij_of_judgments_of_another_node_is_refused():
    other = PairwiseJudgments.from_pairs("m", ITEMS, [("a", "b", 2), ("b", "c", 2)])
    with pytest.raises(ValueError):
        aggregated_judgments([judged(ab=3, bc=2), other], [1, 1])


scale_values = st.floats(min_value=1 / 9, max_value=9)
expert_judgments = st.builds(
    lambda x, y, z: judged(ab=x, ac=y, bc=z), scale_values, scale_values, scale_values
)
weights_lists = st.lists(st.floats(min_value=0.01, max_value=100), min_size=1, max_size=6)


def mirrored(judgments: PairwiseJudgments) -> PairwiseJudgments:
    return PairwiseJudgments.from_pairs("n", ITEMS, [(b, a, v) for a, b, v in judgments.pairs()])


@settings(max_examples=60, deadline=None)
@given(st.lists(expert_judgments, min_size=1, max_size=6), weights_lists, st.floats(0.01, 1000))
def test_aij_properties(experts, weights, factor):
    weights = (weights * len(experts))[: len(experts)]
    combined = aggregated_judgments(experts, weights)
    # Reciprocity (Aczél & Saaty 1983): mirrored judgments merge to the mirrored result.
    reverse = aggregated_judgments([mirrored(j) for j in experts], weights)
    scaled = aggregated_judgments(experts, [w * factor for w in weights])
    for a, b, value in combined.pairs():
        assert reverse.value(b, a) == pytest.approx(value, rel=1e-9)
        assert scaled.value(a, b) == pytest.approx(value, rel=1e-9)
    # Unanimity: identical experts merge to their own judgments.
    same = aggregated_judgments([experts[0]] * len(weights), weights)
    for a, b, value in experts[0].pairs():
        assert same.value(a, b) == pytest.approx(value, rel=1e-9)


def test_aip_means_by_hand():
    values = np.array([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]])
    arithmetic = weighted_arithmetic_mean(values, np.array([3.0, 1.0]))
    assert arithmetic == pytest.approx([0.425, 0.3, 0.275])
    geometric = weighted_geometric_mean(values, np.array([1.0, 1.0]))
    raw = np.sqrt([0.1, 0.09, 0.1])
    assert geometric == pytest.approx(raw / raw.sum())


def test_the_geometric_mean_keeps_the_experts_scale_and_a_zero_vetoes():
    values = np.array([[0.0, 0.5, 1.0], [0.2, 0.4, 1.0]])  # ideal mode: best = 1
    geometric = weighted_geometric_mean(values, np.array([1.0, 1.0]))
    assert geometric[0] == 0.0
    assert geometric.sum() == pytest.approx(values.sum(axis=1).mean())


def test_ratings_combine_by_weighted_mean_intensity_then_nearest_level():
    scale = MODEL.rating_scale  # none 0, weak 1, moderate 3, strong 5, very_strong 7
    assert mean_intensity(["strong", "weak", None], [1, 1, 5], scale) == pytest.approx(3.0)
    assert nearest_level(3.0, scale) == "moderate"
    assert nearest_level(4.0, scale) == "moderate"  # a tie goes to the lower level
    assert nearest_level(4.1, scale) == "strong"
    assert nearest_level(0.4, scale) == "none"
    key = (MODEL.strategy_ids[0], MODEL.criteria[0])
    combined = combined_ratings(
        [{key: "very_strong"}, {key: "weak"}, {}], [3, 1, 5], scale, BASE.ratings
    )
    assert combined[key] == "strong"  # (3·7 + 1·1) / 4 = 5.5 → 5
    other = (MODEL.strategy_ids[1], MODEL.criteria[0])
    assert combined[other] == BASE.ratings[other]  # nobody rated it: the base's


def test_every_method_has_a_name_a_when_and_a_reference_in_both_languages():
    for method in Aggregation:
        info = AGGREGATIONS[method]
        for text in (info.name, info.when_appropriate):
            assert text.zh and text.en
        assert "Forman" in info.reference


@pytest.mark.parametrize("method", list(Aggregation))
def test_a_panel_of_one_is_that_experts_session(method):
    one = panel(3).experts[1]
    result = panel_evaluation(MODEL, BASE, Panel((one,)), method)
    own = evaluate(MODEL, expert_session(BASE, one))
    np.testing.assert_allclose(result.priorities, own.priorities, atol=1e-12)
    np.testing.assert_allclose(result.leaf_weights, own.weights.leaf_weights(), atol=1e-12)
    assert (result.ranks == own.ranks).all()


@pytest.mark.parametrize("method", list(Aggregation))
def test_identical_experts_are_each_of_them(method):
    one = panel(3).experts[2]
    copies = Panel(
        tuple(
            Expert(f"c{k}", "copy", weight=k + 1.0, criteria_judgments=one.criteria_judgments)
            for k in range(4)
        )
    )
    result = panel_evaluation(MODEL, BASE, copies, method)
    own = evaluate(MODEL, expert_session(BASE, one))
    np.testing.assert_allclose(result.priorities, own.priorities, atol=1e-9)


@pytest.mark.parametrize("method", list(Aggregation))
def test_scaling_every_weight_changes_nothing(method):
    experts = panel(4).experts
    heavier = Panel(
        tuple(
            Expert(e.id, e.name, weight=(k + 1) * 7.0, criteria_judgments=e.criteria_judgments)
            for k, e in enumerate(experts)
        )
    )
    light = Panel(
        tuple(
            Expert(e.id, e.name, weight=(k + 1) * 0.5, criteria_judgments=e.criteria_judgments)
            for k, e in enumerate(experts)
        )
    )
    first = panel_evaluation(MODEL, BASE, heavier, method)
    second = panel_evaluation(MODEL, BASE, light, method)
    np.testing.assert_allclose(first.priorities, second.priorities, atol=1e-12)


def test_excluded_and_weightless_experts_change_nothing():
    experts = panel(4).experts
    fewer = panel_evaluation(MODEL, BASE, Panel(experts[:2]), Aggregation.AIJ)
    muted = Panel(
        (
            *experts[:2],
            Expert("x", "X", weight=0.0, criteria_judgments=experts[2].criteria_judgments),
            Expert("y", "Y", included=False, criteria_judgments=experts[3].criteria_judgments),
        )
    )
    np.testing.assert_allclose(
        panel_evaluation(MODEL, BASE, muted, Aggregation.AIJ).priorities, fewer.priorities
    )


def test_the_aij_session_holds_the_aggregated_judgments_of_every_node():
    experts = panel(3).experts
    node = MODEL.hierarchy.goal
    gappy = Panel((with_missing_pair(experts[0], node), *experts[1:]))
    session = aij_session(BASE, gappy, MODEL)
    for inner in MODEL.hierarchy.inner_nodes:
        expected = aggregated_judgments(
            [e.criteria_judgments[inner] for e in gappy.experts], [1, 1, 1]
        )
        assert session.criteria_judgments[inner] == expected
    assert combined_session(BASE, gappy, Aggregation.AIJ, MODEL) == session


def test_the_strategy_judgments_of_those_who_gave_them_are_aggregated():
    criterion = MODEL.criteria[0]
    items = MODEL.strategy_ids
    favour_first = PairwiseJudgments.from_pairs(
        criterion, items, [(items[0], b, 4.0) for b in items[1:]]
    )
    experts = panel(2).experts
    panel_value = Panel((experts[0].with_strategy_judgments(favour_first), experts[1]))
    session = aij_session(BASE, panel_value, MODEL)
    assert session.strategy_judgments[criterion] == favour_first  # only one gave them


@pytest.mark.parametrize("method", [Aggregation.AIP_GEOMETRIC, Aggregation.AIP_ARITHMETIC])
def test_the_aip_session_gives_back_the_combined_local_weights(method):
    experts = panel(5, spread=0.4)
    session = combined_session(BASE, experts, method, MODEL)
    result = panel_evaluation(MODEL, BASE, experts, method)
    weights = evaluate(MODEL, session).weights
    for node, combined in result.node_weights.items():
        assert weights.nodes[node].weights == pytest.approx(combined, abs=1e-7)


def test_aip_weights_beyond_the_scale_cannot_be_written_as_judgments():
    items = MODEL.hierarchy.children(MODEL.hierarchy.goal)
    extreme = PairwiseJudgments.from_pairs(
        MODEL.hierarchy.goal,
        items,
        [(items[0], items[1], 9), (items[1], items[2], 9), (items[0], items[2], 9)],
    )
    expert = Expert(
        "x", "X", criteria_judgments={**BASE.criteria_judgments, MODEL.hierarchy.goal: extreme}
    )
    with pytest.raises(PanelError) as caught:
        combined_session(BASE, Panel((expert,)), Aggregation.AIP_ARITHMETIC, MODEL)
    assert caught.value.field == f"criteria_judgments.{MODEL.hierarchy.goal}"


def test_aip_arithmetic_of_priorities_by_hand():
    experts = panel(3)
    own = [evaluate(MODEL, expert_session(BASE, e)) for e in experts.experts]
    weighted = Panel(
        tuple(
            Expert(e.id, e.name, weight=w, criteria_judgments=e.criteria_judgments)
            for e, w in zip(experts.experts, (1.0, 2.0, 5.0), strict=True)
        )
    )
    result = panel_evaluation(MODEL, BASE, weighted, Aggregation.AIP_ARITHMETIC)
    expected = (1 * own[0].priorities + 2 * own[1].priorities + 5 * own[2].priorities) / 8
    np.testing.assert_allclose(result.priorities, expected, atol=1e-12)


def test_an_expert_without_a_node_is_left_out_of_that_node():
    experts = panel(3).experts
    node = MODEL.hierarchy.inner_nodes[-1]
    partial = {n: j for n, j in experts[0].criteria_judgments.items() if n != node}
    silent = Expert("s", "S", criteria_judgments=partial)
    session = aij_session(BASE, Panel((silent, *experts[1:])), MODEL)
    expected = aggregated_judgments([e.criteria_judgments[node] for e in experts[1:]], [1, 1])
    assert session.criteria_judgments[node] == expected
