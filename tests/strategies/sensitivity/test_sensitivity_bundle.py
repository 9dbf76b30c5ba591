import numpy as np
from sensitivity_cases import evaluation_of, foshan

from strategies.evaluation import evaluate
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import MonteCarloSettings


def test_the_bundle_holds_every_analysis_and_the_export_summary(any_model):
    evaluation = evaluation_of(any_model)
    bundle = sensitivity_bundle(evaluation, MonteCarloSettings(spread=0.3, samples=500, seed=2))
    c, d, s = (
        len(ids) for ids in (any_model.criteria, any_model.district_ids, any_model.strategy_ids)
    )
    assert bundle.gradient.priorities.shape == (c, 101, d, s)
    assert bundle.thresholds.top_increase.shape == (c, d)
    assert bundle.alpha.ranks.shape == (101, d, s)
    assert bundle.monte_carlo.rank_acceptability.shape == (d, s, s)
    summary = bundle.robustness()
    assert len(summary) == d
    for district, row in enumerate(summary):
        assert evaluation.ranks[district, row.top_strategy] == 1
        assert (
            row.top_stays_top
            == bundle.monte_carlo.rank_acceptability[district, row.top_strategy, 0]
        )
        sizes = np.fmin(bundle.thresholds.top_increase, bundle.thresholds.top_decrease)
        assert abs(row.critical_change) == np.nanmin(sizes[:, district])
        assert row.critical_criterion == np.nanargmin(sizes[:, district])


def test_a_monte_carlo_that_keeps_nothing_leaves_the_other_analyses_whole():
    from strategies.sensitivity.bundle import MONTE_CARLO, NO_SAMPLES_KEPT

    evaluation = foshan()
    judgments = evaluation.session.criteria_judgments["L1"]
    wild = (
        judgments.with_value("C1", "C2", 9).with_value("C2", "C3", 9).with_value("C1", "C3", 1 / 9)
    )
    bad = evaluate(evaluation.model, evaluation.session.with_criteria_judgments(wild))
    bundle = sensitivity_bundle(
        bad, MonteCarloSettings(spread=0.1, samples=200, discard_inconsistent=True)
    )
    assert bundle.monte_carlo is None
    assert [(u.analysis, u.reason) for u in bundle.unavailable] == [(MONTE_CARLO, NO_SAMPLES_KEPT)]
    assert bundle.thresholds is not None and bundle.gradient is not None
    assert bundle.alpha is not None
    for district, row in enumerate(bundle.robustness()):
        assert row.top_stays_top is None
        assert bad.ranks[district, row.top_strategy] == 1
        assert row.critical_change is not None


def test_reference_tops_agree_with_the_monte_carlo():
    evaluation = foshan()
    bundle = sensitivity_bundle(evaluation, MonteCarloSettings(spread=0.2, samples=100))
    from strategies.sensitivity.bundle import reference_tops

    assert reference_tops(bundle.inputs).tolist() == bundle.monte_carlo.reference_top.tolist()
