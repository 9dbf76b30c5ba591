"""The indicators as a plan would leave them when the latest year of each value counts.

A first, pure use of an ImportPlan (the session does not keep years yet): each place takes the
value of its latest year, whether the model's or the file's; a new indicator gets the values
of the file. Years compare as text, so "2017" < "2017-05" < "2018".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from criteria.indicators import Indicator
from strategies.district_data.fields import CITY
from strategies.district_data.plan import ImportPlan, ValueRecord, as_indicator


def with_latest_values(indicators: Sequence[Indicator], plan: ImportPlan) -> tuple[Indicator, ...]:
    """indicators, then the plan's new ones, each place holding its latest value."""
    latest: dict[tuple[str, str], ValueRecord] = {}
    for record in plan.records:
        slot = (record.indicator, record.place)
        if slot not in latest or latest[slot].year < record.year:
            latest[slot] = record
    result = [*indicators, *(as_indicator(new) for new in plan.new_indicators)]
    return tuple(_updated(indicator, latest) for indicator in result)


def _updated(indicator: Indicator, latest: dict[tuple[str, str], ValueRecord]) -> Indicator:
    values = dict(indicator.values)
    value = indicator.value
    for (ident, place), record in latest.items():
        if ident != indicator.id or (indicator.year and record.year < indicator.year):
            continue
        if place == CITY:
            value = float(record.value) if indicator.kind == "number" else value
        else:
            values[place] = record.value
    if values == dict(indicator.values) and value == indicator.value:
        return indicator
    return replace(indicator, values=values, value=value, origin="data_file")
