"""The colours of every chart, on screen and in the exports; no Qt, no pyqtgraph.

Okabe–Ito palette plus three: distinguishable in print and for colour-blind readers.
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
)


def colour_code(index: int) -> str:
    """The colour of the index-th series (the palette repeats)."""
    return PALETTE[index % len(PALETTE)]
