"""The criteria hierarchy: a tree from the goal through any number of inner nodes (layers) down
to the leaf criteria, which may sit at different depths; with names and paper sections."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    """The hierarchy data is malformed: which table ("layers", "criteria"), which node, what."""

    def __init__(self, message: str, table: str = "", node: str = ""):
        self.table = table
        self.node = node
        super().__init__(message)


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
    goal: Mapping, layers: Sequence[Mapping], criteria: Sequence[Mapping]
) -> Hierarchy:
    """Build the hierarchy from the records of criteria.toml.

    A layer hangs under its ``parent`` (the goal when absent) and a criterion under its
    ``layer``; either may name the goal or any layer, so the tree may be as deep as the model
    needs and leaves may sit at different depths. Criteria are the leaves; every layer needs a
    child. Children keep file order, layers before criteria, unless the goal or layer gives its
    children's ``order`` (every child once), which an edited model needs to put a criterion
    before a layer.
    """
    goal_id = str(goal["id"])
    parents = _parents(goal_id, layers, criteria)
    layer_ids = [str(r["id"]) for r in layers]
    _check_parents(goal_id, parents, layer_ids)
    children: dict[str, list[str]] = {goal_id: [], **{lid: [] for lid in layer_ids}}
    for node, (parent, _) in parents.items():
        children[parent].append(node)
    for layer_id in layer_ids:
        if not children[layer_id]:
            raise HierarchyError(f"layer {layer_id!r} has no children", "layers", layer_id)
    records = {goal_id: goal, **{str(r["id"]): r for r in (*layers, *criteria)}}
    for node, table in ((goal_id, "goal"), *((lid, "layers") for lid in layer_ids)):
        if "order" in records[node]:
            children[node] = _ordered(records[node]["order"], children[node], table, node)
    nodes = {
        node: _node(record, parents.get(node, (None, ""))[0], children.get(node, ()))
        for node, record in records.items()
    }
    return Hierarchy(goal_id, nodes)


def _parents(
    goal_id: str, layers: Sequence[Mapping], criteria: Sequence[Mapping]
) -> dict[str, tuple[str, str]]:
    """Each node's parent id and table, refusing an id used twice."""
    parents: dict[str, tuple[str, str]] = {}
    for table, key, records in (("layers", "parent", layers), ("criteria", "layer", criteria)):
        for record in records:
            node = str(record["id"])
            if node == goal_id or node in parents:
                raise HierarchyError(f"node id {node!r} is used twice", table, node)
            parents[node] = (
                str(record.get(key, goal_id) if table == "layers" else record[key]),
                table,
            )
    return parents


def _check_parents(goal_id: str, parents: Mapping[str, tuple[str, str]], layers: list[str]) -> None:
    """Every parent is the goal or a layer, and every layer reaches the goal (no cycle)."""
    allowed = {goal_id, *layers}
    for node, (parent, table) in parents.items():
        if parent not in allowed:
            what = "a criterion" if parent in parents else "not a node"
            raise HierarchyError(
                f"{node!r}: parent {parent!r} is {what} (the goal or a layer expected)", table, node
            )
    reaches_goal = {goal_id}  # each layer is walked up once: linear in the layers, any depth
    for layer in layers:
        path, step = [layer], parents[layer][0]
        on_path = {layer}
        while step not in reaches_goal:
            if step in on_path:
                raise HierarchyError(f"layer {layer!r} is its own ancestor", "layers", layer)
            on_path.add(step)
            path.append(step)
            step = parents[step][0]
        reaches_goal.update(path)


def _ordered(order: object, children: list[str], table: str, node: str) -> list[str]:
    """The children in the order given, which must name each of them once."""
    if not isinstance(order, list | tuple) or sorted(map(str, order)) != sorted(children):
        raise HierarchyError(
            f"order must name each child of {node!r} once: {', '.join(children)}", table, node
        )
    return [str(child) for child in order]


def _node(record: Mapping, parent: str | None, children: Sequence[str]) -> Node:
    return Node(
        str(record["id"]),
        LocalText.from_record(record, "name"),
        LocalText.from_record(record, "description"),
        str(record.get("section", "")),
        parent,
        tuple(children),
    )
