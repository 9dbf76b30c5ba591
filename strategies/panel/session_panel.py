"""The panel a session holds: whose judgments are where, what each expert sees, how a session
with several experts is evaluated, and the edits of the panel.

The first expert of ``Session.experts`` is the lead (the planner of a session of one): the
lead's judgments are the session's own fields, its record holds none. Every other expert's
judgments lie over the lead's: what such an expert did not judge (ratings, strategies
pairwise) is the lead's in their own view and left to the others in the combination
(``strategies.panel.combined``). So a session of one expert evaluates exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, Self, cast

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import Evaluation, evaluate
from strategies.model import PlanningModel
from strategies.panel.combined import (
    PanelEvaluation,
    aij_session,
    consistent_judgments,
    expert_session,
    panel_evaluation,
)
from strategies.panel.experts import Expert, Panel, PanelError, check_answered
from strategies.panel.methods import Aggregation
from strategies.session import Session, SessionError


class Judge(Protocol):
    """A Session (the lead) or an Expert: both edit judgments through the same calls."""

    def with_criteria_judgments(self, judgments: PairwiseJudgments) -> Self: ...

    def with_strategy_judgments(self, judgments: PairwiseJudgments) -> Self: ...

    def with_rating(self, strategy: str, criterion: str, level: str) -> Self: ...


def lead(session: Session) -> Expert:
    return session.experts.experts[0]


def judging_panel(session: Session) -> Panel:
    """The panel as the combination reads it: the lead holding the session's judgments."""
    first, *others = session.experts.experts
    filled = replace(
        first,
        criteria_judgments=session.criteria_judgments,
        ratings=session.ratings,
        strategy_judgments=session.strategy_judgments,
    )
    return Panel((filled, *others))


def is_combined(session: Session) -> bool:
    """More than one expert takes part: the results are the panel's combination."""
    return len(session.experts.participants) > 1


def expert_view(session: Session, expert_id: str) -> Session:
    """The session as one expert judged it (the lead's judgments where they gave none)."""
    if expert_id == lead(session).id:
        return session
    return expert_session(session, session.experts.expert(expert_id))


def evaluated_session(session: Session, model: PlanningModel) -> Session:
    """The session whose judgments the results stand on: the lone participant's, or the
    panel's combined judgments (under AIP those that carry the combined weights, or the AIJ
    ones where no judgments on Saaty's scale can carry them)."""
    participants = session.experts.participants
    if len(participants) <= 1:
        return expert_view(session, participants[0].id) if participants else session
    panel = judging_panel(session)
    if not session.aggregation.combines_priorities:
        return aij_session(session, panel, model)
    return _aip_session(session, panel, model, panel_result(model, session))


def _aip_session(
    session: Session, panel: Panel, model: PlanningModel, result: PanelEvaluation
) -> Session:
    """combined_session under AIP, from a PanelEvaluation already made (it is the costly part)."""
    base = aij_session(session, panel, model)
    try:
        judgments = {
            node: consistent_judgments(node, model.hierarchy.children(node), weights)
            for node, weights in result.node_weights.items()
        }
    except PanelError:
        return base
    return replace(base, criteria_judgments={**base.criteria_judgments, **judgments})


def session_evaluation(
    model: PlanningModel, session: Session, cache: dict | None = None
) -> Evaluation:
    """What the window shows and the reports print. Under AIP the priorities and ranks are the
    weighted mean of the experts' own (Forman & Peniwati 1998), which no one session gives,
    and the contributions split those priorities (``PanelEvaluation.contributions``): they
    sum to the priorities shown. The rest (weights) is that of ``evaluated_session``."""
    if not is_combined(session) or not session.aggregation.combines_priorities:
        return evaluate(model, evaluated_session(session, model), cache)
    panel = judging_panel(session)
    combined = panel_evaluation(model, session, panel, session.aggregation, cache)
    shown = evaluate(model, _aip_session(session, panel, model, combined), cache)
    return replace(
        shown,
        priorities=combined.priorities,
        ranks=combined.ranks,
        contributions=combined.contributions,
    )


def panel_result(
    model: PlanningModel, session: Session, cache: dict | None = None
) -> PanelEvaluation:
    return panel_evaluation(model, session, judging_panel(session), session.aggregation, cache)


def with_judge_edit(session: Session, expert_id: str, edit: Callable[[Judge], Judge]) -> Session:
    """session with one expert's judgments edited by edit (a with_* call of Session/Expert)."""
    if expert_id == lead(session).id:
        return cast(Session, edit(session))
    edited = cast(Expert, edit(session.experts.expert(expert_id)))
    return replace(session, experts=session.experts.with_expert(edited))


def with_expert(session: Session, expert: Expert) -> Session:
    """expert added at the end, or replacing the one of the same id (their judgments too;
    the lead's go to the session's fields). UnansweredNodeError when afterwards no expert
    taking part would judge some criteria node (e.g. the only one who judged it left out)."""
    return checked_answered(placed_expert(session, expert))


def placed_expert(session: Session, expert: Expert) -> Session:
    """with_expert without the check: for a batch of experts checked once at its end."""
    if session.experts.experts and expert.id == lead(session).id:
        return _with_lead(session, expert)
    return replace(session, experts=session.experts.with_expert(expert))


def checked_answered(session: Session) -> Session:
    """session, once every criteria node it holds is judged by some participant."""
    check_answered(judging_panel(session), tuple(session.criteria_judgments))
    return session


def _with_lead(session: Session, expert: Expert) -> Session:
    """The lead replaced: its profile in the record, its judgments in the session's fields."""
    experts = (_profile(expert), *session.experts.experts[1:])
    return replace(expert_session(session, expert), experts=Panel(experts))


def without_expert(session: Session, expert_id: str) -> Session:
    """The expert removed; removing the lead makes the next expert the lead (their judgments
    become the session's fields; a node they left blank keeps the removed lead's judgments,
    since the session's own judgments cover every node). The last expert cannot be removed."""
    experts = session.experts.experts
    if len(experts) == 1:
        raise SessionError("experts", "a session keeps at least one expert")
    if expert_id != experts[0].id:
        session.experts.expert(expert_id)  # KeyError for an unknown id
        kept = tuple(e for e in experts if e.id != expert_id)
        return checked_answered(replace(session, experts=Panel(kept)))
    successor = experts[1]
    promoted = replace(
        expert_view(session, successor.id),
        experts=Panel((_profile(successor), *experts[2:])),
    )
    return checked_answered(promoted)


def _profile(expert: Expert) -> Expert:
    return replace(expert, criteria_judgments={}, ratings={}, strategy_judgments={})


def new_expert(session: Session, model: PlanningModel, name: str) -> Expert:
    """A new expert with the model's default judgments of every node and a fresh id."""
    hierarchy = model.hierarchy
    judgments = {
        node: model.default_judgments.get(node)
        or PairwiseJudgments.neutral(node, hierarchy.children(node))
        for node in hierarchy.inner_nodes
    }
    return Expert(fresh_expert_id(session), name, criteria_judgments=judgments)


def fresh_expert_id(session: Session) -> str:
    """'expert-N', N the first number from the panel's size up that no expert's id uses."""
    taken = {e.id for e in session.experts.experts}
    number = len(taken) + 1
    while f"expert-{number}" in taken:
        number += 1
    return f"expert-{number}"


def with_aggregation(session: Session, aggregation: Aggregation) -> Session:
    return replace(session, aggregation=aggregation)
