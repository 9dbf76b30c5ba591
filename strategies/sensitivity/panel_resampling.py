"""Panel resampling: how firm each district's ranking is, given the panel's disagreement.

Each draw takes as many experts as the panel has participants, with replacement, each with
probability proportional to its weight (a weighted bootstrap of the panel: Efron & Tibshirani
1993, ch. 6), combines the drawn experts as the chosen aggregation does and ranks the
strategies. An expert drawn twice counts twice; the weights act through the draw alone (using
them again in the mean would count them twice). Everything is done for all draws at once:
judgments as [draw, pair] log arrays, weights through ``criteria.batched``, missing pairs
completed through ``criteria.completion``, priorities through ``ranking.blended_priorities``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.batched import batched_node_weights
from criteria.completion import complete_optimally
from criteria.judgments import PairwiseJudgments
from strategies.effectiveness import synthesised
from strategies.evaluation import Evaluation, evaluate
from strategies.model import PlanningModel
from strategies.panel.aij import judgment_logs
from strategies.panel.combined import aij_session, expert_evaluations, panel_evaluation
from strategies.panel.experts import Panel
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import judging_panel
from strategies.ranking import blended_priorities
from strategies.sensitivity.montecarlo import ordinal_ranks
from strategies.sensitivity.problem import WeightTree
from strategies.session import PAIRWISE_MODE, MonteCarloSettings, Session

# The figure: 10,000 draws put a probability within ±1 percentage point (95 %) and
# take about 0.2–0.5 s with 30 experts. A constant, not a session field (no schema change):
# the seed is the session's Monte Carlo seed, so a saved session reruns to the same figures.
PANEL_DRAWS = 10_000


@dataclass(frozen=True)
class ResamplingSettings:
    """What a panel resampling run depends on besides the panel: its draws and its seed."""

    draws: int = PANEL_DRAWS
    seed: int = 20171

    @classmethod
    def of(cls, monte_carlo: MonteCarloSettings) -> ResamplingSettings:
        """The settings beside a Monte Carlo's: the same seed (``export --seed`` sets both)."""
        return cls(PANEL_DRAWS, monte_carlo.seed)


@dataclass(frozen=True, eq=False)
class ResamplingResult:
    """Per district: each strategy's probability of each rank [d, s, rank] (rank 0 = first),
    the full panel's top strategy (index) and the probability it stays first."""

    draws: int
    method: Aggregation
    rank_probability: np.ndarray
    reference_top: np.ndarray
    top_stays_top: np.ndarray

    @property
    def top_probability(self) -> np.ndarray:
        """[d, s]: each strategy's probability of being ranked first."""
        return self.rank_probability[:, :, 0]


@dataclass(frozen=True, eq=False)
class _Node:
    """One judged node: the experts' ln a_ij [k, pair], who answered, the pair positions and
    the matrix used when no drawn expert judged the node at all."""

    logs: np.ndarray
    answered: np.ndarray
    rows: np.ndarray
    columns: np.ndarray
    fallback: np.ndarray


def counted_experts(session: Session) -> int:
    """How many experts a resampling draws from: those included with a weight above 0."""
    return len(session.experts.participants)


def resample_session(
    model: PlanningModel, session: Session, settings: ResamplingSettings
) -> ResamplingResult:
    """The panel of a planner's session (the lead's judgments in the session's own fields,
    not a combined session), resampled under the session's aggregation."""
    if counted_experts(session) < 2:
        raise ValueError("panel resampling needs at least two experts counted")
    return resample_panel(
        model,
        session,
        judging_panel(session),
        session.aggregation,
        settings.draws,
        np.random.default_rng(settings.seed),
    )


def draw_counts(weights: np.ndarray, draws: int, generator: np.random.Generator) -> np.ndarray:
    """How often each expert is drawn [draw, k]: k experts per draw, with replacement, ∝ weight."""
    k = weights.size
    chosen = generator.choice(k, size=(draws, k), p=weights / weights.sum())
    flat = (np.arange(draws)[:, np.newaxis] * k + chosen).ravel()
    return np.bincount(flat, minlength=draws * k).reshape(draws, k).astype(float)


