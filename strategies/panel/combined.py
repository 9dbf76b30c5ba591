"""A panel's combined judgments as a Session, and the panel's combined results.

AIJ: the combined session holds the weighted geometric mean of the participants' judgments
per node (``aij``) and their combined ratings (``ratings``); its evaluation is the panel's.

AIP: each participant is evaluated on their own session, and their priorities are combined:
each node's local weights, the global leaf weights and each district's strategy priorities
(Forman & Peniwati 1998). A node's local weights are combined over the participants who judged
that node, their weights renormalised (an expert who left the node blank is left out of it,
as AIJ leaves them out of its pairs). What a participant did not judge (a blank criteria node,
ratings, strategy judgments) is taken, for their own global weights and priorities, from the
AIJ combination of those who did, so that an expert silent on a part defers to the panel
instead of to the untouched defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from criteria.judgments import SCALE_MAX, SCALE_MIN, PairwiseJudgments
from strategies.evaluation import Evaluation, evaluate
from strategies.model import PlanningModel
from strategies.panel.aij import aggregated_judgments
from strategies.panel.experts import Expert, Panel, PanelError, check_answered
from strategies.panel.means import weighted_arithmetic_mean, weighted_geometric_mean
from strategies.panel.methods import Aggregation
from strategies.panel.ratings import combined_ratings
from strategies.ranking import competition_ranks
from strategies.session import Session

# Ratios this close to an end of the scale are that end (weights carry 8 decimals).
_ROUNDING = 1e-6


def expert_session(base: Session, expert: Expert) -> Session:
    """base with the expert's judgments; what the expert did not judge stays as base has it."""
    return replace(
        base,
        criteria_judgments={**base.criteria_judgments, **expert.criteria_judgments},
        ratings={**base.ratings, **expert.ratings},
        strategy_judgments={**base.strategy_judgments, **expert.strategy_judgments},
    )


def aij_session(base: Session, panel: Panel, scale_model: PlanningModel) -> Session:
    """base with every node, rating and strategy node replaced by the participants' AIJ.
    UnansweredNodeError when a criteria node of the model was judged by no participant."""
    experts, weights = panel.participants, panel.participant_weights()
    check_answered(panel, scale_model.hierarchy.inner_nodes)
    criteria = _aggregated_nodes(experts, weights, "criteria_judgments")
    strategy = _aggregated_nodes(experts, weights, "strategy_judgments")
    ratings = combined_ratings(
        [e.ratings for e in experts], weights, scale_model.rating_scale, base.ratings
    )
    return replace(
        base,
        criteria_judgments={**base.criteria_judgments, **criteria},
        ratings=ratings,
        strategy_judgments={**base.strategy_judgments, **strategy},
    )


def _aggregated_nodes(
    experts: tuple[Expert, ...], weights: tuple[float, ...], field: str
) -> dict[str, PairwiseJudgments]:
    """AIJ of each node any expert judged, over the experts who judged it."""
    combined = {}
    for node in _judged_nodes(experts, field):
        given = [
            (getattr(e, field)[node], w)
            for e, w in zip(experts, weights, strict=True)
            if node in getattr(e, field)
        ]
        combined[node] = aggregated_judgments([j for j, _ in given], [w for _, w in given])
    return combined


def _judged_nodes(experts: tuple[Expert, ...], field: str) -> tuple[str, ...]:
    """Nodes judged by at least one expert, in first-seen order."""
    seen: dict[str, None] = {}
    for expert in experts:
        seen.update(dict.fromkeys(getattr(expert, field)))
    return tuple(seen)


@dataclass(frozen=True, eq=False)
class PanelEvaluation:
    """The panel's combined results, and each participant's own evaluation.

    ``node_weights`` are each inner node's combined local weights (item order), ``leaf_weights``
    the combined global weights [c], ``priorities`` and ``ranks`` [d, s] in model order.
    ``participants`` and ``weights`` (normalised) say who was combined, in panel order.
    ``combined`` is the evaluation of the combined session under AIJ (None under AIP, whose
    priorities are not those of any one session). ``contributions`` [d, s, c] split each
    priority into criteria: under AIJ the combined session's; under AIP the experts' weighted
    mean contributions, scaled per strategy to sum to the combined priority (exactly the
    mean for the arithmetic mean, which is linear; the geometric mean has no exact split).
    """

    method: Aggregation
    participants: tuple[str, ...]
    weights: tuple[float, ...]
    node_weights: Mapping[str, tuple[float, ...]]
    leaf_weights: np.ndarray
    priorities: np.ndarray
    ranks: np.ndarray
    combined: Evaluation | None
    contributions: np.ndarray


def expert_evaluations(
    model: PlanningModel, base: Session, panel: Panel, cache: dict | None = None
) -> dict[str, Evaluation]:
    """Each participant evaluated on their own session (the panel's judgments where they gave
    none), by expert id in panel order."""
    combined_base = aij_session(base, panel, model)
    return {
        e.id: evaluate(model, _own_session(combined_base, e), cache) for e in panel.participants
    }


