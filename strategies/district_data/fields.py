"""Single cells of a data row read into model terms: places, years, criteria, directions,
kinds and levels. Each reader returns the value or a Problem saying why not."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from criteria.indicators import Indicator
from strategies.district_data.numbers import folded
from strategies.district_data.problems import Problem, problem
from strategies.model import PlanningModel

CITY = "city"
CITY_NAMES = ("city", "全市", "佛山", "佛山市", "foshan", "市级")
_YEAR = re.compile(r"(\d{4})(?:\s*年)?(?:\s*[-./]\s*(\d{1,2})|\s*年?\s*(\d{1,2})\s*月)?")
_DIRECTIONS = {
    "higher_is_better": (
        "higher_is_better",
        "higher",
        "higher is better",
        "越高越好",
        "越大越好",
        "正向",
        "+",
    ),
    "lower_is_better": (
        "lower_is_better",
        "lower",
        "lower is better",
        "越低越好",
        "越小越好",
        "负向",
        "-",
    ),
}
_KINDS = {
    "number": ("ratio", "number", "numeric", "数值", "比值", "定量"),
    "ordinal": ("ordinal", "levels", "等级", "定性", "有序"),
}
LEVEL_SEPARATORS = re.compile(r"\s*[;；,，、|]\s*")


@lru_cache(maxsize=4096)  # a file repeats its units, years and places
def key(text: str) -> str:
    return " ".join(folded(text).lower().split())


def place_lookup(model: PlanningModel, indicators: list[Indicator]) -> dict[str, str]:
    """Every spelling of a place (id, Chinese or English name) → its id."""
    lookup = {key(name): CITY for name in CITY_NAMES}
    for district in model.districts:
        for name in (district.id, district.name.zh, district.name.en):
            lookup[key(name)] = district.id
    for indicator in indicators:
        for place, names in indicator.place_names.items():
            for name in (place, names.zh, names.en):
                lookup.setdefault(key(name), place)
    return lookup


@lru_cache(maxsize=4096)  # a file repeats its units, years and places
def year_of(text: str) -> str | Problem:
    """ "2017", "2017年", "2017.0" (Excel), "2017-05", "2017年5月" → "2017" or "2017-05"."""
    cleaned = folded(text)
    if re.fullmatch(r"\d{4}\.0+", cleaned):  # an Excel number
        cleaned = cleaned.split(".")[0]
    if re.fullmatch(r"\d{4}-\d{2}-01", cleaned):  # an Excel date: a typed month
        cleaned = cleaned[:7]
    match = _YEAR.fullmatch(cleaned)
    if match is None or not 1900 <= int(match.group(1)) <= 2100:
        return problem("{text!r} is not a year (write 2017, or 2017-05 for a month)", text=text)
    month = match.group(2) or match.group(3)
    if month is None:
        return match.group(1)
    if not 1 <= int(month) <= 12:
        return problem("{text!r} is not a year (write 2017, or 2017-05 for a month)", text=text)
    return f"{match.group(1)}-{int(month):02d}"


def criterion_of(text: str, model: PlanningModel) -> str | None | Problem:
    """A leaf criterion by code or name; None for an empty cell (context only)."""
    if not text:
        return None
    wanted = key(text)
    for leaf in model.criteria:
        node = model.hierarchy.nodes[leaf]
        if wanted in (key(leaf), key(node.name.zh), key(node.name.en)):
            return leaf
    return problem(
        "unknown criterion {text!r} (criteria: {known})", text=text, known=", ".join(model.criteria)
    )


def direction_of(text: str) -> str | Problem:
    found = _choice(text, _DIRECTIONS)
    return found or problem(
        "{text!r} is not a direction (higher_is_better or lower_is_better)", text=text
    )


def kind_of(text: str) -> str | Problem:
    return _choice(text, _KINDS) or problem("{text!r} is not a kind (ratio or ordinal)", text=text)


def _choice(text: str, table: Mapping[str, tuple[str, ...]]) -> str | None:
    wanted = key(text)
    return next((name for name, spellings in table.items() if wanted in spellings), None)


def levels_of(text: str) -> tuple[str, ...] | Problem:
    levels = tuple(p for p in LEVEL_SEPARATORS.split(folded(text)) if p)
    if len(levels) < 2 or len(set(map(key, levels))) != len(levels):
        return problem(
            "levels {text!r} must name two or more different levels, worst first, separated by ;",
            text=text,
        )
    return levels


def level_of(
    text: str, indicator_levels: tuple[str, ...], names: Mapping[str, tuple[str, ...]]
) -> str | Problem:
    """The level key a cell names (by key or by its Chinese or English name)."""
    wanted = key(text)
    for level in indicator_levels:
        if wanted in (key(level), *map(key, names.get(level, ()))):
            return level
    return problem(
        "{text!r} is not one of the levels {levels}", text=text, levels=", ".join(indicator_levels)
    )
