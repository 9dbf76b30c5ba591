"""An expert of a panel and the panel itself, as immutable values.

An expert's judgment fields mirror the Session's (``criteria_judgments``, ``ratings``,
``strategy_judgments``), so that a session holding experts needs no new kind of judgment. All
of an expert's judgments are optional and may be partial: a criteria node an expert left wholly
blank, like a rating or a strategy node they did not give, is left to the others who judged it
(see ``strategies.panel.combined``). A node that no expert taking part judged has no combined
judgments at all: ``check_answered`` refuses such a panel (``UnansweredNodeError``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from criteria.judgments import PairwiseJudgments
from strategies.model import PlanningModel


class PanelError(ValueError):
    """A panel value that cannot be accepted: which expert, which field, what is wrong."""

    def __init__(self, expert: str, field_name: str, message: str):
        self.expert = expert
        self.field = field_name
        self.message = message
        super().__init__(f"expert {expert!r}, {field_name}: {message}")


def _empty() -> Mapping:
    return MappingProxyType({})


@dataclass(frozen=True)
class Expert:
    id: str
    name: str
    organisation: str = ""  # or role
    weight: float = 1.0
    included: bool = True
    note: str = ""
    criteria_judgments: Mapping[str, PairwiseJudgments] = field(default_factory=_empty)
    ratings: Mapping[tuple[str, str], str] = field(default_factory=_empty)
    strategy_judgments: Mapping[str, PairwiseJudgments] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise PanelError(str(self.id), "id", "must be a non-empty text")
        _check_weight(self.id, self.weight)
        for name in ("criteria_judgments", "strategy_judgments"):
            _check_nodes(self.id, name, getattr(self, name))
        for name in ("criteria_judgments", "ratings", "strategy_judgments"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    @property
    def takes_part(self) -> bool:
        """Included and weighing something: the experts every combination uses."""
        return self.included and self.weight > 0

    def with_criteria_judgments(self, judgments: PairwiseJudgments) -> Expert:
        return replace(
            self, criteria_judgments={**self.criteria_judgments, judgments.node: judgments}
        )

    def with_strategy_judgments(self, judgments: PairwiseJudgments) -> Expert:
        return replace(
            self, strategy_judgments={**self.strategy_judgments, judgments.node: judgments}
        )

    def with_rating(self, strategy: str, criterion: str, level: str) -> Expert:
        return replace(self, ratings={**self.ratings, (strategy, criterion): level})


def _check_weight(expert: str, weight: object) -> None:
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise PanelError(expert, "weight", f"{weight!r} is not a number")
    if not math.isfinite(weight) or weight < 0:
        raise PanelError(expert, "weight", f"{weight!r} must be a finite number ≥ 0")


def _check_nodes(expert: str, name: str, judgments: Mapping[str, PairwiseJudgments]) -> None:
    for node, node_judgments in judgments.items():
        if not isinstance(node_judgments, PairwiseJudgments):
            raise PanelError(expert, f"{name}.{node}", "is not a set of pairwise judgments")
        if node_judgments.node != node:
            raise PanelError(
                expert, f"{name}.{node}", f"holds the judgments of node {node_judgments.node!r}"
            )


@dataclass(frozen=True)
class Panel:
    """The experts in the order the planner keeps them; ids are unique."""

    experts: tuple[Expert, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "experts", tuple(self.experts))
        seen: set[str] = set()
        for expert in self.experts:
            if expert.id in seen:
                raise PanelError(expert.id, "id", "is used by another expert of the panel")
            seen.add(expert.id)

    @property
    def participants(self) -> tuple[Expert, ...]:
        """The experts that count: included, with a weight above 0."""
        return tuple(e for e in self.experts if e.takes_part)

    def participant_weights(self) -> tuple[float, ...]:
        """The participants' weights, normalised to sum to 1."""
        participants = self.participants
        if not participants:
            raise PanelError("", "experts", "no included expert has a weight above 0")
        total = math.fsum(e.weight for e in participants)
        return tuple(e.weight / total for e in participants)

    def expert(self, expert_id: str) -> Expert:
        for expert in self.experts:
            if expert.id == expert_id:
                return expert
        raise KeyError(expert_id)

    def with_expert(self, expert: Expert) -> Panel:
        """A copy with expert replacing the one of the same id, or added at the end."""
        ids = [e.id for e in self.experts]
        if expert.id in ids:
            experts = list(self.experts)
            experts[ids.index(expert.id)] = expert
            return Panel(tuple(experts))
        return Panel((*self.experts, expert))


class UnansweredNodeError(PanelError):
    """No expert taking part judged a criteria node: the panel has no judgments of it."""

    def __init__(self, node: str):
        self.node = node
        super().__init__("", f"criteria_judgments.{node}", "no expert taking part judged it")


def blank_nodes(expert: Expert, nodes: Sequence[str]) -> tuple[str, ...]:
    """The criteria nodes (of nodes, in that order) the expert left wholly blank."""
    return tuple(node for node in nodes if node not in expert.criteria_judgments)


def unanswered_nodes(panel: Panel, nodes: Sequence[str]) -> tuple[str, ...]:
    """The nodes no participant judged (none when nobody takes part: nothing is combined)."""
    participants = panel.participants
    if not participants:
        return ()
    return tuple(n for n in nodes if all(n not in e.criteria_judgments for e in participants))


def check_answered(panel: Panel, nodes: Sequence[str]) -> None:
    """Raise UnansweredNodeError for the first node no participant judged."""
    for node in unanswered_nodes(panel, nodes):
        raise UnansweredNodeError(node)


def check_panel(panel: Panel, model: PlanningModel) -> None:
    """Raise PanelError naming the expert and field where the panel does not fit the model:
    judgments of other items, strategy judgments or ratings the model does not have, or a
    criteria node no participant judged (an expert may leave a node blank; not everyone)."""
    hierarchy = model.hierarchy
    for expert in panel.experts:
        for node, judgments in expert.criteria_judgments.items():
            if node not in hierarchy.inner_nodes:
                raise PanelError(expert.id, f"criteria_judgments.{node}", "is no judged node")
            if judgments.items != hierarchy.children(node):
                raise PanelError(
                    expert.id, f"criteria_judgments.{node}", f"judges items {judgments.items}"
                )
        _check_strategy_fields(expert, model)
    check_answered(panel, hierarchy.inner_nodes)


def _check_strategy_fields(expert: Expert, model: PlanningModel) -> None:
    for criterion, judgments in expert.strategy_judgments.items():
        if criterion not in model.criteria or judgments.items != model.strategy_ids:
            raise PanelError(
                expert.id, f"strategy_judgments.{criterion}", "does not match the model"
            )
    levels = model.rating_scale.levels
    strategies, criteria = frozenset(model.strategy_ids), frozenset(model.criteria)  # linear
    for (strategy, criterion), level in expert.ratings.items():
        where = f"ratings.{strategy}.{criterion}"
        if strategy not in strategies or criterion not in criteria:
            raise PanelError(expert.id, where, "names no strategy and criterion of the model")
        if level not in levels:
            raise PanelError(expert.id, where, f"{level!r} is not one of {', '.join(levels)}")
