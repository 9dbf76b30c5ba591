"""What a questionnaire for a session asks: the criteria pairs always; unless left out, each
criterion's strategy judgments the way the session judges them (ratings, or strategy pairs for
the criteria the session judges pairwise: ``Session.effectiveness_modes``); optionally
prefilled with one expert's judgments. The command line and the window both ask this."""

from __future__ import annotations

from strategies.model import PlanningModel
from strategies.panel.experts import Expert
from strategies.questionnaire.write import QuestionnaireRequest
from strategies.session import PAIRWISE_MODE, Session


def session_request(
    model: PlanningModel,
    session: Session,
    lang: str,
    expert: str = "",
    prefill: Session | Expert | None = None,
    strategy_judgments: bool = True,
) -> QuestionnaireRequest:
    """The request for session's questionnaire; prefill: whose judgments fill the answers (the
    session for its lead, an Expert for their own only, so that what they left blank stays
    blank), None for blank answers."""
    paired = tuple(c for c in model.criteria if session.mode(c) == PAIRWISE_MODE)
    rated = tuple(c for c in model.criteria if c not in paired)
    asks_pairs, asks_ratings = (
        strategy_judgments and bool(paired),
        strategy_judgments and bool(rated),
    )
    return QuestionnaireRequest(
        lang=lang,
        expert=expert,
        with_strategies=asks_pairs,
        paired_criteria=paired,
        with_ratings=asks_ratings,
        rated_criteria=rated,
        criteria_judgments=prefill.criteria_judgments if prefill else {},
        strategy_judgments=prefill.strategy_judgments if prefill and asks_pairs else {},
        ratings=prefill.ratings if prefill and asks_ratings else {},
    )
