"""Units: which written units measure the same thing, and by what factor.

A unit is a base and a factor: "亿元" is 10^8 of "元", "万人" 10^4 of "人". A value written in
one unit is converted into the indicator's declared unit when both share a base (2,793.22亿元 in
an indicator declared in 万元 is 27,932,200); different bases are a mismatch. A bare magnitude
after a number ("1.2万") takes the base of the row's unit. Percent units ("%", "%（同比）",
"% year on year") share the base "%"; a unit not in the table is its own base, factor 1, and
an indicator's Chinese and English units are the same unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from criteria.text import LocalText
from strategies.district_data.numbers import folded

_TABLE: dict[str, tuple[str, float]] = {
    "元": ("元", 1.0),
    "yuan": ("元", 1.0),
    "万元": ("元", 1e4),
    "10 thousand yuan": ("元", 1e4),
    "亿元": ("元", 1e8),
    "100 million yuan": ("元", 1e8),
    "万亿元": ("元", 1e12),
    "trillion yuan": ("元", 1e12),
    "人": ("人", 1.0),
    "people": ("人", 1.0),
    "persons": ("人", 1.0),
    "万人": ("人", 1e4),
    "10 thousand people": ("人", 1e4),
    "%": ("%", 1.0),
    "percent": ("%", 1.0),
    "%(同比)": ("%", 1.0),
    "% year on year": ("%", 1.0),
    "单/日": ("单/日", 1.0),
    "parcels per day": ("单/日", 1.0),
    "万单/日": ("单/日", 1e4),
    "10 thousand parcels per day": ("单/日", 1e4),
}
MAGNITUDES = {"万": 1e4, "亿": 1e8, "万亿": 1e12}


@dataclass(frozen=True)
class Unit:
    base: str | None  # None: a bare magnitude ("万"), whose base comes from elsewhere
    factor: float


@lru_cache(maxsize=4096)  # a file repeats its units, years and places
def _key(text: str) -> str:
    return " ".join(folded(text).lower().split())


@lru_cache(maxsize=4096)  # a file repeats its units, years and places
def unit_of(text: str) -> Unit:
    """The unit a text names (its own base if unknown)."""
    key = _key(text)
    if key in _TABLE:
        return Unit(*_TABLE[key])
    if key in MAGNITUDES:
        return Unit(None, MAGNITUDES[key])
    for prefix in sorted(MAGNITUDES, key=len, reverse=True):
        if key.startswith(prefix) and key[len(prefix) :]:
            inner = unit_of(key[len(prefix) :])
            if inner.base is not None:
                return Unit(inner.base, inner.factor * MAGNITUDES[prefix])
    return Unit(key, 1.0)


def declared_unit(unit: LocalText) -> Unit:
    return unit_of(unit.zh or unit.en)


def same_unit(text: str, declared: LocalText) -> bool:
    """True when text names the declared unit (in either language, or a synonym)."""
    keys = {_key(declared.zh), _key(declared.en)}
    return _key(text) in keys or unit_of(text) == declared_unit(declared)


def converted(value: float, written: Unit, declared: Unit) -> float | None:
    """value (in written) in the declared unit; None when they measure different things."""
    base = written.base if written.base is not None else declared.base
    if base != declared.base:
        return None
    if written.factor == declared.factor:
        return value
    return float(f"{value * written.factor / declared.factor:.12g}")  # no 1.2000000000000002
