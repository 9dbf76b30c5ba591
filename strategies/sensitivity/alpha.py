"""Need emphasis: the ranking of every district over α ∈ [0, 1] and the exact α of each swap.

With m = (1 − α) + α·g, numerators Σ_c w_c·m_dc·e_sc and the denominator Σ_c w_c·m_dc are
linear in α, so the α where two strategies swap is the root of a linear function.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.ranking import competition_ranks
from strategies.sensitivity.gradient import DEFAULT_POINTS, sweep_points
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import Crossings, LinearSweep, crossings_of, pair_roots


def alpha_sweep_coefficients(inputs: SensitivityInputs) -> LinearSweep:
    """The linear sweep over α (no leading axis: arrays [d, s] and [d])."""
    weights, need, effectiveness = inputs.weights, inputs.need, inputs.effectiveness
    districts = need.shape[0]
    plain_scores = np.broadcast_to(effectiveness @ weights, (districts, effectiveness.shape[0]))
    plain_totals = np.full(districts, weights.sum())
    plain = LinearSweep(plain_scores, plain_scores, plain_totals, plain_totals)
    needy = (need * weights) @ effectiveness.T  # [d, s]
    return LinearSweep(plain_scores, needy, plain_totals, need @ weights, plain)


@dataclass(frozen=True, eq=False)
class AlphaSweep:
    """Priorities and competition ranks [point, district, strategy] over α, and the swaps.

    ``crossings.position`` are the α values where two strategies of a district swap.
    """

    points: np.ndarray
    priorities: np.ndarray
    ranks: np.ndarray
    current_alpha: float
    crossings: Crossings


def alpha_sweep(inputs: SensitivityInputs, points: int = DEFAULT_POINTS) -> AlphaSweep:
    """Rankings of all districts over α with the exact α of every swap."""
    sweep = alpha_sweep_coefficients(inputs)
    grid = sweep_points(points)
    scores = sweep.priorities(grid)
    return AlphaSweep(grid, scores, competition_ranks(scores), inputs.alpha,
                      crossings_of(pair_roots(sweep)))
