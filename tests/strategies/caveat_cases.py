"""Sessions for the caveat tests: the issue's inconsistent goal and L1, and their variants."""

from __future__ import annotations

from strategies.evaluation import default_session


def inconsistent_session(model):
    """The goal at CR 0.077 (threshold 0.05 for 3 items) and L1 at CR 0.793, as in issue 10."""
    session = default_session(model)
    goal = session.criteria_judgments["goal"]
    goal = goal.with_value("L1", "L2", 3).with_value("L1", "L3", 7).with_value("L2", "L3", 1)
    layer = session.criteria_judgments["L1"]
    layer = (
        layer.with_value("C1", "C2", 1 / 7)
        .with_value("C1", "C3", 1 / 2)
        .with_value("C2", "C3", 1 / 4)
    )
    return session.with_criteria_judgments(goal).with_criteria_judgments(layer)
