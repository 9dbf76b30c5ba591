"""Indicators (figures with sources) and what they say about each district's need per criterion."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from types import MappingProxyType

import numpy as np

from criteria.text import LocalText

# Planners' values stay within ±10^15 (the model's largest figure is below 10^4): far beyond any
# statistic, and far enough from the float limit that differences and ratios stay finite.
MAX_VALUE_MAGNITUDE = 1e15


class Normalisation(Enum):
    RATIO_TO_BEST = "ratio_to_best"
    MIN_MAX = "min_max"


class Scoring(Enum):
    """How an indicator's district values become performance in [0, 1]."""

    RATIO_TO_BEST = "ratio_to_best"
    MIN_MAX = "min_max"
    # Ratio to best was chosen but cannot apply: ordinal levels have no zero and no ratios,
    # and values below zero make x/max meaningless; both are scored min–max instead.
    LEVEL_INDEX_MIN_MAX = "level_index_min_max"
    NEGATIVE_MIN_MAX = "negative_min_max"


def scoring_used(indicator: Indicator, method: Normalisation) -> Scoring:
    """The scoring actually applied to an indicator's values under the chosen method."""
    if indicator.kind == "ordinal":
        return Scoring.LEVEL_INDEX_MIN_MAX
    if method is Normalisation.MIN_MAX:
        return Scoring.MIN_MAX
    scores = [s for d in indicator.values if (s := indicator.score(d)) is not None]
    return Scoring.NEGATIVE_MIN_MAX if scores and min(scores) < 0 else Scoring.RATIO_TO_BEST


class IndicatorError(ValueError):
    """An indicator record or value that cannot be used (which indicator, which field)."""


@dataclass(frozen=True)
class Indicator:
    """One figure of the model: value(s), unit, year, scope, criterion, direction and source.

    ``values`` holds district (or peer-city) values; a district absent from it is missing.
    Ordinal indicators hold level names, ordered worst to best in ``levels``.
    """

    id: str
    name: LocalText
    unit: LocalText
    year: str
    scope: str  # "city", "district" or "peer_city"
    criterion: str | None
    direction: str  # "higher_is_better" or "lower_is_better"
    kind: str  # "number", "ordinal" or "text"
    section: str
    source: LocalText
    note: LocalText = LocalText("", "")
    value: float | None = None
    qualifier: str = "exact"
    values: Mapping[str, float | str] = field(default_factory=lambda: MappingProxyType({}))
    levels: tuple[str, ...] = ()
    level_names: Mapping[str, LocalText] = field(default_factory=lambda: MappingProxyType({}))
    text: LocalText = LocalText("", "")
    printed: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    place_names: Mapping[str, LocalText] = field(default_factory=lambda: MappingProxyType({}))
    origin: str = "paper"

    @property
    def informs_districts(self) -> bool:
        """True for district indicators tied to a criterion (those that enter the need)."""
        return self.scope == "district" and bool(self.criterion) and self.kind != "text"

    def score(self, district: str) -> float | None:
        """The raw comparable number for district (level index for ordinals), None if missing."""
        raw = self.values.get(district)
        if raw is None:
            return None
        if self.kind == "ordinal":
            return float(self.levels.index(str(raw)))
        return float(raw)


def normalised_scores(
    indicator: Indicator, districts: Sequence[str], method: Normalisation
) -> dict[str, float]:
    """Performance in [0, 1] of each district that has a value; empty when values don't differ.

    Ratio to best: x / max (higher is better) or min / x (lower is better). Min–max:
    (x − min) / (max − min), flipped for lower is better. Ordinal levels are always scored
    min–max on their rank. Values that do not differ between districts say nothing about
    relative need and are left out, like missing ones.
    """
    scores = {d: s for d in districts if (s := indicator.score(d)) is not None}
    if len(scores) < 2:
        return {}
    low, high = min(scores.values()), max(scores.values())
    if math.isclose(low, high):
        return {}
    higher_better = indicator.direction == "higher_is_better"
    if scoring_used(indicator, method) is Scoring.RATIO_TO_BEST:
        if higher_better:
            return {d: s / high for d, s in scores.items()}
        return {d: (1.0 if s == low else low / s) for d, s in scores.items()}
    span = high - low
    if higher_better:
        return {d: (s - low) / span for d, s in scores.items()}
    return {d: (high - s) / span for d, s in scores.items()}


class NeedSource(IntEnum):
    """Where the need of one (district, criterion) cell comes from."""

    MEASURED = 0  # the district's own indicator values
    DISTRICTS_MEAN = 1  # no usable value here: the mean need of the districts that have one
    OWN_MEAN = 2  # no district has data on the criterion: the district's own mean need (no tilt)
    NO_DATA = 3  # no district has data on any criterion: equal need, plain AHP at every α


@dataclass(frozen=True, eq=False)
class DistrictNeed:
    """Performance and need per district (rows) and leaf criterion (columns)."""

    districts: tuple[str, ...]
    criteria: tuple[str, ...]
    performance: np.ndarray
    need: np.ndarray
    source: np.ndarray  # NeedSource value of each cell
    used: Mapping[tuple[str, str], tuple[str, ...]]  # (district, criterion) → indicator ids

    @property
    def neutral(self) -> np.ndarray:
        """True where no indicator value of the district itself informed the cell."""
        return self.source != NeedSource.MEASURED

    def source_name(self, row: int, column: int) -> str:
        """The NeedSource of one cell as a lower-case key ("measured", "own_mean", …)."""
        return NeedSource(int(self.source[row, column])).name.lower()


