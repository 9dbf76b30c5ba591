"""Rank-reversal thresholds of the criterion weights (Triantaphyllou & Sánchez 1997).

For each criterion k and district d: the smallest increase and the smallest decrease of w_k
(others rescaled in proportion, as in the gradient sweep) that change the top of the ranking,
and those that change any rank. Changes are absolute (in weight units) and exact: they are
roots of linear functions. NaN means none within [0, 1].

Ties: a change is any change of the competition ranks of ``strategies.ranking``. The top is the
set of strategies ranked first, so a pair tied today (within ``TIE_TOLERANCE``) that separates
when the weight moves gives a threshold of 0 in both directions; a pair tied everywhere never
changes anything. Exactly at a threshold two strategies tie; just beyond it the order differs.

Two measures of one threshold. The arrays hold the change Δ of the *renormalised* weight (the
weight the planner sees move). Triantaphyllou & Sánchez measure the change δ of w_k *before*
renormalisation: w_k + δ, then every weight divided by 1 + δ, which moves w_k by
Δ = δ·(1 − w_k)/(1 + δ) and keeps the other weights' proportions, as the sweep does. So
δ = Δ/(1 − w_k − Δ) for an increase and |δ| = Δ/(1 − w_k + Δ) for a decrease; their relative
measure is δ/w_k·100 %. An increase that needs w_k = 1 exactly has no finite δ (NaN).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from strategies.ranking import TIE_TOLERANCE, competition_ranks
from strategies.sensitivity.gradient import weight_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import PairRoots, pair_roots

NO_STRATEGY = -1
_AT_ONE = 1e-12  # 1 − w − Δ below this: the renormalised weight reaches 1


@dataclass(frozen=True, eq=False)
class RankReversalThresholds:
    """Arrays [criterion, district] of absolute weight changes (NaN: none within [0, 1]).

    ``*_challenger`` is the strategy that reaches the top at that threshold (−1 for none).
    ``critical_criterion[d]`` needs the smallest change to change the top of district d and
    ``critical_change[d]`` is that change, signed (+ increase, − decrease; NaN if none).
    """

    current_weights: np.ndarray
    top_increase: np.ndarray
    top_decrease: np.ndarray
    any_increase: np.ndarray
    any_decrease: np.ndarray
    top_increase_challenger: np.ndarray
    top_decrease_challenger: np.ndarray
    critical_criterion: np.ndarray
    critical_change: np.ndarray

    def percent(self, changes: np.ndarray) -> np.ndarray:
        """Changes as percent of each criterion's current weight (NaN where that weight is 0)."""
        current = self.current_weights[:, np.newaxis]
        result = np.full(np.shape(changes), np.nan)
        np.divide(100.0 * changes, current, out=result, where=current > 0)
        return result

    def before_renormalisation(self, changes: np.ndarray, increase: bool) -> np.ndarray:
        """T&S's δ as a magnitude (like ``changes``) for the renormalised changes Δ
        [criterion, ...] of the increase or decrease arrays."""
        current = self.current_weights.reshape(-1, *([1] * (np.ndim(changes) - 1)))
        signed = changes if increase else -np.asarray(changes)
        return np.abs(change_before_renormalisation(current, signed))

    def percent_before_renormalisation(self, changes: np.ndarray, increase: bool) -> np.ndarray:
        """T&S's relative measure δ/w_k·100 % of the same thresholds."""
        return self.percent(self.before_renormalisation(changes, increase))

    @staticmethod
    def value(changes: np.ndarray, criterion: int, district: int) -> float | None:
        """One entry of a threshold array, None for "none within [0, 1]"."""
        found = float(changes[criterion, district])
        return None if np.isnan(found) else found


