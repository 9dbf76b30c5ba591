"""The arrays every sensitivity analysis starts from, taken from an Evaluation or given."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from strategies.evaluation import Evaluation
from strategies.ranking import need_multipliers


class SensitivityInputError(ValueError):
    """Arrays that do not fit together (which one, what is wrong)."""


class NotApplicable(SensitivityInputError):
    """An analysis with nothing to vary in this model (a weight sweep of its one criterion):
    reported as "—", not as a failure."""


@dataclass(frozen=True, eq=False)
class SensitivityInputs:
    """Global leaf weights w[c], need g[d, c], emphasis α and effectiveness e[s, c]."""

    weights: np.ndarray
    need: np.ndarray
    alpha: float
    effectiveness: np.ndarray

    def __post_init__(self) -> None:
        for name in ("weights", "need", "effectiveness"):
            object.__setattr__(self, name, np.asarray(getattr(self, name), dtype=float))
        criteria = self.weights.shape[0]
        if self.weights.ndim != 1 or np.any(self.weights < 0) or self.weights.sum() <= 0:
            raise SensitivityInputError("weights must be a non-negative vector with a positive sum")
        if self.need.ndim != 2 or self.need.shape[1] != criteria:
            raise SensitivityInputError(f"need must be [district, {criteria}]")
        if self.effectiveness.ndim != 2 or self.effectiveness.shape[1] != criteria:
            raise SensitivityInputError(f"effectiveness must be [strategy, {criteria}]")
        if not 0.0 <= self.alpha <= 1.0:
            raise SensitivityInputError(f"alpha {self.alpha!r} is outside [0, 1]")

    @classmethod
    def from_evaluation(cls, evaluation: Evaluation) -> SensitivityInputs:
        return cls(
            evaluation.weights.leaf_weights(),
            evaluation.need.need,
            evaluation.session.alpha,
            evaluation.effectiveness,
        )

    @property
    def multipliers(self) -> np.ndarray:
        """(1 − α) + α·g[d, c], the factor each district puts on each weight."""
        return need_multipliers(self.need, self.alpha)

    @property
    def sizes(self) -> tuple[int, int, int]:
        """(districts, strategies, criteria)."""
        return self.need.shape[0], self.effectiveness.shape[0], self.weights.shape[0]
