"""What an edit changed, told by comparing the session before and after it.

Every edit, undo and redo swaps one session value for another, so one comparison here says
what changed for all of them: no command has to declare it. Views subscribe to the kinds they
show; the evaluation reruns only for the kinds that are its inputs.
"""

from __future__ import annotations

from dataclasses import fields
from enum import Flag, auto

from strategies.session import Session


class Change(Flag):
    NONE = 0
    JUDGMENTS = auto()  # pairwise judgments: of criteria, and of strategies under a criterion
    RATINGS = auto()  # how strategies are scored under each criterion (ratings, rating or pairwise)
    INDICATORS = auto()  # the planner's indicator values and the public supplement
    SETTINGS = auto()  # α, normalisation, random-index table, synthesis
    NOTES = auto()
    MONTE_CARLO = auto()  # the Monte Carlo run's settings
    DISTRICT_DATA = auto()  # imported district values, the indicators files define, years chosen

    # The inputs of strategies.evaluation.evaluate(): only these make it run again.
    EVALUATION = JUDGMENTS | RATINGS | INDICATORS | SETTINGS | DISTRICT_DATA
    ALL = EVALUATION | NOTES | MONTE_CARLO  # a new session altogether (New, Open)


# Each session field and the kind of change it is (a test checks that none is missing).
FIELD_CHANGES: dict[str, Change] = {
    "criteria_judgments": Change.JUDGMENTS,
    "strategy_judgments": Change.JUDGMENTS,
    "ratings": Change.RATINGS,
    "effectiveness_modes": Change.RATINGS,
    "indicator_edits": Change.INDICATORS,
    "use_public_supplement": Change.INDICATORS,
    "district_data": Change.DISTRICT_DATA,
    "alpha": Change.SETTINGS,
    "normalisation": Change.SETTINGS,
    "synthesis": Change.SETTINGS,
    "random_index": Change.SETTINGS,
    "notes": Change.NOTES,
    "monte_carlo": Change.MONTE_CARLO,
}


def changes_between(before: Session, after: Session) -> Change:
    """The kinds of change from before to after (Change.NONE when they are equal)."""
    changed = Change.NONE
    for field in fields(Session):
        if getattr(before, field.name) != getattr(after, field.name):
            changed |= FIELD_CHANGES[field.name]
    return changed