def change_before_renormalisation(weight: ArrayLike, change: ArrayLike) -> np.ndarray | float:
    """Signed δ with (w + δ)/(1 + δ) − w = Δ, i.e. δ = Δ/(1 − w − Δ) (arrays broadcast).

    NaN where Δ is NaN, where no finite δ gives Δ (w + Δ = 1) and where w = 1 (no other weight
    to renormalise against)."""
    weight, change = np.broadcast_arrays(np.asarray(weight, float), np.asarray(change, float))
    rest = 1.0 - weight - change
    result = np.full(change.shape, np.nan)
    # A change that lands on w = 1 up to rounding has no finite δ either (not δ ≈ 1e16).
    np.divide(change, rest, out=result, where=(rest > _AT_ONE) & (weight < 1.0))
    return result if result.ndim else float(result)


def rank_reversal_thresholds(inputs: SensitivityInputs) -> RankReversalThresholds:
    """Every criterion's thresholds in every district at once."""
    sweep = weight_sweep(inputs)
    roots = pair_roots(sweep)
    current = inputs.weights
    scores = sweep.priorities_at(current)  # [k, d, s]
    up, down = _distances(roots, scores, current[:, np.newaxis, np.newaxis])
    top = competition_ranks(scores) == 1
    involves_top = top[..., roots.first] | top[..., roots.second]
    top_up, up_pair = _smallest(up, involves_top)
    top_down, down_pair = _smallest(down, involves_top)
    every = np.ones(involves_top.shape, dtype=bool)
    critical, change = _critical(top_up, top_down)
    return RankReversalThresholds(
        current.copy(),
        top_up,
        top_down,
        _smallest(up, every)[0],
        _smallest(down, every)[0],
        _challenger(roots, up_pair, top_up, rising=True),
        _challenger(roots, down_pair, top_down, rising=False),
        critical,
        change,
    )


def _distances(
    roots: PairRoots, scores: np.ndarray, current: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """How far each pair's swap lies above and below today's weight (0 for a tie today)."""
    gap = scores[..., roots.first] - scores[..., roots.second]
    tied = (np.abs(gap) <= TIE_TOLERANCE) & ~roots.identical
    at = roots.roots
    up = np.where(tied, 0.0, np.where(at >= current, at - current, np.nan))
    down = np.where(tied, 0.0, np.where(at <= current, current - at, np.nan))
    return up, down


def _smallest(distances: np.ndarray, relevant: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if distances.shape[-1] == 0:  # one strategy: no pair can swap, nothing ever changes
        return np.full(distances.shape[:-1], np.nan), np.zeros(distances.shape[:-1], dtype=int)
    candidates = np.where(relevant & ~np.isnan(distances), distances, np.inf)
    pair = np.argmin(candidates, axis=-1)
    smallest = np.take_along_axis(candidates, pair[..., np.newaxis], axis=-1)[..., 0]
    return np.where(np.isinf(smallest), np.nan, smallest), pair


def _challenger(roots: PairRoots, pair: np.ndarray, found: np.ndarray, rising: bool) -> np.ndarray:
    """The strategy of the pair that leads beyond the threshold in the direction moved."""
    if roots.first.size == 0:
        return np.full(found.shape, NO_STRATEGY)
    slope = np.take_along_axis(roots.slopes, pair[..., np.newaxis], axis=-1)[..., 0]
    first_leads = slope > 0 if rising else slope < 0
    leader = np.where(first_leads, roots.first[pair], roots.second[pair])
    return np.where(np.isnan(found), NO_STRATEGY, leader)


def _critical(top_up: np.ndarray, top_down: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per district, the criterion and signed change with the smallest top-changing move."""
    signed = np.concatenate([top_up, -top_down])  # [2k, d]
    size = np.where(np.isnan(signed), np.inf, np.abs(signed))
    best = np.argmin(size, axis=0)
    change = np.take_along_axis(signed, best[np.newaxis, :], axis=0)[0]
    criterion = np.where(np.isnan(change), NO_STRATEGY, best % top_up.shape[0])
    return criterion, change
