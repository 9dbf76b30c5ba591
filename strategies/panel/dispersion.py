"""How far the experts' judgments of each pair lie apart, and who stands furthest out.

Dispersion of a pair: the geometric standard deviation of the judgments given, exp(s) with s
the standard deviation of ln a_ijk (Goepel 2018, IJAHP 10(3), eq. 10, which AHP-OS shows per
pair; Expert Choice's "geometric variance" is the same spread on the log scale). With expert
weights π (normalised over those who answered) s² = Σ π_k (x_k − x̄)² / (1 − Σ π_k²), the
unbiased weighted variance, which with equal weights is Goepel's Σ (x_k − x̄)² / (K − 1).

Furthest expert on a pair: the one whose judgment is furthest, on the log scale, from the
weighted geometric mean of the others who answered it: |ln a_ijk − ln g_ij,−k|.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from criteria.judgments import PairwiseJudgments
from strategies.panel.aij import judgment_logs


@dataclass(frozen=True)
class PairDispersion:
    """One pair (first, second) of a node: how many answered, their geometric mean and
    geometric standard deviation (≥ 1), and the expert furthest from the others with that
    distance as a ratio (≥ 1)."""

    node: str
    first: str
    second: str
    answered: int
    geometric_mean: float
    geometric_sd: float
    furthest_expert: str
    furthest_ratio: float


def pair_dispersions(
    node: Sequence[PairwiseJudgments], expert_ids: Sequence[str], weights: Sequence[float]
) -> list[PairDispersion]:
    """Every pair at least two experts answered, in item order."""
    items = node[0].items
    logs, answered = judgment_logs(node, items)
    pairs = [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]
    found = []
    for column, (a, b) in enumerate(pairs):
        given = np.flatnonzero(answered[:, column])
        if given.size < 2:
            continue
        spread = _pair(logs[given, column], np.asarray(weights, dtype=float)[given])
        mean, sd, furthest, distance = spread
        found.append(
            PairDispersion(
                node[0].node,
                a,
                b,
                int(given.size),
                float(np.exp(mean)),
                float(np.exp(sd)),
                expert_ids[int(given[furthest])],
                float(np.exp(distance)),
            )
        )
    return found


def _pair(logs: np.ndarray, weights: np.ndarray) -> tuple[float, float, int, float]:
    """Weighted mean and SD of the logs, the furthest one's index and its distance."""
    shares = weights / weights.sum()
    mean = float(shares @ logs)
    bias = 1.0 - float(shares @ shares)
    sd = float(np.sqrt(max(shares @ (logs - mean) ** 2, 0.0) / bias)) if bias > 0 else 0.0
    others = (weights.sum() - weights)[:, np.newaxis]
    rest = ((weights @ logs) - weights * logs) / np.where(others[:, 0] > 0, others[:, 0], 1.0)
    distances = np.abs(logs - rest)
    furthest = int(np.argmax(distances))
    return mean, sd, furthest, float(distances[furthest])


def most_disputed(
    dispersions: Sequence[PairDispersion], limit: int | None = None
) -> list[PairDispersion]:
    """Pairs by geometric SD, widest first (ties keep the given order)."""
    ranked = sorted(dispersions, key=lambda d: -d.geometric_sd)
    return ranked if limit is None else ranked[:limit]
