"""Local and global criteria weights over the whole hierarchy."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from criteria.ahp import DEFAULT_RANDOM_INDEX, NodeWeights, cached_node_weights
from criteria.hierarchy import Hierarchy
from criteria.judgments import PairwiseJudgments


@dataclass(frozen=True, eq=False)
class HierarchyWeights:
    """Every inner node's local weights and CR, and each node's global weight."""

    hierarchy: Hierarchy
    nodes: Mapping[str, NodeWeights]
    global_weights: Mapping[str, float]

    def leaf_weights(self) -> np.ndarray:
        """Global weights of the leaf criteria, in hierarchy.leaves order."""
        return np.array([self.global_weights[c] for c in self.hierarchy.leaves])

    def local_weight(self, node: str) -> float:
        parent = self.hierarchy.nodes[node].parent
        return 1.0 if parent is None else self.nodes[parent].weight(node)


def hierarchy_weights(
    hierarchy: Hierarchy,
    judgments: Mapping[str, PairwiseJudgments],
    random_index: str = DEFAULT_RANDOM_INDEX,
    cache: dict | None = None,
) -> HierarchyWeights:
    """Weigh every inner node; the global weight of a node is the product down its path.

    ``cache`` (optional) maps (judgments, random_index) to NodeWeights across calls, so that
    an edit of one node recomputes only that node.
    """
    nodes = {}
    for node in hierarchy.inner_nodes:
        node_judgments = judgments[node]
        if node_judgments.items != hierarchy.children(node):
            raise ValueError(
                f"judgments of node {node!r} are for items "
                f"{node_judgments.items}, expected {hierarchy.children(node)}"
            )
        nodes[node] = cached_node_weights(node_judgments, random_index, cache)
    global_weights = {hierarchy.goal: 1.0}
    for node in hierarchy.walk():
        for child in hierarchy.children(node):
            global_weights[child] = global_weights[node] * nodes[node].weight(child)
    return HierarchyWeights(hierarchy, nodes, global_weights)
