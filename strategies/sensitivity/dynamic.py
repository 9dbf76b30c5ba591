"""Dynamic sensitivity: one criterion weight set by a slider, the ranking recomputed at once."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.gradient import swept_weights
from strategies.sensitivity.inputs import SensitivityInputs


@dataclass(frozen=True, eq=False)
class DynamicRanking:
    """Leaf weights [c] after the move, priorities and competition ranks [district, strategy]."""

    weights: np.ndarray
    priorities: np.ndarray
    ranks: np.ndarray


def dynamic_ranking(inputs: SensitivityInputs, criterion: int, value: float) -> DynamicRanking:
    """Set criterion's global weight to value (others rescaled) and rank every district."""
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"weight {value!r} is outside [0, 1]")
    weights = swept_weights(inputs.weights, criterion, value)
    scores = priorities(adjusted_weights(weights, inputs.need, inputs.alpha), inputs.effectiveness)
    return DynamicRanking(weights, scores, competition_ranks(scores))
