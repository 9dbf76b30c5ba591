"""One-way (gradient) sensitivity: one criterion's global weight swept over [0, 1].

The other weights keep their proportions: w_j' = w_j·(1 − t)/(1 − w_k). When w_k = 1 the others
are all zero and have no proportions; they then share 1 − t equally.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.sensitivity.inputs import NotApplicable, SensitivityInputs
from strategies.sensitivity.linear import Crossings, LinearSweep, crossings_of, pair_roots

DEFAULT_POINTS = 101


def sweep_points(count: int = DEFAULT_POINTS) -> np.ndarray:
    return np.linspace(0.0, 1.0, count)


def other_shares(weights: np.ndarray) -> np.ndarray:
    """q[k, j]: the share of criterion j among the others when k is swept (diagonal 0)."""
    size = weights.shape[0]
    if size < 2:
        # One criterion always weighs 1: there is no weight to move to another.
        raise NotApplicable("a weight sweep needs at least two criteria")
    others = np.where(np.eye(size, dtype=bool), 0.0, weights[np.newaxis, :])
    totals = others.sum(axis=1, keepdims=True)
    equal = (1.0 - np.eye(size)) / (size - 1)
    return np.where(totals > 0, others / np.where(totals > 0, totals, 1.0), equal)


def swept_weights(weights: np.ndarray, criterion: int, value: float) -> np.ndarray:
    """The weight vector with criterion set to value and the others rescaled in proportion."""
    shares = other_shares(np.asarray(weights, dtype=float))[criterion]
    result = shares * (1.0 - value)
    result[criterion] = value
    return result


def weight_sweep(inputs: SensitivityInputs) -> LinearSweep:
    """The linear sweep of every criterion at once: leading axis = swept criterion."""
    shares = other_shares(inputs.weights)
    sweep = _sweep_with(shares, inputs.multipliers, inputs.effectiveness)
    plain = _sweep_with(shares, np.ones_like(inputs.need), inputs.effectiveness)
    return LinearSweep(sweep.start, sweep.end, sweep.start_total, sweep.end_total, plain)


def _sweep_with(
    shares: np.ndarray, multipliers: np.ndarray, effectiveness: np.ndarray
) -> LinearSweep:
    districts, criteria = multipliers.shape
    strategies = effectiveness.shape[0]
    # weighted[d, s, c] = m[d, c]·e[s, c]; start sums it over the other criteria by share.
    weighted = multipliers[:, np.newaxis, :] * effectiveness[np.newaxis, :, :]
    start = (weighted.reshape(-1, criteria) @ shares.T).reshape(districts, strategies, criteria)
    return LinearSweep(
        start.transpose(2, 0, 1),
        weighted.transpose(2, 0, 1),
        (multipliers @ shares.T).T,
        multipliers.T.copy(),
    )


@dataclass(frozen=True, eq=False)
class GradientSweep:
    """Priority curves [criterion, point, district, strategy] and their exact crossings.

    ``crossings.leading`` is the swept criterion; ``current_weights`` marks today's point.
    """

    points: np.ndarray
    priorities: np.ndarray
    current_weights: np.ndarray
    crossings: Crossings


def gradient_sweep(inputs: SensitivityInputs, points: int = DEFAULT_POINTS) -> GradientSweep:
    """Every criterion swept, every strategy's priority in every district, with crossings."""
    sweep = weight_sweep(inputs)
    grid = sweep_points(points)
    return GradientSweep(
        grid, sweep.priorities(grid), inputs.weights.copy(), crossings_of(pair_roots(sweep))
    )
