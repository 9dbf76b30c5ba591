"""Aggregation of individual judgments (AIJ): the weighted geometric mean, pair by pair.

Aczél & Saaty (1983) show the geometric mean is the one way to merge ratio judgments that keeps
the reciprocal property (merging the mirrored judgments gives the mirrored result) and
unanimity; Aczél & Alsina (1987) extend it to weighted judges: a_ij = Π_k a_ijk^π_k, Σ π_k = 1.
An expert who left a pair out is left out of that pair, the weights renormalised over those
who answered it; a pair nobody answered stays missing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from criteria.judgments import PairwiseJudgments
from strategies.panel.means import weighted_log_mean


def judgment_logs(
    node: Sequence[PairwiseJudgments], items: tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """ln a_ij [k, pair] of each expert's judgments (pairs i < j in item order) and whether
    each expert answered each pair."""
    pairs = [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]
    logs = np.zeros((len(node), len(pairs)))
    answered = np.zeros((len(node), len(pairs)), dtype=bool)
    for row, judgments in enumerate(node):
        for column, (a, b) in enumerate(pairs):
            value = judgments.value(a, b)
            if value is not None:
                logs[row, column], answered[row, column] = np.log(value), True
    return logs, answered


def aggregated_judgments(
    node: Sequence[PairwiseJudgments], weights: Sequence[float]
) -> PairwiseJudgments:
    """The weighted geometric mean of several experts' judgments of one node."""
    if not node:
        raise ValueError("no judgments to aggregate")
    first = node[0]
    for judgments in node[1:]:
        if (judgments.node, judgments.items) != (first.node, first.items):
            raise ValueError(f"judgments of {judgments.node!r} do not match {first.node!r}")
    logs, answered = judgment_logs(node, first.items)
    means, anyone = weighted_log_mean(logs, answered, np.asarray(weights, dtype=float))
    pairs = [(a, b) for i, a in enumerate(first.items) for b in first.items[i + 1 :]]
    combined = [
        (a, b, float(np.exp(mean)))
        for (a, b), mean, given in zip(pairs, means, anyone, strict=True)
        if given
    ]
    # Nobody may have linked some items yet (after a model edit): weighed provisionally.
    return PairwiseJudgments.from_pairs(first.node, first.items, combined, require_connected=False)
