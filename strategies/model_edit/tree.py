"""The criteria tree of criteria.toml as plain records, children and parents, and back.

Records keep their file order (a new node is appended), so that an edit rewrites only what it
changes; where the order of a node's children cannot follow from file order (the loader puts
layers before criteria) the node's ``order`` key states it. A node with children is written
as a layer, one without as a criterion: a leaf that gets a child becomes a layer, a layer that
loses its last child becomes a leaf criterion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from strategies.model import PlanningModel

_LINKS = ("parent", "layer", "order")


@dataclass
class Tree:
    goal: str
    records: dict[str, dict]  # node id → its record without parent, layer and order
    children: dict[str, list[str]]  # every node, leaves with []
    parent: dict[str, str]  # every node but the goal
    file_order: list[str]  # the nodes below the goal in the order their records are written
    named_parent: set[str]  # layers whose record names their parent even when it is the goal

    @classmethod
    def of(cls, model: PlanningModel, criteria: dict[str, Any]) -> Tree:
        hierarchy = model.hierarchy
        layers, leaves = criteria.get("layers", []), criteria["criteria"]
        records = {r["id"]: _unlinked(r) for r in (criteria["goal"], *layers, *leaves)}
        return cls(
            hierarchy.goal,
            records,
            {node: list(hierarchy.children(node)) for node in hierarchy.nodes},
            {n: str(hierarchy.nodes[n].parent) for n in hierarchy.nodes if n != hierarchy.goal},
            [r["id"] for r in (*layers, *leaves)],
            {r["id"] for r in layers if "parent" in r},
        )

    def subtree(self, node: str) -> list[str]:
        order, stack = [], [node]
        while stack:
            current = stack.pop()
            order.append(current)
            stack.extend(self.children[current])
        return order

    def detach(self, node: str) -> None:
        """Take node (with its subtree) from its parent's children."""
        self.children[self.parent[node]].remove(node)

    def attach(self, node: str, parent: str, index: int) -> None:
        self.children[parent].insert(index, node)
        self.parent[node] = parent

    def table(self) -> dict[str, Any]:
        """criteria.toml's tables: goal, layers (nodes with children), criteria (leaves)."""
        layers = [n for n in self.file_order if self.children[n]]
        leaves = [n for n in self.file_order if not self.children[n]]
        # The order the loader gives children without ``order``: layers first, file order.
        rank = {node: index for index, node in enumerate((*layers, *leaves))}
        tables: dict[str, Any] = {"goal": self._with_order(self.goal, rank)}
        if layers:
            tables["layers"] = [self._layer(n, rank) for n in layers]
        tables["criteria"] = [{**self.records[n], "layer": self.parent[n]} for n in leaves]
        return tables

    def _layer(self, node: str, rank: dict[str, int]) -> dict:
        record = self._with_order(node, rank)
        if self.parent[node] != self.goal or node in self.named_parent:
            record["parent"] = self.parent[node]
        return record

    def _with_order(self, node: str, rank: dict[str, int]) -> dict:
        """The record, with an ``order`` only where file order would give another one."""
        record = dict(self.records[node])
        children = self.children[node]
        if sorted(children, key=rank.__getitem__) != children:
            record["order"] = list(children)
        return record


def _unlinked(record: dict) -> dict:
    return {key: value for key, value in record.items() if key not in _LINKS}
