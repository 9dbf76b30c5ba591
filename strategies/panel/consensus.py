"""Goepel's AHP consensus indicator S*, from the Shannon entropy of the experts' priorities.

Goepel (2018), "Implementation of an online software tool for the Analytic Hierarchy Process
(AHP-OS)", IJAHP 10(3):469–487, eqs. 11–21 (first proposed in Goepel 2013, ISAHP Kuala Lumpur),
for k experts' priority vectors w_k over n items:

    H_γ = −Σ_j w̄_j ln w̄_j,  w̄ = mean_k w_k          (gamma entropy, of the mean priorities)
    H_α = mean_k (−Σ_j w_jk ln w_jk)                  (alpha entropy, mean of each expert's)
    H_β = H_γ − H_α,  S = 1 / D_β = exp(−H_β)         (similarity)
    H_α,min = −(M/(n+M−1)) ln(M/(n+M−1)) − ((n−1)/(n+M−1)) ln(1/(n+M−1))   (M = 9)
    cor = exp(H_α,min) / n
    S* = (S − cor) / (1 − cor)

H_α,min is the entropy of the most decided judgments the scale allows (one item M times as
important as every other); n the largest gamma diversity. S* is 0 when k = n experts each put
a different item extreme first, 1 when all agree. Weighted experts (our addition; equal
weights give Goepel's figures): both means are the experts' weighted means, the weighted
decomposition of Shannon diversity (Jost 2007, Ecology 88(10), whose H_β ≥ 0 still holds).

The formulas agree with the public AHP-OS code (classes/AhpGroup.php: getShannonBeta,
getConsensus, ahpShannonCor, hamin; checked against an independent implementation in
tests/strategies/test_panel_independent.py).

Bands: as AHP-OS words them (classes/AhpGroup.php, consensusWording, Rev. 139, 2022):
≤ 50 % very low, 50–65 % low, 65–75 % moderate, 75–85 % high, > 85 % very high, each upper
limit belonging to the lower band. They agree with Goepel's post "AHP group consensus
indicator – how to understand and interpret?" (bpmsg.com: low below 65 %, moderate 65–75 %,
high above 75 %, below 50 % practically no consensus). His post "AHP consensus word scale"
(bpmsg.com) proposes 50 / 62.5 / 75 / 87.5 instead (four equal segments above 50 %), which the
AHP-OS code we read does not use. The window and the reports name the bands they use
(``band_ranges``); ``CONSENSUS_BANDS`` is the one place to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np

from strategies.panel.means import weighted_arithmetic_mean

AHP_SCALE_MAX = 9.0


class ConsensusBand(Enum):
    VERY_LOW = "very_low"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    VERY_HIGH = "very_high"


# Each band but the last: its upper limit and whether the limit belongs to it (AHP-OS's
# consensusWording: "$c <= 50" very low, … "$c > 85" very high).
CONSENSUS_BANDS: tuple[tuple[ConsensusBand, float, bool], ...] = (
    (ConsensusBand.VERY_LOW, 0.50, True),
    (ConsensusBand.LOW, 0.65, True),
    (ConsensusBand.MODERATE, 0.75, True),
    (ConsensusBand.HIGH, 0.85, True),
)
CONSENSUS_BANDS_SOURCE = "Goepel, AHP-OS (2022)"


def band_ranges() -> tuple[tuple[ConsensusBand, float | None, float | None], ...]:
    """Each band with its lower and upper limit (None: open), for saying which bands are used."""
    uppers = [upper for _, upper, _ in CONSENSUS_BANDS]
    lowers = [None, *uppers]
    bands = [band for band, _, _ in CONSENSUS_BANDS] + [ConsensusBand.VERY_HIGH]
    return tuple(zip(bands, lowers, [*uppers, None], strict=True))


def consensus_band(s_star: float) -> ConsensusBand:
    for band, upper, inclusive in CONSENSUS_BANDS:
        if s_star < upper or (inclusive and s_star <= upper):
            return band
    return ConsensusBand.VERY_HIGH


@dataclass(frozen=True)
class Consensus:
    """Entropies (natural log), the similarity S = exp(−H_β), the relative homogeneity
    (S − 1/n)/(1 − 1/n) that AHP-OS shows for global priorities, S* and its band."""

    experts: int
    items: int
    alpha: float
    beta: float
    gamma: float
    similarity: float
    relative_homogeneity: float
    s_star: float
    band: ConsensusBand


def shannon(priorities: np.ndarray) -> np.ndarray:
    """−Σ p ln p along the last axis (0·ln 0 = 0)."""
    p = np.asarray(priorities, dtype=float)
    return -np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0).sum(axis=-1)


def minimum_alpha_entropy(items: int, scale_max: float = AHP_SCALE_MAX) -> float:
    """H_α,min of Goepel (2018) eq. 16: one item scale_max times as important as the others."""
    total = items + scale_max - 1.0
    return float(shannon(np.array([scale_max / total] + [1.0 / total] * (items - 1))))


def consensus(
    priorities: np.ndarray, weights: Sequence[float] | None = None, scale_max: float = AHP_SCALE_MAX
) -> Consensus:
    """S* of the experts' priority vectors [k, n] (each normalised to sum to 1 here)."""
    p = np.asarray(priorities, dtype=float)
    p = p / p.sum(axis=-1, keepdims=True)
    k, n = p.shape
    shares = np.full(k, 1.0 / k) if weights is None else np.asarray(weights, dtype=float)
    gamma = float(shannon(weighted_arithmetic_mean(p, shares)))
    alpha = float(weighted_arithmetic_mean(shannon(p), shares))
    beta = max(gamma - alpha, 0.0)  # ≥ 0 by concavity; rounding alone may dip below
    similarity = float(np.exp(-beta))
    cor = float(np.exp(minimum_alpha_entropy(n, scale_max))) / n
    s_star = (similarity - cor) / (1.0 - cor) if n > 1 else 1.0
    homogeneity = (similarity - 1.0 / n) / (1.0 - 1.0 / n) if n > 1 else 1.0
    return Consensus(
        k, n, alpha, beta, gamma, similarity, homogeneity, s_star, consensus_band(s_star)
    )
