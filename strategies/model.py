"""The planning model: hierarchy, strategies, districts, indicators and defaults, read from
a folder of TOML files (``resources/foshan`` ships with the app)."""

from __future__ import annotations

import hashlib
import json
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from criteria.hierarchy import Hierarchy
from criteria.indicators import Indicator
from criteria.judgments import PairwiseJudgments
from criteria.text import LocalText
from strategies.catalogue import District, Strategy
from strategies.effectiveness import RatingScale
from strategies.model_defaults import DefaultRating, read_judgments, read_ratings, read_scale
from strategies.model_parts import (
    read_districts,
    read_hierarchy,
    read_indicators,
    read_notes,
    read_strategies,
)
from strategies.model_records import ModelError, Where, local_text, required_text, table
from strategies.model_schema import check_known_keys

__all__ = [
    "DefaultRating",
    "ModelError",
    "PlanningModel",
    "build_model",
    "default_model_dir",
    "load_model",
]

FILES = ("model", "criteria", "strategies", "districts", "indicators", "ratings", "judgments")
SUPPLEMENT = "supplement_public"  # the one optional file
# A model file is text a person writes (Foshan's largest is under 100 KiB): a larger one is
# refused before it is parsed.
MAX_FILE_BYTES = 8 * 2**20


@dataclass(frozen=True, eq=False)
class PlanningModel:
    id: str
    version: str
    name: LocalText
    source: LocalText
    hierarchy: Hierarchy
    strategies: tuple[Strategy, ...]
    districts: tuple[District, ...]
    indicators: tuple[Indicator, ...]
    supplement: tuple[Indicator, ...]
    notes: tuple[Mapping, ...]
    rating_scale: RatingScale
    ratings_origin: LocalText
    default_ratings: Mapping[tuple[str, str], DefaultRating]
    default_judgments: Mapping[str, PairwiseJudgments]
    content_hash: str
    # The TOML tables the model was built from, by file name without ".toml" (the optional
    # supplement as {} when absent): what a model folder or a session file writes back, so that
    # the model read again is the same (same content_hash). Read through ``model_tables``.
    tables: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @cached_property
    def strategy_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.strategies)

    @cached_property
    def district_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.districts)

    @cached_property
    def criteria(self) -> tuple[str, ...]:
        return self.hierarchy.leaves

    def strategy(self, strategy_id: str) -> Strategy:
        return self._strategies_by_id[strategy_id]

    def district(self, district_id: str) -> District:
        return self._districts_by_id[district_id]

    @cached_property
    def _strategies_by_id(self) -> dict[str, Strategy]:
        return {s.id: s for s in self.strategies}

    @cached_property
    def _districts_by_id(self) -> dict[str, District]:
        return {d.id: d for d in self.districts}


def default_model_dir() -> Path:
    return Path(str(resources.files("resources") / "foshan"))


def load_model(folder: Path | None = None) -> PlanningModel:
    """Read and check a model folder: every table, type and cross-reference. Raise ModelError
    naming the file, the table and the id of the first problem found."""
    folder = folder or default_model_dir()
    if not folder.is_dir():
        raise ModelError("does not exist or is not a folder", folder=str(folder))
    try:
        data = {name: _read_toml(folder / f"{name}.toml") for name in FILES}
        supplement_path = folder / f"{SUPPLEMENT}.toml"
        supplement = _read_toml(supplement_path) if supplement_path.exists() else {}
        return _build(data, supplement)
    except ModelError as error:
        raise error.in_folder(str(folder)) from None


def build_model(tables: Mapping[str, Any], *, owned: bool = False) -> PlanningModel:
    """The model of TOML tables laid out as a folder's files (``tables["criteria"]`` is the
    contents of criteria.toml; ``supplement_public`` optional), with load_model's checks.
    The tables are copied (checked to be what TOML can write), unless ``owned``: tables made
    by the model editor from a model's own, which nobody else holds."""
    if not isinstance(tables, Mapping):
        raise ModelError("model tables must be a table of files")
    for name in tables:
        if name not in (*FILES, SUPPLEMENT):
            raise ModelError(f"unknown model file (known: {', '.join(FILES)})", f"{name}.toml")
    if owned:
        return _build({name: tables[name] for name in FILES}, tables.get(SUPPLEMENT) or {})
    data = {name: _file_table(tables.get(name), f"{name}.toml") for name in FILES}
    supplement = tables.get(SUPPLEMENT) or {}
    return _build(data, _file_table(supplement, f"{SUPPLEMENT}.toml"))


