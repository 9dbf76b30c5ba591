"""The exact need emphasis α at which two strategies of a district swap, as rows to export.

The α sweep finds these as roots of linear functions (``strategies.sensitivity.alpha``); here
each becomes one fact: district, α, the place the two strategies swap at, who leads below and
who leads above.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.ranking import TIE_TOLERANCE
from strategies.sensitivity.alpha import alpha_sweep_coefficients
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import Crossings


@dataclass(frozen=True)
class AlphaChangePoint:
    """Two strategies of one district tie at ``alpha`` and swap there.

    ``rank`` is the better of the two places they swap between (their shared competition rank
    at the tie); ``ahead_below`` leads for α just below, ``ahead_above`` just above.
    """

    district: int
    alpha: float
    rank: int
    ahead_below: int
    ahead_above: int


def alpha_change_points(
    inputs: SensitivityInputs, crossings: Crossings
) -> tuple[AlphaChangePoint, ...]:
    """Every swap of every district, districts in model order, each in increasing α."""
    sweep = alpha_sweep_coefficients(inputs)
    found = []
    for district in range(inputs.need.shape[0]):
        mine = crossings.select(district)
        for alpha, first, second, leader in zip(
            mine.position, mine.first, mine.second, mine.leader, strict=True
        ):
            scores = sweep.priorities(np.array([alpha]))[0, district]
            tied = max(scores[first], scores[second])
            rank = 1 + int(np.sum(scores > tied + TIE_TOLERANCE))
            behind = int(second if leader == first else first)
            found.append(AlphaChangePoint(district, float(alpha), rank, behind, int(leader)))
    return tuple(found)
