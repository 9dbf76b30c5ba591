"""Pairwise judgments of one node on Saaty's scale, validated and stored once per pair."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from types import MappingProxyType

SCALE_MIN = 1.0 / 9.0
SCALE_MAX = 9.0
# Reciprocals typed as decimals (0.111 for 1/9) must still count as on the scale.
_SCALE_TOLERANCE = 1e-3


class JudgmentProblem(Enum):
    NOT_A_NUMBER = "not_a_number"
    NOT_POSITIVE = "not_positive"
    OUT_OF_SCALE = "out_of_scale"
    SELF_PAIR = "self_pair"
    UNKNOWN_ITEM = "unknown_item"
    CONFLICTING_DUPLICATE = "conflicting_duplicate"
    DISCONNECTED = "disconnected"
    DUPLICATE_ITEM = "duplicate_item"


_MESSAGES = {
    JudgmentProblem.NOT_A_NUMBER: "is not a number",
    JudgmentProblem.NOT_POSITIVE: "must be greater than 0",
    JudgmentProblem.OUT_OF_SCALE: "is outside Saaty's scale 1/9 … 9",
    JudgmentProblem.SELF_PAIR: "compares an item with itself",
    JudgmentProblem.UNKNOWN_ITEM: "names an item that is not in this node",
    JudgmentProblem.CONFLICTING_DUPLICATE: "conflicts with another judgment of the same pair",
    JudgmentProblem.DISCONNECTED: "leaves items without any judgment linking them to the rest",
    JudgmentProblem.DUPLICATE_ITEM: "lists the same item twice",
}


_NO_VALUE = object()


class JudgmentError(ValueError):
    """A pairwise judgment that cannot be accepted; carries what, where and which value."""

    def __init__(
        self,
        problem: JudgmentProblem,
        node: str,
        pair: tuple[str, ...] = (),
        value: object = _NO_VALUE,
        detail: str = "",
    ):
        self.problem = problem
        self.node = node
        self.pair = pair
        self.value = None if value is _NO_VALUE else value
        self.detail = detail
        where = f"node {node!r}" + (f", pair {' vs '.join(pair)}" if pair else "")
        shown = "" if value is _NO_VALUE else f"value {value!r} "
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{where}: {shown}{_MESSAGES[problem]}{extra}")


def check_scale_value(value: object, node: str = "", pair: tuple[str, ...] = ()) -> float:
    """Return value as a float on Saaty's scale or raise JudgmentError saying why not."""
    if isinstance(value, bool):
        raise JudgmentError(JudgmentProblem.NOT_A_NUMBER, node, pair, value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise JudgmentError(JudgmentProblem.NOT_A_NUMBER, node, pair, value) from None
    if math.isnan(number):
        raise JudgmentError(JudgmentProblem.NOT_A_NUMBER, node, pair, value)
    if number <= 0:
        raise JudgmentError(JudgmentProblem.NOT_POSITIVE, node, pair, value)
    if not SCALE_MIN - _SCALE_TOLERANCE / 9 <= number <= SCALE_MAX + _SCALE_TOLERANCE:
        raise JudgmentError(JudgmentProblem.OUT_OF_SCALE, node, pair, value)
    return min(max(number, SCALE_MIN), SCALE_MAX)


@dataclass(frozen=True)
class PairwiseJudgments:
    """The judgments of one node: items in display order and one value per judged pair.

    A value v for (a, b) means "a is v times as important as b"; (b, a) is 1/v by implication.
    Pairs not stored are missing. Build through ``from_pairs`` or change through
    ``with_value``; both validate.

    Judgments normally link every item to the others (connected). A node whose items changed
    in a model edit may not be: its new pairs start missing (``from_pairs(...,
    require_connected=False)``), and it is weighed provisionally (criteria.ahp) until the
    planner judges enough pairs. ``with_value`` never makes connected judgments disconnected.
    """

    node: str
    items: tuple[str, ...]
    _values: Mapping[tuple[str, str], float] = field(repr=False)

    @classmethod
    def from_pairs(
        cls,
        node: str,
        items: Iterable[str],
        pairs: Iterable[tuple[str, str, object]],
        *,
        require_connected: bool = True,
    ) -> PairwiseJudgments:
        items = tuple(items)
        positions = _positions(node, items)
        values: dict[tuple[str, str], float] = {}
        for a, b, raw in pairs:
            key, value = _canonical(node, items, positions, a, b, raw)
            if key in values and not math.isclose(values[key], value, rel_tol=1e-9):
                shown = (a, b)
                raise JudgmentError(
                    JudgmentProblem.CONFLICTING_DUPLICATE,
                    node,
                    shown,
                    raw,
                    f"already given as {_as_given(values[key], key, shown):g}",
                )
            values[key] = value
        judgments = cls(node, items, MappingProxyType(values))
        if require_connected:
            judgments.check_connected()
        return judgments

    @classmethod
    def neutral(cls, node: str, items: Iterable[str]) -> PairwiseJudgments:
        """Every pair judged equally important."""
        items = tuple(items)
        pairs = [(a, b, 1.0) for i, a in enumerate(items) for b in items[i + 1 :]]
        return cls.from_pairs(node, items, pairs)

    def value(self, a: str, b: str) -> float | None:
        """How much a is preferred to b, or None if the pair is missing."""
        if a == b:
            return 1.0
        key = self._key(a, b)
        stored = self._values.get(key)
        if stored is None:
            return None
        return stored if key == (a, b) else 1.0 / stored

    def with_value(self, a: str, b: str, value: object | None) -> PairwiseJudgments:
        """A copy with (a, b) set to value, or made missing when value is None (refused when
        that would leave connected judgments disconnected)."""
        values = dict(self._values)
        if value is None:
            values.pop(self._key(a, b), None)
        else:
            key, number = _canonical(self.node, self.items, self._position, a, b, value)
            values[key] = number
        changed = PairwiseJudgments(self.node, self.items, MappingProxyType(values))
        if value is None and self.is_connected():
            changed.check_connected()
        return changed

    def pairs(self) -> tuple[tuple[str, str, float], ...]:
        """The judged pairs, (a, b, value) with a before b in item order."""
        return tuple((a, b, v) for (a, b), v in sorted(self._values.items(), key=self._order))

    def all_pairs(self) -> tuple[tuple[str, str, float | None], ...]:
        """Every pair of items in item order, with None for missing ones."""
        items = self.items
        return tuple((a, b, self.value(a, b)) for i, a in enumerate(items) for b in items[i + 1 :])

    def missing_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((a, b) for a, b, v in self.all_pairs() if v is None)

    @property
    def is_complete(self) -> bool:
        return not self.missing_pairs()

    def is_connected(self) -> bool:
        """True when judgments link every item to every other, directly or through others."""
        if len(self.items) <= 1:
            return True
        neighbours: dict[str, list[str]] = {}
        for a, b in self._values:
            neighbours.setdefault(a, []).append(b)
            neighbours.setdefault(b, []).append(a)
        reached = {self.items[0]}
        frontier = [self.items[0]]
        while frontier:  # each pair is looked at twice: linear in items and pairs
            for other in neighbours.get(frontier.pop(), ()):
                if other not in reached:
                    reached.add(other)
                    frontier.append(other)
        return len(reached) == len(self.items)

    def check_connected(self) -> None:
        if not self.is_connected():
            raise JudgmentError(
                JudgmentProblem.DISCONNECTED,
                self.node,
                detail=f"{len(self._values)} of {self.pair_count} pairs judged",
            )

    @property
    def pair_count(self) -> int:
        n = len(self.items)
        return n * (n - 1) // 2

    @cached_property
    def _position(self) -> dict[str, int]:
        """Each item's place in items (tuple.index would make loops over pairs quadratic)."""
        return {item: index for index, item in enumerate(self.items)}

    def _key(self, a: str, b: str) -> tuple[str, str]:
        return (a, b) if self._position[a] < self._position[b] else (b, a)

    def _order(self, entry: tuple[tuple[str, str], float]) -> tuple[int, int]:
        (a, b), _ = entry
        return self._position[a], self._position[b]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PairwiseJudgments):
            return NotImplemented
        return (self.node, self.items, dict(self._values)) == (
            other.node,
            other.items,
            dict(other._values),
        )

    def __hash__(self) -> int:
        return hash((self.node, self.items, tuple(sorted(self._values.items()))))


