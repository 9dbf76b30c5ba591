"""District data files: a template to fill in, and the reading and checking of a filled one.

The file format (one value per row; columns, aliases and number forms) is described in
``columns``, ``numbers`` and ``units``; ``plan_file`` reads a file into an ``ImportPlan`` and
changes nothing. No Qt here: the window and the command line show the plan.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from criteria.indicators import Indicator
from criteria.text import LocalText
from strategies.district_data.plan import (
    Change,
    Current,
    ImportPlan,
    NewIndicator,
    ValueRecord,
    current_values,
    plan_import,
)
from strategies.district_data.problems import DataFileError, Location, Problem, Refusal
from strategies.district_data.tables import read_table
from strategies.evaluation import effective_indicators
from strategies.model import PlanningModel
from strategies.session import Session

__all__ = [
    "Change",
    "Current",
    "DataFileError",
    "ImportPlan",
    "Location",
    "NewIndicator",
    "Problem",
    "Refusal",
    "ValueRecord",
    "known_indicators",
    "plan_file",
]


def known_indicators(model: PlanningModel, session: Session | None = None) -> tuple[Indicator, ...]:
    """The model's indicators and its public supplement, with the session's edits applied."""
    if session is None:
        return (*model.indicators, *model.supplement)
    return effective_indicators(model, replace(session, use_public_supplement=True))


def plan_file(
    path: Path, model: PlanningModel, session: Session | None = None, encoding: str | None = None
) -> ImportPlan:
    """What the data file at path would add and change, and what it refuses (never raises for
    a bad file: a file that cannot be read at all is one refusal)."""
    indicators = known_indicators(model, session)
    try:
        table = read_table(Path(path), encoding)
    except DataFileError as error:
        return ImportPlan(Path(path).name, (), (), (), (), (), (error.refusal,))
    stored = stored_values(model, session)
    return plan_import(table, model, indicators, current_values(indicators), stored)


def stored_values(
    model: PlanningModel, session: Session | None
) -> dict[tuple[str, str, str], Current]:
    """Every value held by (indicator, place, year), as a plan compares a row with the value
    of its own year: the model's (with the planner's edits), then the session's imported."""
    stored = {
        (ident, place, now.year): now
        for (ident, place), now in current_values((*model.indicators, *model.supplement)).items()
    }
    if session is None:
        return stored
    for edit in session.indicator_edits:
        for slot, now in list(stored.items()):
            if slot[:2] == (edit.indicator, edit.place):
                stored[slot] = Current(edit.value, now.year, LocalText(edit.source, edit.source))
    for value in session.district_data.values:
        source = LocalText(value.source, value.source)
        stored[value.slot] = Current(value.value, value.year, source)
    return stored