def resample_panel(
    model: PlanningModel,
    base: Session,
    panel: Panel,
    method: Aggregation,
    draws: int,
    generator: np.random.Generator,
) -> ResamplingResult:
    """Rank probabilities over ``draws`` weighted bootstrap draws of the panel."""
    if draws < 1:
        raise ValueError(f"draws {draws!r} must be at least 1")
    weights = np.asarray(panel.participant_weights())
    counts = draw_counts(weights, draws, generator)
    priorities = draw_priorities(model, base, panel, method, counts)
    reference = panel_evaluation(model, base, panel, method).priorities
    return _result(draws, method, priorities, reference)


def draw_priorities(
    model: PlanningModel, base: Session, panel: Panel, method: Aggregation, counts: np.ndarray
) -> np.ndarray:
    """Priorities [x, d, s] of the panels the draws make: counts [x, k] says how often each
    participant is in draw x (they count that many times, the weights having chosen them)."""
    if method is Aggregation.AIJ:
        return _aij_priorities(model, base, panel, counts)
    return _aip_priorities(model, base, panel, method, counts)


def _result(
    draws: int, method: Aggregation, priorities: np.ndarray, reference: np.ndarray
) -> ResamplingResult:
    ranks = ordinal_ranks(priorities)  # [x, d, s]
    strategies = priorities.shape[-1]
    probability = (ranks[..., np.newaxis] == np.arange(strategies)).mean(axis=0)
    top = ordinal_ranks(reference).argmin(axis=-1)
    stays = probability[np.arange(top.size), top, 0]
    return ResamplingResult(draws, method, probability, top, stays)


def _aip_priorities(
    model: PlanningModel, base: Session, panel: Panel, method: Aggregation, counts: np.ndarray
) -> np.ndarray:
    """[x, d, s]: the drawn experts' priorities, combined by the AIP mean."""
    own = expert_evaluations(model, base, panel)
    stacked = np.array([e.priorities for e in own.values()])  # [k, d, s]
    shares = counts / counts.sum(axis=1, keepdims=True)
    flat = stacked.reshape(stacked.shape[0], -1)
    if method is Aggregation.AIP_ARITHMETIC:
        return (shares @ flat).reshape(-1, *stacked.shape[1:])
    with np.errstate(divide="ignore"):
        logs = np.where(flat > 0, np.log(np.where(flat > 0, flat, 1.0)), -np.inf)
    product = np.exp(_finite_product(shares, logs)).reshape(-1, *stacked.shape[1:])
    target = (shares @ stacked.sum(axis=-1))[..., np.newaxis]  # [x, d, 1]
    total = product.sum(axis=-1, keepdims=True)
    return np.where(total > 0, product * target / np.where(total > 0, total, 1.0), 0.0)


def _finite_product(shares: np.ndarray, logs: np.ndarray) -> np.ndarray:
    """shares @ logs where a drawn expert's −∞ (a priority of 0) makes the entry −∞."""
    zero = np.isneginf(logs)
    finite = shares @ np.where(zero, 0.0, logs)
    vetoed = (shares > 0).astype(float) @ zero.astype(float) > 0
    return np.where(vetoed, -np.inf, finite)


def _aij_priorities(
    model: PlanningModel, base: Session, panel: Panel, counts: np.ndarray
) -> np.ndarray:
    """[x, d, s]: each draw's AIJ judgments weighed, its ratings combined, then blended (the
    need does not depend on judgments: the base session's)."""
    # Ratings and strategy nodes no drawn expert judged stay as the base session has them, as
    # in aij_session. A criteria node no drawn expert judged (those who did were not drawn:
    # an expert may leave a node blank) takes the full panel's combination of it.
    reference = evaluate(model, base)
    whole_panel = evaluate(model, aij_session(base, panel, model))
    experts = panel.participants
    random_index = base.random_index
    criteria = [
        _node(
            [e.criteria_judgments.get(node) for e in experts],
            whole_panel.session.criteria_judgments[node],
            whole_panel,
        )
        for node in model.hierarchy.inner_nodes
    ]
    local = [_draw_weights(node, counts, random_index) for node in criteria]
    leaf = WeightTree.from_hierarchy(model.hierarchy).leaf_weights(local)
    effectiveness = _effectiveness(model, base, panel, counts, reference)
    return blended_priorities(leaf, effectiveness, reference.need.need, base.alpha)


def _node(
    given: list[PairwiseJudgments | None], fallback: PairwiseJudgments, reference: Evaluation
) -> _Node:
    items = fallback.items
    present = [j if j is not None else fallback for j in given]
    logs, answered = judgment_logs(present, items)
    answered &= np.array([j is not None for j in given])[:, np.newaxis]
    rows, columns = np.triu_indices(len(items), 1)
    return _Node(logs, answered, rows, columns, _completed(fallback, reference))


