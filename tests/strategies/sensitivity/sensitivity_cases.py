"""Shared material for the sensitivity tests: the Foshan evaluation and random inputs."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import numpy as np
from hypothesis import strategies as st

from criteria.judgments import PairwiseJudgments
from strategies.effectiveness import DEFAULT_SYNTHESIS, Synthesis
from strategies.evaluation import Evaluation, default_session, evaluate
from strategies.model import PlanningModel, load_model
from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.montecarlo import NoiseStream
from strategies.sensitivity.problem import MonteCarloProblem


@cache
def foshan(synthesis: Synthesis = DEFAULT_SYNTHESIS) -> Evaluation:
    model = load_model()
    return evaluate(model, replace(default_session(model), synthesis=synthesis))


def evaluation_of(model: PlanningModel, synthesis: Synthesis = DEFAULT_SYNTHESIS) -> Evaluation:
    """The default session of any model, evaluated."""
    return evaluate(model, replace(default_session(model), synthesis=synthesis))


def random_inputs(
    seed: int,
    districts: int = 3,
    strategies: int = 5,
    criteria: int = 4,
    alpha: float | None = None,
) -> SensitivityInputs:
    """Positive weights, needs in [0, 1], effectiveness columns summing to 1."""
    generator = np.random.default_rng(seed)
    weights = generator.dirichlet(np.ones(criteria))
    need = generator.random((districts, criteria))
    effectiveness = generator.random((strategies, criteria))
    effectiveness /= effectiveness.sum(axis=0)
    chosen = float(generator.random()) if alpha is None else alpha
    return SensitivityInputs(weights, need, chosen, effectiveness)


seeds = st.integers(0, 2**32 - 1)


def ranking_at(
    inputs: SensitivityInputs, weights: np.ndarray, alpha: float | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Priorities and competition ranks [d, s] through the ordinary ranking code."""
    chosen = inputs.alpha if alpha is None else alpha
    scores = priorities(adjusted_weights(weights, inputs.need, chosen), inputs.effectiveness)
    return scores, competition_ranks(scores)


def judgments_of(node: str, items: tuple[str, ...], matrix: np.ndarray) -> PairwiseJudgments:
    """Complete judgments holding a matrix's upper triangle."""
    pairs = [
        (a, b, float(matrix[i, j]))
        for i, a in enumerate(items)
        for j, b in enumerate(items)
        if i < j
    ]
    return PairwiseJudgments.from_pairs(node, items, pairs)


MISSING_C3_PAIRS = (("S1", "S5"), ("S2", "S5"), ("S3", "S5"))


@cache
def foshan_with_missing_pairs() -> Evaluation:
    """Foshan with the strategies judged pairwise under C3 (ratios of today's effectiveness,
    a little evened out), S5 compared only with S4 and S6: three missing pairs."""
    model, session = foshan().model, foshan().session
    strategies, column = model.strategy_ids, model.criteria.index("C3")
    scores = foshan().effectiveness[:, column] + 0.08
    pairs = [
        (a, b, float(np.clip(scores[i] / scores[j], 1 / 9, 9)))
        for i, a in enumerate(strategies)
        for j, b in enumerate(strategies)
        if i < j and (a, b) not in MISSING_C3_PAIRS
    ]
    judgments = PairwiseJudgments.from_pairs("C3", strategies, pairs)
    return evaluate(model, session.with_mode("C3", "pairwise").with_strategy_judgments(judgments))


def draw_noise(
    problem: MonteCarloProblem, spread: float, samples: int, generator: np.random.Generator
) -> tuple[np.ndarray, ...]:
    """A whole run's log-scale noise [samples, judged pairs] per judgment node, taken at once."""
    return tuple(NoiseStream(problem, spread, samples, generator).take(samples))
