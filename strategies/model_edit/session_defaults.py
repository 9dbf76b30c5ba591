"""A model whose default judgments and ratings are a session's own: what File → Save model as…
writes, so that the folder ranks (``rank --model DIR``) as the window did. A model built in
the window is judged and rated in its session; without this its folder would hold only the
neutral start.

Only what a model folder can hold moves: the criteria judgments (pairs not judged stay out, as
missing) and the ratings of the session's planner. Strategies judged pairwise and the experts'
answers stay in the session file (``session_keeps_more``).
"""

from __future__ import annotations

from criteria.judgments import PairwiseJudgments
from strategies.model import PlanningModel
from strategies.model_edit.tables import model_tables, rebuilt
from strategies.session import PAIRWISE_MODE, Session

JUDGED_IN_SESSION = {
    "note_zh": "规划人员在窗口中的判断（模型另存为）。",
    "note_en": "The planner's judgments, saved from the window (Save model as).",
}
RATED_IN_SESSION = {
    "reason_zh": "规划人员在窗口中评定。",
    "reason_en": "Rated by the planner in the window.",
}


def with_session_defaults(model: PlanningModel, session: Session) -> PlanningModel:
    """model with session's criteria judgments and ratings as its defaults (unchanged ones
    keep their notes and reasons)."""
    tables = model_tables(model)
    if any(_judged(session, n) != model.default_judgments[n] for n in model.hierarchy.inner_nodes):
        tables["judgments"]["nodes"] = _judgment_records(model, session)
        tables["judgments"]["origin"] = dict(JUDGED_IN_SESSION)
    for row in tables["ratings"].get("ratings", []):
        level = session.ratings.get((row["strategy"], row["criterion"]), row["level"])
        if level != row["level"]:
            row.update(level=level, **RATED_IN_SESSION)
    return rebuilt(tables)


def session_keeps_more(session: Session) -> bool:
    """Whether the session holds what a model folder cannot: strategies judged pairwise, or
    a panel's other experts."""
    pairwise = PAIRWISE_MODE in session.effectiveness_modes.values()
    return pairwise or len(session.experts.experts) > 1


def _judged(session: Session, node: str) -> PairwiseJudgments | None:
    return session.criteria_judgments.get(node)


def _judgment_records(model: PlanningModel, session: Session) -> list[dict]:
    records = []
    for node in model.hierarchy.inner_nodes:
        judgments = _judged(session, node)
        pairs = [] if judgments is None else [[a, b, value] for a, b, value in judgments.pairs()]
        if pairs:
            records.append({"node": node, "pairs": pairs})
    return records
