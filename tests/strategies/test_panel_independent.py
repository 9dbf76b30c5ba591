"""An independent check of the panel's arithmetic: Goepel's S*, AIJ and AIP recomputed here from
the published formulas with plain Python and numpy, on random panels (fixed seeds) of 2–9
items and 2–30 experts with unequal weights, and compared with strategies.panel.

S* after Goepel, K.D. (2013), "Implementing the Analytic Hierarchy Process as a standard method
for multi-criteria decision making in corporate enterprises", ISAHP 2013, Kuala Lumpur, and
Goepel (2018), "Implementation of an online software tool for the Analytic Hierarchy Process
(AHP-OS)", IJAHP 10(3):469–487, the consensus indicator as AHP-OS computes it (public code,
classes/AhpGroup.php: getShannonBeta, getConsensus, ahpShannonCor, hamin):

    H_α = (1/K) Σ_k −Σ_j p_kj ln p_kj            H_γ = −Σ_j p̄_j ln p̄_j,  p̄_j = (1/K) Σ_k p_kj
    H_β = H_γ − H_α                                S = 1 / exp(H_β)
    H_α,min = −(M/(n+M−1)) ln(M/(n+M−1)) − (n−1) (1/(n+M−1)) ln(1/(n+M−1)),  M = 9
    cor = n / exp(H_α,min)                         S* = (S − 1/cor) / (1 − 1/cor)

Expert weights are ours (weighted means of the same sums, Jost 2007); Goepel's formulas have
none, so the weighted figures are checked the one way his formulas allow: an expert of integer
weight w is w copies of that expert.

No published AHP-OS group example with its inputs was found (searched: bpmsg.com posts on the
consensus indicator and its word scale, the AHP-OS manual and code, ahpsurvey's documentation,
whose examples run on its city200 data set, not reproduced here). The published check used is
Goepel (2018) §9: K = n participants each judging a different item extremely (9) more important
than all others give S* = 0 (also in test_panel_consensus.py).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from criteria.ahp import node_weights
from criteria.judgments import PairwiseJudgments
from strategies.panel.aij import aggregated_judgments
from strategies.panel.combined import panel_evaluation
from strategies.panel.consensus import consensus
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import judging_panel, with_expert
from tests.strategies.panel_cases import BASE, MODEL, expert

SCALE_MAX = 9.0
CASES = 400


def goepel_s_star(priorities: list[list[float]], weights: list[float] | None = None) -> dict:
    """S* and its entropies, written out from Goepel's formulas (see the module text)."""
    k, n = len(priorities), len(priorities[0])
    shares = [1.0 / k] * k if weights is None else [w / math.fsum(weights) for w in weights]
    rows = [[p / math.fsum(row) for p in row] for row in priorities]
    alpha = math.fsum(
        share * -math.fsum(p * math.log(p) for p in row if p > 0)
        for share, row in zip(shares, rows, strict=True)
    )
    mean = [
        math.fsum(share * row[j] for share, row in zip(shares, rows, strict=True)) for j in range(n)
    ]
    gamma = -math.fsum(p * math.log(p) for p in mean if p > 0)
    beta = gamma - alpha
    similarity = 1.0 / math.exp(beta)
    total = n + SCALE_MAX - 1.0
    alpha_min = -(SCALE_MAX / total) * math.log(SCALE_MAX / total) - (n - 1) * (
        1.0 / total
    ) * math.log(1.0 / total)
    cor = n / math.exp(alpha_min)
    s_star = (similarity - 1.0 / cor) / (1.0 - 1.0 / cor)
    return {
        "alpha": alpha,
        "beta": beta,
        "gamma": gamma,
        "similarity": similarity,
        "s_star": s_star,
    }


def _random_priorities(rng: np.random.Generator, k: int, n: int) -> np.ndarray:
    """Priority vectors as AHP gives them: from random judgments on Saaty's scale, some
    panels close to agreeing (a shared centre plus noise), some scattered."""
    centre = rng.normal(0.0, 1.0, n)
    spread = rng.choice([0.1, 0.5, 1.5])
    logs = centre + rng.normal(0.0, spread, (k, n))
    logs = np.clip(logs - logs.mean(axis=1, keepdims=True), -math.log(9), math.log(9))
    weights = np.exp(logs)
    return weights / weights.sum(axis=1, keepdims=True)


def test_s_star_agrees_with_goepels_formulas_on_random_panels():
    rng = np.random.default_rng(20180430)
    for _ in range(CASES):
        n, k = int(rng.integers(2, 10)), int(rng.integers(2, 31))
        priorities = _random_priorities(rng, k, n)
        weights = rng.uniform(0.1, 5.0, k)
        ours = consensus(priorities, weights)
        theirs = goepel_s_star(priorities.tolist(), weights.tolist())
        for name in ("alpha", "gamma", "similarity", "s_star"):
            assert getattr(ours, name) == pytest.approx(theirs[name], abs=1e-12), (n, k, name)
        assert ours.beta == pytest.approx(max(theirs["beta"], 0.0), abs=1e-12)
        unweighted = goepel_s_star(priorities.tolist())
        assert consensus(priorities).s_star == pytest.approx(unweighted["s_star"], abs=1e-12)


