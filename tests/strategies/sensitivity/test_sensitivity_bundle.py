import numpy as np
from sensitivity_cases import foshan

from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import MonteCarloSettings


def test_the_bundle_holds_every_analysis_and_the_export_summary():
    evaluation = foshan()
    bundle = sensitivity_bundle(evaluation, MonteCarloSettings(spread=0.3, samples=500, seed=2))
    assert bundle.gradient.priorities.shape == (8, 101, 5, 6)
    assert bundle.thresholds.top_increase.shape == (8, 5)
    assert bundle.alpha.ranks.shape == (101, 5, 6)
    assert bundle.monte_carlo.rank_acceptability.shape == (5, 6, 6)
    summary = bundle.robustness()
    assert len(summary) == 5
    for district, row in enumerate(summary):
        assert evaluation.ranks[district, row.top_strategy] == 1
        assert row.top_stays_top == bundle.monte_carlo.rank_acceptability[
            district, row.top_strategy, 0]
        sizes = np.fmin(bundle.thresholds.top_increase, bundle.thresholds.top_decrease)
        assert abs(row.critical_change) == np.nanmin(sizes[:, district])
        assert row.critical_criterion == np.nanargmin(sizes[:, district])
