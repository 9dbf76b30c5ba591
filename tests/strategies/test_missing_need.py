"""Missing data never looks like need (issue 11): the rule of fill_unmeasured_need, as properties."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from criteria.indicators import (
    Indicator,
    NeedSource,
    Normalisation,
    district_need,
    fill_unmeasured_need,
)
from criteria.text import LocalText
from strategies.ranking import adjusted_weights, competition_ranks, priorities

NAME = LocalText("指标", "indicator")
UNIT = st.floats(0.0, 1.0, allow_nan=False)


def indicator(ident, criterion, values, direction="higher_is_better"):
    return Indicator(
        id=ident,
        name=NAME,
        unit=NAME,
        year="2017",
        scope="district",
        criterion=criterion,
        direction=direction,
        kind="number",
        section="",
        source=NAME,
        values=values,
    )


@st.composite
def need_tables(draw, min_districts=1):
    """A need table [d, c] with a random mask of measured cells."""
    districts = draw(st.integers(min_districts, 6))
    criteria = draw(st.integers(1, 6))
    need = draw(hnp.arrays(float, (districts, criteria), elements=UNIT))
    measured = draw(hnp.arrays(bool, (districts, criteria)))
    return need, measured


@given(need_tables())
def test_measured_cells_are_kept_and_sources_say_why(table):
    need, measured = table
    filled, source = fill_unmeasured_need(need, measured)
    assert np.array_equal(filled[measured], need[measured])
    assert ((source == NeedSource.MEASURED) == measured).all()
    assert np.isfinite(filled).all() and (filled >= 0).all() and (filled <= 1).all()


@given(need_tables())
def test_a_missing_cell_never_shows_more_need_than_every_measured_district(table):
    """Where a criterion has data, an unmeasured district gets the mean of the measured ones."""
    need, measured = table
    filled, source = fill_unmeasured_need(need, measured)
    for column in np.flatnonzero(measured.any(axis=0)):
        values = need[measured[:, column], column]
        estimated = filled[~measured[:, column], column]
        assert estimated == pytest.approx(np.full(estimated.shape, values.mean()))
        assert (estimated <= values.max() + 1e-12).all()
        assert (source[~measured[:, column], column] == NeedSource.DISTRICTS_MEAN).all()


@given(need_tables())
def test_a_criterion_without_data_takes_the_district_mean(table):
    need, measured = table
    filled, source = fill_unmeasured_need(need, measured)
    empty = ~measured.any(axis=0)
    if not measured.any():
        assert (source == NeedSource.NO_DATA).all() and (filled == filled[0, 0]).all()
        return
    for row in range(need.shape[0]):
        own = need[row, measured[row]] if measured[row].any() else filled[row, ~empty]
        assert filled[row, empty] == pytest.approx(np.full(empty.sum(), own.mean()))
        assert (source[row, empty] == NeedSource.OWN_MEAN).all()


@settings(max_examples=60)
@given(
    st.lists(UNIT, min_size=1, max_size=5),
    st.integers(1, 4),
    UNIT,
    hnp.arrays(float, 10, elements=st.floats(0.01, 1.0)),
)
def test_a_criterion_without_data_never_gains_weight_against_an_average_one(
    measured_needs, empty_count, alpha, raw_weights
):
    """The district's need on the last measured criterion is its own mean: the district is
    average there, and no criterion without data may gain weight against it, at any α."""
    own = [*measured_needs, float(np.mean(measured_needs))]
    need = np.zeros((2, len(own) + empty_count))
    need[0, : len(own)] = own
    need[1, : len(own)] = 1.0 - np.asarray(own)  # another district, so columns have data
    measured = np.zeros(need.shape, dtype=bool)
    measured[:, : len(own)] = True
    filled, _ = fill_unmeasured_need(need, measured)
    weights = raw_weights[: need.shape[1]] / raw_weights[: need.shape[1]].sum()
    ratio = adjusted_weights(weights, filled, alpha)[0] / weights
    average = len(own) - 1
    assert (ratio[len(own) :] <= ratio[average] * (1 + 1e-9)).all()


@st.composite
def indicator_sets(draw):
    districts = tuple(f"d{i}" for i in range(draw(st.integers(2, 5))))
    criteria = tuple(f"C{i}" for i in range(draw(st.integers(1, 4))))
    found = []
    for index in range(draw(st.integers(0, 5))):
        chosen = draw(st.lists(st.sampled_from(districts), unique=True))
        values = {d: draw(st.floats(0.0, 100.0)) for d in chosen}
        direction = draw(st.sampled_from(["higher_is_better", "lower_is_better"]))
        found.append(indicator(f"i{index}", draw(st.sampled_from(criteria)), values, direction))
    return districts, criteria, found


@settings(max_examples=80, deadline=None)
@given(
    indicator_sets(),
    st.sampled_from(list(Normalisation)),
    UNIT,
    hnp.arrays(float, 4, elements=st.floats(0.01, 1.0)),
    hnp.arrays(float, (3, 4), elements=st.floats(0.0, 1.0)),
)
def test_adding_a_district_with_every_value_missing_changes_no_other_ranking(
    data, method, alpha, raw_weights, effectiveness
):
    districts, criteria, indicators = data
    weights = raw_weights[: len(criteria)]
    effect = effectiveness[:, : len(criteria)]
    before = district_need(indicators, criteria, districts, method)
    after = district_need(indicators, criteria, (*districts, "unknown"), method)
    assert np.array_equal(after.need[:-1], before.need)
    assert np.array_equal(after.source[:-1], before.source)
    scores = [priorities(adjusted_weights(weights, n.need, alpha), effect) for n in (before, after)]
    assert np.array_equal(scores[1][:-1], scores[0])
    assert np.array_equal(competition_ranks(scores[1])[:-1], competition_ranks(scores[0]))


def test_no_data_at_all_is_plain_ahp_at_every_alpha():
    need = district_need([], ("C1", "C2", "C3"), ("a", "b"))
    assert (need.source == NeedSource.NO_DATA).all()
    weights = np.array([0.5, 0.3, 0.2])
    for alpha in (0.0, 0.3, 1.0):
        assert adjusted_weights(weights, need.need, alpha) == pytest.approx(
            np.tile(weights, (2, 1))
        )


def test_a_criterion_no_district_has_data_on_moves_with_the_district_mean():
    # C1: a leads (need 0), b has half (0.5), c measured at a quarter (0.75); C2 has no data.
    first = indicator("x", "C1", {"a": 20.0, "b": 10.0, "c": 5.0})
    second = indicator("y", "C3", {"a": 10.0, "b": 10.0, "c": 5.0})
    need = district_need([first, second], ("C1", "C2", "C3"), ("a", "b", "c"))
    # own means over C1 and C3: a (0 + 0) / 2, b (0.5 + 0) / 2, c (0.75 + 0.5) / 2
    assert need.need[:, 1] == pytest.approx([0.0, 0.25, 0.625])
    assert (need.source[:, 1] == NeedSource.OWN_MEAN).all()
