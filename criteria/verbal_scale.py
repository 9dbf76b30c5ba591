"""Saaty's verbal scale: steps of a two-sided slider, typed text, and the words for each value.

A slider step is an integer in [-8, 8]: negative leans toward the first item of the pair,
positive toward the second, 0 is "equal". Step −2 means "first is 3 times as important".
"""

from __future__ import annotations

import math
from fractions import Fraction

from criteria.judgments import check_scale_value

MAX_STEP = 8
WHOLE_TOLERANCE = 1e-6  # closer than this to a whole number (or its inverse) is that number

# Intensity 1..9 → key of its verbal description (translated by the interface).
INTENSITY_KEYS = (
    "equal",
    "equal_to_moderate",
    "moderate",
    "moderate_to_strong",
    "strong",
    "strong_to_very_strong",
    "very_strong",
    "very_strong_to_extreme",
    "extreme",
)


def value_from_step(step: int) -> float:
    """Judgment value of (first, second) for a slider step."""
    if not -MAX_STEP <= step <= MAX_STEP:
        raise ValueError(f"slider step {step} is outside [-{MAX_STEP}, {MAX_STEP}]")
    return float(1 - step) if step <= 0 else 1.0 / (step + 1)


def step_from_value(value: float) -> int:
    """The slider step nearest (on the log scale) to a judgment value."""
    level, favours_first = intensity(value)
    return 1 - level if favours_first else level - 1


def intensity(value: float) -> tuple[int, bool]:
    """Nearest whole intensity 1..9 on the log scale (a ratio scale: 2.5 is nearer 3 than 2)
    and whether the first item is the favoured one."""
    ratio = favoured_ratio(value)
    level = min(range(1, 10), key=lambda whole: abs(math.log(ratio / whole)))
    return level, value >= 1


def favoured_ratio(value: float) -> float:
    """How many times the favoured item of the pair outweighs the other (≥ 1)."""
    return value if value >= 1 else 1.0 / value


def nearest_scale_value(value: float) -> float:
    """The value on Saaty's scale (1/9 … 9) nearest to value on the log scale."""
    level, favours_first = intensity(value)
    return float(level) if favours_first else 1.0 / level


def is_scale_value(value: float) -> bool:
    """Whether value is one of Saaty's 17 values (up to rounding noise)."""
    return math.isclose(value, nearest_scale_value(value), rel_tol=WHOLE_TOLERANCE)


def parse_judgment(text: str) -> float | None:
    """Typed judgment: '3', '1/3', '0.5', '1:3'; empty means missing. Raises JudgmentError.

    Values between the scale's steps (2.5, 0.333) are kept as typed: Saaty allows intermediate
    values. Only a value just outside the ends by rounding (0.111, 9.0004) becomes the end."""
    number = _typed_number(text)
    return None if number is None else check_scale_value(number)


def moved_to_scale_end(text: str) -> bool:
    """Whether the typed value lies just outside 1/9 … 9 and was set to the end it rounds
    from (0.111 → 1/9), so the planner can be told."""
    number = _typed_number(text)
    return isinstance(number, float) and parse_judgment(text) != number


def _typed_number(text: str) -> object:
    """The typed number as a float, None for empty, or the text itself if not a number."""
    cleaned = text.strip().replace("：", ":").replace("／", "/").replace(":", "/")
    if not cleaned:
        return None
    try:
        return float(Fraction(cleaned)) if "/" in cleaned else float(cleaned)
    except (ValueError, ZeroDivisionError):
        return text


def format_judgment(value: float) -> str:
    """The one way a judgment value is written: '3', '1/3' (reciprocals of whole numbers as
    fractions), otherwise two decimals ('2.66', '0.38')."""
    if math.isclose(value, round(value), rel_tol=WHOLE_TOLERANCE) and round(value) >= 1:
        return str(round(value))
    inverse = 1.0 / value
    if math.isclose(inverse, round(inverse), rel_tol=WHOLE_TOLERANCE):
        return f"1/{round(inverse)}"
    return f"{value:.2f}"


def judgment_label(value: float) -> str:
    """The exact value, with the nearest scale value after '≈' when it is off the scale:
    '3', '2.66 ≈ 3', '0.38 ≈ 1/3'."""
    if is_scale_value(value):
        return format_judgment(value)
    return f"{format_judgment(value)} ≈ {format_judgment(nearest_scale_value(value))}"
