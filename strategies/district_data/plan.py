"""What a data file would add and change, and what it refuses: the ``ImportPlan``.

Pure: it reads a Table (see ``tables``) against the model's indicators and the current values,
and changes nothing. Every refused row names file, sheet, row, column and why; a plan with any
refusal is blocked, so that a file with an error imports nothing (no half-applied file).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from criteria.indicators import Indicator
from criteria.text import LocalText
from strategies import data_years
from strategies.district_data import fields
from strategies.district_data.numbers import parse_number
from strategies.district_data.problems import Location, Problem, Refusal, problem
from strategies.district_data.tables import Table
from strategies.district_data.units import Unit, converted, declared_unit, same_unit, unit_of
from strategies.imported_data import DataIndicator
from strategies.model import PlanningModel

T = TypeVar("T")
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Changes, growth and differences may fall below zero; amounts, counts and shares cannot.
_SIGNED = re.compile(r"同比|增长|增速|变化|差|year on year|growth|change|difference", re.IGNORECASE)


@dataclass(frozen=True)
class Current:
    """The value a place holds now, with its year and source."""

    value: float | str | None
    year: str
    source: LocalText


@dataclass(frozen=True)
class NewIndicator:
    """An indicator the file defines (it is not in the model)."""

    id: str
    name: LocalText
    criterion: str | None
    direction: str
    kind: str  # "number" or "ordinal"
    unit: LocalText
    levels: tuple[str, ...]
    scope: str  # "district" or "city"
    where: Location


@dataclass(frozen=True)
class ValueRecord:
    """One accepted value: an indicator at a place in a year, in the indicator's unit."""

    indicator: str
    place: str
    year: str
    value: float | str  # a level key for ordinal indicators
    unit: str
    source: str
    where: Location


@dataclass(frozen=True)
class Change:
    """A value the file replaces: same indicator, place and year, another value or source."""

    record: ValueRecord
    old: Current


@dataclass(frozen=True)
class ImportPlan:
    file: str
    records: tuple[ValueRecord, ...]
    new_indicators: tuple[NewIndicator, ...]
    adds: tuple[ValueRecord, ...]  # new indicators, new places, other years
    changes: tuple[Change, ...]
    unchanged: tuple[ValueRecord, ...]
    refused: tuple[Refusal, ...]
    notes: tuple[Problem, ...] = field(default=())

    @property
    def blocked(self) -> bool:
        """True when the file has an error: it imports nothing until it is fixed."""
        return bool(self.refused)


@dataclass
class _Context:
    model: PlanningModel
    indicators: Mapping[str, Indicator]
    places: dict[str, str]
    defined: dict[str, NewIndicator] = field(default_factory=dict)


def current_values(indicators: Sequence[Indicator]) -> dict[tuple[str, str], Current]:
    """(indicator, place) → its current value, year and source ("city" for a city value)."""
    current = {}
    for indicator in indicators:
        if indicator.scope == "city":
            current[(indicator.id, fields.CITY)] = Current(
                indicator.value, indicator.year, indicator.source
            )
        for place, value in indicator.values.items():
            current[(indicator.id, place)] = Current(value, indicator.year, indicator.source)
    return current


def plan_import(
    table: Table,
    model: PlanningModel,
    indicators: Sequence[Indicator],
    current: Mapping[tuple[str, str], Current],
    stored: Mapping[tuple[str, str, str], Current] | None = None,
) -> ImportPlan:
    """The plan of table against indicators (the model's, with any edits) and current values;
    stored: the session's imported values by (indicator, place, year), which a row of the same
    year changes whether or not that year is the one chosen."""
    context = _Context(
        model, {i.id: i for i in indicators}, fields.place_lookup(model, list(indicators))
    )
    refused = list(table.refused)
    records: list[ValueRecord] = []
    empty = 0
    frame = table.frame
    names = list(frame.columns)
    for cells in zip(*(frame[name].tolist() for name in names), strict=True):
        row = dict(zip(names, cells, strict=True))
        if not row["value"]:
            empty += any(row[c] for c in ("indicator", "year", "source"))
            continue
        checked = _row(row, table, context)
        if isinstance(checked, ValueRecord):
            records.append(checked)
        else:
            refused.extend(checked)
    if not records and not refused:
        refused.append(Refusal(table.where(0), problem("has no values to import")))
    records, duplicates, merged = _without_duplicates(records, table)
    refused.extend(duplicates)
    notes = _notes(table, empty, merged)
    return _compared(table, records, context, current, stored or {}, refused, notes)


