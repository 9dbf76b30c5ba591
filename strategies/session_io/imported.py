"""The session's imported district data ↔ its part of the file, every value checked against
the model and the indicators the file defines, every problem named with its field path."""

from __future__ import annotations

import re

from criteria.indicators import MAX_VALUE_MAGNITUDE, Indicator
from criteria.text import LocalText
from strategies.data_years import as_indicator
from strategies.imported_data import LATEST, DataIndicator, DataValue, DistrictData
from strategies.model import PlanningModel
from strategies.session_io import schema
from strategies.session_io.errors import listing, shown
from strategies.session_io.located import Located

CITY = "city"
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_YEAR = re.compile(r"\d{4}(-\d{2})?")  # as the data files write them: 2018, 2018-05
_DIRECTIONS = ("higher_is_better", "lower_is_better")
MAX_ROW = 10**7


def district_data_to_dict(data: DistrictData) -> dict:
    return {
        "indicators": [_indicator_to_dict(i) for i in data.indicators],
        "values": [_value_to_dict(v) for v in data.values],
        "year": data.year,
        "years": dict(sorted(data.years.items())),
    }


def _indicator_to_dict(indicator: DataIndicator) -> dict:
    return {
        "id": indicator.id,
        "name": {"zh": indicator.name.zh, "en": indicator.name.en},
        "criterion": indicator.criterion,
        "direction": indicator.direction,
        "kind": indicator.kind,
        "unit": {"zh": indicator.unit.zh, "en": indicator.unit.en},
        "levels": list(indicator.levels),
        "scope": indicator.scope,
    }


def _value_to_dict(value: DataValue) -> dict:
    number = float(value.value) if isinstance(value.value, int | float) else value.value
    return {
        "indicator": value.indicator,
        "place": value.place,
        "year": value.year,
        "value": number,
        "unit": value.unit,
        "source": value.source,
        "file": value.file,
        "sheet": value.sheet,
        "row": value.row,
    }


def decode_district_data(located: Located, model: PlanningModel) -> DistrictData:
    fields = located.record(schema.DISTRICT_DATA_KEYS)
    model_indicators = {i.id: i for i in (*model.indicators, *model.supplement)}
    defined = _indicators(fields["indicators"], model, model_indicators)
    known = {**model_indicators, **{d.id: as_indicator(d) for d in defined}}
    return DistrictData(
        indicators=defined,
        values=_values(fields["values"], model, known),
        year=_year_choice(fields["year"]),
        years=_years(fields["years"], known),
    )


def _indicators(
    located: Located, model: PlanningModel, in_model: dict[str, Indicator]
) -> tuple[DataIndicator, ...]:
    found: dict[str, DataIndicator] = {}
    for element in located.elements():
        indicator = _data_indicator(element, model)
        if indicator.id in in_model:
            raise element.key("id").fail(f"{indicator.id} is an indicator of the model already")
        if indicator.id in found:
            raise element.key("id").fail(f"defines {indicator.id} a second time")
        found[indicator.id] = indicator
    return tuple(found.values())


def _data_indicator(located: Located, model: PlanningModel) -> DataIndicator:
    fields = located.record(schema.DATA_INDICATOR_KEYS)
    ident = fields["id"].as_text()
    if not _ID.fullmatch(ident):
        raise fields["id"].fail(f"{shown(ident)} is not an id of letters, digits and _")
    criterion = fields["criterion"]
    kind = fields["kind"].as_choice(("number", "ordinal"))
    return DataIndicator(
        id=ident,
        name=_local_text(fields["name"]),
        criterion=None if criterion.value is None else criterion.as_choice(model.criteria),
        direction=fields["direction"].as_choice(_DIRECTIONS),
        kind=kind,
        unit=_local_text(fields["unit"]),
        levels=_levels(fields["levels"], kind),
        scope=fields["scope"].as_choice(("district", CITY)),
    )


def _local_text(located: Located) -> LocalText:
    fields = located.record(("zh", "en"))
    return LocalText(fields["zh"].as_text(), fields["en"].as_text())


def _levels(located: Located, kind: str) -> tuple[str, ...]:
    levels = tuple(element.as_text() for element in located.elements())
    if kind == "number" and levels:
        raise located.fail("a number indicator has no levels")
    if kind == "ordinal" and (len(levels) < 2 or len(set(levels)) != len(levels)):
        raise located.fail("an ordinal indicator needs two or more different levels, worst first")
    return levels


def _values(
    located: Located, model: PlanningModel, known: dict[str, Indicator]
) -> tuple[DataValue, ...]:
    first_at: dict[tuple[str, str, str], Located] = {}
    values = []
    for element in located.elements():
        value = _value(element, model, known)
        if value.slot in first_at:
            raise element.fail(
                f"gives {value.indicator} at {value.place} in {value.year} again "
                f"(already at {first_at[value.slot].path})"
            )
        first_at[value.slot] = element
        values.append(value)
    return tuple(values)


def _value(located: Located, model: PlanningModel, known: dict[str, Indicator]) -> DataValue:
    fields = located.record(schema.DATA_VALUE_KEYS)
    indicator = _known(fields["indicator"], known)
    place = fields["place"].as_text()
    places = _places(indicator, model)
    if place not in places:
        raise fields["place"].fail(
            f"{shown(place)} is not a place of {indicator.id} ({listing(places)})"
        )
    source = fields["source"].as_text()
    if not source.strip():
        raise fields["source"].fail("an imported value needs its source")
    return DataValue(
        indicator=indicator.id,
        place=place,
        year=_year(fields["year"]),
        value=_checked_value(fields["value"], indicator),
        unit=fields["unit"].as_text(),
        source=source,
        file=fields["file"].as_text(),
        sheet=fields["sheet"].as_text(),
        row=fields["row"].as_integer(0, MAX_ROW),
    )


def _known(located: Located, known: dict[str, Indicator]) -> Indicator:
    ident = located.as_text()
    indicator = known.get(ident)
    if indicator is None:
        raise located.fail(f"{shown(ident)} is neither the model's indicator nor one defined here")
    if indicator.kind not in ("number", "ordinal"):
        raise located.fail(f"{ident} holds a text: it takes no imported values")
    return indicator


def _places(indicator: Indicator, model: PlanningModel) -> tuple[str, ...]:
    if indicator.scope == "district":
        return model.district_ids
    if indicator.scope == CITY:
        return (CITY,)
    return tuple(indicator.place_names or indicator.values)


def _checked_value(located: Located, indicator: Indicator) -> float | str:
    if indicator.kind == "ordinal":
        return located.as_choice(indicator.levels)
    return located.as_number(-MAX_VALUE_MAGNITUDE, MAX_VALUE_MAGNITUDE)


def _year(located: Located) -> str:
    year = located.as_text()
    if not _YEAR.fullmatch(year):
        raise located.fail(f"{shown(year)} is not a year (2018, or 2018-05)")
    return year


def _year_choice(located: Located) -> str:
    return LATEST if located.value == LATEST else _year(located)


def _years(located: Located, known: dict[str, Indicator]) -> dict[str, str]:
    years = {}
    for ident, year in located.entries():
        if ident not in known:
            raise year.fail(f"{shown(ident)} is neither the model's indicator nor one defined here")
        years[ident] = _year_choice(year)
    return years
