"""What a ranking should be read with: judgments that fail the consistency check, and how much
of each district's need rests on district data rather than on a mean standing in for it.

Computed here, once, from an Evaluation; the window, the exports and the command line only
put it into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from criteria.ahp import NodeWeights
from strategies.coverage import coverage
from strategies.evaluation import Evaluation

CRITERIA_NODE = "criteria"  # a node of the criteria hierarchy
STRATEGIES_NODE = "strategies"  # the strategies judged pairwise under a leaf criterion


@dataclass(frozen=True)
class JudgmentWarning:
    """A judged node to read with care: its CR exceeds the threshold, or pairs are missing.

    ``consistency_ratio`` is that of the completed matrix when pairs are missing (None for
    fewer than 3 items). ``node`` is a hierarchy node, or for STRATEGIES_NODE the criterion
    the strategies are judged under.
    """

    node: str
    kind: str
    consistency_ratio: float | None
    threshold: float | None
    complete: bool

    @property
    def inconsistent(self) -> bool:
        """The CR is above the threshold for this matrix size (the consistency check fails)."""
        return (
            self.consistency_ratio is not None
            and self.threshold is not None
            and self.consistency_ratio > self.threshold + 1e-12
        )


@dataclass(frozen=True)
class DistrictEvidence:
    """Which criteria's need in one district rests on its own data, and which (``neutral``)
    stand in with a mean (criteria.indicators.fill_unmeasured_need)."""

    district: str
    measured: tuple[str, ...]
    neutral: tuple[str, ...]

    @property
    def criteria_count(self) -> int:
        return len(self.measured) + len(self.neutral)


def judgment_warnings(evaluation: Evaluation) -> tuple[JudgmentWarning, ...]:
    """Every judged node that fails the consistency check or is incomplete: criteria nodes in
    hierarchy order, then strategies judged pairwise in criteria order."""
    nodes = [(CRITERIA_NODE, node, result) for node, result in evaluation.weights.nodes.items()]
    nodes += [
        (STRATEGIES_NODE, criterion, evaluation.effectiveness_nodes[criterion])
        for criterion in evaluation.model.criteria
        if criterion in evaluation.effectiveness_nodes
    ]
    found = (_warning(kind, node, result) for kind, node, result in nodes)
    return tuple(w for w in found if w.inconsistent or not w.complete)


def inconsistent_nodes(evaluation: Evaluation) -> tuple[JudgmentWarning, ...]:
    """Only the nodes whose CR is above their threshold (complete or not)."""
    return tuple(w for w in judgment_warnings(evaluation) if w.inconsistent)


def district_evidence(evaluation: Evaluation) -> tuple[DistrictEvidence, ...]:
    """Per district (model order): criteria whose need comes from indicator values, and
    criteria given a mean need because the district has no usable value."""
    grid = coverage(evaluation)
    return tuple(
        DistrictEvidence(
            district,
            tuple(cell.criterion for cell in grid.row(district) if not cell.neutral),
            tuple(cell.criterion for cell in grid.row(district) if cell.neutral),
        )
        for district in grid.districts
    )


def _warning(kind: str, node: str, result: NodeWeights) -> JudgmentWarning:
    return JudgmentWarning(node, kind, result.consistency_ratio, result.threshold, result.complete)