def _notes(table: Table, empty: int, merged: int) -> tuple[Problem, ...]:
    notes = []
    if table.ignored_columns:
        notes.append(
            problem("columns not read: {columns}", columns=", ".join(table.ignored_columns))
        )
    if empty:
        notes.append(problem("{count} rows without a value add nothing", count=empty))
    if merged:
        notes.append(
            problem("{count} rows repeat another row exactly and count once", count=merged)
        )
    return tuple(notes)


def _row(row: dict, table: Table, context: _Context) -> ValueRecord | list[Refusal]:
    """The row's value record, or every problem of the row."""
    number = int(row["row"])
    problems: list[tuple[str, Problem]] = []
    indicator = _indicator(row, table.where(number), context, problems)
    place = _field(problems, "place", _place(row["place"], context))
    year = _field(
        problems,
        "year",
        fields.year_of(row["year"]) if row["year"] else problem("a value needs its year"),
    )
    source = _field(problems, "source", row["source"] or problem("a value needs its source"))
    value: float | str | None = None
    if indicator is not None:
        if place is not None and (wrong := _fits(indicator, place, context)) is not None:
            problems.append(("place", wrong))
        unit = row["unit"]
        if unit and (wrong := _unit_problem(unit, indicator)) is not None:
            problems.append(("unit", wrong))
            unit = ""  # named once, on the unit column
        read = _value(row["value"], unit, indicator)
        if isinstance(read, Problem):
            problems.append(("value", read))
        else:
            value = read
    if problems or indicator is None or value is None:
        return [Refusal(table.where(number, column), why) for column, why in problems]
    unit = indicator.unit.zh or indicator.unit.en
    return ValueRecord(
        indicator.id, str(place), str(year), value, unit, str(source), table.where(number)
    )


def _field(problems: list[tuple[str, Problem]], column: str, result: T | Problem) -> T | None:
    """result, or None after noting its problem under column."""
    if isinstance(result, Problem):
        problems.append((column, result))
        return None
    return result


def _place(text: str, context: _Context) -> str | Problem:
    if not text:
        return problem("a value needs its place (a district, or city)")
    place = context.places.get(fields.key(text))
    if place is None:
        known = ", ".join((*context.model.district_ids, fields.CITY))
        return problem("unknown place {text!r} (places: {known})", text=text, known=known)
    return place


def _fits(indicator: Indicator, place: str, context: _Context) -> Problem | None:
    """Why indicator cannot have a value at place, or None."""
    if indicator.scope == "district" and place not in context.model.district_ids:
        return problem(
            "{indicator} has values per district: {place} is not a district",
            indicator=indicator.id,
            place=place,
        )
    if indicator.scope == "city" and place != fields.CITY:
        return problem(
            "{indicator} has one value for the whole city: write city, not {place}",
            indicator=indicator.id,
            place=place,
        )
    if indicator.scope == "peer_city" and place not in indicator.place_names:
        return problem(
            "{place} is not a peer city of {indicator}", indicator=indicator.id, place=place
        )
    return None


def _unit_problem(text: str, indicator: Indicator) -> Problem | None:
    if same_unit(text, indicator.unit) or unit_of(text).base == _declared(indicator).base:
        return None
    return problem(
        "unit {text!r} does not measure {indicator}, which is in {unit}",
        text=text,
        indicator=indicator.id,
        unit=indicator.unit.zh or indicator.unit.en or "(no unit)",
    )


def _declared(indicator: Indicator) -> Unit:
    return declared_unit(indicator.unit)


