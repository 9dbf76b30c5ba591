"""The one lazy analyses object: computed on first use, once, and the same for the window's
pages and the exports' bundle."""

from dataclasses import replace

import numpy as np
import pytest
from sensitivity_cases import foshan

from strategies.sensitivity.analyses import KEPT_MONTE_CARLO_RUNS, Analyses
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import MonteCarloSettings


def test_an_analysis_is_computed_on_first_use_and_kept():
    analyses = Analyses(foshan())
    assert "gradient" not in vars(analyses) and "alpha" not in vars(analyses)
    first = analyses.gradient
    assert analyses.gradient is first and "alpha" not in vars(analyses)


def test_the_exports_bundle_holds_what_the_pages_show():
    evaluation = foshan()
    pages = Analyses(evaluation)
    bundle = sensitivity_bundle(evaluation, MonteCarloSettings(spread=0.1, samples=50, seed=1))
    np.testing.assert_array_equal(bundle.gradient.priorities, pages.gradient.priorities)
    np.testing.assert_array_equal(bundle.alpha.ranks, pages.alpha.ranks)
    np.testing.assert_array_equal(bundle.thresholds.top_increase, pages.thresholds.top_increase)


def test_analyses_need_an_evaluation_or_inputs():
    with pytest.raises(ValueError, match="evaluation or its sensitivity inputs"):
        Analyses(None)


def test_a_monte_carlo_is_run_once_per_settings_and_the_last_few_kept():
    analyses = Analyses(foshan())
    first = MonteCarloSettings(spread=0.1, samples=40, seed=1)
    result = analyses.monte_carlo(first)
    assert analyses.monte_carlo(first) is result
    assert analyses.finished_monte_carlo(replace(first, seed=2)) is None
    for seed in range(2, 2 + KEPT_MONTE_CARLO_RUNS):
        analyses.monte_carlo(replace(first, seed=seed))
    assert analyses.finished_monte_carlo(first) is None  # the oldest run was let go
    assert analyses.finished_monte_carlo(replace(first, seed=2)) is not None


def test_the_bundle_takes_what_the_analyses_already_hold():
    evaluation = foshan()
    analyses = Analyses(evaluation)
    settings = MonteCarloSettings(spread=0.1, samples=40, seed=1)
    run = analyses.monte_carlo(settings)
    bundle = sensitivity_bundle(evaluation, settings, analyses=analyses)
    assert bundle.monte_carlo is run
    assert bundle.gradient is analyses.gradient and bundle.alpha is analyses.alpha
    assert bundle.alpha_stability is analyses.alpha_stability
    fresh = sensitivity_bundle(evaluation, settings)
    np.testing.assert_array_equal(fresh.monte_carlo.rank_acceptability, run.rank_acceptability)
