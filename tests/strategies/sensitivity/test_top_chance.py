"""The chance that each district's top strategy stays first, keyed by the model's ids."""

from dataclasses import replace

import numpy as np
import pytest
from sensitivity_cases import foshan

from strategies.sensitivity.analyses import Analyses
from strategies.sensitivity.top_chance import top_chances
from strategies.session import MonteCarloSettings


@pytest.fixture(scope="module")
def run():
    evaluation = foshan()
    return evaluation, Analyses(evaluation).monte_carlo(MonteCarloSettings(samples=400, seed=7))


def test_each_district_names_todays_top_strategy(run):
    evaluation, result = run
    chances = top_chances(result, evaluation.model)
    assert list(chances) == list(evaluation.model.district_ids)
    for district, found in chances.items():
        assert found.strategy in evaluation.top_strategies(district)


def test_the_chance_is_the_share_of_samples_ranking_it_first(run):
    evaluation, result = run
    model = evaluation.model
    for row, found in enumerate(top_chances(result, model).values()):
        column = model.strategy_ids.index(found.strategy)
        assert found.chance == pytest.approx(result.rank_acceptability[row, column, 0])
        assert 0.0 <= found.chance <= 1.0


def test_without_noise_every_top_stays_on_top():
    evaluation = foshan()
    result = Analyses(evaluation).monte_carlo(MonteCarloSettings(spread=0.0, samples=20))
    chances = top_chances(result, evaluation.model)
    assert {found.chance for found in chances.values()} == {1.0}


def test_a_run_of_another_model_is_refused(run):
    evaluation, result = run
    smaller = replace(result, rank_acceptability=np.zeros((2, 3, 3)))
    with pytest.raises(ValueError, match="does not belong"):
        top_chances(smaller, evaluation.model)
