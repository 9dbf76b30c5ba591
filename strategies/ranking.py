"""District ranking: need-adjusted weights and strategy priorities, all districts at once."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TIE_TOLERANCE = 1e-9


def need_multipliers(need: np.ndarray, alpha: float) -> np.ndarray:
    """m[d, c] = (1 − α) + α·g[d, c]: the factor district d puts on criterion c's weight.

    The one place the need blend is written; every ranking and sensitivity analysis uses it.
    """
    return (1.0 - alpha) + alpha * np.asarray(need, dtype=float)


def adjusted_weights(weights: np.ndarray, need: np.ndarray, alpha: float) -> np.ndarray:
    """ŵ[..., d, c] = w[..., c]·m[d, c] / Σ_c′ w[..., c′]·m[d, c′] for weights [..., c]."""
    weights = np.asarray(weights, dtype=float)[..., np.newaxis, :]
    raw = weights * need_multipliers(need, alpha)
    plain = np.broadcast_to(weights / weights.sum(axis=-1, keepdims=True), raw.shape)
    return _normalised_or_plain(raw, raw.sum(axis=-1, keepdims=True), plain)


def blended_priorities(
    weights: np.ndarray, effectiveness: np.ndarray, need: np.ndarray, alpha: float
) -> np.ndarray:
    """P[x, d, s] for weights [x, c] and effectiveness [x, s, c], without forming ŵ[x, d, c].

    The same numbers as priorities(adjusted_weights(...)), as one matrix product (Monte Carlo).
    """
    multipliers = need_multipliers(need, alpha)  # [d, c]
    weighted = weights[:, np.newaxis, :] * effectiveness  # [x, s, c]
    numerators = weighted.reshape(-1, weighted.shape[-1]) @ multipliers.T
    numerators = numerators.reshape(weighted.shape[0], weighted.shape[1], -1).transpose(0, 2, 1)
    totals = (weights @ multipliers.T)[:, :, np.newaxis]  # [x, d, 1]
    if np.all(totals > 0):  # the usual case: no plain fallback to compute
        return numerators / totals
    plain = weighted.sum(axis=-1) / weights.sum(axis=-1, keepdims=True)  # [x, s]
    return _normalised_or_plain(
        numerators, totals, np.broadcast_to(plain[:, np.newaxis, :], numerators.shape)
    )


def _normalised_or_plain(values: np.ndarray, totals: np.ndarray, plain: np.ndarray) -> np.ndarray:
    """values / totals; where the weighted multipliers of a district sum to zero (α = 1 and
    no gap on any weighted criterion) the plain AHP result: nothing asks for a tilt."""
    return np.where(totals > 0, values / np.where(totals > 0, totals, 1.0), plain)


def contributions(adjusted: np.ndarray, effectiveness: np.ndarray) -> np.ndarray:
    """Part of strategy s's priority in district d that criterion c brings: ŵ[d,c]·e[s,c]."""
    return adjusted[:, np.newaxis, :] * effectiveness[np.newaxis, :, :]


def priorities(adjusted: np.ndarray, effectiveness: np.ndarray) -> np.ndarray:
    """P[d, s] = Σ_c ŵ[d, c]·e[s, c]."""
    return adjusted @ effectiveness.T


def competition_ranks(scores: np.ndarray, tolerance: float = TIE_TOLERANCE) -> np.ndarray:
    """Rank 1 = best along the last axis; equal scores (within tolerance) share a rank (1, 1, 3)."""
    better = scores[..., np.newaxis, :] > scores[..., :, np.newaxis] + tolerance
    return better.sum(axis=-1) + 1


@dataclass(frozen=True)
class RankedStrategy:
    rank: int
    strategy: str
    priority: float
    gap_to_next: float | None  # to the next lower priority; None for the last
    tied: bool


def ranked_list(
    strategy_ids: tuple[str, ...], scores: np.ndarray, ranks: np.ndarray
) -> list[RankedStrategy]:
    """One district's strategies best first; ties keep catalogue order."""
    order = sorted(range(len(strategy_ids)), key=lambda i: (ranks[i], i))
    result = []
    for position, index in enumerate(order):
        following = order[position + 1] if position + 1 < len(order) else None
        gap = None if following is None else float(scores[index] - scores[following])
        tied = int(np.sum(ranks == ranks[index])) > 1
        result.append(
            RankedStrategy(int(ranks[index]), strategy_ids[index], float(scores[index]), gap, tied)
        )
    return result
