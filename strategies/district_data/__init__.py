"""District data files: a template to fill in, and the reading and checking of a filled one.

The file format (one value per row; columns, aliases and number forms) is described in
``columns``, ``numbers`` and ``units``; ``plan_file`` reads a file into an ``ImportPlan`` and
changes nothing. No Qt here: the window and the command line show the plan.
"""

from __future__ import annotations

from pathlib import Path

from criteria.indicators import Indicator
from strategies.district_data import held
from strategies.district_data.plan import (
    Change,
    Current,
    ImportPlan,
    NewIndicator,
    ValueRecord,
    plan_import,
)
from strategies.district_data.problems import DataFileError, Location, Problem, Refusal
from strategies.district_data.tables import read_table
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
    """The model's indicators and its public supplement, then those data files defined, with
    the session's chosen years and edits applied."""
    return held.known(model, session)


def plan_file(
    path: Path, model: PlanningModel, session: Session | None = None, encoding: str | None = None
) -> ImportPlan:
    """What the data file at path would add and change, and what it refuses (never raises for
    a bad file: a file that cannot be read at all is one refusal). A row is compared with the
    value its indicator, place and year hold, else with the value in use at its place."""
    try:
        table = read_table(Path(path), encoding)
    except DataFileError as error:
        return ImportPlan(Path(path).name, (), (), (), (), (), (error.refusal,))
    return plan_import(
        table,
        model,
        held.known(model, session),
        held.in_use(model, session),
        held.every_year(model, session),
    )
