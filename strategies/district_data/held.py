"""The values a session holds for each indicator and place: the one in use, and every year kept.

One home for both, because the template writes them and a plan compares a file's rows with
them: a template exported and read back unchanged must plan no change. The value in use is the
one the evaluation uses (the chosen year's, the model's or a file's, or the planner's edit);
a planner's edit stands in the slot of the year in use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from criteria.indicators import Indicator
from criteria.text import LocalText
from strategies.district_data.fields import CITY
from strategies.district_data.plan import Current
from strategies.evaluation import chosen_indicators_of, effective_indicators
from strategies.imported_data import LATEST
from strategies.model import PlanningModel
from strategies.session import IndicatorEdit, Session

Slot = tuple[str, str, str]  # indicator, place, year


def with_supplement(session: Session) -> Session:
    """A data file may give any indicator, the supplement's too, whether shown or not."""
    return replace(session, use_public_supplement=True)


def every_year(model: PlanningModel, session: Session | None) -> dict[Slot, Current]:
    """Every value held by (indicator, place, year): the model's, then the session's imported
    (a file's value wins on its year), then the planner's edits in the year in use."""
    held = {
        (indicator.id, place, indicator.year): Current(value, indicator.year, indicator.source)
        for indicator in (*model.indicators, *model.supplement)
        for place, value in _own_values(indicator)
    }
    if session is None:
        return held
    for value in session.district_data.values:
        held[value.slot] = Current(value.value, value.year, LocalText(value.source, value.source))
    in_use = in_use_years(model, session)
    for edit in session.indicator_edits:
        year = in_use.get((edit.indicator, edit.place), "")
        underlying = held.get((edit.indicator, edit.place, year))
        held[(edit.indicator, edit.place, year)] = _edited(edit, year, underlying)
    return held


def in_use(model: PlanningModel, session: Session | None) -> dict[tuple[str, str], Current]:
    """(indicator, place) → the value the evaluation uses, with its year and source."""
    indicators = known(model, session)
    if session is None:
        return {
            (indicator.id, place): Current(value, indicator.year, indicator.source)
            for indicator in indicators
            for place, value in _own_values(indicator)
        }
    held = every_year(model, session)
    years = in_use_years(model, session)
    found = {}
    for indicator in indicators:
        for place, value in _own_values(indicator):
            year = years.get((indicator.id, place), "")
            kept = held.get((indicator.id, place, year))
            found[(indicator.id, place)] = Current(
                value, year, kept.source if kept else indicator.source
            )
    return found


def known(model: PlanningModel, session: Session | None) -> tuple[Indicator, ...]:
    """The model's indicators and its supplement, then those data files defined, as in use."""
    if session is None:
        return (*model.indicators, *model.supplement)
    return effective_indicators(model, with_supplement(session))


def in_use_years(model: PlanningModel, session: Session) -> dict[tuple[str, str], str]:
    """(indicator, place) → the year of its value in use, for every place a value is or could
    be at (a place the planner gave a value to takes the chosen year, else the indicator's)."""
    chosen = chosen_indicators_of(model, with_supplement(session))
    years = dict(chosen.years)
    for edit in session.indicator_edits:
        slot = (edit.indicator, edit.place)
        if slot not in years:
            years[slot] = _year_for_new_place(edit.indicator, chosen.indicators, session)
    return years


def _year_for_new_place(ident: str, indicators: Iterable[Indicator], session: Session) -> str:
    data = session.district_data
    if data.year_of(ident) != LATEST:
        return data.year_of(ident)
    own = next((i.year for i in indicators if i.id == ident and i.year), "")
    return own or (data.years_of(ident) or ("",))[-1]


def _edited(edit: IndicatorEdit, year: str, underlying: Current | None) -> Current:
    """The edit's value in the slot; without a source of its own it keeps the slot's."""
    if edit.source:
        source = LocalText(edit.source, edit.source)
    else:
        source = underlying.source if underlying else LocalText("", "")
    return Current(edit.value, year, source)


def _own_values(indicator: Indicator) -> Iterable[tuple[str, float | str]]:
    """(place, value) of each value the indicator holds ("city" for a city value)."""
    if indicator.scope == CITY and indicator.value is not None:
        yield CITY, indicator.value
    yield from indicator.values.items()
