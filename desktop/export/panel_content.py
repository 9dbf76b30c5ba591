"""The session's panel as one plain value: what ``rank --json`` prints as ``panel`` and what
every export shows in its panel section (the XLSX sheet, the CSV columns, the JSON key, the PDF
page). Built once from strategies.panel.summary; the renderers only format it.

Field names are the JSON keys (``dataclasses.asdict`` gives the JSON), so they are only ever
added to, never renamed. No Qt here: the command line builds it too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from strategies.model import PlanningModel
from strategies.panel.consensus import (
    CONSENSUS_BANDS_SOURCE,
    Consensus,
    ConsensusBand,
    band_ranges,
)
from strategies.panel.dispersion import PairDispersion
from strategies.panel.experts import Expert
from strategies.panel.methods import AGGREGATIONS
from strategies.panel.summary import PanelSummary, panel_summary
from strategies.session import Session

BAND_NAMES = {
    "en": {
        ConsensusBand.VERY_LOW: "very low",
        ConsensusBand.LOW: "low",
        ConsensusBand.MODERATE: "moderate",
        ConsensusBand.HIGH: "high",
        ConsensusBand.VERY_HIGH: "very high",
    },
    "zh": {
        ConsensusBand.VERY_LOW: "很低",
        ConsensusBand.LOW: "低",
        ConsensusBand.MODERATE: "中等",
        ConsensusBand.HIGH: "高",
        ConsensusBand.VERY_HIGH: "很高",
    },
}
# The lead of an older file has no name: the reports call them so.
UNNAMED_LEAD = {"zh": "规划师", "en": "Planner"}


@dataclass(frozen=True)
class ExpertNodeConsistency:
    node: str
    consistency_ratio: float | None  # None: fewer than three items
    threshold: float | None
    status: str  # ok | too_inconsistent | undefined (the CR alone)
    node_name: str = ""


@dataclass(frozen=True)
class PanelExpert:
    id: str
    name: str  # as typed (the lead of an older file has none)
    organisation: str
    weight: float
    included: bool
    counted_share: float | None  # normalised weight among those counted; None: not counted
    consistency: tuple[ExpertNodeConsistency, ...]
    shown_name: str = ""  # the name, or a word for an unnamed lead
    blank_nodes: tuple[str, ...] = ()  # criteria nodes the expert left blank (ids)
    blank_node_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConsensusValue:
    s_star: float | None
    band: str | None
    band_name: str | None


@dataclass(frozen=True)
class NodeConsensus:
    id: str
    name: str
    s_star: float | None
    band: str | None
    band_name: str | None


@dataclass(frozen=True)
class PanelConsensusSection:
    nodes: tuple[NodeConsensus, ...]
    global_weights: ConsensusValue
    hierarchy: float | None


@dataclass(frozen=True)
class DisputedPair:
    """A pair the panel disputes: the geometric SD of its judgments and the expert furthest
    from the others' geometric mean (``furthest_ratio``: how many times apart)."""

    node: str
    node_name: str
    first: str
    first_name: str
    second: str
    second_name: str
    answered: int
    geometric_mean: float
    geometric_sd: float
    furthest_expert: str
    furthest_ratio: float


@dataclass(frozen=True)
class ExpertTop:
    expert: str
    strategies: tuple[str, ...]  # more than one when tied


@dataclass(frozen=True)
class DistrictAgreement:
    id: str
    name: str
    kendalls_w: float | None  # None: undefined (every expert ties all strategies)
    top_strategies: tuple[ExpertTop, ...]  # each counted expert, panel order


@dataclass(frozen=True)
class PanelSection:
    aggregation: str
    aggregation_name: str
    when_appropriate: str
    aggregation_reference: str
    experts: tuple[PanelExpert, ...]
    consensus: PanelConsensusSection | None  # None: fewer than two experts counted
    consensus_bands_source: str
    disputed: tuple[DisputedPair, ...] = ()  # widest first
    districts: tuple[DistrictAgreement, ...] = ()  # model order; empty below two counted
    consensus_bands: str = ""  # the bands' limits in words: "very low ≤ 50 %, …"

    def expert_name(self, expert: str) -> str:
        return next(e.shown_name for e in self.experts if e.id == expert)


