"""Local weights and consistency ratios of many reciprocal matrices at once (pure numpy).

The Monte Carlo analysis needs the weights of thousands of perturbed judgment matrices; calling
ahpy for each would take seconds. This computes the same principal eigenvector (ahpy's method:
powers of the matrix, row sums normalised) on stacked arrays, rounds it as ``criteria.ahp``
does, and uses the same random-index tables, so a batch agrees with ``node_weights`` per matrix.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np

from criteria.ahp import RANDOM_INDEX_TABLES

# The values behind the names in criteria.ahp.RANDOM_INDEX_TABLES, as ahpy 2.1 holds them.
RANDOM_INDEX_VALUES: dict[str, dict[int, float]] = {
    "saaty": {
        3: 0.52,
        4: 0.89,
        5: 1.11,
        6: 1.25,
        7: 1.35,
        8: 1.40,
        9: 1.45,
        10: 1.49,
        11: 1.52,
        12: 1.54,
        13: 1.56,
        14: 1.58,
        15: 1.59,
    },
    "dd": {
        3: 0.4914,
        4: 0.8286,
        5: 1.0591,
        6: 1.1797,
        7: 1.2519,
        8: 1.3171,
        9: 1.3733,
        10: 1.4055,
        11: 1.4213,
        12: 1.4497,
        13: 1.4643,
        14: 1.4822,
        15: 1.4969,
        16: 1.5078,
        17: 1.5153,
        18: 1.5262,
        19: 1.5313,
        20: 1.5371,
        25: 1.5619,
        30: 1.5772,
        40: 1.5976,
        50: 1.6102,
        60: 1.6178,
        70: 1.6237,
        80: 1.6277,
        90: 1.6213,
        100: 1.6339,
    },
}

# The most items one node (or the strategies under a criterion) may have: every random-index
# table must give their matrix a consistency ratio.
MAX_ITEMS = min(max(values) for values in RANDOM_INDEX_VALUES.values())
# Decimal places ahpy is asked for in criteria.ahp; the batch rounds the same way.
WEIGHT_DECIMALS = 8
_MAX_SQUARINGS = 60
# Squaring converges quadratically: once successive vectors differ by 1e-10, the vector just
# computed is exact to about 1e-20, far below the 8 decimals kept.
_CONVERGED = 1e-10


@dataclass(frozen=True, eq=False)
class BatchedWeights:
    """Weights [..., n] (each row sums to 1), λ_max [...] and CR [...] (NaN when n < 3)."""

    weights: np.ndarray
    lambda_max: np.ndarray
    consistency_ratio: np.ndarray


def random_index_value(size: int, table: str) -> float:
    """Random index of an n×n matrix; sizes between listed ones interpolated as ahpy does."""
    if table not in RANDOM_INDEX_TABLES:
        raise ValueError(f"unknown random index table {table!r}")
    values = RANDOM_INDEX_VALUES[table]
    if size in values:
        return values[size]
    sizes = tuple(values)
    if not sizes[0] < size < sizes[-1]:
        raise ValueError(f"no random index for size {size} in table {table!r}")
    smaller = sizes[bisect.bisect_left(sizes, size) - 1]
    larger = sizes[bisect.bisect_right(sizes, size)]
    slope = (values[larger] - values[smaller]) / (larger - smaller)
    return values[smaller] + slope * (size - smaller)


def principal_eigenvectors(matrices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Perron vectors [..., n] (summing to 1) and λ_max [...] of stacked positive matrices."""
    if matrices.shape[-1] == 2:
        # w = (a, 1)/(1 + a) exactly; a 2×2 reciprocal matrix is always consistent.
        ratio = matrices[..., 0, 1]
        vector = np.stack([ratio, np.ones_like(ratio)], axis=-1) / (1.0 + ratio)[..., np.newaxis]
        return vector, np.full(ratio.shape, 2.0)
    power = np.array(matrices, dtype=float)
    vector = _row_shares(power)
    for _ in range(_MAX_SQUARINGS):
        # Squaring raises the power geometrically; dividing by one (positive) entry keeps the
        # entries finite at the cost of no reduction, as the power tends to rank one.
        power = power @ power
        power /= power[..., :1, :1]
        previous, vector = vector, _row_shares(power)
        if np.max(np.abs(vector - previous), initial=0.0) <= _CONVERGED:
            break
    lambda_max = (matrices @ vector[..., np.newaxis])[..., 0].sum(axis=-1)
    return vector, lambda_max


def batched_node_weights(matrices: np.ndarray, random_index: str) -> BatchedWeights:
    """Weights and CR of stacked reciprocal matrices [..., n, n], as criteria.ahp computes them."""
    size = matrices.shape[-1]
    if size == 1:
        shape = matrices.shape[:-2]
        return BatchedWeights(np.ones((*shape, 1)), np.ones(shape), np.full(shape, np.nan))
    vector, lambda_max = principal_eigenvectors(matrices)
    rounded = np.round(vector, WEIGHT_DECIMALS)
    weights = rounded / rounded.sum(axis=-1, keepdims=True)
    return BatchedWeights(weights, lambda_max, consistency_ratios(lambda_max, size, random_index))


def consistency_ratios(lambda_max: np.ndarray, size: int, random_index: str) -> np.ndarray:
    """CR = (λ_max − n) / ((n − 1)·RI), rounded as ahpy rounds it; NaN when n < 3."""
    if size < 3:
        return np.full(np.shape(lambda_max), np.nan)
    index = (lambda_max - size) / (size - 1)
    return np.abs(np.round(index / random_index_value(size, random_index), WEIGHT_DECIMALS))


def _row_shares(matrices: np.ndarray) -> np.ndarray:
    rows = matrices.sum(axis=-1)
    return rows / rows.sum(axis=-1, keepdims=True)