def panel_evaluation(
    model: PlanningModel,
    base: Session,
    panel: Panel,
    method: Aggregation,
    cache: dict | None = None,
) -> PanelEvaluation:
    """The panel's combined results as method says. ``cache`` as for evaluate."""
    weights = panel.participant_weights()
    ids = tuple(e.id for e in panel.participants)
    if method is Aggregation.AIJ:
        result = evaluate(model, aij_session(base, panel, model), cache)
        nodes = {n: w.weights for n, w in result.weights.nodes.items()}
        leaves = result.weights.leaf_weights()
        return PanelEvaluation(
            method,
            ids,
            weights,
            nodes,
            leaves,
            result.priorities,
            result.ranks,
            result,
            result.contributions,
        )
    own = expert_evaluations(model, base, panel, cache)
    mean = _MEANS[method]
    shares = np.asarray(weights)
    nodes = {
        node: _combined_node(own, panel, node, shares, mean) for node in model.hierarchy.inner_nodes
    }
    leaves = mean(_stacked(own, lambda e: e.weights.leaf_weights()), shares)
    priorities = mean(_stacked(own, lambda e: e.priorities), shares)
    parts = scaled_contributions(_stacked(own, lambda e: e.contributions), shares, priorities)
    return PanelEvaluation(
        method,
        ids,
        weights,
        nodes,
        leaves,
        priorities,
        competition_ranks(priorities),
        None,
        parts,
    )


def scaled_contributions(
    contributions: np.ndarray, shares: np.ndarray, priorities: np.ndarray
) -> np.ndarray:
    """The experts' weighted mean contributions [k, d, s, c] → [d, s, c], each strategy's
    scaled to sum to its combined priority [d, s] (0 where the experts' add up to 0)."""
    mean = weighted_arithmetic_mean(contributions, shares)
    totals = mean.sum(axis=-1)
    scale = np.where(totals > 0, priorities / np.where(totals > 0, totals, 1.0), 0.0)
    return mean * scale[..., np.newaxis]


_MEANS = {
    Aggregation.AIP_GEOMETRIC: weighted_geometric_mean,
    Aggregation.AIP_ARITHMETIC: weighted_arithmetic_mean,
}


def _combined_node(
    own: Mapping[str, Evaluation],
    panel: Panel,
    node: str,
    shares: np.ndarray,
    mean: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> tuple[float, ...]:
    """A node's local weights combined over the participants who judged it (the means
    renormalise the shares of those left)."""
    judged = np.array([node in e.criteria_judgments for e in panel.participants])
    local = _local_weights(own, node)
    return tuple(float(v) for v in mean(local[judged], shares[judged]))


def _local_weights(evaluations: Mapping[str, Evaluation], node: str) -> np.ndarray:
    return np.array([e.weights.nodes[node].weights for e in evaluations.values()], dtype=float)


def _stacked(
    evaluations: Mapping[str, Evaluation], part: Callable[[Evaluation], object]
) -> np.ndarray:
    """One result of every participant, stacked along a first axis (experts)."""
    return np.array([part(e) for e in evaluations.values()], dtype=float)


def _own_session(combined_base: Session, expert: Expert) -> Session:
    """An expert's session: their judgments, the panel's where they gave none."""
    return expert_session(combined_base, expert)


def combined_session(
    base_session: Session, panel: Panel, method: Aggregation, model: PlanningModel
) -> Session:
    """A session whose judgments are the panel's combined ones.

    AIJ: the aggregated judgments. AIP: each criteria node's judgments w_i/w_j written from
    the combined local weights (consistent, so they give back those weights); PanelError if a
    ratio falls outside Saaty's scale, where no judgments on the scale can carry those weights.
    Ratings and strategy judgments are combined as under AIJ for every method. This is what the
    window shows read-only as "combined judgments"; under AIP the panel's ranking is
    ``panel_evaluation(...).priorities`` (the mean of the experts' priorities), which no one
    session reproduces exactly. ``model`` gives the rating scale and the hierarchy.
    """
    combined_base = aij_session(base_session, panel, model)
    if method is Aggregation.AIJ:
        return combined_base
    result = panel_evaluation(model, base_session, panel, method)
    judgments = {
        node: consistent_judgments(node, model.hierarchy.children(node), weights)
        for node, weights in result.node_weights.items()
    }
    return replace(
        combined_base, criteria_judgments={**combined_base.criteria_judgments, **judgments}
    )


def consistent_judgments(
    node: str, items: tuple[str, ...], weights: tuple[float, ...]
) -> PairwiseJudgments:
    """The judgments a_ij = w_i / w_j of every pair; PanelError when one is off the scale."""
    pairs = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            ratio = weights[i] / weights[j] if weights[j] > 0 else np.inf
            if not SCALE_MIN * (1 - _ROUNDING) <= ratio <= SCALE_MAX * (1 + _ROUNDING):
                raise PanelError(
                    "",
                    f"criteria_judgments.{node}",
                    f"combined weights of {a!r} and {items[j]!r} differ {ratio:.3g}-fold, "
                    "beyond Saaty's scale 1/9 … 9",
                )
            pairs.append((a, items[j], ratio))
    return PairwiseJudgments.from_pairs(node, items, pairs)
