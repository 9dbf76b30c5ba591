"""The session: everything a planner decided, as one immutable value.

Edits make new sessions through ``dataclasses.replace`` or the ``with_*`` helpers; the file
format lives in ``strategies.session_file``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from criteria.ahp import DEFAULT_RANDOM_INDEX, RANDOM_INDEX_TABLES
from criteria.indicators import Normalisation
from criteria.judgments import PairwiseJudgments
from strategies.effectiveness import DEFAULT_SYNTHESIS, Synthesis
from strategies.imported_data import DistrictData
from strategies.panel.experts import Expert, Panel
from strategies.panel.methods import DEFAULT_AGGREGATION, Aggregation

DEFAULT_ALPHA = 0.5
LEAD_EXPERT = "planner"  # the id of the expert an older file's judgments become
RATINGS_MODE = "ratings"
PAIRWISE_MODE = "pairwise"


class SessionError(ValueError):
    """A session value that cannot be accepted (which field, what is wrong)."""

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


@dataclass(frozen=True)
class MonteCarloSettings:
    """Multiplicative judgment noise: each judgment times exp(N(0, spread))."""

    spread: float = 0.2
    samples: int = 2000
    seed: int = 20171
    discard_inconsistent: bool = False


@dataclass(frozen=True)
class IndicatorEdit:
    """A planner's value for one indicator at one place (district id or "city"), with source."""

    indicator: str
    place: str
    value: float | None
    source: str


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


def lone_planner() -> Panel:
    """The panel of a session nobody else has judged: the planner alone (name left to the
    window, which says "planner" in the planner's language)."""
    return Panel((Expert(LEAD_EXPERT, ""),))


@dataclass(frozen=True)
class Session:
    criteria_judgments: Mapping[str, PairwiseJudgments]
    ratings: Mapping[tuple[str, str], str]  # (strategy, criterion) → level
    strategy_judgments: Mapping[str, PairwiseJudgments] = field(
        default_factory=lambda: MappingProxyType({})
    )  # criterion → strategies judged pairwise
    effectiveness_modes: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )  # criterion → "pairwise"; else ratings
    indicator_edits: tuple[IndicatorEdit, ...] = ()
    district_data: DistrictData = DistrictData()  # imported values, years, provenance
    alpha: float = DEFAULT_ALPHA
    normalisation: Normalisation = Normalisation.RATIO_TO_BEST
    synthesis: Synthesis = DEFAULT_SYNTHESIS  # of every criterion's strategy priorities
    random_index: str = DEFAULT_RANDOM_INDEX
    use_public_supplement: bool = False
    monte_carlo: MonteCarloSettings = MonteCarloSettings()
    notes: str = ""
    # The panel. Its first expert (the lead) holds no judgments in its record: the lead's
    # judgments are the fields above, so that a session of one expert is exactly the session
    # of old. Every other expert's judgments lie over the lead's (strategies.panel.session_panel).
    experts: Panel = field(default_factory=lone_planner)
    aggregation: Aggregation = DEFAULT_AGGREGATION

    def __post_init__(self) -> None:
        if not 0.0 <= self.alpha <= 1.0:
            raise SessionError("alpha", f"{self.alpha!r} is outside [0, 1]")
        if self.random_index not in RANDOM_INDEX_TABLES:
            raise SessionError("random_index", f"{self.random_index!r} is not a known table")
        if not isinstance(self.synthesis, Synthesis):
            raise SessionError("synthesis", f"{self.synthesis!r} is not a synthesis mode")
        for name in ("criteria_judgments", "ratings", "strategy_judgments", "effectiveness_modes"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        _check_experts(self.experts, self.aggregation)

    def mode(self, criterion: str) -> str:
        return self.effectiveness_modes.get(criterion, RATINGS_MODE)

    def with_criteria_judgments(self, judgments: PairwiseJudgments) -> Session:
        changed = {**self.criteria_judgments, judgments.node: judgments}
        return replace(self, criteria_judgments=changed)

    def with_rating(self, strategy: str, criterion: str, level: str) -> Session:
        return replace(self, ratings={**self.ratings, (strategy, criterion): level})

    def with_strategy_judgments(self, judgments: PairwiseJudgments) -> Session:
        changed = {**self.strategy_judgments, judgments.node: judgments}
        return replace(self, strategy_judgments=changed)

    def indicator_edit(self, indicator: str, place: str) -> IndicatorEdit | None:
        return next(
            (e for e in self.indicator_edits if (e.indicator, e.place) == (indicator, place)), None
        )

    def with_indicator_edit(self, edit: IndicatorEdit) -> Session:
        """A planner's value (with its source) replacing any earlier one for that place."""
        if not edit.source.strip():
            raise SessionError(
                f"indicator_edits.{edit.indicator}.{edit.place}.source",
                "a planner's value needs its source",
            )
        return replace(
            self,
            indicator_edits=(
                *self.without_indicator_edit(edit.indicator, edit.place).indicator_edits,
                edit,
            ),
        )

    def without_indicator_edit(self, indicator: str, place: str) -> Session:
        """Back to the model's value for that place."""
        return replace(
            self,
            indicator_edits=tuple(
                e for e in self.indicator_edits if (e.indicator, e.place) != (indicator, place)
            ),
        )

    def with_mode(self, criterion: str, mode: str) -> Session:
        if mode not in (RATINGS_MODE, PAIRWISE_MODE):
            raise SessionError(f"effectiveness_modes.{criterion}", f"unknown mode {mode!r}")
        modes = {k: v for k, v in self.effectiveness_modes.items() if k != criterion}
        if mode == PAIRWISE_MODE:
            modes[criterion] = mode
        return replace(self, effectiveness_modes=modes)


def _check_experts(experts: Panel, aggregation: Aggregation) -> None:
    if not isinstance(experts, Panel) or not experts.experts:
        raise SessionError("experts", "a session holds at least one expert")
    if not isinstance(aggregation, Aggregation):
        raise SessionError("aggregation", f"{aggregation!r} is not a way of combining a panel")
    lead = experts.experts[0]
    if lead.criteria_judgments or lead.ratings or lead.strategy_judgments:
        raise SessionError(
            f"experts.{lead.id}", "the first expert's judgments are the session's own fields"
        )
