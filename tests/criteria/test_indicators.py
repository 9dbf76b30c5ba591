import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from criteria.indicators import (
    Indicator,
    NeedSource,
    Normalisation,
    district_need,
    normalised_scores,
)
from criteria.text import LocalText

DISTRICTS = ("a", "b", "c", "d")
CRITERIA = ("C1", "C2")
NAME = LocalText("指标", "indicator")


def indicator(values, criterion="C1", direction="higher_is_better", kind="number", **extra):
    return Indicator(
        id=f"i{len(values)}{direction}",
        name=NAME,
        unit=NAME,
        year="2017",
        scope="district",
        criterion=criterion,
        direction=direction,
        kind=kind,
        section="三(一)",
        source=NAME,
        values=values,
        **extra,
    )


def test_ratio_to_best_and_min_max():
    ind = indicator({"a": 20.0, "b": 10.0, "c": 15.0})
    assert normalised_scores(ind, DISTRICTS, Normalisation.RATIO_TO_BEST) == {
        "a": 1.0,
        "b": 0.5,
        "c": 0.75,
    }
    assert normalised_scores(ind, DISTRICTS, Normalisation.MIN_MAX) == {
        "a": 1.0,
        "b": 0.0,
        "c": 0.5,
    }


def test_lower_is_better_flips():
    ind = indicator({"a": 20.0, "b": 10.0}, direction="lower_is_better")
    assert normalised_scores(ind, DISTRICTS, Normalisation.RATIO_TO_BEST) == {"a": 0.5, "b": 1.0}
    assert normalised_scores(ind, DISTRICTS, Normalisation.MIN_MAX) == {"a": 0.0, "b": 1.0}


def test_ordinal_levels_are_scored_on_their_rank():
    ind = indicator({"a": "high", "b": "low", "c": "high"}, kind="ordinal", levels=("low", "high"))
    assert normalised_scores(ind, DISTRICTS, Normalisation.RATIO_TO_BEST) == {
        "a": 1.0,
        "b": 0.0,
        "c": 1.0,
    }


def test_missing_district_gets_the_mean_need_of_the_others_and_a_flag():
    need = district_need([indicator({"a": 20.0, "b": 10.0})], CRITERIA, DISTRICTS)
    # a leads (need 0), b has half (need 0.5): c and d are taken to be average, 0.25.
    assert need.need[DISTRICTS.index("c"), 0] == pytest.approx(0.25)
    assert need.neutral[DISTRICTS.index("c"), 0]
    assert need.source[DISTRICTS.index("c"), 0] == NeedSource.DISTRICTS_MEAN
    assert not need.neutral[DISTRICTS.index("b"), 0]
    assert need.need[DISTRICTS.index("b"), 0] == pytest.approx(0.5)
    assert need.neutral[:, 1].all()  # no indicator at all for C2
    assert (need.source[:, 1] == NeedSource.OWN_MEAN).all()


def test_values_that_do_not_differ_say_nothing():
    need = district_need([indicator({"a": 0.0, "b": 0.0, "c": 0.0, "d": 0.0})], CRITERIA, DISTRICTS)
    assert need.neutral[:, 0].all()


def test_context_indicators_do_not_enter_need():
    city = Indicator(
        id="gdp",
        name=NAME,
        unit=NAME,
        year="2017",
        scope="city",
        criterion=None,
        direction="higher_is_better",
        kind="number",
        section="三(一)",
        source=NAME,
        value=0.95,
    )
    assert district_need([city], CRITERIA, DISTRICTS).neutral.all()


def test_mean_over_indicators_of_a_criterion():
    first = indicator({"a": 10.0, "b": 5.0})
    second = indicator({"a": 1.0, "b": 1.0, "c": 4.0})
    need = district_need([first, second], CRITERIA, DISTRICTS)
    # a: (1 + 0.25) / 2; b: (0.5 + 0.25) / 2; c: 1 (only the second)
    assert need.performance[:3, 0] == pytest.approx([0.625, 0.375, 1.0])


@given(
    st.dictionaries(st.sampled_from(DISTRICTS[1:]), st.integers(0, 1000).map(float), min_size=1),
    st.sampled_from(list(Normalisation)),
)
def test_a_missing_value_never_acts_as_zero(values, method):
    """Adding a district's missing value as 0 would change the others; leaving it out must not."""
    without = district_need([indicator(values)], CRITERIA, DISTRICTS, method)
    row = DISTRICTS.index("a")
    assert without.neutral[row, 0]
    measured = ~without.neutral[:, 0]
    if measured.any():  # the mean of the measured districts, never a fixed value
        assert without.need[row, 0] == pytest.approx(without.need[measured, 0].mean())
    else:
        assert (without.source == NeedSource.NO_DATA).all()
    with_zero = district_need([indicator({**values, "a": 0.0})], CRITERIA, DISTRICTS, method)
    others = [DISTRICTS.index(d) for d in values]
    differs = not np.allclose(
        without.need[others, 0], with_zero.need[others, 0], rtol=0, atol=1e-12
    )
    scores = list(values.values())
    spread_before = len(scores) >= 2 and not math.isclose(min(scores), max(scores))
    if method is Normalisation.MIN_MAX and min(scores) > 0 and spread_before:
        assert differs  # a zero would have moved the others' scores
    assert np.all((without.need >= 0) & (without.need <= 1))
