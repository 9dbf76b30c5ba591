"""The one door to ahpy: local weights and consistency of one node.

Builds a fresh ``ahpy.Compare`` per call (ahpy mutates objects it links), puts the weights back
in the node's item order (ahpy sorts them by weight), renormalises the rounded weights and
returns our own frozen result. ahpy is imported on first use, and scipy.optimize (which it
needs only for missing pairs) on the first incomplete node.
"""

from __future__ import annotations

import importlib
import sys
import types
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np

from criteria.judgments import PairwiseJudgments

RANDOM_INDEX_TABLES = {
    "saaty": "Saaty (2005), Theory and Applications of the ANP, p. 31",
    "dd": "Donegan & Dodd (1991), Math. Comput. Modelling 15(10)",
}
DEFAULT_RANDOM_INDEX = "saaty"
# Decimal places ahpy keeps; ours are renormalised afterwards so they sum to 1 exactly.
_PRECISION = 8


def consistency_threshold(size: int) -> float | None:
    """Saaty's acceptance threshold for CR: 0.05 (n=3), 0.08 (n=4), 0.10 (n>4); None below 3."""
    if size < 3:
        return None
    return {3: 0.05, 4: 0.08}.get(size, 0.10)


class Consistency(Enum):
    OK = "ok"
    TOO_INCONSISTENT = "too_inconsistent"
    INCOMPLETE = "incomplete"
    UNDEFINED = "undefined"  # fewer than 3 items: CR has no meaning


@dataclass(frozen=True, eq=False)
class NodeWeights:
    """Local weights of one node's items (in the node's item order) and its consistency."""

    node: str
    items: tuple[str, ...]
    weights: tuple[float, ...]
    consistency_ratio: float | None
    random_index: str
    complete: bool
    completed_matrix: np.ndarray
    # Judgments that do not link every item (a model edit added items whose pairs start
    # missing): weighed as if every missing pair were 1 (equal), until the planner judges them.
    provisional: bool = False
    missing_pairs: int = 0

    @property
    def threshold(self) -> float | None:
        return consistency_threshold(len(self.items))

    @property
    def acceptable(self) -> bool | None:
        """CR within Saaty's threshold; None where CR is undefined."""
        threshold = self.threshold
        if self.consistency_ratio is None or threshold is None:
            return None
        return self.consistency_ratio <= threshold + 1e-12

    @property
    def status(self) -> Consistency:
        if self.consistency_ratio is None:
            return Consistency.UNDEFINED if self.complete else Consistency.INCOMPLETE
        if not self.complete:
            return Consistency.INCOMPLETE
        return Consistency.OK if self.acceptable else Consistency.TOO_INCONSISTENT

    @property
    def cr_status(self) -> Consistency:
        """The check of the CR alone, whether or not pairs are missing: a completed matrix
        is judged by the same threshold as a complete one."""
        if self.consistency_ratio is None:
            return Consistency.UNDEFINED
        return Consistency.OK if self.acceptable else Consistency.TOO_INCONSISTENT

    def weight(self, item: str) -> float:
        return self.weights[self.items.index(item)]

    def as_dict(self) -> dict[str, float]:
        return dict(zip(self.items, self.weights, strict=True))


def node_weights(
    judgments: PairwiseJudgments, random_index: str = DEFAULT_RANDOM_INDEX
) -> NodeWeights:
    """Weights and CR of one node's judgments through ahpy."""
    if random_index not in RANDOM_INDEX_TABLES:
        raise ValueError(
            f"unknown random index table {random_index!r}; "
            f"use one of {', '.join(RANDOM_INDEX_TABLES)}"
        )
    items = judgments.items
    if len(items) == 1:
        return NodeWeights(judgments.node, items, (1.0,), None, random_index, True, np.ones((1, 1)))
    provisional = not judgments.is_connected()
    compare = _ahpy_compare(
        _equal_where_missing(judgments) if provisional else judgments, random_index
    )
    raw = np.array([compare.local_weights[item] for item in items], dtype=float)
    weights = tuple(float(w) for w in raw / raw.sum())
    matrix = _completed_matrix(compare, items)
    cr = float(compare.consistency_ratio) if len(items) >= 3 else None
    missing = len(judgments.missing_pairs())
    return NodeWeights(
        judgments.node, items, weights, cr, random_index, not missing, matrix, provisional, missing
    )


def _equal_where_missing(judgments: PairwiseJudgments) -> PairwiseJudgments:
    """Every missing pair judged 1: the provisional reading of judgments that do not link all
    items (no completion is unique then)."""
    pairs = [(a, b, 1.0 if v is None else v) for a, b, v in judgments.all_pairs()]
    return PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)


def cached_node_weights(
    judgments: PairwiseJudgments, random_index: str, cache: dict | None
) -> NodeWeights:
    """node_weights, remembered in cache (if given) so an edit recomputes only its node."""
    if cache is None:
        return node_weights(judgments, random_index)
    key = (judgments, random_index)
    if key not in cache:
        cache[key] = node_weights(judgments, random_index)
    return cache[key]


class _OnDemandModule(types.ModuleType):
    """Stands in for a module until one of its attributes is first used."""

    def __init__(self, name: str):
        super().__init__(name)
        self.__spec__ = None  # answers the import system without loading the real module

    def __getattr__(self, attribute: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            sys.modules.pop(self.__name__, None)  # (another thread may have got here first)
        real = importlib.import_module(self.__name__)
        return getattr(real, attribute)


def load_completion_solver() -> None:
    """Load scipy.optimize now (about 0.5 s; 1.25 s measured on a busy machine), so that the
    first missing pair a planner leaves does not freeze the window while it loads. Safe from a
    background thread: it imports no Qt, and the import system serialises module loading."""
    _import_ahpy()
    stand_in = sys.modules.get("scipy.optimize")
    if isinstance(stand_in, _OnDemandModule):
        stand_in.__getattr__("minimize_scalar")  # swaps the real module in
    else:
        importlib.import_module("scipy.optimize")


def _import_ahpy() -> types.ModuleType:
    # ahpy imports scipy.optimize (~0.5 s) at its top but needs it only to complete missing
    # pairs; let it load on that first use, so that complete judgments start fast.
    if "ahpy" not in sys.modules and "scipy.optimize" not in sys.modules:
        sys.modules["scipy.optimize"] = _OnDemandModule("scipy.optimize")
    import ahpy

    return ahpy


def _ahpy_compare(judgments: PairwiseJudgments, random_index: str) -> Any:  # an ahpy.Compare
    ahpy = _import_ahpy()

    comparisons = {(a, b): value for a, b, value in judgments.pairs()}
    return ahpy.Compare(
        judgments.node, comparisons, precision=_PRECISION, random_index=random_index
    )


def _completed_matrix(compare: Any, items: tuple[str, ...]) -> np.ndarray:
    # ahpy orders its matrix by first appearance in the comparisons; reorder to ours.
    order = [compare._elements.index(item) for item in items]
    return np.array(compare._matrix, dtype=float)[np.ix_(order, order)]
