"""Goepel's S*, its bands, pair dispersion, Kendall's W and each expert's CR."""

import math

import numpy as np
import pytest
from scipy.stats import friedmanchisquare

from criteria.ahp import Consistency
from criteria.judgments import PairwiseJudgments
from strategies.panel.combined import expert_evaluations, panel_evaluation
from strategies.panel.concordance import district_concordance, kendalls_w
from strategies.panel.consensus import (
    ConsensusBand,
    consensus,
    consensus_band,
    minimum_alpha_entropy,
)
from strategies.panel.consistency import expert_consistency
from strategies.panel.dispersion import most_disputed, pair_dispersions
from strategies.panel.experts import Expert, Panel
from strategies.panel.methods import Aggregation
from strategies.panel.node_consensus import global_node_weights, panel_consensus
from tests.strategies.panel_cases import BASE, MODEL, panel


@pytest.mark.parametrize("n", range(2, 10))
def test_goepels_published_check_each_expert_puts_another_item_extreme_first(n):
    """Goepel (2018), IJAHP 10(3), §9: k participants, k leaves, each judging a different leaf
    extremely (9) more important than all others; "the resulting consensus should show 0%"."""
    priorities = np.full((n, n), 1.0 / (n + 8))
    np.fill_diagonal(priorities, 9.0 / (n + 8))  # w = x / (x + n − 1), his eq. 41
    assert consensus(priorities).s_star == pytest.approx(0.0, abs=1e-12)


def test_unanimous_experts_reach_full_consensus():
    result = consensus(np.array([[0.5, 0.3, 0.2]] * 4))
    assert (result.s_star, result.beta, result.band) == (
        pytest.approx(1.0),
        0.0,
        ConsensusBand.VERY_HIGH,
    )


def test_s_star_by_hand_two_experts_two_items():
    # w1 = (0.75, 0.25), w2 = (0.25, 0.75): written out from Goepel (2018) eqs. 11–21.
    h_gamma = math.log(2)
    h_alpha = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25))
    similarity = math.exp(-(h_gamma - h_alpha))
    h_alpha_min = -(0.9 * math.log(0.9) + 0.1 * math.log(0.1))  # M/(n+M−1) = 9/10
    cor = math.exp(h_alpha_min) / 2
    expected = (similarity - cor) / (1 - cor)
    assert expected == pytest.approx(0.6018, abs=1e-4)
    result = consensus(np.array([[0.75, 0.25], [0.25, 0.75]]))
    assert result.s_star == pytest.approx(expected, rel=1e-12)
    assert result.similarity == pytest.approx(similarity, rel=1e-12)
    assert result.relative_homogeneity == pytest.approx((similarity - 0.5) / 0.5, rel=1e-12)
    assert result.band is ConsensusBand.LOW


def test_minimum_alpha_entropy_is_eq_16():
    n, m = 5, 9
    total = n + m - 1
    expected = -(m / total) * math.log(m / total) - (n - 1) / total * math.log(1 / total)
    assert minimum_alpha_entropy(n) == pytest.approx(expected, rel=1e-12)


def test_expert_weights_act_as_copies():
    a, b = [0.6, 0.3, 0.1], [0.2, 0.2, 0.6]
    weighted = consensus(np.array([a, b]), [2.0 / 3, 1.0 / 3])
    copies = consensus(np.array([a, a, b]))
    assert weighted.s_star == pytest.approx(copies.s_star, rel=1e-12)


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0.0, ConsensusBand.VERY_LOW),
        (0.50, ConsensusBand.VERY_LOW),
        (0.5001, ConsensusBand.LOW),
        (0.65, ConsensusBand.LOW),
        (0.70, ConsensusBand.MODERATE),
        (0.75, ConsensusBand.MODERATE),
        (0.80, ConsensusBand.HIGH),
        (0.85, ConsensusBand.HIGH),
        (0.8501, ConsensusBand.VERY_HIGH),
        (1.0, ConsensusBand.VERY_HIGH),
    ],
)
def test_goepels_bands(value, band):
    assert consensus_band(value) is band


