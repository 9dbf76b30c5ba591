"""The analyses of one evaluation, each computed once, on first use: the one place that says
how each analysis is made. The window keeps one per evaluation (desktop/document.py), so its
pages and its exports share the results; the exports' bundle (bundle.py) reads them from here."""

from __future__ import annotations

from collections.abc import Hashable
from functools import cached_property

import numpy as np

from strategies.evaluation import Evaluation
from strategies.sensitivity.alpha import (
    AlphaStability,
    AlphaSweep,
    alpha_stability,
    alpha_sweep,
    alpha_sweep_coefficients,
)
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.gradient import DEFAULT_POINTS, GradientSweep, gradient_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import Crossings
from strategies.sensitivity.montecarlo import MonteCarloResult, Progress, run_monte_carlo
from strategies.sensitivity.panel_resampling import (
    ResamplingResult,
    ResamplingSettings,
    counted_experts,
    resample_session,
)
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.sensitivity.thresholds import RankReversalThresholds, rank_reversal_thresholds
from strategies.session import MonteCarloSettings, Session

KEPT_MONTE_CARLO_RUNS = 4
KEPT_RESAMPLING_RUNS = 4


class Analyses:
    """One evaluation's sensitivity results; each is computed once, on first use.

    Give the evaluation, or (for arrays built without one, as the benchmarks do) the inputs
    and, for a Monte Carlo, the problem. A panel resampling needs the planner's session the
    evaluation was made from (``session``): a panel's evaluation holds the combined
    judgments, no longer each expert's.
    """

    def __init__(
        self,
        evaluation: Evaluation | None,
        points: int = DEFAULT_POINTS,
        inputs: SensitivityInputs | None = None,
        problem: MonteCarloProblem | None = None,
        session: Session | None = None,
    ):
        if evaluation is None and inputs is None:
            raise ValueError("Analyses needs an evaluation or its sensitivity inputs")
        self.evaluation, self.points = evaluation, points
        self._given_inputs, self._given_problem = inputs, problem
        self._session = session
        # Monte Carlo results by their settings (a run depends on them, the rest does not);
        # the last few only, however often the planner tries other settings.
        self._monte_carlo: dict[MonteCarloSettings, MonteCarloResult] = {}
        self._resampling: dict[ResamplingSettings, ResamplingResult] = {}

    @cached_property
    def inputs(self) -> SensitivityInputs:
        if self._given_inputs is not None:
            return self._given_inputs
        assert self.evaluation is not None  # __init__ requires one of the two
        return SensitivityInputs.from_evaluation(self.evaluation)

    @cached_property
    def problem(self) -> MonteCarloProblem:
        """What a Monte Carlo run perturbs: the judgments and the fixed arrays."""
        if self._given_problem is not None:
            return self._given_problem
        if self.evaluation is None:
            raise ValueError("a Monte Carlo needs the evaluation or its problem")
        return MonteCarloProblem.from_evaluation(self.evaluation)

    @cached_property
    def gradient(self) -> GradientSweep:
        return gradient_sweep(self.inputs, self.points)

    @cached_property
    def thresholds(self) -> RankReversalThresholds:
        return rank_reversal_thresholds(self.inputs)

    @cached_property
    def alpha(self) -> AlphaSweep:
        return alpha_sweep(self.inputs, self.points)

    @cached_property
    def alpha_stability(self) -> tuple[AlphaStability, ...]:
        return alpha_stability(self.inputs)

    def monte_carlo(
        self, settings: MonteCarloSettings, progress: Progress | None = None
    ) -> MonteCarloResult:
        """The run with these settings (seeded by settings.seed): made once, then kept.
        Raises NoSamplesKept or Cancelled as run_monte_carlo does (nothing is kept then)."""
        if settings not in self._monte_carlo:
            generator = np.random.default_rng(settings.seed)
            result = run_monte_carlo(
                self.problem,
                settings.spread,
                settings.samples,
                generator,
                settings.discard_inconsistent,
                progress,
            )
            self.remember_monte_carlo(settings, result)
        return self._monte_carlo[settings]

    def finished_monte_carlo(self, settings: MonteCarloSettings) -> MonteCarloResult | None:
        """The run with these settings if one was made or remembered, else None."""
        return self._monte_carlo.get(settings)

    def remember_monte_carlo(self, settings: MonteCarloSettings, result: MonteCarloResult) -> None:
        """Keep a run made elsewhere from this problem (the window's background run), so an
        export with the same settings does not run it again."""
        _keep(self._monte_carlo, settings, result, KEPT_MONTE_CARLO_RUNS)

    @property
    def panel_session(self) -> Session | None:
        """The session whose panel a resampling draws from (None without an evaluation)."""
        if self._session is not None:
            return self._session
        return None if self.evaluation is None else self.evaluation.session

    @property
    def counted_experts(self) -> int:
        """The experts a panel resampling draws from (0 without a session)."""
        session = self.panel_session
        return 0 if session is None else counted_experts(session)

    def panel_resampling(self, settings: ResamplingSettings) -> ResamplingResult:
        """The panel resampling with these settings: made once, then kept. Raises ValueError
        with fewer than two experts counted, or for a panel's evaluation given without its
        session (the experts' own judgments are not in it)."""
        if settings not in self._resampling:
            self.remember_panel_resampling(settings, self._resample(settings))
        return self._resampling[settings]

    def _resample(self, settings: ResamplingSettings) -> ResamplingResult:
        if self.evaluation is None or self.panel_session is None:
            raise ValueError("a panel resampling needs the evaluation and its session")
        if self._session is None and self.counted_experts > 1:
            raise ValueError("a panel's evaluation holds no expert's own judgments")
        return resample_session(self.evaluation.model, self.panel_session, settings)

    def finished_panel_resampling(self, settings: ResamplingSettings) -> ResamplingResult | None:
        return self._resampling.get(settings)

    def remember_panel_resampling(
        self, settings: ResamplingSettings, result: ResamplingResult
    ) -> None:
        """Keep a run made elsewhere (the window's background run) for the exports."""
        _keep(self._resampling, settings, result, KEPT_RESAMPLING_RUNS)

    def gradient_crossings(self, criterion: int, district: int) -> tuple[Crossings, np.ndarray]:
        """The swaps of one district's curves when criterion moves, with the priority at each."""
        found = self.gradient.crossings.select(district, criterion)
        values = [
            dynamic_ranking(self.inputs, criterion, float(position)).priorities[district, first]
            for position, first in zip(found.position, found.first, strict=True)
        ]
        return found, np.asarray(values, dtype=float)

    def alpha_crossings(self, district: int) -> tuple[Crossings, np.ndarray]:
        """The α where two strategies of one district swap, with the priority at each."""
        found = self.alpha.crossings.select(district)
        scores = alpha_sweep_coefficients(self.inputs).priorities(found.position)
        return found, scores[np.arange(len(found)), district, found.first]


def _keep(kept: dict, settings: Hashable, result: object, limit: int) -> None:
    """result kept under settings, the newest last; only the last ``limit`` runs."""
    kept.pop(settings, None)
    kept[settings] = result
    while len(kept) > limit:
        del kept[next(iter(kept))]