def panel_section(model: PlanningModel, session: Session, lang: str) -> PanelSection:
    """The panel of session (the planner's, with each expert's own judgments) in lang."""
    summary = panel_summary(model, session)
    info = AGGREGATIONS[session.aggregation]
    return PanelSection(
        session.aggregation.value,
        info.name.get(lang),
        info.when_appropriate.get(lang),
        info.reference,
        tuple(_expert(model, summary, e, lang) for e in session.experts.experts),
        _consensus(summary, model, lang),
        CONSENSUS_BANDS_SOURCE,
        tuple(_disputed(model, pair, lang) for pair in summary.disputed),
        _districts(model, summary, lang),
        bands_text(lang),
    )


def bands_text(lang: str) -> str:
    """The consensus bands with their limits in lang: 'very low ≤ 50 %, low 50–65 %, …'."""
    names = BAND_NAMES["zh" if lang == "zh" else "en"]
    separator = "，" if lang == "zh" else ", "
    return separator.join(
        f"{names[band]} {_range(lower, upper)}" for band, lower, upper in band_ranges()
    )


def _range(lower: float | None, upper: float | None) -> str:
    if lower is None:
        return f"≤ {upper * 100:g} %"
    if upper is None:
        return f"> {lower * 100:g} %"
    return f"{lower * 100:g}–{upper * 100:g} %"


def _expert(model: PlanningModel, summary: PanelSummary, expert: Expert, lang: str):
    shares = dict(zip(summary.participants, summary.weights, strict=True))
    return PanelExpert(
        expert.id,
        expert.name,
        expert.organisation,
        expert.weight,
        expert.included,
        shares.get(expert.id),
        tuple(
            ExpertNodeConsistency(
                c.node,
                _finite(c.consistency_ratio),
                c.threshold,
                c.status.value,
                model.hierarchy.name(c.node, lang),
            )
            for c in summary.consistency.get(expert.id, ())
        ),
        expert.name.strip() or UNNAMED_LEAD["zh" if lang == "zh" else "en"],
        summary.blank.get(expert.id, ()),
        tuple(model.hierarchy.name(n, lang) for n in summary.blank.get(expert.id, ())),
    )


def _consensus(
    summary: PanelSummary, model: PlanningModel, lang: str
) -> PanelConsensusSection | None:
    if summary.consensus is None:
        return None
    return PanelConsensusSection(
        tuple(
            NodeConsensus(node, model.hierarchy.name(node, lang), *_value(c, lang))
            for node, c in summary.consensus.nodes.items()
        ),
        ConsensusValue(*_value(summary.consensus.global_weights, lang)),
        _finite(summary.consensus.hierarchy),
    )


def _value(consensus: Consensus, lang: str) -> tuple[float | None, str | None, str | None]:
    """S*, its band and the band's name; all None where S* is undefined."""
    s_star = _finite(consensus.s_star)
    if s_star is None:
        return None, None, None
    band_names = BAND_NAMES["zh" if lang == "zh" else "en"]
    return s_star, consensus.band.value, band_names[consensus.band]


def _disputed(model: PlanningModel, pair: PairDispersion, lang: str) -> DisputedPair:
    name = model.hierarchy.name
    return DisputedPair(
        pair.node,
        name(pair.node, lang),
        pair.first,
        name(pair.first, lang),
        pair.second,
        name(pair.second, lang),
        pair.answered,
        pair.geometric_mean,
        pair.geometric_sd,
        pair.furthest_expert,
        pair.furthest_ratio,
    )


def _districts(
    model: PlanningModel, summary: PanelSummary, lang: str
) -> tuple[DistrictAgreement, ...]:
    if not summary.top_strategies:
        return ()
    return tuple(
        DistrictAgreement(
            district.id,
            district.name.get(lang),
            _finite(summary.concordance[row]),
            tuple(ExpertTop(e, tops[row]) for e, tops in summary.top_strategies.items()),
        )
        for row, district in enumerate(model.districts)
    )


def _finite(value: float | None) -> float | None:
    """JSON holds no NaN: an undefined figure is None."""
    return None if value is None or math.isnan(value) else float(value)
