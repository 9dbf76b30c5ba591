"""Where a node's judgments disagree with themselves: worst judgments and intransitive triads."""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import permutations

from criteria.ahp import NodeWeights
from criteria.judgments import SCALE_MAX, SCALE_MIN, PairwiseJudgments
from criteria.verbal_scale import WHOLE_TOLERANCE, nearest_scale_value


@dataclass(frozen=True)
class InconsistentJudgment:
    """A judged pair, how far it is from the weights (≥ 1), and the value that would agree."""

    first: str
    second: str
    value: float
    disagreement: float
    consistent_value: float

    @property
    def nearest_scale_value(self) -> float:
        """The value on Saaty's scale nearest the consistent one, for a planner who keeps to
        the scale."""
        return nearest_scale_value(self.consistent_value)

    @property
    def nearest_changes_judgment(self) -> bool:
        """Whether using the nearest scale value would change the given judgment."""
        return not math.isclose(self.value, self.nearest_scale_value, rel_tol=WHOLE_TOLERANCE)


def most_inconsistent(
    judgments: PairwiseJudgments, weights: NodeWeights, limit: int | None = None
) -> list[InconsistentJudgment]:
    """Judged pairs by e = a_ij·w_j/w_i, worst (largest max(e, 1/e)) first.

    The consistent value w_i/w_j is clipped to the scale so it can be used as it is.
    """
    found = []
    for a, b, value in judgments.pairs():
        ratio = weights.weight(a) / weights.weight(b)
        e = value / ratio
        disagreement = max(e, 1.0 / e)
        consistent = min(max(ratio, SCALE_MIN), SCALE_MAX)
        found.append(InconsistentJudgment(a, b, value, disagreement, consistent))
    found.sort(key=lambda j: j.disagreement, reverse=True)
    return found[:limit] if limit is not None else found


def intransitive_triads(judgments: PairwiseJudgments) -> list[tuple[str, str, str]]:
    """Triads A > B > C > A among judged pairs, each reported once (rotation starting at A)."""
    items = judgments.items
    triads = []
    for a, b, c in permutations(items, 3):
        if items.index(a) > min(items.index(b), items.index(c)):
            continue  # report each cycle once, starting from its first item
        if all(_prefers(judgments, x, y) for x, y in ((a, b), (b, c), (c, a))):
            triads.append((a, b, c))
    return triads


def _prefers(judgments: PairwiseJudgments, a: str, b: str) -> bool:
    value = judgments.value(a, b)
    return value is not None and value > 1.0