def _value(text: str, unit_text: str, indicator: Indicator) -> float | str | Problem:
    """The cell's value in the indicator's unit (a level key for an ordinal indicator)."""
    if indicator.kind == "ordinal":
        names = {level: (n.zh, n.en) for level, n in indicator.level_names.items()}
        return fields.level_of(text, indicator.levels, names)
    if indicator.kind != "number":
        return problem("{indicator} holds a text, not values", indicator=indicator.id)
    parsed = parse_number(text)
    if isinstance(parsed, Problem):
        return parsed
    number, suffix = parsed
    declared = _declared(indicator)
    row_unit = (
        declared if not unit_text or same_unit(unit_text, indicator.unit) else unit_of(unit_text)
    )
    written = unit_of(suffix) if suffix else row_unit
    if written.base is None:  # "1.2万": a magnitude of the row's unit's base
        written = Unit(row_unit.base, written.factor)
    value = converted(number, written, declared)
    if value is None:
        return problem(
            "{text!r} is in {written}, but {indicator} is in {unit}",
            text=text,
            written=suffix or unit_text,
            indicator=indicator.id,
            unit=indicator.unit.zh or indicator.unit.en or "(no unit)",
        )
    if value < 0 and not _SIGNED.search(
        f"{indicator.unit.zh} {indicator.unit.en} {indicator.name.en}"
    ):
        return problem(
            "{text!r} is negative, but {indicator} cannot be below zero",
            text=text,
            indicator=indicator.id,
        )
    return value


def _indicator(
    row: dict, where: Location, context: _Context, problems: list[tuple[str, Problem]]
) -> Indicator | None:
    """The row's indicator: one of the model's, or one the file defines; None after noting why."""
    ident = row["indicator"]
    if not ident:
        problems.append(("indicator", problem("a value needs its indicator id")))
        return None
    known = context.indicators.get(ident)
    if known is not None:
        disagreements = _disagreements(row, known, context)
        problems.extend(disagreements)
        return None if disagreements else known
    return _new_indicator(row, where, context, problems)


def _disagreements(row: dict, indicator: Indicator, context: _Context) -> list[tuple[str, Problem]]:
    """Definition cells that contradict the model's indicator (a file cannot redefine it)."""
    readers = {
        "criterion": lambda text: fields.criterion_of(text, context.model),
        "direction": fields.direction_of,
        "kind": fields.kind_of,
        "levels": fields.levels_of,
    }
    held = {
        "criterion": indicator.criterion,
        "direction": indicator.direction,
        "kind": indicator.kind,
        "levels": indicator.levels,
    }
    found = []
    for column, reader in readers.items():
        if not row[column]:
            continue
        read = reader(row[column])
        if column == "levels" and isinstance(read, tuple):
            read = _level_keys(read, indicator)
        if isinstance(read, Problem):
            found.append((column, read))
        elif read != held[column]:
            found.append((column, _redefines(indicator, column, row[column], held[column])))
    return found


def _level_keys(levels: tuple[str, ...], indicator: Indicator) -> tuple[str, ...]:
    names = {level: (n.zh, n.en) for level, n in indicator.level_names.items()}
    keys = [fields.level_of(level, indicator.levels, names) for level in levels]
    return tuple(k if isinstance(k, str) else "?" for k in keys)


def _redefines(indicator: Indicator, column: str, text: str, held: object) -> Problem:
    shown = "; ".join(held) if isinstance(held, tuple) else (held or "(none)")
    return problem(
        "{indicator} has {column} {held} in the model, not {text!r}: a data file cannot change it",
        indicator=indicator.id,
        column=column,
        held=shown,
        text=text,
    )


def _new_indicator(
    row: dict, where: Location, context: _Context, problems: list[tuple[str, Problem]]
) -> Indicator | None:
    ident = row["indicator"]
    if not _ID.fullmatch(ident):
        problems.append(
            (
                "indicator",
                problem(
                    "unknown indicator {text!r} (a new one needs an id of letters, digits and _)",
                    text=ident,
                ),
            )
        )
        return None
    defined = context.defined.get(ident)
    if defined is None:
        defined = _definition(row, where, context, problems)
        if defined is None:
            return None
        context.defined[ident] = defined
    elif (conflict := _conflict(row, defined, context)) is not None:
        problems.append(conflict)
        return None
    return as_indicator(defined)


