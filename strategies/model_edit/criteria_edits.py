"""Edits of the criteria tree at any depth: add, rename, describe, move and remove a node.

Each returns a new model built from the edited tables with load_model's checks. Removing a node
removes its subtree; a layer left without children becomes a leaf criterion (rated in the middle
of the scale until the planner rates it); a leaf that gets a child becomes a layer (its ratings
and indicator links no longer apply). The goal cannot be moved or removed, nor left without a
criterion.
"""

from __future__ import annotations

from criteria.text import LocalText
from strategies.model import PlanningModel
from strategies.model_edit import checks
from strategies.model_edit.errors import ModelEditError
from strategies.model_edit.fitting import fit_tables
from strategies.model_edit.tables import model_tables, rebuilt, set_text
from strategies.model_edit.tree import Tree

NODE_PREFIX = "C"


def add_node(
    model: PlanningModel,
    parent: str,
    name: LocalText,
    *,
    description: LocalText | None = None,
    position: int | None = None,
    node_id: str | None = None,
) -> tuple[PlanningModel, str]:
    """A new leaf criterion under parent (the goal, a layer, or a leaf that becomes a layer)
    at position among its children (None: last); returns the model and the new id."""
    parent = checks.known(parent, tuple(model.hierarchy.nodes), "node")
    name = checks.name_text(name)
    description = checks.optional_text(description, "description")
    taken = set(model.hierarchy.nodes)
    if node_id is None:
        node_id = checks.generated_id(NODE_PREFIX, taken)
    node_id = checks.new_id(node_id, taken, "criterion")
    tables, tree = _tree(model)
    index = checks.position(position, len(tree.children[parent]))
    record = {"id": node_id}
    set_text(record, "name", name)
    set_text(record, "description", description)
    tree.records[node_id], tree.children[node_id] = record, []
    tree.file_order.append(node_id)
    tree.attach(node_id, parent, index)
    return _rebuilt(tables, tree), node_id


def rename_node(model: PlanningModel, node: str, name: LocalText) -> PlanningModel:
    """The node's (goal, layer or criterion) name in both languages."""
    node = checks.known(node, tuple(model.hierarchy.nodes), "node")
    name = checks.name_text(name)
    tables, tree = _tree(model)
    set_text(tree.records[node], "name", name)
    return _rebuilt(tables, tree)


def describe_node(model: PlanningModel, node: str, description: LocalText | None) -> PlanningModel:
    """The node's description (None or empty texts remove it)."""
    node = checks.known(node, tuple(model.hierarchy.nodes), "node")
    description = checks.optional_text(description, "description")
    tables, tree = _tree(model)
    set_text(tree.records[node], "description", description)
    return _rebuilt(tables, tree)


def move_node(
    model: PlanningModel, node: str, new_parent: str, position: int | None = None
) -> PlanningModel:
    """node (with its subtree) under new_parent at position among the children it then has
    (None: last); new_parent may be its parent (a reorder), never node or one of its
    descendants."""
    nodes = tuple(model.hierarchy.nodes)
    node = checks.known(node, nodes, "node")
    new_parent = checks.known(new_parent, nodes, "node")
    tables, tree = _tree(model)
    if node == tree.goal:
        raise ModelEditError("the goal cannot be moved")
    if new_parent in tree.subtree(node):
        raise ModelEditError(f"{node!r} cannot move under itself or one of its own criteria")
    old_parent = tree.parent[node]
    tree.detach(node)
    index = checks.position(position, len(tree.children[new_parent]))
    tree.attach(node, new_parent, index)
    _check_goal_keeps_a_child(tree, old_parent)
    return _rebuilt(tables, tree)


def remove_node(model: PlanningModel, node: str) -> PlanningModel:
    """node and its subtree gone; its parent, if left without children, becomes a leaf."""
    node = checks.known(node, tuple(model.hierarchy.nodes), "node")
    tables, tree = _tree(model)
    if node == tree.goal:
        raise ModelEditError("the goal cannot be removed")
    parent = tree.parent[node]
    tree.detach(node)
    for gone in tree.subtree(node):
        del tree.records[gone], tree.children[gone], tree.parent[gone]
        tree.file_order.remove(gone)
    _check_goal_keeps_a_child(tree, parent)
    return _rebuilt(tables, tree)


def _check_goal_keeps_a_child(tree: Tree, parent: str) -> None:
    if parent == tree.goal and not tree.children[parent]:
        raise ModelEditError("the goal needs at least one criterion under it")


def _tree(model: PlanningModel) -> tuple[dict, Tree]:
    tables = model_tables(model)
    return tables, Tree.of(model, tables["criteria"])


def _rebuilt(tables: dict, tree: Tree) -> PlanningModel:
    tables["criteria"] = tree.table()
    fit_tables(tables)
    return rebuilt(tables)
