"""The analyses of one evaluation, each computed once, on first use: the one place that says
how each analysis is made, for the window's pages and the exports' bundle alike."""

from __future__ import annotations

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
from strategies.sensitivity.thresholds import RankReversalThresholds, rank_reversal_thresholds


class Analyses:
    """One evaluation's sensitivity results; each is computed once, on first use.

    Give the evaluation, or (for arrays built without one, as the benchmarks do) the inputs.
    """

    def __init__(
        self,
        evaluation: Evaluation | None,
        points: int = DEFAULT_POINTS,
        inputs: SensitivityInputs | None = None,
    ):
        if evaluation is None and inputs is None:
            raise ValueError("Analyses needs an evaluation or its sensitivity inputs")
        self.evaluation, self.points, self._given_inputs = evaluation, points, inputs

    @cached_property
    def inputs(self) -> SensitivityInputs:
        if self._given_inputs is not None:
            return self._given_inputs
        assert self.evaluation is not None  # __init__ requires one of the two
        return SensitivityInputs.from_evaluation(self.evaluation)

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
