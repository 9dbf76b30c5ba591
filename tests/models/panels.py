"""A panel for any model: the planner and two experts whose criteria judgments differ (each
judged pair doubled, then halved, within Saaty's scale). Shared by the tests and benchmarks."""

from __future__ import annotations

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session
from strategies.model import PlanningModel
from strategies.panel.experts import Expert
from strategies.panel.session_panel import with_expert
from strategies.session import Session


def scaled(judgments: PairwiseJudgments, factor: float) -> PairwiseJudgments:
    pairs = [(a, b, min(9.0, max(1 / 9, v * factor))) for a, b, v in judgments.pairs()]
    return PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)


def panel_session(model: PlanningModel) -> Session:
    """The model's default session with two more experts (a node of one item: no pairs)."""
    session = default_session(model)
    for number, factor in ((2, 2.0), (3, 0.5)):
        judgments = {n: scaled(j, factor) for n, j in session.criteria_judgments.items()}
        session = with_expert(
            session, Expert(f"e{number}", f"Expert {number}", criteria_judgments=judgments)
        )
    return session
