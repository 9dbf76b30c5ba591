"""Kendall's coefficient of concordance W of the experts' rankings, with the tie correction.

Kendall & Babington Smith (1939); Siegel & Castellan (1988), Nonparametric Statistics for the
Behavioral Sciences, 2nd ed., §9.4, eq. 9.16: for m rankings of n objects (midranks for ties),
R_i the rank sums, S = Σ (R_i − R̄)², T_j = Σ (t³ − t) over the groups of t ties of ranking j,

    W = 12 S / (m² (n³ − n) − m Σ_j T_j).

W is 1 when every expert orders the strategies alike and 0 when the rank sums are all equal.
Experts count once each (W has no weights); the caller passes the participants.
"""

from __future__ import annotations

import numpy as np

from strategies.ranking import TIE_TOLERANCE


def kendalls_w(scores: np.ndarray, tolerance: float = TIE_TOLERANCE) -> float | None:
    """W of m experts' scores [m, n] (higher is better; equal within tolerance are tied).

    None when it is undefined: fewer than two experts or objects, or every expert ties all.
    """
    scores = np.asarray(scores, dtype=float)
    m, n = scores.shape
    if m < 2 or n < 2:
        return None
    snapped = np.round(scores / tolerance) * tolerance  # ties within tolerance rank alike
    ranks = midranks(snapped)
    sums = ranks.sum(axis=0)
    spread = float(((sums - sums.mean()) ** 2).sum())
    ties = sum(_tie_term(row) for row in snapped)
    denominator = m**2 * (n**3 - n) - m * ties
    return None if denominator <= 0 else 12.0 * spread / denominator


def midranks(scores: np.ndarray) -> np.ndarray:
    """Rank 1 = highest along the last axis; tied scores share the mean of their places."""
    better = (scores[..., np.newaxis, :] > scores[..., :, np.newaxis]).sum(axis=-1)
    equal = (scores[..., np.newaxis, :] == scores[..., :, np.newaxis]).sum(axis=-1)
    return better + (equal + 1) / 2.0


def _tie_term(row: np.ndarray) -> float:
    _, counts = np.unique(row, return_counts=True)
    return float((counts**3 - counts).sum())


def district_concordance(priorities: np.ndarray) -> np.ndarray:
    """W per district of the experts' priorities [m, d, s]; NaN where undefined."""
    values = [kendalls_w(priorities[:, d, :]) for d in range(priorities.shape[1])]
    return np.array([np.nan if w is None else w for w in values])
