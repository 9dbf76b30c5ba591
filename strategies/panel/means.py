"""Weighted means over the experts' axis (axis 0), pure numpy, used by every combination."""

from __future__ import annotations

import numpy as np


def weighted_log_mean(
    logs: np.ndarray, answered: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Σ_k π_k·x_k / Σ_k π_k over the experts that answered, per entry of logs [k, ...].

    An expert who left an entry out is left out of that entry, the others' weights renormalised
    over those who answered; entries nobody answered come back as NaN, with False in the second
    array (answered by anyone).
    """
    present = np.asarray(answered, dtype=bool)
    shaped = np.asarray(weights, dtype=float).reshape((-1,) + (1,) * (logs.ndim - 1))
    totals = np.where(present, shaped, 0.0).sum(axis=0)
    sums = np.where(present, shaped * np.where(present, logs, 0.0), 0.0).sum(axis=0)
    anyone = totals > 0
    return np.where(anyone, sums / np.where(anyone, totals, 1.0), np.nan), anyone


def weighted_geometric_mean(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Π_k v_k^π_k of non-negative values [k, ..., n], rescaled along the last axis to the
    weighted arithmetic mean of the experts' sums (1 for weights that each sum to 1).

    A 0 from any expert with weight above 0 gives 0 (the geometric mean vetoes).
    """
    values = np.asarray(values, dtype=float)
    shares = _shares(weights, values.ndim)
    with np.errstate(divide="ignore"):
        logs = np.log(values)
    product = np.exp(np.where(shares > 0, shares * logs, 0.0).sum(axis=0))
    target = (shares * values.sum(axis=-1, keepdims=True)).sum(axis=0)
    total = product.sum(axis=-1, keepdims=True)
    return np.where(total > 0, product * target / np.where(total > 0, total, 1.0), 0.0)


def weighted_arithmetic_mean(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Σ_k π_k·v_k over the experts' axis of values [k, ...]."""
    values = np.asarray(values, dtype=float)
    return (_shares(weights, values.ndim) * values).sum(axis=0)


def _shares(weights: np.ndarray, ndim: int) -> np.ndarray:
    """Weights normalised to sum to 1, shaped to broadcast over [k, ...]."""
    weights = np.asarray(weights, dtype=float)
    return (weights / weights.sum()).reshape((-1,) + (1,) * (ndim - 1))
