"""Session + model → weights, effectiveness, district need and the ranking per district."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from criteria.ahp import NodeWeights, cached_node_weights
from criteria.indicators import DistrictNeed, Indicator, district_need
from criteria.judgments import PairwiseJudgments
from criteria.weights import HierarchyWeights, hierarchy_weights
from strategies.data_years import ChosenIndicators, chosen_indicators
from strategies.effectiveness import effectiveness_from_ratings, synthesised
from strategies.model import PlanningModel
from strategies.ranking import (
    RankedStrategy,
    adjusted_weights,
    competition_ranks,
    contributions,
    priorities,
    ranked_list,
)
from strategies.session import PAIRWISE_MODE, Session


@dataclass(frozen=True, eq=False)
class Evaluation:
    """All computed results for one session; arrays are indexed [district, strategy, criterion]
    in model order (model.district_ids, model.strategy_ids, model.criteria)."""

    model: PlanningModel
    session: Session
    weights: HierarchyWeights
    effectiveness: np.ndarray  # [s, c], synthesised as session.synthesis says
    effectiveness_nodes: Mapping[str, NodeWeights]  # criteria judged pairwise
    need: DistrictNeed
    adjusted_weights: np.ndarray  # [d, c]
    contributions: np.ndarray  # [d, s, c]
    priorities: np.ndarray  # [d, s]
    ranks: np.ndarray  # [d, s], 1 = best, ties share

    def ranking(self, district: str) -> list[RankedStrategy]:
        row = self.model.district_ids.index(district)
        return ranked_list(self.model.strategy_ids, self.priorities[row], self.ranks[row])

    def top_strategies(self, district: str) -> tuple[str, ...]:
        """The strategies ranked first (more than one when tied)."""
        row = self.model.district_ids.index(district)
        return tuple(
            s for s, r in zip(self.model.strategy_ids, self.ranks[row], strict=True) if r == 1
        )


def effective_indicators(model: PlanningModel, session: Session) -> tuple[Indicator, ...]:
    """The model's indicators (and the supplement if on), then the indicators data files
    defined, each place holding the chosen year's value, with the planner's edits applied."""
    return _with_edits(chosen_indicators_of(model, session).indicators, session)


def chosen_indicators_of(model: PlanningModel, session: Session) -> ChosenIndicators:
    """The indicators with the values of the years chosen, before the planner's edits."""
    indicators = list(model.indicators)
    if session.use_public_supplement:
        indicators.extend(model.supplement)
    return chosen_indicators(indicators, session.district_data)


def _with_edits(chosen: tuple[Indicator, ...], session: Session) -> tuple[Indicator, ...]:
    indicators = list(chosen)
    by_id = {ind.id: i for i, ind in enumerate(indicators)}
    for edit in session.indicator_edits:
        if edit.indicator not in by_id:
            continue
        index = by_id[edit.indicator]
        indicator = indicators[index]
        if edit.place == "city":
            indicators[index] = replace(indicator, value=edit.value, origin="planner")
        else:
            values = {k: v for k, v in indicator.values.items() if k != edit.place}
            if edit.value is not None:
                values[edit.place] = edit.value
            indicators[index] = replace(indicator, values=values, origin="planner")
    return tuple(indicators)


def effectiveness_matrix(
    model: PlanningModel, session: Session, cache: dict | None = None
) -> tuple[np.ndarray, dict[str, NodeWeights]]:
    """e[s, c] from ratings, or from pairwise judgments where the session says so, both
    synthesised in the session's mode (one mode for every column, so that no criterion's
    column is scaled differently from another's, which would reweigh the criteria)."""
    columns, nodes = [], {}
    for criterion in model.criteria:
        if session.mode(criterion) == PAIRWISE_MODE:
            judgments = session.strategy_judgments.get(criterion) or PairwiseJudgments.neutral(
                criterion, model.strategy_ids
            )
            nodes[criterion] = cached_node_weights(judgments, session.random_index, cache)
            columns.append(synthesised(np.array(nodes[criterion].weights), session.synthesis))
        else:
            levels = [rating(model, session, s, criterion) for s in model.strategy_ids]
            columns.append(
                effectiveness_from_ratings(levels, model.rating_scale, session.synthesis)
            )
    return np.column_stack(columns), nodes


def rating(model: PlanningModel, session: Session, strategy: str, criterion: str) -> str:
    """The session's rating level, or the model's default where the session has none (a
    session made in code for another model: the model rates every pair, so one is there)."""
    level = session.ratings.get((strategy, criterion))
    return level if level is not None else model.default_ratings[(strategy, criterion)].level


def unserved_criteria(model: PlanningModel, session: Session) -> tuple[str, ...]:
    """Rated criteria on which every strategy is rated at zero intensity ("none"): they add
    nothing in ideal mode and an equal share 1/n in distributive mode, and reorder nothing."""
    scale = model.rating_scale
    return tuple(
        c
        for c in model.criteria
        if session.mode(c) != PAIRWISE_MODE
        and all(scale.intensity(rating(model, session, s, c)) <= 0 for s in model.strategy_ids)
    )


def evaluate(model: PlanningModel, session: Session, cache: dict | None = None) -> Evaluation:
    """Compute everything the views and exports show. ``cache`` speeds repeated calls."""
    session = with_model_defaults(model, session)
    weights = hierarchy_weights(
        model.hierarchy, session.criteria_judgments, session.random_index, cache
    )
    effectiveness, nodes = effectiveness_matrix(model, session, cache)
    need = _district_need(model, session, cache)
    adjusted = adjusted_weights(weights.leaf_weights(), need.need, session.alpha)
    scores = priorities(adjusted, effectiveness)
    return Evaluation(
        model,
        session,
        weights,
        effectiveness,
        nodes,
        need,
        adjusted,
        contributions(adjusted, effectiveness),
        scores,
        competition_ranks(scores),
    )


def _district_need(model: PlanningModel, session: Session, cache: dict | None) -> DistrictNeed:
    """The need of every district; with a cache, the need of the last call with the same data
    and edits is kept (a judgment edit changes no need: 40 districts take milliseconds)."""
    key = (
        "district_need",
        id(model),
        id(session.district_data),
        session.indicator_edits,
        session.use_public_supplement,
        session.normalisation,
    )
    # The key holds ids: the entry keeps the objects and is used only when they are the same.
    kept = cache[key] if cache is not None and key in cache else None
    if kept is not None and kept[0] is model and kept[1] is session.district_data:
        return kept[2]
    need = district_need(
        effective_indicators(model, session),
        model.criteria,
        model.district_ids,
        session.normalisation,
    )
    if cache is not None:
        cache[key] = (model, session.district_data, need)
    return need


def with_model_defaults(model: PlanningModel, session: Session) -> Session:
    """The session with the model's default for every rating and criteria node it lacks (the
    same session when it lacks none): evaluation and every analysis after it never miss one."""
    missing_ratings = model.default_ratings.keys() - session.ratings.keys()
    missing_nodes = set(model.hierarchy.inner_nodes) - session.criteria_judgments.keys()
    if not missing_ratings and not missing_nodes:
        return session
    ratings = {key: model.default_ratings[key].level for key in missing_ratings}
    judgments = {node: model.default_judgments[node] for node in missing_nodes}
    return replace(
        session,
        ratings={**session.ratings, **ratings},
        criteria_judgments={**session.criteria_judgments, **judgments},
    )


def default_session(model: PlanningModel) -> Session:
    """A neutral new session: the model's default judgments and default ratings."""
    ratings = {key: rating.level for key, rating in model.default_ratings.items()}
    return Session(criteria_judgments=dict(model.default_judgments), ratings=ratings)
