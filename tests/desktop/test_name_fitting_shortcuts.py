"""The shortcuts that keep a reordering edit fast fit the names exactly as the plain search
does: counting cells, shortening, and the width remembered for a set of labels."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.views.strategy_names import ELLIPSIS, cells, shorten

NAMES = [
    "Build a multi-level cluster organisation system",
    "完善融资支持政策，改善电子商务产业集群环境",
    "From points to the whole: focus on core enterprises",
    "Talent",
    "x" * 70,
    "Ｆｕｌｌ width and ｈａｌｆ",
]


def plain_cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def plain_shorten(text: str, width: int) -> str:
    """shorten() as first written: the cells of the kept text counted again for each char."""
    if plain_cells(text) <= width:
        return text
    kept = ""
    for char in text:
        if plain_cells(kept + char + ELLIPSIS) > width:
            break
        kept += char
    if " " in kept and not text[len(kept)].isspace():
        kept = kept[: kept.rfind(" ")] or kept
    return kept.rstrip(" ,.;:，。；：、—-") + ELLIPSIS


@given(st.text(max_size=80))
def test_cells_are_counted_as_east_asian_width_says(text):
    assert cells(text) == plain_cells(text)


@given(
    st.text(alphabet=st.sampled_from("ab c,人才，。Ｆé—-…"), min_size=1, max_size=50)
    | st.text(min_size=1, max_size=50),
    st.integers(min_value=1, max_value=45),
)
def test_shortening_keeps_what_the_plain_count_kept(text, width):
    assert shorten(text, width) == plain_shorten(text, width)


def fitted_ticks(qtbot, width: int, shows: list[list[str]]) -> list[list]:
    """The axis labels of one chart shown each list of labels, one after the other."""
    from desktop.sensitivity.acceptability_chart import AcceptabilityChart

    chart = AcceptabilityChart()
    qtbot.addWidget(chart)
    chart.resize(width, 400)
    chart.show()
    qtbot.waitExposed(chart)
    shown = []
    for labels in shows:
        percent = np.full((len(labels), len(labels)), 100.0 / len(labels))
        ranks = [f"rank {n}" for n in range(1, len(labels) + 1)]
        chart.show_acceptability(percent, labels, ranks, "t", "%")
        axis = chart.plot.getAxis("bottom")
        shown.append(list(axis._tickLevels[0]))
    return shown


@pytest.mark.parametrize("width", [380, 640, 1500])
def test_a_reordering_is_labelled_as_a_fresh_fit_would_label_it(qtbot, width):
    """Reorderings, and other names in between (as after a language switch)."""
    labels = [f"S{i + 1}\n{name}" for i, name in enumerate(NAMES)]
    short = [f"S{i + 1}\n{name[:5]}" for i, name in enumerate(NAMES)]
    orders = [range(6), [3, 1, 5, 0, 4, 2], [5, 4, 3, 2, 1, 0], range(6)]
    shows = [[names[i] for i in order] for names in (labels, short, labels) for order in orders]
    remembered = fitted_ticks(qtbot, width, shows)
    for shown, seen in zip(shows, remembered, strict=True):
        (fresh,) = fitted_ticks(qtbot, width, [shown])
        assert seen == fresh
