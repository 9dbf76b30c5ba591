"""What a Monte Carlo run perturbs: every judged pair of every node, as arrays.

Missing pairs are not judgments, so they carry no noise of their own, but they are completed
anew in every sample from that sample's judgments (the λ_max-optimal completion of
``criteria.completion``, started from today's completion), as ahpy would complete them had the
planner entered those judgments. Keeping today's completion fixed instead would tie the missing
entries to today's judgments and make rare ranks far too unlikely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from criteria.ahp import NodeWeights
from criteria.completion import complete_optimally
from criteria.hierarchy import Hierarchy
from criteria.judgments import SCALE_MAX, PairwiseJudgments
from strategies.effectiveness import DEFAULT_SYNTHESIS, Synthesis
from strategies.evaluation import Evaluation

_LOG_SCALE_MAX = float(np.log(SCALE_MAX))


def _no_pairs() -> np.ndarray:
    return np.zeros(0, dtype=int)


@dataclass(frozen=True, eq=False)
class JudgmentNode:
    """One node's completed matrix [n, n], its judged pairs (i < j), the ones perturbed, and
    its missing pairs (i < j), the ones completed again in every sample."""

    node: str
    matrix: np.ndarray
    rows: np.ndarray
    columns: np.ndarray
    missing_rows: np.ndarray = field(default_factory=_no_pairs)
    missing_columns: np.ndarray = field(default_factory=_no_pairs)

    @classmethod
    def from_judgments(cls, judgments: PairwiseJudgments, weights: NodeWeights) -> JudgmentNode:
        judged = _positions(judgments.items, [(a, b) for a, b, _ in judgments.pairs()])
        missing = _positions(judgments.items, judgments.missing_pairs())
        return cls(
            judgments.node,
            np.asarray(weights.completed_matrix, dtype=float),
            judged[:, 0],
            judged[:, 1],
            missing[:, 0],
            missing[:, 1],
        )

    @property
    def size(self) -> int:
        return self.matrix.shape[0]

    @property
    def pair_count(self) -> int:
        return int(self.rows.size)

    def perturbed(self, noise: np.ndarray) -> np.ndarray:
        """Matrices [x, n, n]: each judged a_ij·exp(noise), clipped to 1/9 … 9, kept reciprocal."""
        matrices = np.broadcast_to(self.matrix, (noise.shape[0], self.size, self.size)).copy()
        logs = np.clip(
            np.log(self.matrix[self.rows, self.columns]) + noise, -_LOG_SCALE_MAX, _LOG_SCALE_MAX
        )
        matrices[:, self.rows, self.columns] = np.exp(logs)
        matrices[:, self.columns, self.rows] = np.exp(-logs)
        return matrices

    def sampled(self, noise: np.ndarray) -> np.ndarray:
        """Matrices [x, n, n] of the samples: perturbed, then their missing pairs completed."""
        return complete_optimally(self.perturbed(noise), self.missing_rows, self.missing_columns)


def _positions(items: tuple[str, ...], pairs: Iterable[tuple[str, str]]) -> np.ndarray:
    """Item positions [pair, 2] of (a, b) pairs."""
    return np.array([(items.index(a), items.index(b)) for a, b in pairs], dtype=int).reshape(-1, 2)


@dataclass(frozen=True)
class WeightTree:
    """How local weights multiply into global leaf weights.

    ``branches`` lists, per inner node in walk order, its position in ``nodes`` and its
    children's positions; ``leaves`` are the positions of the leaf criteria in model order.
    """

    nodes: tuple[str, ...]
    branches: tuple[tuple[int, tuple[int, ...]], ...]
    leaves: tuple[int, ...]

    @classmethod
    def from_hierarchy(cls, hierarchy: Hierarchy) -> WeightTree:
        nodes = hierarchy.walk()
        position = {node: index for index, node in enumerate(nodes)}
        branches = tuple(
            (position[node], tuple(position[c] for c in hierarchy.children(node)))
            for node in hierarchy.inner_nodes
        )
        return cls(nodes, branches, tuple(position[leaf] for leaf in hierarchy.leaves))

    def leaf_weights(self, local: Sequence[np.ndarray]) -> np.ndarray:
        """Global leaf weights [x, c] from each inner node's local weights [x, n_i]."""
        samples = local[0].shape[0]
        global_weights = np.ones((samples, len(self.nodes)))
        for (node, children), weights in zip(self.branches, local, strict=True):
            global_weights[:, children] = global_weights[:, node, np.newaxis] * weights
        return global_weights[:, self.leaves]


@dataclass(frozen=True, eq=False)
class MonteCarloProblem:
    """Judgment nodes, the fixed arrays and today's priorities [d, s] to compare against.

    ``effectiveness_nodes`` pairs a column of ``effectiveness`` with the node of the strategies'
    pairwise judgments under that criterion; rated columns stay fixed. Each sample's weights
    of such a node are synthesised as ``synthesis`` says, as the evaluation's column was.
    """

    tree: WeightTree
    criteria_nodes: tuple[JudgmentNode, ...]
    effectiveness: np.ndarray
    effectiveness_nodes: tuple[tuple[int, JudgmentNode], ...]
    need: np.ndarray
    alpha: float
    random_index: str
    reference_priorities: np.ndarray
    synthesis: Synthesis = DEFAULT_SYNTHESIS

    @property
    def judgment_nodes(self) -> tuple[JudgmentNode, ...]:
        """Criteria nodes, then strategy nodes: the order noise is drawn in."""
        return self.criteria_nodes + tuple(node for _, node in self.effectiveness_nodes)

    @classmethod
    def from_evaluation(cls, evaluation: Evaluation) -> MonteCarloProblem:
        session, hierarchy = evaluation.session, evaluation.model.hierarchy
        criteria_nodes = tuple(
            JudgmentNode.from_judgments(
                session.criteria_judgments[node], evaluation.weights.nodes[node]
            )
            for node in hierarchy.inner_nodes
        )
        columns = evaluation.model.criteria
        strategy_nodes = tuple(
            (
                columns.index(criterion),
                JudgmentNode.from_judgments(_strategy_judgments(evaluation, criterion), weights),
            )
            for criterion, weights in evaluation.effectiveness_nodes.items()
        )
        return cls(
            WeightTree.from_hierarchy(hierarchy),
            criteria_nodes,
            evaluation.effectiveness,
            strategy_nodes,
            evaluation.need.need,
            session.alpha,
            session.random_index,
            evaluation.priorities,
            session.synthesis,
        )


def _strategy_judgments(evaluation: Evaluation, criterion: str) -> PairwiseJudgments:
    judged = evaluation.session.strategy_judgments.get(criterion)
    return judged or PairwiseJudgments.neutral(criterion, evaluation.model.strategy_ids)
