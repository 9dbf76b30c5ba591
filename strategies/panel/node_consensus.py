"""Goepel's S* for each node of the hierarchy, for the global weights, and for the hierarchy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from criteria.hierarchy import Hierarchy
from strategies.evaluation import Evaluation
from strategies.panel.consensus import Consensus, consensus


@dataclass(frozen=True)
class PanelConsensus:
    """S* per inner node (the local weights of the experts who judged it, their weights
    renormalised; a node judged by fewer than two has none), on the global leaf weights (every
    participant's, a blank node taken from the panel's), and the hierarchy's: the mean of the
    nodes' S* weighted by each node's global weight in the combined result (Goepel 2018, §4.2:
    "weighted arithmetic mean of the consensus of all hierarchy nodes"; AHP-OS
    getGlbConsensus)."""

    nodes: Mapping[str, Consensus]
    global_weights: Consensus
    hierarchy: float


def panel_consensus(
    hierarchy: Hierarchy,
    experts: Mapping[str, Evaluation],
    weights: Sequence[float],
    combined_local: Mapping[str, Sequence[float]],
    judged: Mapping[str, Sequence[str]] | None = None,
) -> PanelConsensus:
    """S* of the participants' evaluations (``expert_evaluations``) with their weights;
    ``combined_local`` is the panel's local weights per node (``PanelEvaluation.node_weights``);
    ``judged`` maps a node to the ids of the participants who judged it (default: all)."""
    shares = np.asarray(weights, dtype=float)
    own = list(experts.values())
    nodes = {}
    for node in hierarchy.inner_nodes:
        who = [i for i, e in enumerate(experts) if judged is None or e in judged[node]]
        if len(who) >= 2:
            local = np.array([own[i].weights.nodes[node].weights for i in who])
            nodes[node] = consensus(local, [float(shares[i]) for i in who])
    leaves = consensus(np.array([e.weights.leaf_weights() for e in own]), weights)
    combined_global = global_node_weights(hierarchy, combined_local)
    node_shares = np.array([combined_global[node] for node in nodes])
    values = np.array([c.s_star for c in nodes.values()])
    total = node_shares.sum()
    overall = float(node_shares @ values / total) if total > 0 else float("nan")
    return PanelConsensus(nodes, leaves, overall)


def global_node_weights(
    hierarchy: Hierarchy, local: Mapping[str, Sequence[float]]
) -> dict[str, float]:
    """Each node's global weight: the product of the local weights down its path."""
    result = {hierarchy.goal: 1.0}
    for node in hierarchy.walk():
        for child, weight in zip(hierarchy.children(node), local.get(node, ()), strict=False):
            result[child] = result[node] * float(weight)
    return result
