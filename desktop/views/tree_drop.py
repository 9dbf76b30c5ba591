"""Where a node dragged in the criteria tree goes: onto a node (its last item), or above or
below one (among that node's siblings). Positions count the items without the dragged node,
as the model editor's move takes them."""

from __future__ import annotations

from enum import Enum

from criteria.hierarchy import Hierarchy


class Where(Enum):
    ON = "on"
    ABOVE = "above"
    BELOW = "below"


def drop_place(
    hierarchy: Hierarchy, dragged: str, target: str, where: Where
) -> tuple[str, int] | None:
    """(new parent, position), or None where the node cannot go (beside the goal)."""
    if where is Where.ON:
        return target, len([c for c in hierarchy.children(target) if c != dragged])
    parent = hierarchy.nodes[target].parent
    if parent is None or target == dragged:
        return None
    siblings = [c for c in hierarchy.children(parent) if c != dragged]
    return parent, siblings.index(target) + (1 if where is Where.BELOW else 0)