def _completed(judgments: PairwiseJudgments, reference: Evaluation) -> np.ndarray:
    node = (
        reference.weights.nodes.get(judgments.node) or reference.effectiveness_nodes[judgments.node]
    )
    return np.asarray(node.completed_matrix, dtype=float)


def _draw_weights(node: _Node, counts: np.ndarray, random_index: str) -> np.ndarray:
    """Local weights [x, n] of each draw's weighted geometric mean of the node's judgments."""
    denominators = counts @ node.answered.astype(float)  # [x, pair]
    sums = counts @ np.where(node.answered, node.logs, 0.0)
    present = denominators > 0
    logs = np.where(present, sums / np.where(present, denominators, 1.0), 0.0)
    n = node.fallback.shape[0]
    matrices = np.broadcast_to(np.eye(n), (counts.shape[0], n, n)).copy()
    matrices[:, node.rows, node.columns] = np.exp(logs)
    matrices[:, node.columns, node.rows] = np.exp(-logs)
    unjudged = ~present.any(axis=1)
    matrices[unjudged] = node.fallback
    _complete_missing(matrices, ~present & ~unjudged[:, np.newaxis], node)
    return batched_node_weights(matrices, random_index).weights


def _complete_missing(matrices: np.ndarray, missing: np.ndarray, node: _Node) -> None:
    """Complete, in place, each draw's pairs nobody drawn answered, one pattern at a time."""
    # Only the few draws missing a pair are grouped (np.unique over rows is slow on 10,000).
    gappy = np.flatnonzero(missing.any(axis=1))
    if not gappy.size:
        return
    patterns, which = np.unique(missing[gappy], axis=0, return_inverse=True)
    for index, pattern in enumerate(patterns):
        draws = gappy[which.ravel() == index]
        rows, columns = node.rows[pattern], node.columns[pattern]
        matrices[draws] = complete_optimally(matrices[draws], rows, columns)


def _effectiveness(
    model: PlanningModel, base: Session, panel: Panel, counts: np.ndarray, reference: Evaluation
) -> np.ndarray:
    """e[x, s, c]: pairwise criteria from each draw's AIJ, rated ones from its mean ratings."""
    draws = counts.shape[0]
    effectiveness = np.broadcast_to(
        reference.effectiveness, (draws, *reference.effectiveness.shape)
    ).copy()
    experts = panel.participants
    for column, criterion in enumerate(model.criteria):
        if base.mode(criterion) == PAIRWISE_MODE:
            fallback = reference.session.strategy_judgments.get(
                criterion
            ) or PairwiseJudgments.neutral(criterion, model.strategy_ids)
            node = _node(
                [e.strategy_judgments.get(criterion) for e in experts], fallback, reference
            )
            local = _draw_weights(node, counts, base.random_index)
        else:
            local = _rated(model, panel, criterion, counts, reference)
        effectiveness[:, :, column] = synthesised(local, base.synthesis)
    return effectiveness


def _rated(
    model: PlanningModel, panel: Panel, criterion: str, counts: np.ndarray, reference: Evaluation
) -> np.ndarray:
    """Intensities [x, s]: each draw's weighted mean rating, read as the nearest level."""
    scale = model.rating_scale
    values = np.asarray(scale.values)
    given = np.array(
        [
            [e.ratings.get((s, criterion)) is not None for s in model.strategy_ids]
            for e in panel.participants
        ]
    )
    intensity = np.array(
        [
            [
                scale.intensity(e.ratings.get((s, criterion)) or scale.levels[0])
                for s in model.strategy_ids
            ]
            for e in panel.participants
        ]
    )
    totals = counts @ given.astype(float)
    means = (counts @ np.where(given, intensity, 0.0)) / np.where(totals > 0, totals, 1.0)
    nearest = _nearest(values, means)
    base_levels = np.array(
        [scale.intensity(reference.session.ratings[(s, criterion)]) for s in model.strategy_ids]
    )
    return np.where(totals > 0, nearest, base_levels)


def _nearest(values: np.ndarray, means: np.ndarray) -> np.ndarray:
    """Each mean read as the nearest of values, the lower one at a midpoint (binary search
    over the midpoints: ten times faster than comparing with every level)."""
    ordered = np.sort(values)
    midpoints = (ordered[1:] + ordered[:-1]) / 2
    return ordered[np.searchsorted(midpoints, means, side="left")]
