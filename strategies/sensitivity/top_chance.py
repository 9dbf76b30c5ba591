"""Per district: today's top strategy and the chance that it stays first under the Monte Carlo
perturbation, keyed by the model's ids (what a map or a table of districts shows)."""

from __future__ import annotations

from dataclasses import dataclass

from strategies.model import PlanningModel
from strategies.sensitivity.montecarlo import MonteCarloResult


@dataclass(frozen=True)
class TopChance:
    strategy: str  # today's top strategy (ties broken by catalogue order, as the run ranks)
    chance: float  # share of kept samples in which it is ranked first, 0..1


def top_chances(result: MonteCarloResult, model: PlanningModel) -> dict[str, TopChance]:
    """District id → its top strategy and the chance it stays on top, from a run of model."""
    districts, strategies = result.rank_acceptability.shape[:2]
    if (districts, strategies) != (len(model.district_ids), len(model.strategy_ids)):
        raise ValueError(
            f"a run of {districts} districts × {strategies} strategies does not belong to a model "
            f"of {len(model.district_ids)} × {len(model.strategy_ids)}"
        )
    return {
        district: TopChance(
            model.strategy_ids[int(result.reference_top[row])], float(result.top_stays_top[row])
        )
        for row, district in enumerate(model.district_ids)
    }
