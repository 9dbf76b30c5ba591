"""After an edit of the tree, the strategies or the districts: the other tables made to fit
(the loader checks every cross-reference). Ratings of criteria that are no longer leaves and of
removed strategies go, new leaf × strategy pairs get a default rating; judgments keep the pairs
whose items are still together under their node (new pairs stay missing); indicators of a
criterion that is no longer a leaf are unlinked (kept, criterion ""); values of removed districts
go."""

from __future__ import annotations

from typing import Any

from criteria.hierarchy import Hierarchy
from strategies.model import ModelError
from strategies.model_edit.errors import ModelEditError
from strategies.model_parts import read_hierarchy

# A new leaf or strategy is rated in the middle of the scale for every pair, with this reason:
# equal ratings favour no strategy until the planner rates them.
UNRATED_REASON = {
    "reason_zh": "模型编辑时新增，尚未评定（取中间等级）。",
    "reason_en": "Added in the model editor; not rated yet (the middle level).",
}


def hierarchy_of(tables: dict[str, Any]) -> Hierarchy:
    try:
        return read_hierarchy(tables["criteria"])
    except ModelError as error:
        raise ModelEditError(f"the criteria would not load: {error}") from None


def fit_tables(tables: dict[str, Any]) -> None:
    """Make ratings, judgments and indicators fit the tables' criteria, strategies and
    districts (in place)."""
    hierarchy = hierarchy_of(tables)
    strategies = [r["id"] for r in tables["strategies"].get("strategies", [])]
    districts = {r["id"] for r in tables["districts"].get("districts", [])}
    _fit_ratings(tables["ratings"], hierarchy.leaves, strategies)
    _fit_judgments(tables["judgments"], hierarchy)
    for name in ("indicators", "supplement_public"):
        for record in tables.get(name, {}).get("indicators", []):
            _fit_indicator(record, hierarchy.leaves, districts)


def _fit_ratings(ratings: dict, leaves: tuple[str, ...], strategies: list[str]) -> None:
    rows = [
        row
        for row in ratings.get("ratings", [])
        if row.get("criterion") in leaves and row.get("strategy") in strategies
    ]
    rated = {(row["strategy"], row["criterion"]) for row in rows}
    levels = ratings["scale"]["levels"]
    middle = levels[(len(levels) - 1) // 2]
    for strategy in strategies:
        for leaf in leaves:
            if (strategy, leaf) not in rated:
                rows.append(
                    {"strategy": strategy, "criterion": leaf, "level": middle, **UNRATED_REASON}
                )
    ratings["ratings"] = rows


def _fit_judgments(judgments: dict, hierarchy: Hierarchy) -> None:
    kept = []
    for entry in judgments.get("nodes", []):
        node = entry.get("node")
        if node not in hierarchy.inner_nodes:
            continue
        items = set(hierarchy.children(node))
        pairs = [p for p in entry.get("pairs", []) if p[0] in items and p[1] in items]
        kept.append({**entry, "pairs": pairs})
    if kept or "nodes" in judgments:
        judgments["nodes"] = kept


def _fit_indicator(record: dict, leaves: tuple[str, ...], districts: set[str]) -> None:
    if record.get("criterion") and record["criterion"] not in leaves:
        record["criterion"] = ""
    if record.get("scope") != "district" or not isinstance(record.get("values"), dict):
        return
    record["values"] = {p: v for p, v in record["values"].items() if p in districts}
    for key in ("printed", "place_names_zh", "place_names_en"):
        if isinstance(record.get(key), dict):
            record[key] = {p: v for p, v in record[key].items() if p in record["values"]}