def test_panel_consensus_per_node_global_and_hierarchy():
    experts = panel(5)
    own = expert_evaluations(MODEL, BASE, experts)
    combined = panel_evaluation(MODEL, BASE, experts, Aggregation.AIJ)
    weights = experts.participant_weights()
    result = panel_consensus(MODEL.hierarchy, own, weights, combined.node_weights)
    goal = MODEL.hierarchy.goal
    stacked = np.array([e.weights.nodes[goal].weights for e in own.values()])
    assert result.nodes[goal].s_star == pytest.approx(consensus(stacked).s_star)
    leaves = np.array([e.weights.leaf_weights() for e in own.values()])
    assert result.global_weights.s_star == pytest.approx(consensus(leaves).s_star)
    assert result.global_weights.items == len(MODEL.criteria)
    shares = global_node_weights(MODEL.hierarchy, combined.node_weights)
    expected = sum(shares[n] * c.s_star for n, c in result.nodes.items()) / sum(
        shares[n] for n in result.nodes
    )
    assert result.hierarchy == pytest.approx(expected)
    assert 0 <= result.hierarchy <= 1


def test_global_node_weights_multiply_down_the_path():
    local = {
        n: tuple(1 / len(MODEL.hierarchy.children(n)) for _ in MODEL.hierarchy.children(n))
        for n in MODEL.hierarchy.inner_nodes
    }
    shares = global_node_weights(MODEL.hierarchy, local)
    assert sum(shares[c] for c in MODEL.criteria) == pytest.approx(1.0)


def pair_node(value: float) -> PairwiseJudgments:
    return PairwiseJudgments.from_pairs("n", ("a", "b"), [("a", "b", value)])


def test_geometric_sd_and_furthest_expert_by_hand():
    # ln values 0, ln3, ln3: mean (2/3)ln3; sample variance ((2/3)² + 2(1/3)²)ln²3 / 2 = ln²3/3.
    (found,) = pair_dispersions(
        [pair_node(1), pair_node(3), pair_node(3)], ["x", "y", "z"], [1, 1, 1]
    )
    assert found.geometric_mean == pytest.approx(3 ** (2 / 3))
    assert found.geometric_sd == pytest.approx(math.exp(math.log(3) / math.sqrt(3)))
    assert (found.furthest_expert, found.furthest_ratio) == ("x", pytest.approx(3.0))
    assert found.answered == 3


def test_weighted_dispersion_equals_copies():
    weighted = pair_dispersions([pair_node(1), pair_node(5)], ["x", "y"], [1, 1])[0]
    assert weighted.geometric_sd == pytest.approx(math.exp(math.log(5) / math.sqrt(2)))
    heavy = pair_dispersions([pair_node(2), pair_node(6)], ["x", "y"], [3, 1])[0]
    assert heavy.geometric_mean == pytest.approx(2**0.75 * 6**0.25)
    assert heavy.furthest_expert == "x"  # both are ln 3 from the other: the first wins the tie


def test_a_pair_answered_by_one_expert_has_no_dispersion():
    items = ("a", "b", "c")
    full = PairwiseJudgments.from_pairs("n", items, [("a", "b", 2), ("a", "c", 3), ("b", "c", 2)])
    gappy = PairwiseJudgments.from_pairs("n", items, [("a", "b", 5), ("b", "c", 1)])
    found = pair_dispersions([full, gappy], ["x", "y"], [1, 1])
    assert [(d.first, d.second) for d in found] == [("a", "b"), ("b", "c")]


def test_most_disputed_first():
    items = ("a", "b", "c")
    one = PairwiseJudgments.from_pairs("n", items, [("a", "b", 1), ("a", "c", 1), ("b", "c", 1)])
    two = PairwiseJudgments.from_pairs("n", items, [("a", "b", 9), ("a", "c", 2), ("b", "c", 1)])
    ranked = most_disputed(pair_dispersions([one, two], ["x", "y"], [1, 1]), limit=2)
    assert [(d.first, d.second) for d in ranked] == [("a", "b"), ("a", "c")]


