"""District data a planner imported: values with their year and provenance, the indicators a
data file defined, and which year of each indicator counts.

Kept in the session (``Session.district_data``); the model's own files are never rewritten.
Several years of one indicator live side by side; ``DistrictData.year_of`` says which one the
evaluation uses ("latest", or a year written as in the file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from criteria.text import LocalText

LATEST = "latest"  # each place takes the value of its latest year


@dataclass(frozen=True)
class DataValue:
    """One imported value: an indicator at a place (district id or "city") in a year, in the
    indicator's unit, with its source and where in which file it was read."""

    indicator: str
    place: str
    year: str
    value: float | str  # a level key for an ordinal indicator
    unit: str
    source: str
    file: str
    sheet: str = ""
    row: int = 0

    @property
    def slot(self) -> tuple[str, str, str]:
        return (self.indicator, self.place, self.year)


@dataclass(frozen=True)
class DataIndicator:
    """An indicator a data file defined (it is not in the model)."""

    id: str
    name: LocalText
    criterion: str | None
    direction: str
    kind: str  # "number" or "ordinal"
    unit: LocalText
    levels: tuple[str, ...] = ()
    scope: str = "district"  # "district" or "city"


@dataclass(frozen=True)
class DistrictData:
    indicators: tuple[DataIndicator, ...] = ()
    values: tuple[DataValue, ...] = ()
    year: str = LATEST  # for every indicator without its own choice
    years: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "years", MappingProxyType(dict(self.years)))

    def year_of(self, indicator: str) -> str:
        """The year chosen for indicator ("latest" unless the planner chose one)."""
        return self.years.get(indicator, self.year)

    def with_values(
        self, values: tuple[DataValue, ...], indicators: tuple[DataIndicator, ...]
    ) -> DistrictData:
        """values added (a value of the same indicator, place and year replaced), indicators
        defined (one already defined kept)."""
        incoming = {value.slot for value in values}
        kept = tuple(v for v in self.values if v.slot not in incoming)
        defined = {i.id for i in self.indicators}
        new = tuple(i for i in indicators if i.id not in defined)
        return replace(self, values=(*kept, *values), indicators=(*self.indicators, *new))

    def with_year(self, year: str, indicator: str | None = None) -> DistrictData:
        """year chosen for indicator, or for all (which clears the per-indicator choices)."""
        if indicator is None:
            return replace(self, year=year, years={})
        years = {k: v for k, v in self.years.items() if k != indicator}
        if year != self.year:
            years[indicator] = year
        return replace(self, years=years)

    def years_of(self, indicator: str) -> tuple[str, ...]:
        """The years imported for indicator, oldest first."""
        return tuple(sorted({v.year for v in self.values if v.indicator == indicator}))
