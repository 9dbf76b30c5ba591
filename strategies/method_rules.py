"""Rules the method applies where the inputs leave no ordinary choice, found for one
evaluation so that the window, the exports and the command line can say where each applies.

- A criterion no strategy serves (every rating at zero intensity) cannot tell the strategies
  apart; what each strategy then gets is read from the effectiveness matrix, so the words
  follow whatever the active effectiveness mode does.
- Indicators scored min–max although ratio to best was chosen (ordinal levels on their level
  index; values below zero), see ``criteria.indicators.scoring_used``.
- Judgments between the steps of Saaty's scale (2.5), used as typed, not rounded.
- Nodes with more items than Saaty advises comparing at once (7 ± 2): allowed, and said.
"""

from __future__ import annotations

from dataclasses import dataclass

from criteria.indicators import Scoring, scoring_used
from criteria.item_limits import ADVISED_MAX_ITEMS, beyond_advice
from criteria.verbal_scale import is_scale_value, nearest_scale_value
from strategies.caveats import CRITERIA_NODE, STRATEGIES_NODE
from strategies.evaluation import Evaluation, effective_indicators
from strategies.evaluation import unserved_criteria as criteria_no_strategy_serves


@dataclass(frozen=True)
class UnservedCriterion:
    """Every strategy is rated at zero intensity on ``criterion``; each gets ``share``."""

    criterion: str
    share: float


@dataclass(frozen=True)
class IndicatorScoring:
    """An indicator entering the need that is not scored by the chosen normalisation."""

    indicator: str
    criterion: str
    scoring: str  # a criteria.indicators.Scoring value


@dataclass(frozen=True)
class OffScaleJudgment:
    """A judgment between two steps of Saaty's scale, used as typed."""

    kind: str  # CRITERIA_NODE or STRATEGIES_NODE
    node: str
    first: str
    second: str
    value: float
    nearest_scale_value: float


@dataclass(frozen=True)
class CrowdedNode:
    """A judged node with more items than Saaty advises comparing at once (a warning: the
    judgments of so many items tend to be less consistent; the node is used as it is)."""

    kind: str  # CRITERIA_NODE or STRATEGIES_NODE
    node: str
    items: int
    advised: int = ADVISED_MAX_ITEMS


@dataclass(frozen=True)
class MethodRules:
    unserved_criteria: tuple[UnservedCriterion, ...]
    indicator_scoring: tuple[IndicatorScoring, ...]
    off_scale_judgments: tuple[OffScaleJudgment, ...]
    crowded_nodes: tuple[CrowdedNode, ...] = ()


def method_rules(evaluation: Evaluation) -> MethodRules:
    """Where each rule applies in this evaluation."""
    return MethodRules(
        unserved_criteria(evaluation),
        indicator_scoring(evaluation),
        off_scale_judgments(evaluation),
        crowded_nodes(evaluation),
    )


def crowded_nodes(evaluation: Evaluation) -> tuple[CrowdedNode, ...]:
    """Criteria nodes, then criteria whose strategies are judged pairwise, holding more items
    than Saaty's 7 ± 2."""
    judged = [(CRITERIA_NODE, node, r.items) for node, r in evaluation.weights.nodes.items()]
    judged += [(STRATEGIES_NODE, c, r.items) for c, r in evaluation.effectiveness_nodes.items()]
    return tuple(
        CrowdedNode(kind, node, len(items))
        for kind, node, items in judged
        if beyond_advice(len(items))
    )


def unserved_criteria(evaluation: Evaluation) -> tuple[UnservedCriterion, ...]:
    """Rated criteria on which every strategy's rating has zero intensity (model order)."""
    model = evaluation.model
    return tuple(
        UnservedCriterion(
            criterion, float(evaluation.effectiveness[0, model.criteria.index(criterion)])
        )
        for criterion in criteria_no_strategy_serves(model, evaluation.session)
    )


def indicator_scoring(evaluation: Evaluation) -> tuple[IndicatorScoring, ...]:
    """Indicators entering the need whose scoring differs from the chosen normalisation."""
    chosen = Scoring(evaluation.session.normalisation.value)
    criteria = evaluation.model.criteria
    return tuple(
        IndicatorScoring(indicator.id, indicator.criterion, used.value)
        for indicator in effective_indicators(evaluation.model, evaluation.session)
        if indicator.informs_districts
        and indicator.criterion in criteria
        and (used := scoring_used(indicator, evaluation.session.normalisation)) is not chosen
    )


def off_scale_judgments(evaluation: Evaluation) -> tuple[OffScaleJudgment, ...]:
    """Judgments between scale steps: criteria nodes, then strategies judged pairwise."""
    session = evaluation.session
    nodes = [(CRITERIA_NODE, node) for node in evaluation.weights.nodes]
    sources = {
        CRITERIA_NODE: session.criteria_judgments,
        STRATEGIES_NODE: session.strategy_judgments,
    }
    nodes += [
        (STRATEGIES_NODE, c)
        for c in evaluation.model.criteria
        if c in evaluation.effectiveness_nodes
    ]
    return tuple(
        OffScaleJudgment(kind, node, first, second, value, nearest_scale_value(value))
        for kind, node in nodes
        if node in sources[kind]
        for first, second, value in sources[kind][node].pairs()
        if not is_scale_value(value)
    )