def test_kendalls_w_by_hand_without_ties():
    # Ranks (1,2,3,4), (1,3,2,4), (2,1,3,4): sums 4, 6, 8, 12; S = 35; W = 12·35 / (9·60) = 7/9.
    ranks = np.array([[1, 2, 3, 4], [1, 3, 2, 4], [2, 1, 3, 4]], dtype=float)
    assert kendalls_w(-ranks) == pytest.approx(7 / 9)


def test_kendalls_w_by_hand_with_ties():
    # Third expert ties the first two objects: midranks 1.5, 1.5; sums 3.5, 6.5, 8, 12; S = 37.5;
    # T = 2³ − 2 = 6; W = 12·37.5 / (9·60 − 3·6) = 450 / 522.
    ranks = np.array([[1, 2, 3, 4], [1, 3, 2, 4], [1.5, 1.5, 3, 4]])
    assert kendalls_w(-ranks) == pytest.approx(450 / 522)


@pytest.mark.parametrize("seed", range(5))
def test_kendalls_w_agrees_with_friedmans_statistic(seed):
    """W = χ²_F / (m (n − 1)), both with the tie correction (Siegel & Castellan 1988, §9.4)."""
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 4, size=(6, 5)).astype(float)  # many ties
    chi_square = friedmanchisquare(*scores.T).statistic
    assert kendalls_w(scores) == pytest.approx(chi_square / (6 * 4))


def test_kendalls_w_limits():
    assert kendalls_w(np.array([[3.0, 2.0, 1.0]] * 4)) == pytest.approx(1.0)
    assert kendalls_w(np.array([[3.0, 2.0, 1.0], [1.0, 2.0, 3.0]])) == pytest.approx(0.0)
    assert kendalls_w(np.array([[1.0, 2.0]])) is None
    assert kendalls_w(np.array([[1.0, 1.0], [2.0, 2.0]])) is None


def test_district_concordance_of_the_experts_priorities():
    own = expert_evaluations(MODEL, BASE, panel(6))
    stacked = np.array([e.priorities for e in own.values()])
    per_district = district_concordance(stacked)
    assert per_district.shape == (len(MODEL.district_ids),)
    assert per_district[0] == pytest.approx(kendalls_w(stacked[:, 0, :]))


def test_each_experts_cr_per_node_against_the_threshold():
    node = MODEL.hierarchy.goal
    items = MODEL.hierarchy.children(node)
    cyclic = PairwiseJudgments.from_pairs(
        node, items, [(items[0], items[1], 9), (items[1], items[2], 9), (items[2], items[0], 9)]
    )
    sloppy = Expert("s", "S", criteria_judgments={**BASE.criteria_judgments, node: cyclic})
    tidy = Expert("t", "T", criteria_judgments=BASE.criteria_judgments)
    result = expert_consistency(Panel((sloppy, tidy)), BASE.random_index)
    by_node = {row.node: row for row in result["s"]}
    assert by_node[node].too_inconsistent and by_node[node].threshold == 0.05
    assert all(row.status is not Consistency.TOO_INCONSISTENT for row in result["t"])


def test_band_ranges_say_the_limits_of_the_bands_used():
    """AHP-OS's consensusWording (the word-scale post's 62.5 / 87.5 are not used: see consensus.py)."""
    from strategies.panel.consensus import band_ranges

    assert band_ranges() == (
        (ConsensusBand.VERY_LOW, None, 0.50),
        (ConsensusBand.LOW, 0.50, 0.65),
        (ConsensusBand.MODERATE, 0.65, 0.75),
        (ConsensusBand.HIGH, 0.75, 0.85),
        (ConsensusBand.VERY_HIGH, 0.85, None),
    )
    for band, lower, upper in band_ranges():
        inside = (lower or 0.0) + ((upper or 1.0) - (lower or 0.0)) / 2
        assert consensus_band(inside) is band


def test_the_reports_name_the_bands_with_their_limits():
    from desktop.export.panel_content import bands_text

    assert bands_text("en") == (
        "very low ≤ 50 %, low 50–65 %, moderate 65–75 %, high 75–85 %, very high > 85 %"
    )
    assert bands_text("zh").startswith("很低 ≤ 50 %，低 50–65 %")
