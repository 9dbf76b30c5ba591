"""Indicator edits checked against the model's indicators: a value must be what the indicator
holds (a number of a number indicator, at one of its places), each place edited at most once.
Edits of indicators the model does not know are kept aside (see ``reconcile``)."""

from __future__ import annotations

from criteria.indicators import MAX_VALUE_MAGNITUDE, Indicator
from strategies.model import PlanningModel
from strategies.session import IndicatorEdit
from strategies.session_io import schema
from strategies.session_io.errors import listing, shown
from strategies.session_io.located import Located

CITY = "city"
_KIND_WORDS = {"ordinal": "ordered levels", "text": "a text"}


def decode_edits(located: Located, model: PlanningModel) -> tuple[IndicatorEdit, ...]:
    """The edits of the file in order, each checked against its indicator."""
    known = {indicator.id: indicator for indicator in (*model.indicators, *model.supplement)}
    first_at: dict[tuple[str, str], Located] = {}
    edits = []
    for element in located.elements():
        edit = _edit(element)
        if edit.indicator in known:
            _check_fits(element, edit, known[edit.indicator], model)
        place = (edit.indicator, edit.place)
        if place in first_at:
            raise element.fail(
                f"edits {shown(edit.indicator)} at {shown(edit.place)} again "
                f"(already at {first_at[place].path})"
            )
        first_at[place] = element
        edits.append(edit)
    return tuple(edits)


def _edit(located: Located) -> IndicatorEdit:
    fields = located.record(schema.EDIT_KEYS)
    value = fields["value"].as_optional_number(-MAX_VALUE_MAGNITUDE, MAX_VALUE_MAGNITUDE)
    return IndicatorEdit(
        fields["indicator"].as_text(), fields["place"].as_text(), value, fields["source"].as_text()
    )


def _check_fits(
    located: Located, edit: IndicatorEdit, indicator: Indicator, model: PlanningModel
) -> None:
    if indicator.kind != "number":
        raise located.key("value").fail(
            f"{indicator.id} holds {_KIND_WORDS.get(indicator.kind, indicator.kind)}, not "
            f"numbers: a planner cannot edit it"
        )
    places = _places(indicator, model)
    if edit.place not in places:
        raise located.key("place").fail(
            f"{shown(edit.place)} is not a place of {indicator.id} ({listing(places)})"
        )


def _places(indicator: Indicator, model: PlanningModel) -> tuple[str, ...]:
    if indicator.scope == "district":
        return model.district_ids
    if indicator.scope == "city":
        return (CITY,)
    return tuple(indicator.values)
