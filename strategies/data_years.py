"""The indicators as the evaluation sees them once imported district data is in: each place
holds the value of the year the planner chose ("latest", or one year), whether that value is
the model's or a data file's; indicators a file defined join the model's.

Years compare as text, so "2017" < "2017-05" < "2018"; on the same year a file's value wins
over the model's (importing it was the planner's choice). With a year chosen, a place with no
value of that year is missing (its need is neutral, and the coverage grid says so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from criteria.indicators import Indicator
from criteria.text import LocalText
from strategies.imported_data import LATEST, DataIndicator, DataValue, DistrictData

CITY = "city"
_YEAR = re.compile(r"\d{4}(-\d{2})?")


@dataclass(frozen=True)
class ChosenIndicators:
    """The indicators with the chosen values, and the year each (indicator, place) value is of."""

    indicators: tuple[Indicator, ...]
    years: Mapping[tuple[str, str], str]
    imported: Mapping[tuple[str, str], DataValue]  # the places whose value a file gave

    def years_of(self, indicator: str) -> tuple[str, ...]:
        """The years of the values indicator holds now, oldest first."""
        return tuple(sorted({y for (i, _), y in self.years.items() if i == indicator and y}))


@lru_cache(maxsize=4096)  # the same few hundred at every evaluation: built once
def as_indicator(defined: DataIndicator) -> Indicator:
    return Indicator(
        id=defined.id,
        name=defined.name,
        unit=defined.unit,
        year="",
        scope=defined.scope,
        criterion=defined.criterion,
        direction=defined.direction,
        kind=defined.kind,
        section="",
        source=LocalText("", ""),
        levels=defined.levels,
        origin="data_file",
    )


_last: list = []  # one remembered result: judgment edits keep the same data and indicators


def chosen_indicators(indicators: Sequence[Indicator], data: DistrictData) -> ChosenIndicators:
    """indicators, then those data defines, each place holding its chosen year's value."""
    if _last and _last[0] is data and _last[1] == tuple(indicators):
        return _last[2]
    result = _chosen(indicators, data)
    _last[:] = [data, tuple(indicators), result]
    return result


def _chosen(indicators: Sequence[Indicator], data: DistrictData) -> ChosenIndicators:
    by_indicator: dict[str, list[DataValue]] = {}
    for value in data.values:
        by_indicator.setdefault(value.indicator, []).append(value)
    known = {i.id for i in indicators}
    every = [*indicators, *(as_indicator(d) for d in data.indicators if d.id not in known)]
    years: dict[tuple[str, str], str] = {}
    imported: dict[tuple[str, str], DataValue] = {}
    chosen = tuple(
        _one(indicator, by_indicator.get(indicator.id, ()), data.year_of(indicator.id), years)
        for indicator in every
    )
    for value in data.values:
        if years.get((value.indicator, value.place)) == value.year:
            imported[(value.indicator, value.place)] = value
    return ChosenIndicators(chosen, MappingProxyType(years), MappingProxyType(imported))


def _one(indicator: Indicator, imported: Iterable[DataValue], year: str, years: dict) -> Indicator:
    """indicator with each place's value of year (its latest when year is "latest")."""
    candidates = _model_candidates(indicator)
    for value in imported:
        held = candidates.get(value.place)
        if value.year == year or (year == LATEST and (held is None or held[0] <= value.year)):
            candidates[value.place] = (value.year, value.value, True)
    picked = {p: c for p, c in candidates.items() if year == LATEST or c[0] == year}
    for place, (at, _, _) in picked.items():
        years[(indicator.id, place)] = at
    if not any(c[2] for c in candidates.values()) and len(picked) == len(candidates):
        return indicator  # the model's own values, untouched
    city = picked.pop(CITY, None)
    whole_city = indicator.value
    if indicator.scope == CITY:
        whole_city = float(city[1]) if city is not None and indicator.kind == "number" else None
    return replace(
        indicator,
        values={place: c[1] for place, c in picked.items()},
        value=whole_city,
        origin="data_file",
    )


def _model_candidates(indicator: Indicator) -> dict[str, tuple[str, float | str, bool]]:
    """place → (year, value, imported?) of the model's own values."""
    held: dict[str, tuple[str, float | str, bool]] = {
        place: (indicator.year, value, False) for place, value in indicator.values.items()
    }
    if indicator.scope == CITY and indicator.value is not None:
        held[CITY] = (indicator.year, indicator.value, False)
    return held


def year_options(
    indicators: Sequence[Indicator], data: DistrictData, ident: str | None
) -> tuple[str, ...]:
    """The years a planner may choose for indicator ident (for every indicator when None):
    those imported and the model's own year, oldest first ("latest" is always offered too)."""
    years = {v.year for v in data.values if ident is None or v.indicator == ident}
    with_data = {v.indicator for v in data.values}
    years |= {
        i.year
        for i in indicators
        if i.year
        and _YEAR.fullmatch(i.year)
        and (i.id == ident or (ident is None and i.id in with_data))
    }
    return tuple(sorted(years))