def _definition(
    row: dict, where: Location, context: _Context, problems: list[tuple[str, Problem]]
) -> NewIndicator | None:
    """A new indicator from the row's definition cells; None after noting what is missing."""
    ident = row["indicator"]
    if not (row["name_zh"] or row["name_en"]) or not row["direction"] or not row["kind"]:
        problems.append(
            (
                "indicator",
                problem(
                    "unknown indicator {text!r}: to add it, give its name, direction and kind "
                    "(and criterion, unit, and levels if ordinal)",
                    text=ident,
                ),
            )
        )
        return None
    before = len(problems)
    criterion = _field(problems, "criterion", fields.criterion_of(row["criterion"], context.model))
    direction = _field(problems, "direction", fields.direction_of(row["direction"]))
    kind = _field(problems, "kind", fields.kind_of(row["kind"]))
    levels: tuple[str, ...] | None = ()
    if kind == "ordinal":
        levels = _field(
            problems,
            "levels",
            fields.levels_of(row["levels"])
            if row["levels"]
            else problem("an ordinal indicator needs its levels, worst first"),
        )
    if len(problems) > before:
        return None
    place = context.places.get(fields.key(row["place"]), "")
    return NewIndicator(
        id=ident,
        name=LocalText(row["name_zh"] or row["name_en"], row["name_en"] or row["name_zh"]),
        criterion=criterion,
        direction=str(direction),
        kind=str(kind),
        unit=LocalText(row["unit"], row["unit"]),
        levels=levels or (),
        scope=fields.CITY if place == fields.CITY else "district",
        where=where,
    )


def _conflict(row: dict, defined: NewIndicator, context: _Context) -> tuple[str, Problem] | None:
    """A definition cell of a later row that differs from the row that defined the indicator."""
    readers = {
        "criterion": (lambda t: fields.criterion_of(t, context.model), defined.criterion),
        "direction": (fields.direction_of, defined.direction),
        "kind": (fields.kind_of, defined.kind),
        "levels": (fields.levels_of, defined.levels),
    }
    for column, (reader, held) in readers.items():
        if row[column] and reader(row[column]) != held:
            return column, problem(
                "{indicator} is defined with another {column} in row {row}",
                indicator=defined.id,
                column=column,
                row=defined.where.row,
            )
    return None


def data_indicator(new: NewIndicator) -> DataIndicator:
    """The definition as the session keeps it (without where the file defined it)."""
    return DataIndicator(
        id=new.id,
        name=new.name,
        criterion=new.criterion,
        direction=new.direction,
        kind=new.kind,
        unit=new.unit,
        levels=new.levels,
        scope=new.scope,
    )


def as_indicator(defined: NewIndicator) -> Indicator:
    return data_years.as_indicator(data_indicator(defined))


def _without_duplicates(
    records: list[ValueRecord], table: Table
) -> tuple[list[ValueRecord], list[Refusal], int]:
    """Records with exact repeats merged; rows giving one value twice, differently, refused."""
    first: dict[tuple[str, str, str], ValueRecord] = {}
    refused: list[Refusal] = []
    merged = 0
    for record in records:
        slot = (record.indicator, record.place, record.year)
        earlier = first.setdefault(slot, record)
        if earlier is record:
            continue
        if _same(earlier.value, record.value):
            merged += 1
            continue
        refused.append(
            Refusal(
                table.where(record.where.row, "value"),
                problem(
                    "gives {indicator} at {place} in {year} again, with another value than row "
                    "{row} ({old} ≠ {new})",
                    indicator=record.indicator,
                    place=record.place,
                    year=record.year,
                    row=earlier.where.row,
                    old=earlier.value,
                    new=record.value,
                ),
            )
        )
    return list(first.values()), refused, merged


def _same(a: float | str | None, b: float | str | None) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def _compared(
    table: Table,
    records: list[ValueRecord],
    context: _Context,
    current: Mapping[tuple[str, str], Current],
    stored: Mapping[tuple[str, str, str], Current],
    refused: list[Refusal],
    notes: tuple[Problem, ...],
) -> ImportPlan:
    adds, changes, unchanged = [], [], []
    for record in records:
        now = stored.get((record.indicator, record.place, record.year)) or current.get(
            (record.indicator, record.place)
        )
        if (
            record.indicator in context.defined
            or now is None
            or now.value is None
            or now.year != record.year
        ):
            adds.append(record)
        elif _same(_comparable(now.value), record.value) and record.source in (
            now.source.zh,
            now.source.en,
        ):
            unchanged.append(record)
        else:
            changes.append(Change(record, now))
    ordered = sorted(refused, key=lambda r: (r.where.row, r.where.column))
    return ImportPlan(
        file=table.file,
        records=tuple(records),
        new_indicators=tuple(context.defined.values()),
        adds=tuple(adds),
        changes=tuple(changes),
        unchanged=tuple(unchanged),
        refused=tuple(ordered),
        notes=notes,
    )


def _comparable(value: float | str | None) -> float | str | None:
    return float(value) if isinstance(value, int) else value
