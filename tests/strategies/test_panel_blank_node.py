"""An expert who left a whole criteria node blank is left out of that node, and only there:
AIJ combines the node's pairs over those who judged it, AIP its local weights (the others'
weights renormalised), S* and the disputed pairs are computed over them, the resampling draws
agree with the evaluation; a node nobody taking part judged is refused by name."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from strategies.evaluation import evaluate
from strategies.panel.combined import aij_session, panel_evaluation
from strategies.panel.consensus import consensus
from strategies.panel.experts import UnansweredNodeError
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import (
    judging_panel,
    with_expert,
    without_expert,
)
from strategies.panel.summary import panel_summary
from strategies.sensitivity.panel_resampling import draw_priorities
from tests.strategies.panel_cases import BASE, MODEL, expert

NODE = MODEL.hierarchy.goal  # the node the blank experts leave out
OTHER = MODEL.hierarchy.inner_nodes[-1]


def _blank(index: int, rng: np.random.Generator, weight: float, *nodes: str):
    full = expert(index, rng, weight=weight)
    kept = {n: j for n, j in full.criteria_judgments.items() if n not in nodes}
    return replace(full, criteria_judgments=kept)


def _session(aggregation: Aggregation = Aggregation.AIJ):
    """The lead (weight 1), e1 (weight 2, blank at NODE), e2 (weight 3), e3 (weight 0.5,
    blank at NODE and OTHER)."""
    rng = np.random.default_rng(11)
    session = BASE
    for added in (
        _blank(1, rng, 2.0, NODE),
        _blank(2, rng, 3.0),
        _blank(3, rng, 0.5, NODE, OTHER),
    ):
        session = with_expert(session, added)
    return replace(session, aggregation=aggregation)


def _judges(session, node):
    panel = judging_panel(session)
    weights = np.asarray(panel.participant_weights())
    judged = [i for i, e in enumerate(panel.participants) if node in e.criteria_judgments]
    return panel, judged, weights[judged] / weights[judged].sum()


def test_aij_combines_a_node_over_those_who_judged_it():
    session = _session()
    panel, judged, shares = _judges(session, NODE)
    combined = aij_session(session, panel, MODEL).criteria_judgments[NODE]
    for a, b, value in combined.pairs():
        logs = [np.log(panel.participants[i].criteria_judgments[NODE].value(a, b)) for i in judged]
        assert value == pytest.approx(float(np.exp(shares @ np.array(logs))), rel=1e-12)


@pytest.mark.parametrize("method", [Aggregation.AIP_GEOMETRIC, Aggregation.AIP_ARITHMETIC])
def test_aip_combines_a_nodes_local_weights_over_those_who_judged_it(method):
    session = _session(method)
    panel, judged, shares = _judges(session, NODE)
    own = [
        evaluate(MODEL, replace(session, criteria_judgments=dict(e.criteria_judgments)))
        for e in (panel.participants[i] for i in judged)
    ]
    local = np.array([e.weights.nodes[NODE].weights for e in own])
    if method is Aggregation.AIP_ARITHMETIC:
        expected = shares @ local
    else:
        product = np.exp(shares @ np.log(local))
        expected = product / product.sum()
    combined = panel_evaluation(MODEL, session, panel, method).node_weights[NODE]
    np.testing.assert_allclose(combined, expected, rtol=1e-9, atol=1e-12)


def test_s_star_and_disputed_pairs_leave_out_who_left_the_node_blank():
    session = _session()
    panel, judged, shares = _judges(session, NODE)
    summary = panel_summary(MODEL, session)
    local = np.array(
        [
            evaluate(MODEL, replace(session, criteria_judgments=dict(e.criteria_judgments)))
            .weights.nodes[NODE]
            .weights
            for e in (panel.participants[i] for i in judged)
        ]
    )
    assert summary.consensus.nodes[NODE].s_star == pytest.approx(
        consensus(local, shares).s_star, abs=1e-9
    )
    assert summary.consensus.nodes[NODE].experts == len(judged) == 2
    blank_ids = {"e1", "e3"}
    on_node = [d for d in summary.disputed if d.node == NODE]
    assert all(d.furthest_expert not in blank_ids and d.answered == 2 for d in on_node)
    assert summary.blank == {"e1": (NODE,), "e3": (NODE, OTHER)}


def test_a_node_judged_by_one_participant_has_no_s_star_but_the_rest_do():
    session = _session()
    lead = session.experts.experts[0]
    session = with_expert(session, replace(lead, included=False))
    summary = panel_summary(MODEL, session)
    assert NODE not in summary.consensus.nodes  # only e2 judged it
    assert OTHER in summary.consensus.nodes
    assert np.isfinite(summary.consensus.hierarchy)


@pytest.mark.parametrize("method", list(Aggregation))
def test_a_draw_of_everyone_once_is_the_panel_with_blank_nodes(method):
    session = _session(method)
    panel = judging_panel(session)
    # A draw counts each expert as often as drawn: counts ∝ the weights is the whole panel.
    counts = np.array([[e.weight for e in panel.participants]])
    drawn = draw_priorities(MODEL, session, panel, method, counts)
    combined = panel_evaluation(MODEL, session, panel, method)
    np.testing.assert_allclose(drawn[0], combined.priorities, rtol=1e-6, atol=1e-6)


def test_a_draw_holding_nobody_who_judged_a_node_takes_the_panels_combination_of_it():
    session = _session()
    panel = judging_panel(session)
    counts = np.array([[0.0, 1.0, 0.0, 0.0]])  # e1 alone, blank at NODE
    drawn = draw_priorities(MODEL, session, panel, Aggregation.AIJ, counts)
    e1 = panel.participants[1]
    whole = aij_session(session, panel, MODEL).criteria_judgments[NODE]
    judged = {**e1.criteria_judgments, NODE: whole}
    expected = evaluate(MODEL, replace(session, criteria_judgments=judged)).priorities
    np.testing.assert_allclose(drawn[0], expected, rtol=1e-6, atol=1e-6)


def test_leaving_out_the_last_participant_who_judged_a_node_is_refused_by_name():
    session = _session()
    lead, _, e2, _ = session.experts.experts
    session = with_expert(session, replace(lead, included=False))
    with pytest.raises(UnansweredNodeError) as caught:
        with_expert(session, replace(e2, weight=0.0))
    assert caught.value.node == NODE
    with pytest.raises(UnansweredNodeError):
        without_expert(session, e2.id)
