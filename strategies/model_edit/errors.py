"""The one error of the model editor: an edit that cannot be made, said in plain words."""

from __future__ import annotations


class ModelEditError(ValueError):
    """An impossible edit (removing the goal, a cycle, an id used twice, a model the loader
    would refuse); the message says what and why, for the planner."""
