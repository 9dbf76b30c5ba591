"""Each expert's consistency ratio per node, against Saaty's threshold for its size."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from criteria.ahp import Consistency, cached_node_weights
from strategies.panel.experts import Panel


@dataclass(frozen=True)
class ExpertConsistency:
    """One expert's CR at one node (None below 3 items) and the threshold's verdict."""

    expert: str
    node: str
    consistency_ratio: float | None
    threshold: float | None
    status: Consistency

    @property
    def too_inconsistent(self) -> bool:
        return self.status is Consistency.TOO_INCONSISTENT


def expert_consistency(
    panel: Panel, random_index: str, cache: dict | None = None
) -> Mapping[str, tuple[ExpertConsistency, ...]]:
    """Per expert of the panel (included or not), the CR of each node of their criteria
    judgments, in their nodes' order. Judged by the CR alone (``cr_status``): a node with
    missing pairs is checked on its completed matrix."""
    result = {}
    for expert in panel.experts:
        rows = []
        for node, judgments in expert.criteria_judgments.items():
            weights = cached_node_weights(judgments, random_index, cache)
            rows.append(
                ExpertConsistency(
                    expert.id, node, weights.consistency_ratio, weights.threshold, weights.cr_status
                )
            )
        result[expert.id] = tuple(rows)
    return result


def node_consistency(
    panel: Panel, node: str, random_index: str, cache: dict | None = None, strategies: bool = False
) -> tuple[tuple[ExpertConsistency, ...], tuple[str, ...]]:
    """At one node (a criteria node, or with ``strategies`` the strategies under a criterion):
    the CR of each participant who judged it, and the ids of the participants who left it
    blank, both in panel order. What the combined view says instead of a repair."""
    checks, blank = [], []
    for expert in panel.participants:
        judged = (expert.strategy_judgments if strategies else expert.criteria_judgments).get(node)
        if judged is None:
            blank.append(expert.id)
            continue
        weights = cached_node_weights(judged, random_index, cache)
        checks.append(
            ExpertConsistency(
                expert.id, node, weights.consistency_ratio, weights.threshold, weights.cr_status
            )
        )
    return tuple(checks), tuple(blank)
