"""The Foshan numbers of issue 11: Gaoming and Sanshui have no market share (C1)."""

from dataclasses import replace

import numpy as np
import pytest

from criteria.indicators import NeedSource, Normalisation
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model

SHARES = {"chancheng": 18.33, "nanhai": 19.80, "shunde": 21.12}  # paper, 三(一)


@pytest.fixture(scope="module")
def model():
    return load_model()


def c1_need(model, normalisation):
    evaluation = evaluate(model, replace(default_session(model), normalisation=normalisation))
    column = model.criteria.index("C1")
    return {
        d: float(evaluation.need.need[row, column]) for row, d in enumerate(model.district_ids)
    }, evaluation


def test_ratio_to_best_gives_the_missing_districts_the_measured_mean(model):
    need, evaluation = c1_need(model, Normalisation.RATIO_TO_BEST)
    measured = [1 - share / max(SHARES.values()) for share in SHARES.values()]
    assert max(measured) == pytest.approx(0.1321, abs=1e-4)  # the 0–0.13
    for district in ("gaoming", "sanshui"):
        assert need[district] == pytest.approx(np.mean(measured))  # 0.0649, not 0.5
        assert need[district] <= max(measured)
        row = model.district_ids.index(district)
        assert evaluation.need.source[row, model.criteria.index("C1")] == NeedSource.DISTRICTS_MEAN


def test_min_max_gives_the_missing_districts_the_measured_mean(model):
    need, _ = c1_need(model, Normalisation.MIN_MAX)
    low, high = min(SHARES.values()), max(SHARES.values())
    measured = [(high - share) / (high - low) for share in SHARES.values()]
    assert need["chancheng"] == pytest.approx(1.0)
    for district in ("gaoming", "sanshui"):
        assert need[district] == pytest.approx(np.mean(measured))  # 0.491, below Chancheng
        assert need[district] < need["chancheng"]


def test_criteria_without_any_district_data_take_each_districts_own_mean(model):
    evaluation = evaluate(model, default_session(model))
    need, source = evaluation.need.need, evaluation.need.source
    empty = [model.criteria.index(c) for c in ("C3", "C5", "C6", "C7", "C8")]
    for row in range(len(model.district_ids)):
        own = source[row] == NeedSource.MEASURED
        assert need[row, empty] == pytest.approx(np.full(len(empty), need[row, own].mean()))
        assert (source[row, empty] == NeedSource.OWN_MEAN).all()
