"""What a judgment editor edits: a criteria node, or the strategies under one criterion."""

from __future__ import annotations

from dataclasses import dataclass

from criteria.ahp import NodeWeights
from criteria.judgments import PairwiseJudgments
from desktop.document import Document


@dataclass(frozen=True)
class CriteriaNode:
    """The judgments among the children of one hierarchy node."""

    node: str

    def still_there(self, document: Document) -> bool:
        """False once a model edit removed the node or left it without children."""
        return self.node in document.model.hierarchy.inner_nodes

    def in_place(self, document: Document) -> CriteriaNode:
        """What to edit instead when it is gone: the goal's judgments."""
        return CriteriaNode(document.model.hierarchy.goal)

    def judgments(self, document: Document) -> PairwiseJudgments:
        return document.judgments_session.criteria_judgments[self.node]

    def weights(self, document: Document) -> NodeWeights:
        return document.judged_evaluation.weights.nodes[self.node]

    def apply(
        self,
        document: Document,
        judgments: PairwiseJudgments,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        document.apply_judgment(lambda j: j.with_criteria_judgments(judgments), text, merge_key)

    def item_name(self, document: Document, item: str, lang: str) -> str:
        return document.model.hierarchy.name(item, lang)

    def title(self, document: Document, lang: str) -> str:
        return document.model.hierarchy.name(self.node, lang)


@dataclass(frozen=True)
class StrategiesUnder:
    """The model's strategies judged pairwise under one leaf criterion."""

    criterion: str

    def still_there(self, document: Document) -> bool:
        return self.criterion in document.model.criteria

    def in_place(self, document: Document) -> StrategiesUnder:
        return StrategiesUnder(document.model.criteria[0])

    def judgments(self, document: Document) -> PairwiseJudgments:
        stored = document.judgments_session.strategy_judgments.get(self.criterion)
        return stored or PairwiseJudgments.neutral(self.criterion, document.model.strategy_ids)

    def weights(self, document: Document) -> NodeWeights | None:
        return document.judged_evaluation.effectiveness_nodes.get(self.criterion)

    def apply(
        self,
        document: Document,
        judgments: PairwiseJudgments,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        document.apply_judgment(lambda j: j.with_strategy_judgments(judgments), text, merge_key)

    def item_name(self, document: Document, item: str, lang: str) -> str:
        strategy = document.model.strategy(item)
        return f"{strategy.id} {strategy.name.get(lang)}"

    def title(self, document: Document, lang: str) -> str:
        return document.model.hierarchy.name(self.criterion, lang)
