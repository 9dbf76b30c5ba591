"""Every sensitivity analysis of one evaluation, for the charts and the exports."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.evaluation import Evaluation
from strategies.sensitivity.alpha import AlphaSweep, alpha_sweep
from strategies.sensitivity.gradient import DEFAULT_POINTS, GradientSweep, gradient_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.montecarlo import MonteCarloResult, Progress, run_monte_carlo
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.sensitivity.thresholds import RankReversalThresholds, rank_reversal_thresholds
from strategies.session import MonteCarloSettings


@dataclass(frozen=True)
class DistrictRobustness:
    """What the export says of one district's recommendation.

    ``critical_change`` is signed (+ increase, − decrease) and None with ``critical_criterion``
    when no weight change within [0, 1] dethrones the top strategy.
    """

    district: int
    top_strategy: int
    top_stays_top: float
    critical_criterion: int | None
    critical_change: float | None


@dataclass(frozen=True, eq=False)
class SensitivityBundle:
    inputs: SensitivityInputs
    gradient: GradientSweep
    thresholds: RankReversalThresholds
    alpha: AlphaSweep
    monte_carlo: MonteCarloResult

    def robustness(self) -> tuple[DistrictRobustness, ...]:
        """One summary per district, in model order."""
        found = []
        for district, top in enumerate(self.monte_carlo.reference_top):
            change = float(self.thresholds.critical_change[district])
            critical = int(self.thresholds.critical_criterion[district])
            found.append(DistrictRobustness(
                district, int(top), float(self.monte_carlo.top_stays_top[district]),
                None if np.isnan(change) else critical, None if np.isnan(change) else change))
        return tuple(found)


def sensitivity_bundle(evaluation: Evaluation, settings: MonteCarloSettings | None = None,
                       points: int = DEFAULT_POINTS,
                       progress: Progress | None = None) -> SensitivityBundle:
    """All analyses of an evaluation; Monte Carlo settings default to the session's."""
    return bundle_from_arrays(SensitivityInputs.from_evaluation(evaluation),
                              MonteCarloProblem.from_evaluation(evaluation),
                              settings or evaluation.session.monte_carlo, points, progress)


def bundle_from_arrays(inputs: SensitivityInputs, problem: MonteCarloProblem,
                       settings: MonteCarloSettings, points: int = DEFAULT_POINTS,
                       progress: Progress | None = None) -> SensitivityBundle:
    """All analyses from arrays (the Monte Carlo seeded by settings.seed)."""
    monte_carlo = run_monte_carlo(problem, settings.spread, settings.samples,
                                  np.random.default_rng(settings.seed),
                                  settings.discard_inconsistent, progress)
    return SensitivityBundle(inputs, gradient_sweep(inputs, points),
                             rank_reversal_thresholds(inputs), alpha_sweep(inputs, points),
                             monte_carlo)
