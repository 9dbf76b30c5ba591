"""The planning model: hierarchy, strategies, districts, indicators and defaults, read from
a folder of TOML files (``resources/foshan`` ships with the app)."""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from criteria.hierarchy import Hierarchy, hierarchy_from_records
from criteria.indicators import Indicator, indicator_from_record
from criteria.judgments import PairwiseJudgments
from criteria.text import LocalText
from strategies.catalogue import District, Strategy, district_from_record, strategy_from_record
from strategies.effectiveness import RatingScale

_FILES = ("model", "criteria", "strategies", "districts", "indicators", "ratings", "judgments")
_SUPPLEMENT = "supplement_public"


class ModelError(ValueError):
    """The model data cannot be read (which file, what is wrong)."""


@dataclass(frozen=True)
class DefaultRating:
    level: str
    reason: LocalText


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
    """Read and check a model folder; raise ModelError naming the file and the problem."""
    folder = folder or default_model_dir()
    data = {name: _read_toml(folder / f"{name}.toml") for name in _FILES}
    supplement_path = folder / f"{_SUPPLEMENT}.toml"
    supplement = _read_toml(supplement_path) if supplement_path.exists() else {}
    try:
        return _build(data, supplement)
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"model folder {folder}: {error}") from None


def content_hash(data: Mapping) -> str:
    """SHA-256 of the model's data in canonical JSON: changes when any figure or name does."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ModelError(f"{path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ModelError(f"{path}: {error}") from None


def _build(data: Mapping[str, dict], supplement: dict) -> PlanningModel:
    criteria = data["criteria"]
    hierarchy = hierarchy_from_records(criteria["goal"], criteria["layers"], criteria["criteria"])
    strategies = tuple(strategy_from_record(r) for r in data["strategies"]["strategies"])
    districts = tuple(district_from_record(r) for r in data["districts"]["districts"])
    scale_record = data["ratings"]["scale"]
    scale = RatingScale(
        tuple(scale_record["levels"]),
        tuple(
            LocalText(zh, en)
            for zh, en in zip(scale_record["labels_zh"], scale_record["labels_en"], strict=True)
        ),
        tuple(float(v) for v in scale_record["values"]),
    )
    model = data["model"]["model"]
    return PlanningModel(
        id=str(model["id"]),
        version=str(model["version"]),
        name=LocalText.from_record(model, "name"),
        source=LocalText.from_record(model, "source"),
        hierarchy=hierarchy,
        strategies=strategies,
        districts=districts,
        indicators=tuple(indicator_from_record(r) for r in data["indicators"]["indicators"]),
        supplement=tuple(
            indicator_from_record(r, origin="public_supplement")
            for r in supplement.get("indicators", ())
        ),
        notes=tuple(data["indicators"].get("notes", ())),
        rating_scale=scale,
        ratings_origin=LocalText.from_record(data["ratings"].get("origin", {}), "note"),
        default_ratings=MappingProxyType(_default_ratings(data["ratings"], scale)),
        default_judgments=MappingProxyType(_default_judgments(data["judgments"], hierarchy)),
        content_hash=content_hash({**data, _SUPPLEMENT: supplement}),
    )


def _default_ratings(ratings: Mapping, scale: RatingScale) -> dict[tuple[str, str], DefaultRating]:
    result = {}
    for record in ratings["ratings"]:
        level = str(record["level"])
        if level not in scale.levels:
            raise ModelError(
                f"ratings.toml: {record['strategy']} × {record['criterion']}: "
                f"level {level!r} is not one of {', '.join(scale.levels)}"
            )
        result[(str(record["strategy"]), str(record["criterion"]))] = DefaultRating(
            level, LocalText.from_record(record, "reason")
        )
    return result


def _default_judgments(judgments: Mapping, hierarchy: Hierarchy) -> dict[str, PairwiseJudgments]:
    given = {str(r["node"]): r["pairs"] for r in judgments.get("nodes", ())}
    return {
        node: PairwiseJudgments.from_pairs(
            node, hierarchy.children(node), (tuple(p) for p in given.get(node, ()))
        )
        if node in given
        else PairwiseJudgments.neutral(node, hierarchy.children(node))
        for node in hierarchy.inner_nodes
    }
