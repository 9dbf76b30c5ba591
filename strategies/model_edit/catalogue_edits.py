"""Edits of the strategies (with their measures and summary) and the districts: add, rename,
edit, reorder, remove. Each returns a new model built with load_model's checks. A new strategy
is rated in the middle of the scale under every criterion until the planner rates it; removing
a strategy removes its ratings, removing a district removes the model's values for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from criteria.text import LocalText
from strategies.model import PlanningModel
from strategies.model_edit import checks
from strategies.model_edit.errors import ModelEditError
from strategies.model_edit.fitting import fit_tables
from strategies.model_edit.tables import model_tables, rebuilt, set_text
from strategies.model_parts import CITY

STRATEGY_PREFIX = "S"
DISTRICT_PREFIX = "D"
_KEEP = object()  # "leave this field as it is"


def add_strategy(
    model: PlanningModel,
    name: LocalText,
    *,
    measures: Sequence[LocalText] = (),
    summary: LocalText | None = None,
    position: int | None = None,
    strategy_id: str | None = None,
) -> tuple[PlanningModel, str]:
    """A new strategy at position (None: last); returns the model and its id (S7 after S6)."""
    record = {"id": _new_id(strategy_id, model.strategy_ids, STRATEGY_PREFIX, "strategy")}
    set_text(record, "name", checks.name_text(name))
    _set_details(record, measures, summary)
    return _inserted(model, "strategies", record, position), record["id"]


def rename_strategy(model: PlanningModel, strategy: str, name: LocalText) -> PlanningModel:
    name = checks.name_text(name)
    return _changed(model, "strategies", strategy, lambda r: set_text(r, "name", name))


def edit_strategy(
    model: PlanningModel,
    strategy: str,
    *,
    measures: Sequence[LocalText] | object = _KEEP,
    summary: LocalText | None | object = _KEEP,
) -> PlanningModel:
    """The strategy's measures (each in both languages) and/or summary; those not given stay."""

    def change(record: dict) -> None:
        if measures is not _KEEP:
            _set_measures(record, measures)
        if summary is not _KEEP:
            set_text(record, "summary", checks.optional_text(summary, "summary"))

    return _changed(model, "strategies", strategy, change)


def move_strategy(model: PlanningModel, strategy: str, position: int) -> PlanningModel:
    return _moved(model, "strategies", strategy, position)


def remove_strategy(model: PlanningModel, strategy: str) -> PlanningModel:
    return _removed(model, "strategies", strategy)


def add_district(
    model: PlanningModel,
    name: LocalText,
    *,
    position: int | None = None,
    district_id: str | None = None,
) -> tuple[PlanningModel, str]:
    """A new district (no data yet) at position; returns the model and its id (D1, D2, …)."""
    taken = (*model.district_ids, CITY)
    record = {"id": _new_id(district_id, taken, DISTRICT_PREFIX, "district")}
    set_text(record, "name", checks.name_text(name))
    return _inserted(model, "districts", record, position), record["id"]


def rename_district(model: PlanningModel, district: str, name: LocalText) -> PlanningModel:
    name = checks.name_text(name)
    return _changed(model, "districts", district, lambda r: set_text(r, "name", name))


def move_district(model: PlanningModel, district: str, position: int) -> PlanningModel:
    return _moved(model, "districts", district, position)


def remove_district(model: PlanningModel, district: str) -> PlanningModel:
    return _removed(model, "districts", district)


def _new_id(given: str | None, taken: Sequence[str], prefix: str, what: str) -> str:
    if given is None:
        return checks.generated_id(prefix, set(taken))
    return checks.new_id(given, set(taken), what)


def _set_details(record: dict, measures: object, summary: object) -> None:
    _set_measures(record, measures)
    set_text(record, "summary", checks.optional_text(summary, "summary"))


def _set_measures(record: dict, measures: object) -> None:
    if isinstance(measures, str | LocalText) or not isinstance(measures, Sequence):
        raise ModelEditError("measures must be a list of texts in Chinese and English")
    texts = [checks.name_text(m, "measure") for m in measures]
    record["measures_zh"] = [m.zh for m in texts]
    record["measures_en"] = [m.en for m in texts]


def _rows(tables: dict, kind: str) -> list[dict]:
    return tables[kind][kind]


def _index(model: PlanningModel, kind: str, ident: object) -> tuple[dict, int]:
    ids = model.strategy_ids if kind == "strategies" else model.district_ids
    what = "strategy" if kind == "strategies" else "district"
    ident = checks.known(ident, ids, what)
    tables = model_tables(model)
    return tables, [row["id"] for row in _rows(tables, kind)].index(ident)


def _inserted(model: PlanningModel, kind: str, record: dict, position: object) -> PlanningModel:
    tables = model_tables(model)
    rows = _rows(tables, kind)
    rows.insert(checks.position(position, len(rows)), record)
    return _fitted(tables)


def _changed(
    model: PlanningModel, kind: str, ident: str, change: Callable[[dict], None]
) -> PlanningModel:
    tables, index = _index(model, kind, ident)
    change(_rows(tables, kind)[index])
    return _fitted(tables)


def _moved(model: PlanningModel, kind: str, ident: str, position: int) -> PlanningModel:
    tables, index = _index(model, kind, ident)
    rows = _rows(tables, kind)
    record = rows.pop(index)
    rows.insert(checks.position(position, len(rows)), record)
    return _fitted(tables)


def _removed(model: PlanningModel, kind: str, ident: str) -> PlanningModel:
    tables, index = _index(model, kind, ident)
    del _rows(tables, kind)[index]
    return _fitted(tables)


def _fitted(tables: dict) -> PlanningModel:
    fit_tables(tables)
    return rebuilt(tables)
