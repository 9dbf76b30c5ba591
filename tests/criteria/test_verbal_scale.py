import pytest
from hypothesis import given
from hypothesis import strategies as st

from criteria.judgments import JudgmentError
from criteria.verbal_scale import (
    format_judgment,
    intensity,
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


@pytest.mark.parametrize(("text", "value"), [("3", 3), ("1/3", 1 / 3), ("0.5", 0.5),
                                             ("1:5", 1 / 5), (" 9 ", 9), ("", None)])
def test_parse(text, value):
    assert parse_judgment(text) == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize("text", ["abc", "0", "-2", "10", "1/0", "nan", "1/10"])
def test_parse_refuses(text):
    with pytest.raises(JudgmentError):
        parse_judgment(text)


def test_format_and_intensity():
    assert format_judgment(3.0) == "3"
    assert format_judgment(1 / 7) == "1/7"
    assert format_judgment(2.5) == "2.5"
    assert intensity(1 / 5) == (5, False)
    assert intensity(7.2) == (7, True)
