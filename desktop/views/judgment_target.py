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

    def expert_checks(self, document: Document):
        """Each counted expert's CR at this node, and who left it blank (node_consistency)."""
        return _expert_checks(document, self.node, strategies=False)

    def left_blank(self, document: Document) -> bool:
        """The chosen expert (not the lead) left this node blank: the editors show the lead's."""
        return _left_blank(document, "criteria_judgments", self.node)


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

    def expert_checks(self, document: Document):
        return _expert_checks(document, self.criterion, strategies=True)

    def left_blank(self, document: Document) -> bool:
        return _left_blank(document, "strategy_judgments", self.criterion)


def _left_blank(document: Document, field: str, node: str) -> bool:
    from strategies.panel.session_panel import lead

    chosen, session = document.chosen_expert, document.session
    if chosen is None or chosen == lead(session).id:
        return False
    return node not in getattr(session.experts.expert(chosen), field)


def _expert_checks(document: Document, node: str, strategies: bool):
    from strategies.panel.consistency import node_consistency
    from strategies.panel.session_panel import judging_panel

    session = document.session
    return node_consistency(
        judging_panel(session), node, session.random_index, document.cache, strategies
    )