def _file_table(value: object, file: str) -> dict:
    """A deep copy of one file's table, refusing values TOML cannot write (null, NaN, …)."""
    if value is None:
        raise ModelError("is missing", file)
    if not isinstance(value, Mapping):
        raise ModelError("must be a table of tables", file)
    return _checked_copy(value, file, 0)


def _checked_copy(value: Any, file: str, depth: int) -> Any:
    """value copied (tables and arrays new, texts and numbers shared), or a ModelError for
    what TOML cannot write. One pass: an edit copies the model's tables on every change."""
    if depth > 32:
        raise ModelError("nests arrays or tables too deeply", file)
    if isinstance(value, dict | Mapping):  # dict first: the ABC check is slow
        for key in value:
            if type(key) is not str or (not key.isascii() and _has_surrogate(key)):
                raise ModelError(f"key {key!r} is not a string of whole characters", file)
        return {key: _checked_copy(item, file, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_checked_copy(item, file, depth + 1) for item in value]
    if isinstance(value, str):
        if not value.isascii() and _has_surrogate(value):
            raise ModelError("holds a broken character (a lone surrogate)", file)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ModelError(f"{value!r} is not a finite number", file)
    elif not isinstance(value, int | float):  # bool is an int
        raise ModelError(f"holds a value TOML cannot write ({type(value).__name__})", file)
    return value


def plain_copy(value: Any) -> Any:
    """A copy of TOML data (tables and arrays new; texts and numbers are immutable)."""
    if isinstance(value, dict | Mapping):  # dict first: the ABC check is slow
        return {key: plain_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain_copy(item) for item in value]
    return value


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def content_hash(data: Mapping) -> str:
    """SHA-256 of the model's data in canonical JSON: changes when any figure or name does."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ModelError(f"cannot be read ({error.strerror})", path.name) from None
    if len(data) > MAX_FILE_BYTES:
        raise ModelError(f"is larger than {MAX_FILE_BYTES // 2**20} MiB", path.name)
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ModelError(f"is not valid UTF-8 TOML ({error})", path.name) from None
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise ModelError("nests arrays or tables too deeply", path.name) from None


def _build(data: Mapping[str, dict], supplement: dict) -> PlanningModel:
    for name, contents in (*data.items(), (SUPPLEMENT, supplement)):
        check_known_keys(contents, f"{name}.toml")
    hierarchy = read_hierarchy(data["criteria"])
    strategies = read_strategies(data["strategies"])
    districts = read_districts(data["districts"])
    district_ids = [d.id for d in districts]
    indicators = read_indicators(data["indicators"], "indicators.toml", hierarchy, district_ids)
    extra = read_indicators(
        supplement, f"{SUPPLEMENT}.toml", hierarchy, district_ids, "public_supplement"
    )
    _check_unique_across(indicators, extra)
    scale = read_scale(data["ratings"])
    ratings = read_ratings(data["ratings"], scale, [s.id for s in strategies], hierarchy.leaves)
    return PlanningModel(
        **_about(data["model"]),
        hierarchy=hierarchy,
        strategies=strategies,
        districts=districts,
        indicators=indicators,
        supplement=extra,
        notes=read_notes(data["indicators"]),
        rating_scale=scale,
        ratings_origin=local_text(
            table(data["ratings"], "ratings.toml", "origin", required=False),
            Where("ratings.toml", "origin"),
            "note",
        ),
        default_ratings=MappingProxyType(ratings),
        default_judgments=MappingProxyType(read_judgments(data["judgments"], hierarchy)),
        content_hash=content_hash({**data, SUPPLEMENT: supplement}),
        # data are the reader's own (freshly parsed or copied): kept without a second copy
        tables=MappingProxyType({**data, SUPPLEMENT: supplement}),
    )


def _about(data: Mapping) -> dict:
    """id, version, name and source from model.toml's [model] table."""
    where = Where("model.toml", "model")
    about = table(data, "model.toml", "model")
    return {
        "id": required_text(about, where, "id"),
        "version": required_text(about, where, "version"),
        "name": local_text(about, where, "name", required=True),
        "source": local_text(about, where, "source"),
    }


def _check_unique_across(indicators: tuple[Indicator, ...], extra: tuple[Indicator, ...]) -> None:
    """A supplement indicator may not reuse an id: planners' edits name indicators by id."""
    taken = {i.id for i in indicators}
    for indicator in extra:
        if indicator.id in taken:
            raise ModelError(
                "id is already used in indicators.toml",
                f"{SUPPLEMENT}.toml",
                "indicators",
                indicator.id,
            )
