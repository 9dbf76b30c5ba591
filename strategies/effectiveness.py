"""How much each strategy serves each criterion: local priorities e[s, c], synthesised in the
ideal mode (divided by the best strategy under c) or the distributive mode (summing to 1 over s).

Distributive mode lets the classic Belton–Gear rank reversal happen: adding a copy of a strategy
takes a share away from every other strategy in proportion to how much they score, which can
swap two others (Belton & Gear 1983). Ideal mode divides by the best strategy instead, so a copy,
or any strategy that beats the best under no criterion, leaves every other score as it was
(Belton & Gear 1983; Saaty 1994; Millet & Saaty 2000).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np

from criteria.text import LocalText


class Synthesis(Enum):
    """How a criterion's strategy priorities are scaled before they are weighted and added."""

    IDEAL = "ideal"
    DISTRIBUTIVE = "distributive"


DEFAULT_SYNTHESIS = Synthesis.IDEAL


@dataclass(frozen=True)
class RatingScale:
    """Ordered intensity levels (worst first) with their numeric intensities."""

    levels: tuple[str, ...]
    labels: tuple[LocalText, ...]
    values: tuple[float, ...]

    def intensity(self, level: str) -> float:
        return self.values[self.levels.index(level)]

    def label(self, level: str, lang: str) -> str:
        return self.labels[self.levels.index(level)].get(lang)


def synthesised(scores: np.ndarray, synthesis: Synthesis) -> np.ndarray:
    """Non-negative scores [..., s] of the strategies under one criterion, scaled along the
    last axis: divided by their largest (ideal) or by their sum (distributive).

    Where every score is 0 (no strategy serves the criterion at all) the ideal mode gives every
    strategy 0, so the criterion adds nothing to any priority, and the distributive mode gives
    each an equal share 1/n, the only split that sums to 1 without favouring one. Either way the
    criterion cannot change an order within a district.
    """
    scores = np.asarray(scores, dtype=float)
    if synthesis is Synthesis.IDEAL:
        scale = scores.max(axis=-1, keepdims=True)
        empty = np.zeros_like(scores)
    else:
        scale = scores.sum(axis=-1, keepdims=True)
        empty = np.full_like(scores, 1.0 / scores.shape[-1])
    served = scale > 0
    return np.where(served, scores / np.where(served, scale, 1.0), empty)


def effectiveness_from_ratings(
    levels: Sequence[str], scale: RatingScale, synthesis: Synthesis
) -> np.ndarray:
    """Ratings of the strategies under one criterion → their synthesised priorities."""
    return synthesised(
        np.array([scale.intensity(level) for level in levels], dtype=float), synthesis
    )
