"""How much each strategy serves each criterion: local priorities e[s, c] summing to 1 over s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from criteria.text import LocalText


class RatingError(ValueError):
    """A rating level that is not on the scale (which strategy, which criterion, which level)."""


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


def effectiveness_from_ratings(levels: Sequence[str], scale: RatingScale) -> np.ndarray:
    """Ratings mode of AHP: intensities normalised over the strategies.

    When every strategy is rated at zero intensity the criterion cannot tell them apart, and
    each gets an equal share.
    """
    intensities = np.array([scale.intensity(level) for level in levels], dtype=float)
    total = intensities.sum()
    if total <= 0:
        return np.full(len(levels), 1.0 / len(levels))
    return intensities / total
