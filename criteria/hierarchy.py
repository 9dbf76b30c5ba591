"""The criteria hierarchy: goal → layers → leaf criteria, with names and paper sections."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from criteria.text import LocalText


@dataclass(frozen=True)
class Node:
    id: str
    name: LocalText
    description: LocalText
    section: str
    parent: str | None
    children: tuple[str, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children


class HierarchyError(ValueError):
    """The hierarchy data is malformed (which node, what is wrong)."""


@dataclass(frozen=True)
class Hierarchy:
    """A tree of nodes; the root is the goal. Leaves are the criteria the strategies serve."""

    goal: str
    nodes: Mapping[str, Node]

    @cached_property
    def leaves(self) -> tuple[str, ...]:
        """Leaf criteria in depth-first (display) order."""
        return tuple(n for n in self.walk() if self.nodes[n].is_leaf)

    @cached_property
    def inner_nodes(self) -> tuple[str, ...]:
        """Nodes with children (those that have judgments), goal first."""
        return tuple(n for n in self.walk() if not self.nodes[n].is_leaf)

    def walk(self, start: str | None = None) -> tuple[str, ...]:
        """Node ids depth first from start (default the goal)."""
        order: list[str] = []
        stack = [start or self.goal]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(reversed(self.nodes[node].children))
        return tuple(order)

    def children(self, node: str) -> tuple[str, ...]:
        return self.nodes[node].children

    def path(self, node: str) -> tuple[str, ...]:
        """Ids from the goal down to node."""
        path = [node]
        while (parent := self.nodes[path[-1]].parent) is not None:
            path.append(parent)
        return tuple(reversed(path))

    def name(self, node: str, lang: str) -> str:
        return self.nodes[node].name.get(lang)


def hierarchy_from_records(
    goal: Mapping, layers: list[Mapping], criteria: list[Mapping]
) -> Hierarchy:
    """Build the three-level hierarchy from the records of criteria.toml."""
    goal_id = str(goal["id"])
    layer_ids = [str(layer["id"]) for layer in layers]
    children: dict[str, list[str]] = {goal_id: layer_ids, **{lid: [] for lid in layer_ids}}
    for criterion in criteria:
        layer = str(criterion["layer"])
        if layer not in children or layer == goal_id:
            raise HierarchyError(f"criterion {criterion['id']!r}: unknown layer {layer!r}")
        children[layer].append(str(criterion["id"]))
    nodes: dict[str, Node] = {}
    for record, parent in [
        (goal, None),
        *((r, goal_id) for r in layers),
        *((r, str(r["layer"])) for r in criteria),
    ]:
        node_id = str(record["id"])
        if node_id in nodes:
            raise HierarchyError(f"node id {node_id!r} is used twice")
        nodes[node_id] = Node(
            node_id,
            LocalText.from_record(record, "name"),
            LocalText.from_record(record, "description"),
            str(record.get("section", "")),
            parent,
            tuple(children.get(node_id, ())),
        )
    for layer_id in layer_ids:
        if not children[layer_id]:
            raise HierarchyError(f"layer {layer_id!r} has no criteria")
    return Hierarchy(goal_id, nodes)
