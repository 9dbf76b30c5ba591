"""Saaty's verbal scale: steps of a two-sided slider, typed text, and the words for each value.

A slider step is an integer in [-8, 8]: negative leans toward the first item of the pair,
positive toward the second, 0 is "equal". Step −2 means "first is 3 times as important".
"""

from __future__ import annotations

import math
from fractions import Fraction

from criteria.judgments import check_scale_value

MAX_STEP = 8

# Intensity 1..9 → key of its verbal description (translated by the interface).
INTENSITY_KEYS = ("equal", "equal_to_moderate", "moderate", "moderate_to_strong", "strong",
                  "strong_to_very_strong", "very_strong", "very_strong_to_extreme", "extreme")


def value_from_step(step: int) -> float:
    """Judgment value of (first, second) for a slider step."""
    if not -MAX_STEP <= step <= MAX_STEP:
        raise ValueError(f"slider step {step} is outside [-{MAX_STEP}, {MAX_STEP}]")
    return float(1 - step) if step <= 0 else 1.0 / (step + 1)


def step_from_value(value: float) -> int:
    """The slider step nearest (on the log scale) to a judgment value."""
    if value >= 1:
        return -min(MAX_STEP, round(value) - 1)
    return min(MAX_STEP, round(1.0 / value) - 1)


def intensity(value: float) -> tuple[int, bool]:
    """Nearest whole intensity 1..9 and whether the first item is the favoured one."""
    favours_first = value >= 1
    return min(9, max(1, round(value if favours_first else 1.0 / value))), favours_first


def parse_judgment(text: str) -> float | None:
    """Typed judgment: '3', '1/3', '0.5', '1:3'; empty means missing. Raises JudgmentError."""
    cleaned = text.strip().replace("：", ":").replace("／", "/").replace(":", "/")
    if not cleaned:
        return None
    try:
        number: object = float(Fraction(cleaned)) if "/" in cleaned else float(cleaned)
    except (ValueError, ZeroDivisionError):
        number = text
    return check_scale_value(number)


def format_judgment(value: float) -> str:
    """'3', '1/3', or a decimal for values between the steps."""
    if value >= 1:
        return f"{value:g}" if math.isclose(value, round(value), abs_tol=1e-9) else f"{value:.3g}"
    inverse = 1.0 / value
    if math.isclose(inverse, round(inverse), abs_tol=1e-6):
        return f"1/{round(inverse)}"
    return f"{value:.3g}"
