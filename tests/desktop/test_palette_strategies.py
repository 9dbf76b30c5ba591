"""Every strategy a model may hold gets its own colour, and no two colours are close."""

import itertools

from desktop.palette import PALETTE, colour_code
from strategies.model_limits import MAX_STRATEGIES

# CIE76 ΔE: about 2 is just noticeable; the closest pair of the Okabe–Ito set here is ~18.
LEAST_DISTANCE = 18.0


def _lab(code: str) -> tuple[float, float, float]:
    """sRGB hex → CIE L*a*b* (D65)."""
    linear = []
    for start in (1, 3, 5):
        c = int(code[start : start + 2], 16) / 255
        linear.append(((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92)
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_each_of_the_most_strategies_has_its_own_colour():
    codes = [colour_code(index) for index in range(MAX_STRATEGIES)]
    assert len(set(codes)) == MAX_STRATEGIES


def test_no_two_colours_are_close():
    for one, other in itertools.combinations(PALETTE, 2):
        distance = sum((a - b) ** 2 for a, b in zip(_lab(one), _lab(other), strict=True)) ** 0.5
        assert distance >= LEAST_DISTANCE, (one, other, distance)
