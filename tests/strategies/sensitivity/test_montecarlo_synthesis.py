"""The Monte Carlo synthesises each sample's pairwise strategy priorities in the session's mode,
as the evaluation does, so a run without noise gives back today's priorities in either mode."""

from dataclasses import replace

import numpy as np
import pytest
from test_sensitivity_montecarlo import pairwise_evaluation

from strategies.effectiveness import Synthesis
from strategies.evaluation import evaluate
from strategies.sensitivity.montecarlo import run_monte_carlo
from strategies.sensitivity.problem import MonteCarloProblem


@pytest.mark.parametrize("synthesis", list(Synthesis))
def test_zero_noise_gives_today_s_priorities_in_each_mode(synthesis):
    # Complete strategy judgments: with a pair missing, today's weights come from ahpy's
    # completion, which stops within 1e-4 of the λmax optimum every sample is completed to.
    evaluation = pairwise_evaluation()
    judgments = evaluation.session.strategy_judgments["C3"]
    complete = judgments.with_value(judgments.items[0], judgments.items[-1], 6.0)
    evaluation = evaluate(evaluation.model, evaluation.session.with_strategy_judgments(complete))
    evaluation = evaluate(evaluation.model, replace(evaluation.session, synthesis=synthesis))
    problem = MonteCarloProblem.from_evaluation(evaluation)
    assert problem.synthesis is synthesis and problem.effectiveness_nodes
    result = run_monte_carlo(problem, 0.0, 5, np.random.default_rng(1))
    assert result.mean_priorities == pytest.approx(evaluation.priorities, abs=1e-12)
    for band in result.priority_percentiles:
        assert band == pytest.approx(evaluation.priorities, abs=1e-12)


def test_the_pairwise_column_of_each_sample_is_ideal_in_ideal_mode():
    """With noise, every sample's best strategy under the pairwise criterion scores 1."""
    evaluation = pairwise_evaluation()
    assert evaluation.session.synthesis is Synthesis.IDEAL
    column = evaluation.model.criteria.index("C3")
    assert evaluation.effectiveness[:, column].max() == 1.0
    problem = MonteCarloProblem.from_evaluation(evaluation)
    result = run_monte_carlo(problem, 0.4, 200, np.random.default_rng(2))
    # Each sample's priorities are ≤ 1 only if every column is scaled to a best of 1.
    assert result.priority_percentiles.max() <= 1.0 + 1e-9
