"""The panel a session holds: the lead's judgments are the session's, edits reach the right
expert, removing the lead promotes the next, and the window's evaluation is the panel's."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from panel_cases import BASE, MODEL, expert

from strategies.evaluation import evaluate
from strategies.panel.combined import aij_session, panel_evaluation
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import (
    evaluated_session,
    expert_view,
    is_combined,
    judging_panel,
    new_expert,
    session_evaluation,
    with_expert,
    with_judge_edit,
    without_expert,
)
from strategies.session import LEAD_EXPERT, SessionError


def _session(size: int = 3, aggregation: Aggregation = Aggregation.AIJ):
    rng = np.random.default_rng(5)
    session = BASE
    for index in range(1, size):
        session = with_expert(session, expert(index, rng))
    return replace(session, aggregation=aggregation)


def test_a_session_of_one_evaluates_as_the_session_itself():
    assert not is_combined(BASE)
    shown = session_evaluation(MODEL, BASE)
    assert np.array_equal(shown.priorities, evaluate(MODEL, BASE).priorities)
    assert shown.session == BASE


def test_the_lone_participant_is_evaluated_on_their_own_view():
    session = _session(3)
    others_out = [replace(e, included=False) for e in session.experts.experts[:2]]
    for excluded in others_out:
        session = with_expert(session, excluded)
    alone = session.experts.experts[2]
    assert not is_combined(session)
    expected = evaluate(MODEL, expert_view(session, alone.id)).priorities
    assert np.array_equal(session_evaluation(MODEL, session).priorities, expected)


def test_a_panel_evaluates_as_the_core_combines_it_for_every_method():
    for method in Aggregation:
        session = _session(4, method)
        combined = panel_evaluation(MODEL, session, judging_panel(session), method)
        shown = session_evaluation(MODEL, session)
        assert np.allclose(shown.priorities, combined.priorities)
        assert np.array_equal(shown.ranks, combined.ranks)
    aij = _session(4)
    assert evaluated_session(aij, MODEL) == aij_session(aij, judging_panel(aij), MODEL)


def test_the_lead_counts_in_the_panel_with_the_session_judgments():
    session = _session(2)
    panel = judging_panel(session)
    assert panel.experts[0].criteria_judgments == session.criteria_judgments
    assert panel.experts[0].ratings == session.ratings


def test_an_edit_reaches_the_chosen_expert_only():
    session = _session(3)
    node = "goal"
    other = session.experts.experts[1].id
    judgments = session.experts.expert(other).criteria_judgments[node]
    a, b, _ = judgments.pairs()[0]
    changed = judgments.with_value(a, b, 7.0)
    edited = with_judge_edit(session, other, lambda j: j.with_criteria_judgments(changed))
    assert edited.experts.expert(other).criteria_judgments[node] == changed
    assert edited.criteria_judgments == session.criteria_judgments
    lead_edit = with_judge_edit(session, LEAD_EXPERT, lambda j: j.with_criteria_judgments(changed))
    assert lead_edit.criteria_judgments[node] == changed
    assert lead_edit.experts == session.experts


def test_removing_the_lead_makes_the_next_expert_lead_with_their_judgments():
    session = _session(3)
    successor = session.experts.experts[1]
    removed = without_expert(session, LEAD_EXPERT)
    assert [e.id for e in removed.experts.experts] == [successor.id, session.experts.experts[2].id]
    assert removed.criteria_judgments == expert_view(session, successor.id).criteria_judgments
    assert not removed.experts.experts[0].criteria_judgments
    with pytest.raises(SessionError):
        without_expert(BASE, LEAD_EXPERT)
    with pytest.raises(KeyError):
        without_expert(session, "nobody")


def test_replacing_the_lead_moves_their_judgments_to_the_session():
    session = _session(2)
    judged = expert(9, np.random.default_rng(1))
    incoming = replace(judged, id=LEAD_EXPERT, name="王工")
    replaced = with_expert(session, incoming)
    assert replaced.criteria_judgments == incoming.criteria_judgments
    assert replaced.experts.experts[0].name == "王工"
    assert not replaced.experts.experts[0].criteria_judgments


def test_new_experts_get_fresh_ids_and_every_node():
    session = _session(3)
    fresh = new_expert(session, MODEL, "")
    assert fresh.id not in {e.id for e in session.experts.experts}
    assert set(fresh.criteria_judgments) == set(MODEL.hierarchy.inner_nodes)


def test_a_session_refuses_judgments_in_the_lead_record_and_an_empty_panel():
    lead = judging_panel(BASE).experts[0]
    with pytest.raises(SessionError, match="session's own"):
        replace(BASE, experts=replace(BASE.experts, experts=(lead,)))
    with pytest.raises(SessionError, match="at least one"):
        replace(BASE, experts=replace(BASE.experts, experts=()))


def test_under_aip_the_shown_judgments_are_the_core_combined_session():
    from strategies.panel.combined import combined_session

    for method in (Aggregation.AIP_GEOMETRIC, Aggregation.AIP_ARITHMETIC):
        session = _session(4, method)
        expected = combined_session(session, judging_panel(session), method, MODEL)
        assert evaluated_session(session, MODEL) == expected
        assert session_evaluation(MODEL, session).session == expected


@pytest.mark.parametrize("method", list(Aggregation))
def test_the_contributions_shown_sum_to_the_priorities_shown(method):
    shown = session_evaluation(MODEL, _session(4, method))
    np.testing.assert_allclose(shown.contributions.sum(axis=-1), shown.priorities, atol=1e-12)


def test_under_arithmetic_aip_the_contributions_are_the_experts_weighted_mean():
    session = _session(4, Aggregation.AIP_ARITHMETIC)
    panel = judging_panel(session)
    shares = np.asarray(panel.participant_weights())
    own = [evaluate(MODEL, expert_view(session, e.id)) for e in panel.participants]
    expected = np.tensordot(shares, np.array([e.contributions for e in own]), axes=1)
    shown = session_evaluation(MODEL, session)
    np.testing.assert_allclose(shown.contributions, expected, atol=1e-9)
