"""The model a session file carries (schema 6): the file opens with it when it is not the model
at hand, so that it opens the same anywhere; a file that carries none (an older schema) opens
with the model at hand, as before."""

from __future__ import annotations

import re

from strategies.model import ModelError, PlanningModel, build_model, content_hash
from strategies.session_io import schema
from strategies.session_io.located import Located

_SHA256 = re.compile(r"[0-9a-f]{64}")


def file_model(document: Located, model: PlanningModel) -> PlanningModel:
    """model, unless the document carries another model: then that one, checked as load_model
    checks a folder and by the content hash the file states."""
    record = document.record(schema.TOP_KEYS)["model"].record(schema.MODEL_KEYS)
    tables, stated = record["tables"], record["content_hash"].as_text()
    if tables.value is None:
        return model
    if not _SHA256.fullmatch(stated):
        raise record["content_hash"].fail("is not a content hash (64 hexadecimal digits)")
    carried = tables.as_object()
    if stated == model.content_hash and _hash(carried) == stated:
        return model  # the model at hand (the usual case: no second build)
    try:
        own = build_model(carried)
    except ModelError as error:
        raise tables.fail(f"the model the file carries cannot be used: {error}") from None
    if own.content_hash != stated:  # changed by hand, or damaged: neither can be trusted
        raise tables.fail(f"the model the file carries is not the one it names ({stated})")
    return own


def _hash(tables: dict) -> str | None:
    try:
        return content_hash(tables)
    except (TypeError, ValueError):  # a value no model holds (the build below names it)
        return None
