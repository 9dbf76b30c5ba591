"""Every table and key a model folder's files may hold: a key outside this list is refused, so
that a mistyped key (``critrion``, ``parnet``) is named instead of read as absent."""

from __future__ import annotations

from collections.abc import Mapping

from strategies.model_records import ModelError


def _texts(*names: str) -> frozenset[str]:
    """name_zh and name_en for each name."""
    return frozenset(f"{name}_{lang}" for name in names for lang in ("zh", "en"))


_NODE = frozenset({"id", "section"}) | _texts("name", "description")
_INDICATOR = frozenset(
    {
        "id",
        "year",
        "scope",
        "criterion",
        "direction",
        "kind",
        "section",
        "value",
        "values",
        "qualifier",
        "levels",
        "printed",
    }
) | _texts("name", "unit", "source", "note", "levels", "place_names", "text")

KEYS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "model.toml": {"model": frozenset({"id", "version"}) | _texts("name", "source")},
    "criteria.toml": {
        "goal": _NODE | {"order"},
        "layers": _NODE | {"parent", "order"},
        "criteria": _NODE | {"layer"},
    },
    "strategies.toml": {
        "strategies": frozenset({"id", "section"}) | _texts("name", "summary", "measures")
    },
    "districts.toml": {"districts": frozenset({"id"}) | _texts("name")},
    "indicators.toml": {
        "indicators": _INDICATOR,
        "notes": frozenset({"id", "section"}) | _texts("note"),
    },
    "ratings.toml": {
        "scale": frozenset({"levels", "values"}) | _texts("labels", "note"),
        "origin": frozenset({"kind"}) | _texts("note"),
        "ratings": frozenset({"strategy", "criterion", "level"}) | _texts("reason"),
    },
    "judgments.toml": {"origin": _texts("note"), "nodes": frozenset({"node", "pairs"})},
    "supplement_public.toml": {
        "supplement": frozenset({"enabled_by_default"}) | _texts("note"),
        "indicators": _INDICATOR,
    },
}


def check_known_keys(data: Mapping, file: str) -> None:
    """Refuse a table or key that the file's format does not have."""
    tables = KEYS[file]
    for name, value in data.items():
        if name not in tables:
            raise ModelError(f"unknown table (known: {', '.join(tables)})", file, name)
        if isinstance(value, Mapping):  # a single table: [model], [goal], [scale], …
            _check_record(value, tables[name], file, name, "")
        for index, record in enumerate(value if isinstance(value, list) else []):
            if isinstance(record, Mapping):
                _check_record(record, tables[name], file, name, _label(record, index))


def _check_record(
    record: Mapping, known: frozenset[str], file: str, table: str, label: str
) -> None:
    for key in record:
        if key not in known:
            raise ModelError(
                f"unknown key {key!r} (known: {', '.join(sorted(known))})", file, table, label
            )


def _label(record: Mapping, index: int) -> str:
    """The record's id as errors name it: its id or node, its rating pair, else #n."""
    for key in ("id", "node"):
        if isinstance(record.get(key), str):
            return str(record[key])
    if isinstance(record.get("strategy"), str) and isinstance(record.get("criterion"), str):
        return f"{record['strategy']} × {record['criterion']}"
    return f"#{index + 1}"