def test_integer_weights_are_copies_under_goepels_unweighted_formulas():
    rng = np.random.default_rng(2013)
    for _ in range(100):
        n, k = int(rng.integers(2, 10)), int(rng.integers(2, 9))
        priorities = _random_priorities(rng, k, n)
        copies = rng.integers(1, 5, k)
        repeated = [
            row for row, c in zip(priorities.tolist(), copies, strict=True) for _ in range(c)
        ]
        expected = goepel_s_star(repeated)["s_star"]
        assert consensus(priorities, copies.astype(float)).s_star == pytest.approx(
            expected, abs=1e-12
        )


@pytest.mark.parametrize("n", range(2, 10))
def test_goepels_zero_consensus_case_by_the_independent_formulas(n):
    """Goepel (2018) §9: n participants, each judging another item 9 times as important as
    every other one: priorities 9/(n+8) and 1/(n+8); "the resulting consensus should show 0%"."""
    rows = [[9.0 if j == i else 1.0 for j in range(n)] for i in range(n)]
    assert goepel_s_star(rows)["s_star"] == pytest.approx(0.0, abs=1e-12)
    assert consensus(np.array(rows)).s_star == pytest.approx(0.0, abs=1e-12)


def _principal(matrix: np.ndarray) -> np.ndarray:
    """The normalised principal right eigenvector (Saaty's priorities), by numpy."""
    values, vectors = np.linalg.eig(matrix)
    vector = np.abs(np.real(vectors[:, np.argmax(np.real(values))]))
    return vector / vector.sum()


def _matrix(judgments: PairwiseJudgments) -> np.ndarray:
    items = judgments.items
    matrix = np.ones((len(items), len(items)))
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if i != j:
                matrix[i, j] = judgments.value(a, b)
    return matrix


def _random_judgments(rng: np.random.Generator, n: int) -> PairwiseJudgments:
    items = tuple(f"c{i}" for i in range(n))
    steps = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    pairs = [
        (a, b, float(rng.choice(steps)) ** (1 if rng.random() < 0.5 else -1))
        for i, a in enumerate(items)
        for b in items[i + 1 :]
    ]
    return PairwiseJudgments.from_pairs("node", items, pairs)


def test_aij_is_numpys_weighted_geometric_mean_and_its_eigenvector():
    rng = np.random.default_rng(1983)
    for _ in range(60):
        n, k = int(rng.integers(2, 10)), int(rng.integers(2, 31))
        experts = [_random_judgments(rng, n) for _ in range(k)]
        weights = rng.uniform(0.1, 5.0, k)
        shares = weights / weights.sum()
        expected = np.exp(np.tensordot(shares, np.log([_matrix(j) for j in experts]), axes=1))
        combined = aggregated_judgments(experts, weights.tolist())
        np.testing.assert_allclose(_matrix(combined), expected, rtol=1e-12)
        ours = np.asarray(node_weights(combined, "saaty").weights)
        np.testing.assert_allclose(ours, _principal(expected), atol=2e-7)


def _panel_session(rng: np.random.Generator, k: int, aggregation: Aggregation):
    session = BASE
    for index in range(1, k):
        session = with_expert(session, expert(index, rng, weight=float(rng.uniform(0.2, 4.0))))
    from dataclasses import replace

    return replace(session, aggregation=aggregation)


@pytest.mark.parametrize("method", list(Aggregation))
def test_the_panels_node_weights_agree_with_numpy(method):
    """Each node: AIJ = the eigenvector of the weighted geometric mean matrix; AIP = the
    weighted arithmetic, or normalised geometric, mean of each expert's eigenvector."""
    rng = np.random.default_rng(1998)
    session = _panel_session(rng, 7, method)
    panel = judging_panel(session)
    shares = np.asarray(panel.participant_weights())
    result = panel_evaluation(MODEL, session, panel, method)
    for node in MODEL.hierarchy.inner_nodes:
        matrices = np.array([_matrix(e.criteria_judgments[node]) for e in panel.participants])
        if method is Aggregation.AIJ:
            expected = _principal(np.exp(np.tensordot(shares, np.log(matrices), axes=1)))
        else:
            own = np.array([_principal(m) for m in matrices])
            if method is Aggregation.AIP_ARITHMETIC:
                expected = shares @ own
            else:
                product = np.exp(shares @ np.log(own))
                expected = product / product.sum()
        np.testing.assert_allclose(result.node_weights[node], expected, atol=1e-6)
