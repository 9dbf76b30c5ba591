"""Where a dragged node goes in the criteria tree (positions without the dragged node)."""

import pytest

from desktop.views.tree_drop import Where, drop_place


@pytest.mark.parametrize(
    "dragged, target, where, place",
    [
        ("C1", "L2", Where.ON, ("L2", 2)),
        ("C1", "L1", Where.ON, ("L1", 2)),  # onto its own layer: last there
        ("C1", "C3", Where.BELOW, ("L1", 2)),
        ("C3", "C1", Where.ABOVE, ("L1", 0)),
        ("C2", "C3", Where.ABOVE, ("L1", 1)),  # where it was: no move
        ("C1", "C7", Where.ABOVE, ("L3", 1)),
        ("C1", "goal", Where.ABOVE, None),  # beside the goal: nowhere
        ("C1", "C1", Where.BELOW, None),
    ],
)
def test_drop_place(model, dragged, target, where, place):
    assert drop_place(model.hierarchy, dragged, target, where) == place
