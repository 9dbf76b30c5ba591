"""The session's panel as JSON-ready data, for ``rank --json`` (key ``panel``): the experts,
their weights and CR per node, the aggregation and when it fits, S* per node and on the
global weights with Goepel's band. Figures come from strategies.panel.summary."""

from __future__ import annotations

from strategies.model import PlanningModel
from strategies.panel.consensus import CONSENSUS_BANDS_SOURCE, Consensus, ConsensusBand
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


def panel_entry(model: PlanningModel, session: Session, lang: str) -> dict:
    summary = panel_summary(model, session)
    info = AGGREGATIONS[session.aggregation]
    shares = dict(zip(summary.participants, summary.weights, strict=True))
    return {
        "aggregation": session.aggregation.value,
        "aggregation_name": info.name.get(lang),
        "when_appropriate": info.when_appropriate.get(lang),
        "aggregation_reference": info.reference,
        "experts": [
            {
                "id": expert.id,
                "name": expert.name,
                "organisation": expert.organisation,
                "weight": expert.weight,
                "included": expert.included,
                "counted_share": shares.get(expert.id),
                "consistency": _consistency(summary, expert.id),
            }
            for expert in session.experts.experts
        ],
        "consensus": _consensus(summary, model, lang),
        "consensus_bands_source": CONSENSUS_BANDS_SOURCE,
    }


def _consistency(summary: PanelSummary, expert: str) -> list[dict]:
    return [
        {
            "node": c.node,
            "consistency_ratio": c.consistency_ratio,
            "threshold": c.threshold,
            "status": c.status.value,
        }
        for c in summary.consistency.get(expert, ())
    ]


def _consensus(summary: PanelSummary, model: PlanningModel, lang: str) -> dict | None:
    """None with fewer than two experts counted (nothing to compare)."""
    if summary.consensus is None:
        return None
    return {
        "nodes": [
            {"id": node, "name": model.hierarchy.name(node, lang), **_s_star(c, lang)}
            for node, c in summary.consensus.nodes.items()
        ],
        "global_weights": _s_star(summary.consensus.global_weights, lang),
        "hierarchy": summary.consensus.hierarchy,
    }


def _s_star(consensus: Consensus, lang: str) -> dict:
    return {
        "s_star": consensus.s_star,
        "band": consensus.band.value,
        "band_name": BAND_NAMES[lang][consensus.band],
    }
