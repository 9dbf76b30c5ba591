"""What an export shows of the sensitivity analyses: each one taken from the lazy Analyses
(analyses.py, which alone says how an analysis is made), or marked unavailable when it failed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from strategies.evaluation import Evaluation
from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.alpha import AlphaStability, AlphaSweep
from strategies.sensitivity.analyses import Analyses
from strategies.sensitivity.gradient import DEFAULT_POINTS, GradientSweep
from strategies.sensitivity.inputs import NotApplicable, SensitivityInputs
from strategies.sensitivity.montecarlo import (
    MonteCarloResult,
    NoSamplesKept,
    Progress,
    ordinal_ranks,
)
from strategies.sensitivity.panel_resampling import ResamplingResult, ResamplingSettings
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.sensitivity.thresholds import RankReversalThresholds
from strategies.session import MonteCarloSettings, Session

Analysis = TypeVar("Analysis")


@dataclass(frozen=True)
class DistrictRobustness:
    """What the export says of one district's recommendation.

    ``critical_change`` is signed (+ increase, − decrease) and None with ``critical_criterion``
    when no weight change within [0, 1] dethrones the top strategy.
    """

    district: int
    top_strategy: int
    top_stays_top: float | None  # None when the Monte Carlo is unavailable
    critical_criterion: int | None
    critical_change: float | None


@dataclass(frozen=True)
class Unavailable:
    """An analysis that gave no result, and why (``reason``: NO_SAMPLES_KEPT, NOT_APPLICABLE
    or FAILED)."""

    analysis: str
    reason: str
    detail: str


MONTE_CARLO, THRESHOLDS, PANEL_RESAMPLING = "monte_carlo", "thresholds", "panel_resampling"
NO_SAMPLES_KEPT, FAILED = "no_samples_kept", "failed"
NOT_APPLICABLE = "not_applicable"  # e.g. a weight sweep of a model with one criterion


@dataclass(frozen=True, eq=False)
class SensitivityBundle:
    """Each analysis, or None when it failed (``unavailable`` says why): one failing analysis
    never takes the others, or the export that shows them, down with it."""

    inputs: SensitivityInputs
    gradient: GradientSweep | None
    thresholds: RankReversalThresholds | None
    alpha: AlphaSweep | None
    monte_carlo: MonteCarloResult | None
    unavailable: tuple[Unavailable, ...] = ()
    # Where each district's ranking holds in α (the report's districts are listed by it).
    alpha_stability: tuple[AlphaStability, ...] = ()
    # The panel's disagreement (experts redrawn): None with fewer than two experts counted.
    panel_resampling: ResamplingResult | None = None
    resampled_experts: int = 0  # how many experts the resampling drew from

    def robustness(self) -> tuple[DistrictRobustness, ...]:
        """One summary per district, in model order (None where its analysis is missing)."""
        tops = reference_tops(self.inputs)
        return tuple(
            self._district_robustness(district, int(top)) for district, top in enumerate(tops)
        )

    def _district_robustness(self, district: int, top: int) -> DistrictRobustness:
        stays = (
            None if self.monte_carlo is None else float(self.monte_carlo.top_stays_top[district])
        )
        thresholds = self.thresholds
        change = np.nan if thresholds is None else float(thresholds.critical_change[district])
        if thresholds is None or np.isnan(change):
            return DistrictRobustness(district, top, stays, None, None)
        return DistrictRobustness(
            district, top, stays, int(thresholds.critical_criterion[district]), change
        )


def reference_tops(inputs: SensitivityInputs) -> np.ndarray:
    """Today's top strategy per district, ties broken as the Monte Carlo's reference_top."""
    scores = priorities(
        adjusted_weights(inputs.weights, inputs.need, inputs.alpha), inputs.effectiveness
    )
    return np.argmin(ordinal_ranks(-competition_ranks(scores).astype(float)), axis=1)


def sensitivity_bundle(
    evaluation: Evaluation,
    settings: MonteCarloSettings | None = None,
    points: int = DEFAULT_POINTS,
    progress: Progress | None = None,
    analyses: Analyses | None = None,
    session: Session | None = None,
) -> SensitivityBundle:
    """All analyses of an evaluation; Monte Carlo settings default to the session's.

    analyses: the evaluation's lazy analyses when someone keeps them (the window's document
    does), so that what was computed for the pages is not computed again for the export.
    session: the planner's session the evaluation was made from, for a panel resampling."""
    if analyses is None:
        analyses = Analyses(evaluation, points, session=session)
    return bundle_of(analyses, settings or evaluation.session.monte_carlo, progress)


def bundle_from_arrays(
    inputs: SensitivityInputs,
    problem: MonteCarloProblem,
    settings: MonteCarloSettings,
    points: int = DEFAULT_POINTS,
    progress: Progress | None = None,
) -> SensitivityBundle:
    """All analyses from arrays (the Monte Carlo seeded by settings.seed)."""
    return bundle_of(Analyses(None, points, inputs, problem), settings, progress)


def bundle_of(
    analyses: Analyses, settings: MonteCarloSettings, progress: Progress | None = None
) -> SensitivityBundle:
    """What the export shows of analyses (each made there, or taken when already made); an
    analysis that fails is recorded as unavailable and the others go on."""
    unavailable: list[Unavailable] = []

    def attempt(name: str, analysis: Callable[[], Analysis]) -> Analysis | None:
        try:
            return analysis()
        except NoSamplesKept as error:
            unavailable.append(Unavailable(name, NO_SAMPLES_KEPT, str(error)))
        except NotApplicable as error:
            unavailable.append(Unavailable(name, NOT_APPLICABLE, str(error)))
        except (ValueError, ArithmeticError) as error:
            unavailable.append(Unavailable(name, FAILED, str(error)))
        return None

    monte_carlo = attempt(MONTE_CARLO, lambda: analyses.monte_carlo(settings, progress))
    resampled = analyses.counted_experts if analyses.evaluation is not None else 0
    resampling = None
    if resampled > 1:
        resampling = attempt(
            PANEL_RESAMPLING,
            lambda: analyses.panel_resampling(ResamplingSettings.of(settings)),
        )
    return SensitivityBundle(
        analyses.inputs,
        attempt("gradient", lambda: analyses.gradient),
        attempt(THRESHOLDS, lambda: analyses.thresholds),
        attempt("alpha", lambda: analyses.alpha),
        monte_carlo,
        tuple(unavailable),
        analyses.alpha_stability,
        resampling,
        resampled,
    )
