"""The analyses of one evaluation, computed when a page first asks, and labels to show them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from desktop.sensitivity.strategy_names import full_label, legend_label
from strategies.evaluation import Evaluation
from strategies.sensitivity.alpha import (
    AlphaStability,
    AlphaSweep,
    alpha_stability,
    alpha_sweep,
    alpha_sweep_coefficients,
)
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.gradient import GradientSweep, gradient_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.linear import Crossings
from strategies.sensitivity.thresholds import RankReversalThresholds, rank_reversal_thresholds


class Analyses:
    """One evaluation's sensitivity results; each is computed once, on first use."""

    def __init__(self, evaluation: Evaluation):
        self.evaluation = evaluation

    @cached_property
    def inputs(self) -> SensitivityInputs:
        return SensitivityInputs.from_evaluation(self.evaluation)

    @cached_property
    def gradient(self) -> GradientSweep:
        return gradient_sweep(self.inputs)

    @cached_property
    def thresholds(self) -> RankReversalThresholds:
        return rank_reversal_thresholds(self.inputs)

    @cached_property
    def alpha(self) -> AlphaSweep:
        return alpha_sweep(self.inputs)

    @cached_property
    def alpha_stability(self) -> tuple[AlphaStability, ...]:
        return alpha_stability(self.inputs)

    def gradient_crossings(self, criterion: int, district: int) -> tuple[Crossings, np.ndarray]:
        """The swaps of one district's curves when criterion moves, with the priority at each."""
        found = self.gradient.crossings.select(district, criterion)
        values = [dynamic_ranking(self.inputs, criterion, float(position)).priorities[
            district, first] for position, first in zip(found.position, found.first, strict=True)]
        return found, np.asarray(values, dtype=float)

    def alpha_crossings(self, district: int) -> tuple[Crossings, np.ndarray]:
        """The α where two strategies of one district swap, with the priority at each."""
        found = self.alpha.crossings.select(district)
        scores = alpha_sweep_coefficients(self.inputs).priorities(found.position)
        return found, scores[np.arange(len(found)), district, found.first]


@dataclass(frozen=True)
class PageContext:
    """What every page draws from: the analyses, the chosen district and the language."""

    analyses: Analyses
    district: int
    language: str

    @property
    def model(self):
        return self.analyses.evaluation.model

    def strategy_labels(self) -> list[str]:
        """Id and full name of each strategy, for the axis of a bar chart (which fits them)."""
        return [full_label(s.id, s.name.get(self.language)) for s in self.model.strategies]

    def strategy_legend_labels(self) -> list[str]:
        """Id and short name of each strategy on one line, for a legend."""
        return [legend_label(s.id, s.name.get(self.language)) for s in self.model.strategies]

    def strategy_names(self) -> list[str]:
        return [f"{s.id} {s.name.get(self.language)}" for s in self.model.strategies]

    def criterion_labels(self) -> list[str]:
        hierarchy = self.model.hierarchy
        return [f"{c} {hierarchy.name(c, self.language)}" for c in self.model.criteria]

    def district_name(self) -> str:
        return self.model.districts[self.district].name.get(self.language)