def _positions(node: str, items: tuple[str, ...]) -> dict[str, int]:
    """Each item's place, refusing an item listed twice."""
    positions: dict[str, int] = {}
    for index, item in enumerate(items):
        if item in positions:
            raise JudgmentError(JudgmentProblem.DUPLICATE_ITEM, node, (item,))
        positions[item] = index
    return positions


def _canonical(
    node: str, items: tuple[str, ...], positions: Mapping[str, int], a: str, b: str, raw: object
) -> tuple[tuple[str, str], float]:
    pair = (a, b)
    for item in pair:
        if item not in positions:
            raise JudgmentError(
                JudgmentProblem.UNKNOWN_ITEM,
                node,
                pair,
                raw,
                f"{item!r} is not one of {_some(items)}",
            )
    if a == b:
        raise JudgmentError(JudgmentProblem.SELF_PAIR, node, pair, raw)
    value = check_scale_value(raw, node, pair)
    if positions[a] < positions[b]:
        return (a, b), value
    return (b, a), 1.0 / value


def _some(items: tuple[str, ...], shown: int = 8) -> str:
    listed = ", ".join(items[:shown])
    return listed if len(items) <= shown else f"{listed} … ({len(items)} in all)"


def _as_given(stored: float, key: tuple[str, str], shown: tuple[str, str]) -> float:
    return stored if key == shown else 1.0 / stored
