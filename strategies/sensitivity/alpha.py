"""Need emphasis: the ranking of every district over α ∈ [0, 1] and the exact α of each swap.

With m = (1 − α) + α·g, numerators Σ_c w_c·m_dc·e_sc and the denominator Σ_c w_c·m_dc are
linear in α, so the α where two strategies swap is the root of a linear function.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.ranking import adjusted_weights, competition_ranks, need_multipliers
from strategies.sensitivity.gradient import DEFAULT_POINTS, sweep_points
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import Crossings, LinearSweep, crossings_of, pair_roots


def alpha_sweep_coefficients(inputs: SensitivityInputs) -> LinearSweep:
    """The linear sweep over α (no leading axis: arrays [d, s] and [d]).

    m is linear in α, so its values at α = 0 and α = 1 give the sweep's two ends exactly.
    """
    weights, effectiveness = inputs.weights, inputs.effectiveness
    districts = inputs.need.shape[0]
    plain_scores = np.broadcast_to(effectiveness @ weights, (districts, effectiveness.shape[0]))
    plain_totals = np.full(districts, weights.sum())
    plain = LinearSweep(plain_scores, plain_scores, plain_totals, plain_totals)
    ends = [need_multipliers(inputs.need, alpha) * weights for alpha in (0.0, 1.0)]
    return LinearSweep(
        ends[0] @ effectiveness.T,
        ends[1] @ effectiveness.T,
        ends[0].sum(axis=1),
        ends[1].sum(axis=1),
        plain,
    )


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
    return AlphaSweep(
        grid, scores, competition_ranks(scores), inputs.alpha, crossings_of(pair_roots(sweep))
    )


# Change points closer than this to the chosen α count as at α (a tie there).
AT_ALPHA_TOLERANCE = 1e-9


@dataclass(frozen=True)
class AlphaStability:
    """Where one district's ranking at the chosen α holds, and what α = 1 does to it.

    ``change_points``: the distinct α in [0, 1] where two of the district's strategies swap or
    tie, ascending. The ranking at the chosen α holds for every α strictly between ``low`` and
    ``high`` (and at 0 or 1 when those are the bounds and no rank changes there); ``low ==
    high`` means the chosen α is itself a change point (a tie). ``dropped_at_one``: criteria
    (indices) whose adjusted weight is 0 at α = 1, those on which the district has no gap.
    """

    district: int
    alpha: float
    change_points: tuple[float, ...]
    low: float
    high: float
    dropped_at_one: tuple[int, ...]

    @property
    def at_change_point(self) -> bool:
        return self.low == self.high


def alpha_stability(inputs: SensitivityInputs) -> tuple[AlphaStability, ...]:
    """For every district: the α where its ranks change and the stable interval around α."""
    roots = pair_roots(alpha_sweep_coefficients(inputs))
    at_one = adjusted_weights(inputs.weights, inputs.need, 1.0)
    dropped = (at_one <= 0.0) & (inputs.weights[np.newaxis, :] > 0.0)
    return tuple(
        _stability(
            district,
            inputs.alpha,
            roots.roots[district],
            tuple(int(c) for c in np.flatnonzero(dropped[district])),
        )
        for district in range(inputs.need.shape[0])
    )


def _stability(
    district: int, alpha: float, roots: np.ndarray, dropped: tuple[int, ...]
) -> AlphaStability:
    points = np.unique(roots[~np.isnan(roots)])
    if np.any(np.abs(points - alpha) <= AT_ALPHA_TOLERANCE):
        low = high = alpha
    else:
        below, above = points[points < alpha], points[points > alpha]
        low = float(below[-1]) if below.size else 0.0
        high = float(above[0]) if above.size else 1.0
    return AlphaStability(district, alpha, tuple(float(p) for p in points), low, high, dropped)
