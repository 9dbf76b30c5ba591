"""Combining the experts' ratings of a strategy under a criterion.

Ratings are absolute measurement (Saaty 1986, "Absolute and relative measurement with the
Analytic Hierarchy Process", Math. Modelling 8:167–171): each level stands for a priority
(its intensity) on one ratio scale shared by every strategy. Combining ratings is therefore
combining priorities, and the rule is the AIP one (Forman & Peniwati 1998): the weighted
arithmetic mean of the intensities of the experts who rated that strategy under that
criterion. The geometric mean is not used here because a level of intensity 0 ("none") would
make one expert's "none" veto every other rating.

The session stores levels, not numbers, so the mean is then read as the level whose intensity
is nearest (a tie goes to the lower level: a panel half sure does not earn the higher one).
``mean_intensity`` keeps the unrounded mean for reports. Ratings nobody gave stay as the base
session has them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from strategies.effectiveness import RatingScale


def mean_intensity(
    levels: Sequence[str | None], weights: Sequence[float], scale: RatingScale
) -> float | None:
    """Weighted mean intensity over the experts that rated (None where a level is None)."""
    given = [(scale.intensity(level), w) for level, w in zip(levels, weights, strict=True) if level]
    total = sum(w for _, w in given)
    if not given or total <= 0:
        return None
    return sum(value * w for value, w in given) / total


def nearest_level(intensity: float, scale: RatingScale) -> str:
    """The level whose intensity is nearest; the lower one on a tie (within 1e-12). Plain
    Python: called for every rating of every edit, where numpy's per-call cost dominated."""
    distances = [abs(value - intensity) for value in scale.values]
    best = min(distances)
    candidates = [i for i, distance in enumerate(distances) if distance - best <= 1e-12]
    return scale.levels[min(candidates, key=lambda i: scale.values[i])]


def combined_ratings(
    experts_ratings: Sequence[Mapping[tuple[str, str], str]],
    weights: Sequence[float],
    scale: RatingScale,
    base: Mapping[tuple[str, str], str],
) -> dict[tuple[str, str], str]:
    """Every (strategy, criterion) of base, replaced by the panel's level where anyone rated it."""
    combined = dict(base)
    keys = {key for ratings in experts_ratings for key in ratings}
    for key in keys:
        mean = mean_intensity([r.get(key) for r in experts_ratings], weights, scale)
        if mean is not None:
            combined[key] = nearest_level(mean, scale)
    return combined
