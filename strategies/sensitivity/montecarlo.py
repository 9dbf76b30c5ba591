"""Monte Carlo: judgments perturbed, weights recomputed in batches, ranks counted.

Every judged pair a_ij of every node becomes a_ij·exp(N(0, spread)) (lognormal), clipped to
1/9 … 9, its mirror the reciprocal; missing pairs are then completed again for each sample
(λ_max-optimal, ``criteria.completion``). Weights come from ``criteria.batched`` for all
samples of a chunk at once. Ranks are ordinal: equal priorities (to 12 decimals) are broken by catalogue
order, so each strategy's rank probabilities sum to 1.

Memory stays bounded up to ``montecarlo_bounds.SAMPLES.high``: noise is drawn a block of
``NOISE_BLOCK`` samples at a time (every node of a block in turn, whatever the chunk size, so
results depend on the generator alone, not on the chunking), and the priorities kept for the
percentiles are stored as float32 deviations from today's priorities: exact when a sample
agrees with today, otherwise within 6·10⁻⁸ of the deviation (reports show 4 decimals).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from criteria.ahp import consistency_threshold
from criteria.batched import batched_node_weights
from strategies.effectiveness import synthesised
from strategies.ranking import blended_priorities, competition_ranks
from strategies.sensitivity import montecarlo_bounds
from strategies.sensitivity.problem import MonteCarloProblem

Progress = Callable[[int, int], bool]
DEFAULT_PERCENTILES = (5.0, 50.0, 95.0)
# Priorities equal to this many decimals count as equal (then catalogue order decides).
_RANK_DECIMALS = 12
# Values per chunk of the [sample, district, strategy] arrays: bounds memory, paces progress.
_CHUNK_VALUES = 1_000_000
# Samples whose noise is drawn together; part of the definition of the random stream.
NOISE_BLOCK = 10_000
STORED_DTYPE = np.float32


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
    reference_top: np.ndarray
    top_stays_top: np.ndarray
    percentiles: tuple[float, ...]
    priority_percentiles: np.ndarray
    mean_priorities: np.ndarray


class NoiseStream:
    """The noise of a run, taken chunk by chunk: drawn NOISE_BLOCK samples at a time, each
    block node by node, so any sequence of takes yields the same numbers."""

    def __init__(
        self,
        problem: MonteCarloProblem,
        spread: float,
        samples: int,
        generator: np.random.Generator,
    ):
        if spread < 0:
            raise ValueError(f"spread {spread!r} is negative")
        self._pairs = [node.pair_count for node in problem.judgment_nodes]
        self._spread, self._undrawn, self._generator = spread, samples, generator
        self._buffer = [np.empty((0, pairs)) for pairs in self._pairs]
        self._buffered = 0

    def take(self, count: int) -> list[np.ndarray]:
        """The next count samples' noise per node."""
        while self._buffered < count:
            self._draw_block()
        taken = [part[:count] for part in self._buffer]
        self._buffer = [part[count:] for part in self._buffer]
        self._buffered -= count
        return taken

    def _draw_block(self) -> None:
        size = min(NOISE_BLOCK, self._undrawn)
        if size <= 0:
            raise ValueError("asked for more samples than the run has")
        block = [self._generator.normal(0.0, self._spread, (size, pairs)) for pairs in self._pairs]
        self._buffer = [
            np.concatenate([old, new]) for old, new in zip(self._buffer, block, strict=True)
        ]
        self._undrawn -= size
        self._buffered += size


def ordinal_ranks(scores: np.ndarray) -> np.ndarray:
    """Rank 0 = best along the last axis; equal scores keep catalogue order."""
    order = np.argsort(-np.round(scores, _RANK_DECIMALS), axis=-1, kind="stable")
    ranks = np.empty_like(order)
    positions = np.broadcast_to(np.arange(scores.shape[-1]), order.shape)
    np.put_along_axis(ranks, order, positions, axis=-1)
    return ranks


