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
    """S* per inner node (the experts' local weights), on the global leaf weights, and the
    hierarchy's: the mean of the nodes' S* weighted by each node's global weight in the
    combined result (Goepel 2018, §4.2: "weighted arithmetic mean of the consensus of all
    hierarchy nodes"; AHP-OS getGlbConsensus)."""

    nodes: Mapping[str, Consensus]
    global_weights: Consensus
    hierarchy: float


def panel_consensus(
    hierarchy: Hierarchy,
    experts: Mapping[str, Evaluation],
    weights: Sequence[float],
    combined_local: Mapping[str, Sequence[float]],
) -> PanelConsensus:
    """S* of the participants' evaluations (``expert_evaluations``) with their weights;
    ``combined_local`` is the panel's local weights per node (``PanelEvaluation.node_weights``)."""
    own = list(experts.values())
    nodes = {
        node: consensus(np.array([e.weights.nodes[node].weights for e in own]), weights)
        for node in hierarchy.inner_nodes
    }
    leaves = consensus(np.array([e.weights.leaf_weights() for e in own]), weights)
    combined_global = global_node_weights(hierarchy, combined_local)
    shares = np.array([combined_global[node] for node in nodes])
    values = np.array([c.s_star for c in nodes.values()])
    return PanelConsensus(nodes, leaves, float(shares @ values / shares.sum()))


def global_node_weights(
    hierarchy: Hierarchy, local: Mapping[str, Sequence[float]]
) -> dict[str, float]:
    """Each node's global weight: the product of the local weights down its path."""
    result = {hierarchy.goal: 1.0}
    for node in hierarchy.walk():
        for child, weight in zip(hierarchy.children(node), local.get(node, ()), strict=False):
            result[child] = result[node] * float(weight)
    return result
