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
    EXPERTS = auto()  # the panel: who, their weights and inclusion, how it is combined
    CHOSEN_EXPERT = auto()  # whose judgments the editors show (not in the session: no undo)
    DISTRICT_DATA = auto()  # imported district values, the indicators files define, years chosen
    MODEL = auto()  # the model itself: its criteria, strategies, districts, names (not in Session)

    # The inputs of the evaluation: only these make it run again.
    EVALUATION = JUDGMENTS | RATINGS | INDICATORS | SETTINGS | EXPERTS | DISTRICT_DATA
    ALL = EVALUATION | NOTES | MONTE_CARLO | CHOSEN_EXPERT  # a new session (New, Open)
    # A model edit, its undo and redo: everything the evaluation shows may have moved, and a
    # view showing the model's items (trees, columns, combo boxes) rebuilds them.
    MODEL_SWAP = MODEL | EVALUATION


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
    "experts": Change.EXPERTS,  # and JUDGMENTS or RATINGS when an expert's judgments changed
    "aggregation": Change.EXPERTS,
}
# An expert's judgment fields, told as the session's own are.
_EXPERT_JUDGMENTS = ("criteria_judgments", "strategy_judgments", "ratings")


def changes_between(before: Session, after: Session) -> Change:
    """The kinds of change from before to after (Change.NONE when they are equal)."""
    changed = Change.NONE
    for field in fields(Session):
        if getattr(before, field.name) != getattr(after, field.name):
            changed |= FIELD_CHANGES[field.name]
    if changed & Change.EXPERTS:
        changed |= _expert_judgment_changes(before, after)
    return changed


def _expert_judgment_changes(before: Session, after: Session) -> Change:
    """JUDGMENTS or RATINGS when any expert's own judgments differ (editors show them)."""
    old = {e.id: e for e in before.experts.experts}
    changed = Change.NONE
    for expert in after.experts.experts:
        earlier = old.get(expert.id)
        for name in _EXPERT_JUDGMENTS:
            if earlier is None or getattr(earlier, name) != getattr(expert, name):
                changed |= FIELD_CHANGES[name]
    return changed
