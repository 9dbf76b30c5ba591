"""A model as its TOML tables and back: every edit changes tables and builds a new model from
them with exactly load_model's checks, so an edited model can be written and read again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from criteria.text import LocalText
from strategies.model import (
    FILES,
    SUPPLEMENT,
    ModelError,
    PlanningModel,
    build_model,
    plain_copy,
)
from strategies.model_edit.errors import ModelEditError

__all__ = ["FILES", "SUPPLEMENT", "build_model", "model_tables", "rebuilt", "set_text"]


def model_tables(model: PlanningModel) -> dict[str, dict]:
    """A deep copy of the model's tables, by file name without ".toml" (the layout load_model
    reads; ``supplement_public`` is {} when the model has no supplement)."""
    if not model.tables:
        raise ModelEditError("this model was not built from tables and cannot be edited")
    return {name: plain_copy(table) for name, table in model.tables.items()}


def rebuilt(tables: Mapping[str, Any]) -> PlanningModel:
    """The model of edited tables (a copy model_tables made, edited with checked values: no
    second copy); what the loader refuses becomes a ModelEditError."""
    try:
        return build_model(tables, owned=True)
    except ModelError as error:
        raise ModelEditError(f"the model would not load: {error}") from None


def set_text(record: dict, key: str, value: LocalText | None) -> None:
    """record[key_zh] and record[key_en] from value; an empty text removes both keys."""
    for lang in ("zh", "en"):
        text = "" if value is None else getattr(value, lang)
        if text:
            record[f"{key}_{lang}"] = text
        else:
            record.pop(f"{key}_{lang}", None)
