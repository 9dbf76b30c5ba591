"""Everything the panel view and the reports show about a session's panel, computed in one
place: each expert's CR per node, S* per node and on the global weights, the most disputed
pairs with the furthest expert, and each expert's top strategies per district with Kendall's W.
An expert who left a criteria node blank is left out of that node's S*, dispersion and
disputed pairs (the others' weights renormalised); ``blank`` says who left which node.
The view formats these values; it computes nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from strategies.model import PlanningModel
from strategies.panel.combined import expert_evaluations, panel_evaluation
from strategies.panel.concordance import district_concordance
from strategies.panel.consistency import ExpertConsistency, expert_consistency
from strategies.panel.dispersion import PairDispersion, most_disputed, pair_dispersions
from strategies.panel.experts import blank_nodes
from strategies.panel.node_consensus import PanelConsensus, panel_consensus
from strategies.panel.session_panel import judging_panel
from strategies.session import Session

DISPUTED_SHOWN = 10


@dataclass(frozen=True)
class PanelSummary:
    """``consistency`` covers every expert (included or not); the rest the participants only,
    and is None / empty with fewer than two (nothing to compare). ``top_strategies`` maps
    expert id → per district (model order) the strategies ranked first; ``concordance`` is
    Kendall's W per district (NaN where undefined)."""

    participants: tuple[str, ...]
    weights: tuple[float, ...]
    consistency: Mapping[str, tuple[ExpertConsistency, ...]]
    consensus: PanelConsensus | None
    disputed: tuple[PairDispersion, ...]
    top_strategies: Mapping[str, tuple[tuple[str, ...], ...]]
    concordance: np.ndarray
    blank: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Expert id → the criteria nodes that expert left blank (every expert; none: absent)."""


def panel_summary(
    model: PlanningModel, session: Session, cache: dict | None = None
) -> PanelSummary:
    panel = judging_panel(session)
    consistency = expert_consistency(panel, session.random_index, cache)
    nodes = model.hierarchy.inner_nodes
    blank = {e.id: left for e in panel.experts if (left := blank_nodes(e, nodes))}
    participants = panel.participants
    ids = tuple(e.id for e in participants)
    if len(participants) < 2:
        weights = (1.0,) * len(participants)
        return PanelSummary(ids, weights, consistency, None, (), {}, np.array([]), blank)
    weights = panel.participant_weights()
    own = expert_evaluations(model, session, panel, cache)
    combined = panel_evaluation(model, session, panel, session.aggregation, cache)
    judged = {n: tuple(e.id for e in participants if n in e.criteria_judgments) for n in nodes}
    consensus = panel_consensus(model.hierarchy, own, weights, combined.node_weights, judged)
    disputed = []
    for node in nodes:
        given = [(e, w) for e, w in zip(participants, weights, strict=True) if e.id in judged[node]]
        if len(given) >= 2:
            disputed.extend(
                pair_dispersions(
                    [e.criteria_judgments[node] for e, _ in given],
                    [e.id for e, _ in given],
                    [w for _, w in given],
                )
            )
    tops = {
        expert: tuple(result.top_strategies(d) for d in model.district_ids)
        for expert, result in own.items()
    }
    concordance = district_concordance(np.stack([e.priorities for e in own.values()]))
    return PanelSummary(
        ids,
        weights,
        consistency,
        consensus,
        tuple(most_disputed(disputed, DISPUTED_SHOWN)),
        tops,
        concordance,
        blank,
    )
