"""The colours of every chart, on screen and in the exports; no Qt, no pyqtgraph.

Okabe–Ito palette plus four (Tol's): distinguishable in print and for colour-blind readers; one
colour for each of the 12 strategies a model may hold (strategies.model_limits).
"""

from __future__ import annotations

PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#999999",
    "#882255",
    "#44AA99",
    "#332288",
)


# Two tones that alternate where a chart has more series than the palette has colours (40
# criteria stacked, 40 districts side by side): a colour could not name a series then, so
# neighbours are told apart by tone and each series is named on hover instead.
ALTERNATING = ("#0072B2", "#9CC9E6")


def names_by_colour(series: int) -> bool:
    """Whether each of so many series can have a colour of its own (and a legend entry)."""
    return series <= len(PALETTE)


def series_code(index: int, series: int) -> str:
    """The colour of the index-th of so many series."""
    return colour_code(index) if names_by_colour(series) else ALTERNATING[index % 2]


def colour_code(index: int) -> str:
    """The colour of the index-th series (the palette repeats)."""
    return PALETTE[index % len(PALETTE)]


# A light-to-dark blue ramp for a share between 0 and 1 (a probability, a need): readable in
# print and grey-scale, and distinct from the categorical colours' orange and green.
RAMP_LOW, RAMP_HIGH = (0xEF, 0xF3, 0xFF), (0x08, 0x45, 0x94)


def sequential_code(share: float) -> str:
    """The ramp's colour at share (clipped to 0..1)."""
    share = min(max(share, 0.0), 1.0)
    channels = (round(lo + (hi - lo) * share) for lo, hi in zip(RAMP_LOW, RAMP_HIGH, strict=True))
    return "#" + "".join(f"{c:02X}" for c in channels)
