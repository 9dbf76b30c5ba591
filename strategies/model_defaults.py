"""The default judgments of a model folder, each read and cross-checked: the rating scale and one
rating for every strategy × criterion (ratings.toml), the criteria judgments (judgments.toml)."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from criteria.hierarchy import Hierarchy
from criteria.judgments import JudgmentError, PairwiseJudgments
from criteria.text import LocalText
from strategies.effectiveness import RatingScale
from strategies.model_records import (
    Where,
    ids,
    local_text,
    numbers,
    records,
    table,
    text,
    texts,
)


@dataclass(frozen=True)
class DefaultRating:
    level: str
    reason: LocalText


def read_scale(data: Mapping, file: str = "ratings.toml") -> RatingScale:
    """Levels worst first, a label in each language and a rising, non-negative intensity each."""
    where = Where(file, "scale")
    scale = table(data, file, "scale")
    levels = texts(scale, where, "levels")
    labels = (texts(scale, where, "labels_zh"), texts(scale, where, "labels_en"))
    values = numbers(scale, where, "values")
    if len(levels) < 2 or len(set(levels)) != len(levels):
        raise where.error("levels must name at least two different levels")
    if any(len(column) != len(levels) for column in (*labels, values)):
        raise where.error("levels, labels_zh, labels_en and values must be as long")
    if not all(label.strip() for column in labels for label in column):
        raise where.error("labels_zh and labels_en must name every level")
    if values[0] < 0 or any(b <= a for a, b in itertools.pairwise(values)):
        raise where.error("values must rise from the worst level and not be negative")
    return RatingScale(
        tuple(levels),
        tuple(LocalText(zh, en) for zh, en in zip(*labels, strict=True)),
        tuple(values),
    )


def read_ratings(
    data: Mapping,
    scale: RatingScale,
    strategies: Sequence[str],
    criteria: Sequence[str],
    file: str = "ratings.toml",
) -> dict[tuple[str, str], DefaultRating]:
    """One rating for every strategy × leaf criterion, each naming known ids and levels."""
    rows = records(data, file, "ratings")
    result: dict[tuple[str, str], DefaultRating] = {}
    known = (frozenset(strategies), frozenset(criteria), frozenset(scale.levels))  # linear time
    for index, record in enumerate(rows):
        here = Where(file, "ratings", f"#{index + 1}")
        strategy, criterion = text(record, here, "strategy"), text(record, here, "criterion")
        here = here.at(f"{strategy} × {criterion}")
        _check_in(strategy, known[0], here, "strategy", "strategies.toml")
        _check_in(criterion, known[1], here, "criterion", "the leaf criteria of criteria.toml")
        level = text(record, here, "level")
        _check_in(level, known[2], here, "level", "[scale] levels")
        if (strategy, criterion) in result:
            raise here.error("this strategy × criterion is rated twice")
        result[(strategy, criterion)] = DefaultRating(level, local_text(record, here, "reason"))
    for pair in ((s, c) for s in strategies for c in criteria):
        if pair not in result:
            raise Where(file, "ratings", " × ".join(pair)).error(
                "rating is missing (every strategy needs one under every leaf criterion)"
            )
    return result


def read_judgments(
    data: Mapping, hierarchy: Hierarchy, file: str = "judgments.toml"
) -> dict[str, PairwiseJudgments]:
    """Each inner node's judgments: those the file gives, neutral for the nodes it leaves out."""
    local_text(table(data, file, "origin", required=False), Where(file, "origin"), "note")
    rows = records(data, file, "nodes", required=False)
    where = Where(file, "nodes")
    given = {}
    for node, record in zip(ids(rows, where, "node"), rows, strict=True):
        here = where.at(node)
        if node not in hierarchy.inner_nodes:
            what = "a leaf criterion" if node in hierarchy.nodes else "not in criteria.toml"
            raise here.error(f"node {node!r} is {what}: only the goal and layers are judged")
        given[node] = _node_judgments(record, here, node, hierarchy.children(node))
    return {
        node: given[node]
        if node in given
        else PairwiseJudgments.neutral(node, hierarchy.children(node))
        for node in hierarchy.inner_nodes
    }


def _node_judgments(
    record: Mapping, here: Where, node: str, items: Sequence[str]
) -> PairwiseJudgments:
    pairs = record.get("pairs")
    if not isinstance(pairs, list) or not all(_is_triple(p) for p in pairs):
        raise here.error('pairs must be a list of ["a", "b", value] triples')
    try:
        # An edited model may leave a node's new pairs missing (weighed provisionally).
        return PairwiseJudgments.from_pairs(
            node, items, (tuple(p) for p in pairs), require_connected=False
        )
    except JudgmentError as error:
        raise here.error(str(error)) from None


def _is_triple(pair: object) -> bool:
    return (
        isinstance(pair, list)
        and len(pair) == 3
        and isinstance(pair[0], str)
        and isinstance(pair[1], str)
    )


def _check_in(value: str, known: Collection[str], here: Where, key: str, where: str) -> None:
    if value not in known:
        raise here.error(f"{key} {value!r} is not in {where}")
