"""Monte Carlo: judgments perturbed, weights recomputed in batches, ranks counted.

Every judged pair a_ij of every node becomes a_ij·exp(N(0, spread)) (lognormal), clipped to
1/9 … 9, its mirror the reciprocal. Weights come from ``criteria.batched`` for all samples of a
chunk at once. Ranks are ordinal: equal priorities (to 12 decimals) are broken by catalogue
order, so each strategy's rank probabilities sum to 1. Noise is drawn for all samples before
the first chunk, so results depend on the generator alone, not on the chunking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from criteria.ahp import consistency_threshold
from criteria.batched import batched_node_weights
from strategies.ranking import competition_ranks
from strategies.sensitivity.problem import MonteCarloProblem

Progress = Callable[[int, int], bool]
DEFAULT_PERCENTILES = (5.0, 50.0, 95.0)
# Priorities equal to this many decimals count as equal (then catalogue order decides).
_RANK_DECIMALS = 12
# Values per chunk of the [sample, district, strategy] arrays: bounds memory, paces progress.
_CHUNK_VALUES = 2_000_000


class Cancelled(Exception):  # noqa: N818 - the caller cancelled; not an error condition
    """The progress callback asked to stop after ``done`` of ``total`` samples."""

    def __init__(self, done: int, total: int):
        self.done = done
        self.total = total
        super().__init__(f"cancelled after {done} of {total} samples")


class NoSamplesKept(ValueError):  # noqa: N818 - names the outcome the planner sees
    """Every sample had a node whose consistency ratio exceeds its threshold."""


@dataclass(frozen=True, eq=False)
class MonteCarloResult:
    """Per district: rank acceptability [d, strategy, rank] (rank 0 = first), the chance that
    today's top strategy ``reference_top[d]`` stays first, and priority percentiles
    [percentile, d, s]. ``kept`` of ``samples`` passed the consistency filter (if on)."""

    samples: int
    kept: int
    spread: float
    rank_acceptability: np.ndarray
    reference_ranks: np.ndarray
    reference_top: np.ndarray
    top_stays_top: np.ndarray
    percentiles: tuple[float, ...]
    priority_percentiles: np.ndarray
    mean_priorities: np.ndarray


def draw_noise(problem: MonteCarloProblem, spread: float, samples: int,
               generator: np.random.Generator) -> tuple[np.ndarray, ...]:
    """Log-scale noise [samples, judged pairs] per judgment node, in problem order."""
    if spread < 0:
        raise ValueError(f"spread {spread!r} is negative")
    return tuple(generator.normal(0.0, spread, (samples, node.pair_count))
                 for node in problem.judgment_nodes)


def ordinal_ranks(scores: np.ndarray) -> np.ndarray:
    """Rank 0 = best along the last axis; equal scores keep catalogue order."""
    order = np.argsort(-np.round(scores, _RANK_DECIMALS), axis=-1, kind="stable")
    ranks = np.empty_like(order)
    positions = np.broadcast_to(np.arange(scores.shape[-1]), order.shape)
    np.put_along_axis(ranks, order, positions, axis=-1)
    return ranks


def run_monte_carlo(problem: MonteCarloProblem, spread: float, samples: int,
                    generator: np.random.Generator, discard_inconsistent: bool = False,
                    progress: Progress | None = None,
                    percentiles: tuple[float, ...] = DEFAULT_PERCENTILES,
                    chunk_size: int | None = None) -> MonteCarloResult:
    """Perturb, reweigh and rank ``samples`` times; raise Cancelled if progress says stop.

    ``progress(done, total)`` is called after each chunk (``chunk_size`` samples; by default
    sized by the model) and returns False to cancel.
    """
    if samples < 1:
        raise ValueError(f"samples must be at least 1, not {samples!r}")
    noise = draw_noise(problem, spread, samples, generator)
    districts, strategies = problem.reference_priorities.shape
    counts = np.zeros(districts * strategies * strategies, dtype=np.int64)
    stored = np.empty((samples, districts, strategies))
    kept = 0
    chunk = chunk_size or max(100, _CHUNK_VALUES // (districts * strategies))
    for begin in range(0, samples, chunk):
        end = min(samples, begin + chunk)
        scores = _chunk_priorities(problem, [n[begin:end] for n in noise], discard_inconsistent)
        counts += _rank_counts(scores)
        stored[kept:kept + scores.shape[0]] = scores
        kept += scores.shape[0]
        if progress is not None and progress(end, samples) is False:
            raise Cancelled(end, samples)
    if kept == 0:
        raise NoSamplesKept(f"all {samples} samples exceed a consistency threshold")
    return _result(problem, spread, samples, kept, counts, stored[:kept], percentiles)


def _chunk_priorities(problem: MonteCarloProblem, noise: list[np.ndarray],
                      discard_inconsistent: bool) -> np.ndarray:
    """Priorities [x, d, s] of the chunk's samples (only the consistent ones if asked)."""
    nodes = problem.judgment_nodes
    batches = [batched_node_weights(node.perturbed(part), problem.random_index)
               for node, part in zip(nodes, noise, strict=True)]
    weights = problem.tree.leaf_weights([b.weights for b in batches[:len(problem.criteria_nodes)]])
    effectiveness = np.broadcast_to(problem.effectiveness,
                                    (weights.shape[0], *problem.effectiveness.shape))
    if problem.effectiveness_nodes:
        effectiveness = effectiveness.copy()
        for (column, _), batch in zip(problem.effectiveness_nodes,
                                      batches[len(problem.criteria_nodes):], strict=True):
            effectiveness[:, :, column] = batch.weights
    scores = _priorities(weights, effectiveness, problem.need, problem.alpha)
    if not discard_inconsistent:
        return scores
    return scores[_consistent(batches, nodes)]