def district_need(
    indicators: Iterable[Indicator],
    criteria: Sequence[str],
    districts: Sequence[str],
    method: Normalisation = Normalisation.RATIO_TO_BEST,
) -> DistrictNeed:
    """Mean normalised performance per district and criterion; need = 1 − performance.

    Missing values are left out of the mean; cells with no usable value are filled by
    ``fill_unmeasured_need`` so that missing data never looks like need.
    """
    totals = np.zeros((len(districts), len(criteria)))
    counts = np.zeros_like(totals)
    used: dict[tuple[str, str], list[str]] = {}
    for indicator in indicators:
        criterion = indicator.criterion
        if not indicator.informs_districts or criterion is None or criterion not in criteria:
            continue
        column = criteria.index(criterion)
        for district, score in normalised_scores(indicator, districts, method).items():
            row = districts.index(district)
            totals[row, column] += score
            counts[row, column] += 1
            used.setdefault((district, criterion), []).append(indicator.id)
    measured = counts > 0
    need, source = fill_unmeasured_need(1.0 - totals / np.maximum(counts, 1), measured)
    return DistrictNeed(
        tuple(districts),
        tuple(criteria),
        1.0 - need,
        need,
        source,
        MappingProxyType({k: tuple(v) for k, v in used.items()}),
    )


def fill_unmeasured_need(need: np.ndarray, measured: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Need [d, c] with every unmeasured cell filled, and the NeedSource of each cell.

    1. A criterion some district has data on: a district without a usable value gets the mean
       need of the districts that have one (it is taken to be average, never needier).
    2. A criterion no district has data on: each district gets its own mean need over the
       criteria measured for it (over its step-1 cells if it has none of its own), so that
       criterion moves with the district's average and tilts nothing.
    3. No data on any criterion: need 0 everywhere; equal multipliers give plain AHP at every α.
    """
    has_data = np.asarray(measured.any(axis=0))  # asarray: numpy's stubs allow a scalar here
    if not has_data.any():
        return np.zeros(need.shape), np.full(need.shape, NeedSource.NO_DATA, dtype=int)
    column_mean = _masked_mean(need, measured, axis=0)
    filled = np.where(measured, need, column_mean[np.newaxis, :])
    own = np.where(
        measured.any(axis=1),
        _masked_mean(need, measured, axis=1),
        _masked_mean(filled, np.broadcast_to(has_data, need.shape), axis=1),
    )
    filled = np.where(has_data[np.newaxis, :], filled, own[:, np.newaxis])
    source = np.where(
        measured,
        NeedSource.MEASURED,
        np.where(has_data[np.newaxis, :], NeedSource.DISTRICTS_MEAN, NeedSource.OWN_MEAN),
    )
    return filled, source.astype(int)


def _masked_mean(values: np.ndarray, mask: np.ndarray, axis: int) -> np.ndarray:
    """Mean of values where mask is set, along axis; 0 where nothing is set."""
    count = mask.sum(axis=axis)
    total = np.where(mask, values, 0.0).sum(axis=axis)
    return total / np.maximum(count, 1)


def parse_value(text: str) -> float | None:
    """A typed indicator value: a finite number, or empty for "missing"."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise IndicatorError(f"{text!r} is not a number") from None
    if not math.isfinite(number):
        raise IndicatorError(f"{text!r} is not a finite number")
    if abs(number) > MAX_VALUE_MAGNITUDE:
        raise IndicatorError(f"{text!r} is outside ±{MAX_VALUE_MAGNITUDE:g}")
    return number


def indicator_from_record(record: Mapping, origin: str = "paper") -> Indicator:
    """Build an Indicator from a TOML/JSON record, checking the fields it needs."""
    ident = str(record.get("id", "?"))
    try:
        kind = str(record.get("kind", "number"))
        scope = str(record["scope"])
        values = dict(record.get("values", {}))
        levels = tuple(str(v) for v in record.get("levels", ()))
        _check_values(ident, kind, values, levels)
        level_names = {
            level: LocalText(str(zh), str(en))
            for level, zh, en in zip(
                levels,
                record.get("levels_zh", levels),
                record.get("levels_en", levels),
                strict=True,
            )
        }
        places = (
            {
                key: LocalText(
                    str(record.get("place_names_zh", {}).get(key, key)),
                    str(record.get("place_names_en", {}).get(key, key)),
                )
                for key in values
            }
            if scope == "peer_city"
            else {}
        )
        value = record.get("value")
        return Indicator(
            id=ident,
            name=LocalText.from_record(record, "name"),
            unit=LocalText.from_record(record, "unit"),
            year=str(record.get("year", "")),
            scope=scope,
            criterion=str(record.get("criterion") or "") or None,
            direction=str(record.get("direction", "higher_is_better")),
            kind=kind,
            section=str(record.get("section", "")),
            source=LocalText.from_record(record, "source"),
            note=LocalText.from_record(record, "note"),
            value=None if value is None else float(value),
            qualifier=str(record.get("qualifier", "exact")),
            values=MappingProxyType(values),
            levels=levels,
            level_names=MappingProxyType(level_names),
            text=LocalText.from_record(record, "text"),
            printed=MappingProxyType(dict(record.get("printed", {}))),
            place_names=MappingProxyType(places),
            origin=origin,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise IndicatorError(f"indicator {ident!r}: {error}") from None


def _check_values(ident: str, kind: str, values: dict, levels: tuple[str, ...]) -> None:
    for key, raw in values.items():
        if kind == "ordinal":
            if str(raw) not in levels:
                raise IndicatorError(
                    f"indicator {ident!r}, {key}: level {raw!r} is not one of {', '.join(levels)}"
                )
        elif isinstance(raw, bool) or not isinstance(raw, int | float) or math.isnan(raw):
            raise IndicatorError(f"indicator {ident!r}, {key}: {raw!r} is not a number")
