"""The structural parts of a model folder, each read and cross-checked: the hierarchy
(criteria.toml), strategies, districts and indicators (indicators.toml, supplement_public.toml)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from criteria.hierarchy import Hierarchy, HierarchyError, hierarchy_from_records
from criteria.indicators import (
    MAX_VALUE_MAGNITUDE,
    Indicator,
    IndicatorError,
    indicator_from_record,
)
from strategies.catalogue import District, Strategy, district_from_record, strategy_from_record
from strategies.model_limits import MAX_DISTRICTS, MAX_ITEMS, MAX_STRATEGIES
from strategies.model_records import (
    ModelError,
    Where,
    choice,
    ids,
    is_number,
    local_text,
    records,
    table,
    text,
    texts,
)

SCOPES = ("city", "district", "peer_city")
_TOO_MANY = f"more than {MAX_ITEMS} {{what}}: no random-index table rates a larger matrix"
CITY = "city"  # a planner's edit of a city-wide figure names this place
KINDS = ("number", "ordinal", "text")
DIRECTIONS = ("higher_is_better", "lower_is_better")
QUALIFIERS = ("exact", "about", "more_than")


def read_hierarchy(data: Mapping, file: str = "criteria.toml") -> Hierarchy:
    """The criteria tree; every node named in both languages, every parent a known node."""
    goal = table(data, file, "goal")
    layers = records(data, file, "layers", required=False)
    criteria = records(data, file, "criteria")
    for name, rows in (("goal", [goal]), ("layers", layers), ("criteria", criteria)):
        where = Where(file, name)
        for node, record in zip(ids(rows, where), rows, strict=True):
            local_text(record, where.at(node), "name", required=True)
            local_text(record, where.at(node), "description")
            text(record, where.at(node), "section", "")
            key = {"layers": "parent", "criteria": "layer"}.get(name)
            if key:
                text(record, where.at(node), key, None if name == "criteria" else "")
            if name != "criteria":
                texts(record, where.at(node), "order")
    try:
        hierarchy = hierarchy_from_records(goal, layers, criteria)
    except HierarchyError as error:
        raise ModelError(str(error), file, error.table, error.node) from None
    for node in hierarchy.inner_nodes:
        if len(hierarchy.children(node)) > MAX_ITEMS:
            table_name = "goal" if node == hierarchy.goal else "layers"
            raise ModelError(_TOO_MANY.format(what="children"), file, table_name, node)
    return hierarchy


def _beyond(count: int, limit: int, what: str) -> str:
    return f"{count} {what}, more than the {limit} a model may hold"


def read_strategies(data: Mapping, file: str = "strategies.toml") -> tuple[Strategy, ...]:
    rows = records(data, file, "strategies")
    where = Where(file, "strategies")
    for strategy, record in zip(ids(rows, where), rows, strict=True):
        here = where.at(strategy)
        local_text(record, here, "name", required=True)
        local_text(record, here, "summary")
        text(record, here, "section", "")
        if len(texts(record, here, "measures_zh")) != len(texts(record, here, "measures_en")):
            raise here.error("measures_zh and measures_en must list as many measures")
    if len(rows) > MAX_STRATEGIES:
        raise where.error(_beyond(len(rows), MAX_STRATEGIES, "strategies"))
    return tuple(strategy_from_record(r) for r in rows)


def read_districts(data: Mapping, file: str = "districts.toml") -> tuple[District, ...]:
    rows = records(data, file, "districts")
    where = Where(file, "districts")
    for district, record in zip(ids(rows, where), rows, strict=True):
        local_text(record, where.at(district), "name", required=True)
        if district == CITY:
            raise where.at(district).error(f"{CITY!r} names the whole city, not a district")
    if len(rows) > MAX_DISTRICTS:
        raise where.error(_beyond(len(rows), MAX_DISTRICTS, "districts"))
    return tuple(district_from_record(r) for r in rows)


def read_indicators(
    data: Mapping,
    file: str,
    hierarchy: Hierarchy,
    districts: Collection[str],
    origin: str = "paper",
) -> tuple[Indicator, ...]:
    """The indicators of one file, each checked against the hierarchy and the districts."""
    # A model without data ranks by plain AHP (a new model starts so): indicators are optional.
    rows = records(data, file, "indicators", required=False)
    where = Where(file, "indicators")
    indicators = []
    for ident, record in zip(ids(rows, where), rows, strict=True):
        here = where.at(ident)
        _check_indicator(record, here, hierarchy, districts)
        try:
            indicators.append(indicator_from_record(record, origin))
        except IndicatorError as error:
            raise here.error(str(error)) from None
    return tuple(indicators)


def read_notes(data: Mapping, file: str = "indicators.toml") -> tuple[Mapping, ...]:
    rows = records(data, file, "notes", required=False)
    where = Where(file, "notes")
    for note, record in zip(ids(rows, where), rows, strict=True):
        local_text(record, where.at(note), "note")
    return tuple(rows)


def _check_indicator(
    record: Mapping, here: Where, hierarchy: Hierarchy, districts: Collection[str]
) -> None:
    local_text(record, here, "name", required=True)
    for key in ("unit", "source", "note", "text"):
        local_text(record, here, key)
    text(record, here, "year", "")
    text(record, here, "section", "")
    scope = choice(record, here, "scope", SCOPES, "")
    kind = choice(record, here, "kind", KINDS, "number")
    choice(record, here, "direction", DIRECTIONS, "higher_is_better")
    choice(record, here, "qualifier", QUALIFIERS, "exact")
    _check_criterion(text(record, here, "criterion", ""), here, hierarchy)
    _check_value_keys(record, here, scope, kind)
    places = _places(record, here, "values")
    if scope == "district":
        _check_known(places, districts, here, "values", "a district of districts.toml")
    if kind == "number":
        for place, value in (*places.items(), *(("value", record.get("value", 0)),)):
            _check_number(value, here, place)
    levels = texts(record, here, "levels")
    if len(set(levels)) != len(levels):
        raise here.error("levels must name each level once")
    for key in ("printed", "place_names_zh", "place_names_en"):
        named = _places(record, here, key)
        _check_known(named, places, here, key, "a place of values")
        if not all(isinstance(text, str) for text in named.values()):
            raise here.error(f"{key} must give a string for each place")


def _check_value_keys(record: Mapping, here: Where, scope: str, kind: str) -> None:
    """A city figure has one value, the others a value per place; a text has neither."""
    wrong = {"value"} if scope != "city" or kind == "text" else {"values"}
    if kind == "text":
        wrong.add("values")
    for key in sorted(wrong & record.keys()):
        raise here.error(f"{key} does not fit scope {scope!r} and kind {kind!r}")


def _check_number(value: object, here: Where, place: str) -> None:
    if not is_number(value) or abs(float(value)) > MAX_VALUE_MAGNITUDE:  # type: ignore[arg-type]
        raise here.error(
            f"{place}: {value!r} is not a finite number within ±{MAX_VALUE_MAGNITUDE:g}"
        )


def _check_criterion(criterion: str, here: Where, hierarchy: Hierarchy) -> None:
    if not criterion or (criterion in hierarchy.nodes and hierarchy.nodes[criterion].is_leaf):
        return
    what = "an inner node, not a leaf" if criterion in hierarchy.nodes else "not in criteria.toml"
    raise here.error(f'criterion {criterion!r} is {what} (a leaf criterion or "")')


def _places(record: Mapping, here: Where, key: str) -> Mapping:
    value = record.get(key, {})
    if not isinstance(value, Mapping):
        raise here.error(f"{key} must be a table of places")
    return value


def _check_known(
    places: Collection[str], known: Collection[str], here: Where, key: str, what: str
) -> None:
    for place in places:
        if place not in known:
            raise here.error(f"{key}: {place!r} is not {what}")
