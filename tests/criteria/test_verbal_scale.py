import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from criteria.judgments import JudgmentError
from criteria.verbal_scale import (
    format_judgment,
    intensity,
    is_scale_value,
    judgment_label,
    nearest_scale_value,
    parse_judgment,
    step_from_value,
    value_from_step,
)


@given(st.integers(-8, 8))
def test_step_round_trip(step):
    assert step_from_value(value_from_step(step)) == step


def test_step_meaning():
    assert value_from_step(0) == 1
    assert value_from_step(-2) == 3  # leans toward the first item
    assert value_from_step(4) == pytest.approx(1 / 5)
    with pytest.raises(ValueError):
        value_from_step(9)


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("1/3", 1 / 3), ("0.5", 0.5), ("1:5", 1 / 5), (" 9 ", 9), ("", None)],
)
def test_parse(text, value):
    assert parse_judgment(text) == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize("text", ["abc", "0", "-2", "10", "1/0", "nan", "1/10"])
def test_parse_refuses(text):
    with pytest.raises(JudgmentError):
        parse_judgment(text)


def test_format_and_intensity():
    assert format_judgment(3.0) == "3"
    assert format_judgment(1 / 7) == "1/7"
    assert format_judgment(2.5) == "2.50"
    assert intensity(1 / 5) == (5, False)
    assert intensity(7.2) == (7, True)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (9.0, "9"),
        (0.2, "1/5"),
        (1 / 9, "1/9"),
        (0.5, "1/2"),
        (2.66, "2.66"),
        (0.375, "0.38"),
        (1.5, "1.50"),
        (3 + 1e-9, "3"),
        (1 / 3 - 1e-10, "1/3"),
        (12.0, "12"),
        (1 / 12, "1/12"),
        (2.999, "3.00"),
    ],
)
def test_one_format_for_every_judgment(value, text):
    assert format_judgment(value) == text


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (3.0, "3"),
        (1 / 5, "1/5"),
        (2.66, "2.66 ≈ 3"),
        (0.375, "0.38 ≈ 1/3"),
        (1.2, "1.20 ≈ 1"),
        (8.6, "8.60 ≈ 9"),
        (0.15, "0.15 ≈ 1/7"),
    ],
)
def test_label_shows_the_nearest_scale_value_only_off_the_scale(value, label):
    assert judgment_label(value) == label


def test_nearest_is_on_the_log_scale():
    # Between 2 and 3 the log-scale midpoint is √6 ≈ 2.449, not 2.5.
    assert nearest_scale_value(2.44) == 2
    assert nearest_scale_value(2.46) == 3
    assert nearest_scale_value(1 / 2.46) == pytest.approx(1 / 3)
    assert step_from_value(2.46) == -2


@given(st.floats(1 / 9, 9))
def test_nearest_scale_value_is_on_the_scale_and_symmetric(value):
    nearest = nearest_scale_value(value)
    assert is_scale_value(nearest)
    assert nearest_scale_value(1 / value) == pytest.approx(1 / nearest)
    assert (
        abs(math.log(value / nearest))
        <= min(abs(math.log(value / v)) for v in map(value_from_step, range(-8, 9))) + 1e-12
    )
    assert ("≈" in judgment_label(value)) == (not is_scale_value(value))