def run_monte_carlo(
    problem: MonteCarloProblem,
    spread: float,
    samples: int,
    generator: np.random.Generator,
    discard_inconsistent: bool = False,
    progress: Progress | None = None,
    percentiles: tuple[float, ...] = DEFAULT_PERCENTILES,
    chunk_size: int | None = None,
) -> MonteCarloResult:
    """Perturb, reweigh and rank ``samples`` times; raise Cancelled if progress says stop.

    ``progress(done, total)`` is called after each chunk (``chunk_size`` samples; by default
    sized by the model) and returns False to cancel.
    """
    montecarlo_bounds.SAMPLES.check(samples)
    montecarlo_bounds.SPREAD.check(spread)
    noise = NoiseStream(problem, spread, samples, generator)
    districts, strategies = problem.reference_priorities.shape
    counts = np.zeros(districts * strategies * strategies, dtype=np.int64)
    reference = problem.reference_priorities.reshape(-1)
    stored = np.empty((districts * strategies, samples), dtype=STORED_DTYPE)  # [d·s, x]
    kept = 0
    chunk = chunk_size or max(100, _CHUNK_VALUES // (districts * strategies))
    for begin in range(0, samples, chunk):
        end = min(samples, begin + chunk)
        scores = _chunk_priorities(problem, noise.take(end - begin), discard_inconsistent)
        counts += _rank_counts(scores)
        stored[:, kept : kept + scores.shape[0]] = (
            scores.reshape(scores.shape[0], reference.size) - reference
        ).T
        kept += scores.shape[0]
        if progress is not None and progress(end, samples) is False:
            raise Cancelled(end, samples)
    if kept == 0:
        raise NoSamplesKept(f"all {samples} samples exceed a consistency threshold")
    return _result(problem, spread, samples, kept, counts, stored[:, :kept], percentiles)


def _chunk_priorities(
    problem: MonteCarloProblem, noise: list[np.ndarray], discard_inconsistent: bool
) -> np.ndarray:
    """Priorities [x, d, s] of the chunk's samples (only the consistent ones if asked)."""
    nodes = problem.judgment_nodes
    batches = [
        batched_node_weights(node.sampled(part), problem.random_index)
        for node, part in zip(nodes, noise, strict=True)
    ]
    weights = problem.tree.leaf_weights([b.weights for b in batches[: len(problem.criteria_nodes)]])
    effectiveness = np.broadcast_to(
        problem.effectiveness, (weights.shape[0], *problem.effectiveness.shape)
    )
    if problem.effectiveness_nodes:
        effectiveness = effectiveness.copy()
        for (column, _), batch in zip(
            problem.effectiveness_nodes, batches[len(problem.criteria_nodes) :], strict=True
        ):
            effectiveness[:, :, column] = synthesised(batch.weights, problem.synthesis)
    scores = _priorities(weights, effectiveness, problem.need, problem.alpha)
    if not discard_inconsistent:
        return scores
    return scores[_consistent(batches, nodes)]


def _priorities(
    weights: np.ndarray, effectiveness: np.ndarray, need: np.ndarray, alpha: float
) -> np.ndarray:
    """P[x, d, s] with ranking's own need blend."""
    return blended_priorities(weights, effectiveness, need, alpha)


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


def _result(
    problem: MonteCarloProblem,
    spread: float,
    samples: int,
    kept: int,
    counts: np.ndarray,
    stored: np.ndarray,
    percentiles: tuple[float, ...],
) -> MonteCarloResult:
    """stored: priorities less today's [d·s, kept]."""
    districts, strategies = problem.reference_priorities.shape
    acceptability = counts.reshape(districts, strategies, strategies) / kept
    today_ranks = ordinal_ranks(-competition_ranks(problem.reference_priorities).astype(float))
    top = np.argmin(today_ranks, axis=1)
    stays = acceptability[np.arange(districts), top, 0]
    reference = problem.reference_priorities.reshape(-1)
    means = (reference + stored.mean(axis=1, dtype=np.float64)).reshape(districts, strategies)
    return MonteCarloResult(
        samples,
        kept,
        spread,
        acceptability,
        top,
        stays,
        tuple(percentiles),
        _percentiles(stored, reference, percentiles).reshape(-1, districts, strategies),
        means,
    )


def _percentiles(
    stored: np.ndarray, reference: np.ndarray, percentiles: tuple[float, ...]
) -> np.ndarray:
    """Percentiles [p, d·s] of the priorities reference + stored [d·s, x], a few rows at a time.

    Each block of rows is copied (contiguous, bounded) and partitioned in place."""
    rows, samples = stored.shape
    result = np.empty((len(percentiles), rows))
    block = max(1, _CHUNK_VALUES // samples)
    for begin in range(0, rows, block):
        part = stored[begin : begin + block] + reference[begin : begin + block, np.newaxis]
        result[:, begin : begin + block] = np.percentile(
            part, percentiles, axis=1, overwrite_input=True
        )
    return result