def _priorities(weights: np.ndarray, effectiveness: np.ndarray, need: np.ndarray,
                alpha: float) -> np.ndarray:
    """P[x, d, s] = Σ_c w·m·e / Σ_c w·m without forming ŵ[x, d, c]."""
    multipliers = (1.0 - alpha) + alpha * need
    # A district with no weighted need anywhere keeps the plain weights, as ranking does.
    multipliers = np.where((multipliers == 0).all(axis=1, keepdims=True), 1.0, multipliers)
    weighted = weights[:, np.newaxis, :] * effectiveness  # [x, s, c]
    numerators = (weighted.reshape(-1, weighted.shape[-1]) @ multipliers.T)
    numerators = numerators.reshape(weighted.shape[0], weighted.shape[1], -1).transpose(0, 2, 1)
    return numerators / (weights @ multipliers.T)[:, :, np.newaxis]


def _consistent(batches: list, nodes: tuple) -> np.ndarray:
    keep = np.ones(batches[0].weights.shape[0], dtype=bool)
    for batch, node in zip(batches, nodes, strict=True):
        threshold = consistency_threshold(node.size)
        if threshold is not None:
            # Same allowance as NodeWeights.acceptable.
            keep &= batch.consistency_ratio <= threshold + 1e-12
    return keep


def _rank_counts(scores: np.ndarray) -> np.ndarray:
    """How often each (district, strategy, rank) occurs in the chunk, flattened."""
    _, districts, strategies = scores.shape
    # order[x, d, r] is the strategy at rank r: no need to invert the permutation.
    order = np.argsort(-np.round(scores, _RANK_DECIMALS), axis=-1, kind="stable")
    base = np.arange(districts)[:, np.newaxis] * strategies
    flat = ((base + order) * strategies + np.arange(strategies)).reshape(-1)
    return np.bincount(flat, minlength=districts * strategies * strategies)


def _result(problem: MonteCarloProblem, spread: float, samples: int, kept: int,
            counts: np.ndarray, stored: np.ndarray,
            percentiles: tuple[float, ...]) -> MonteCarloResult:
    districts, strategies = problem.reference_priorities.shape
    acceptability = counts.reshape(districts, strategies, strategies) / kept
    reference = ordinal_ranks(-competition_ranks(problem.reference_priorities).astype(float))
    top = np.argmin(reference, axis=1)
    stays = acceptability[np.arange(districts), top, 0]
    return MonteCarloResult(samples, kept, spread, acceptability, reference, top, stays,
                            tuple(percentiles), _percentiles(stored, percentiles),
                            stored.mean(axis=0))


def _percentiles(stored: np.ndarray, percentiles: tuple[float, ...]) -> np.ndarray:
    """Percentiles over samples of stored [x, d, s], a block of districts at a time.

    Each block is copied sample-last so that the partition runs over contiguous memory.
    """
    samples, districts, strategies = stored.shape
    result = np.empty((len(percentiles), districts, strategies))
    block = max(1, _CHUNK_VALUES // (strategies * samples))
    for begin in range(0, districts, block):
        part = np.ascontiguousarray(stored[:, begin:begin + block].transpose(1, 2, 0))
        result[:, begin:begin + block] = np.percentile(part, percentiles, axis=2)
    return result


def monte_carlo(evaluation, settings=None, progress: Progress | None = None) -> MonteCarloResult:
    """Run the evaluation's Monte Carlo (settings default to the session's), seeded."""
    settings = settings or evaluation.session.monte_carlo
    return run_monte_carlo(MonteCarloProblem.from_evaluation(evaluation), settings.spread,
                           settings.samples, np.random.default_rng(settings.seed),
                           settings.discard_inconsistent, progress)
