"""The one lazy analyses object: computed on first use, once, and the same for the window's
pages and the exports' bundle."""

import numpy as np
import pytest
from sensitivity_cases import foshan

from strategies.sensitivity.analyses import Analyses
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
