"""New models: the smallest one the loader accepts, a copy of another under a new id, and the
model's own name, id and version.

The empty template holds what every model needs to be ranked: a goal with one criterion, two
strategies (one would rank alone), one district, the rating scale of the shipped model
(none … very strong on Saaty's odd steps 0, 1, 3, 5, 7) with every strategy rated in its middle,
and no indicators (no data: the ranking is plain AHP until data are added or imported). The
planner renames and adds from there.
"""

from __future__ import annotations

from criteria.text import LocalText
from strategies.model import PlanningModel, plain_copy
from strategies.model_edit import checks
from strategies.model_edit.fitting import fit_tables
from strategies.model_edit.tables import model_tables, rebuilt, set_text

NEW_MODEL_ID = "new_model"
NEW_MODEL_VERSION = "0.1.0"
_SCALE = {
    "levels": ["none", "weak", "moderate", "strong", "very_strong"],
    "labels_zh": ["无", "弱", "中", "强", "很强"],
    "labels_en": ["none", "weak", "moderate", "strong", "very strong"],
    "values": [0.0, 1.0, 3.0, 5.0, 7.0],
}
_KEEP = object()


def empty_model(name: LocalText, model_id: str = NEW_MODEL_ID) -> PlanningModel:
    """The smallest valid model (see the module's text), named name."""
    name = checks.name_text(name, "model's name")
    model_id = checks.new_id(model_id, (), "model")
    about = {"id": model_id, "version": NEW_MODEL_VERSION}
    set_text(about, "name", name)
    tables = {
        "model": {"model": about},
        "criteria": {
            "goal": {"id": "goal", "name_zh": name.zh, "name_en": name.en},
            "criteria": [_named("C1", "准则 1", "Criterion 1", layer="goal")],
        },
        "strategies": {
            "strategies": [_named(f"S{n}", f"策略 {n}", f"Strategy {n}") for n in (1, 2)]
        },
        "districts": {"districts": [_named("D1", "区 1", "District 1")]},
        "indicators": {},
        "ratings": {"scale": plain_copy(_SCALE), "ratings": []},
        "judgments": {},
        "supplement_public": {},
    }
    fit_tables(tables)
    return rebuilt(tables)


def copy_model(model: PlanningModel, new_id: str, name: LocalText) -> PlanningModel:
    """The same model under another id and name (its version kept): a start for another
    cluster, or a variant, whose sessions are told apart from the original's."""
    return edit_model_info(model, model_id=new_id, name=name)


def edit_model_info(
    model: PlanningModel,
    *,
    model_id: object = _KEEP,
    version: object = _KEEP,
    name: object = _KEEP,
    source: object = _KEEP,
) -> PlanningModel:
    """The model's id, version, name or source (those given)."""
    tables = model_tables(model)
    about = tables["model"]["model"]
    if model_id is not _KEEP:
        about["id"] = checks.new_id(model_id, (), "model")
    if version is not _KEEP:
        about["version"] = checks.new_id(version, (), "model version")
    if name is not _KEEP:
        set_text(about, "name", checks.name_text(name, "model's name"))
    if source is not _KEEP:
        set_text(about, "source", checks.optional_text(source, "source"))
    return rebuilt(tables)


def _named(ident: str, zh: str, en: str, **extra: str) -> dict:
    return {"id": ident, "name_zh": zh, "name_en": en, **extra}
