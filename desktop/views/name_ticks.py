"""Bottom-axis labels that name the bars as fully as the room under each bar allows.

A label is given as "head\\nfull name" (head: the id, or rank and id). Whenever the plot is
resized the name is wrapped again to the widest text that fits one bar's width, measured with
the axis font, so labels never run into each other and none is dropped at the edge.

An edit that reorders the bars gives the same labels in another order: the width found for
them is remembered, so a reordering costs one wrap of each name, not a search of widths.
"""

from __future__ import annotations

from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from criteria.lru import LruCache
from desktop.views.strategy_names import MIN_AXIS_CELLS, axis_label

SLOT_SHARE = 0.92  # of one bar's width, for its label: a little air between labels
MAX_CELLS = 60
WIDTHS_REMEMBERED = 64  # (labels, room, font) → width: rooms seen while resizing, per chart


def fit_tick_lines(axis: pg.AxisItem, ticks: list[tuple[float, str]]) -> None:
    """Room under the axis for every line of the tallest label (pyqtgraph alone reserves
    about one and a half)."""
    lines = max((text.count("\n") + 1 for _position, text in ticks), default=1)
    spacing = QFontMetrics(axis.style["tickFont"] or axis.font()).lineSpacing()
    style = {"autoExpandTextSpace": lines == 1, "tickTextHeight": lines * spacing}
    if any(axis.style[key] != value for key, value in style.items()):  # else no re-layout
        axis.setStyle(**style)


class NameTicks:
    """The bottom axis of plot, labelled with names fitted to one unit of x (one bar)."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.axis = plot.getAxis("bottom")
        self.given: list[tuple[float, str]] = []
        self._fitted_for: tuple = ()  # (labels given, room): refit only when either changes
        self._widths: LruCache[tuple, int] = LruCache(WIDTHS_REMEMBERED)
        plot.vb.sigResized.connect(self.fit)
        plot.vb.sigXRangeChanged.connect(self.fit)

    def show(self, ticks: list[tuple[float, str]] | None) -> None:
        """Label the axis with ticks (None: plain numbers, as pyqtgraph chooses)."""
        self.given = list(ticks or [])
        self._fitted_for = ()
        if ticks is None:
            self.axis.setTicks(None)
            fit_tick_lines(self.axis, [])
        else:
            self.fit()

    def fit(self, *_signal) -> None:
        if not self.given:
            return
        room = round(SLOT_SHARE * self._unit_width())
        if self._fitted_for == (self.given, room):  # a slider move that kept the order
            return
        self._fitted_for = (self.given, room)
        font = self.axis.style["tickFont"] or self.axis.font()
        # Whether labels fit does not depend on their order: the key is the sorted texts.
        key = (tuple(sorted(text for _position, text in self.given)), room, font.key())
        if key not in self._widths:
            self._widths[key] = self._widest_fitting(QFontMetrics(font), room)
        labels = self._labels(self._widths[key])
        self.axis.setTicks([labels])
        fit_tick_lines(self.axis, labels)

    def _widest_fitting(self, metrics: QFontMetrics, room: int) -> int:
        width = MAX_CELLS
        while width >= MIN_AXIS_CELLS and not self._fits(self._labels(width), metrics, room):
            width -= 1
        return width

    def _labels(self, width: int) -> list[tuple[float, str]]:
        return [(position, _fitted_label(text, width)) for position, text in self.given]

    def _unit_width(self) -> float:
        """Pixels per unit of x: the width of one bar's slot."""
        (low, high), _ = self.plot.vb.viewRange()
        return self.plot.vb.width() / max(high - low, 1e-9)

    @staticmethod
    def _fits(labels: list[tuple[float, str]], metrics: QFontMetrics, room: float) -> bool:
        lines = (line for _position, text in labels for line in text.split("\n")[1:])
        return all(metrics.horizontalAdvance(line) <= room for line in lines)


@lru_cache(maxsize=4096)
def _fitted_label(text: str, width: int) -> str:
    """A "head\\nname" label with the name wrapped to width cells (pure text work,
    remembered: the search of widths asks for the same names many times)."""
    head, _, name = text.partition("\n")
    return axis_label(head, name, width) if name else head
