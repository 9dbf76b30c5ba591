"""Live ranking bars for dynamic sensitivity: best first, redrawn in place on every move."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from desktop.sensitivity.chart_base import HoverChart
from desktop.views.charts import colour
from desktop.views.strategy_names import one_line

BAR_WIDTH = 0.6


class RankingBars(HoverChart):
    """One bar per strategy in rank order; each strategy keeps its colour as bars trade places."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.removeItem(self.legend)  # the axis names each bar; a legend would only repeat it
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        self._labels: list[str] = []
        self._y_label = ""

    def show_ranking(
        self, priorities: np.ndarray, ranks: np.ndarray, labels: list[str], title: str, y_label: str
    ) -> None:
        """priorities and competition ranks [strategy] in model order."""
        order = np.argsort(ranks, kind="stable")
        ticks = [(float(place), f"{ranks[s]}. {labels[s]}") for place, s in enumerate(order)]
        self.name_ticks.show(ticks)
        self.plot.setTitle(title)
        self.plot.setLabel("left", y_label)
        self.bars.setOpts(
            x=np.arange(len(order)),
            height=priorities[order],
            width=BAR_WIDTH,
            brushes=[colour(int(s)) for s in order],
            pen=pg.mkPen("w", width=0.5),
        )
        self._labels, self._y_label = labels, y_label
        self.shown = {"priorities": priorities.copy(), "ranks": ranks.copy(), "order": order}

    def describe(self, x: float, y: float) -> str:
        if not self.shown:
            return ""
        place = int(round(x))
        if not 0 <= place < len(self.shown["order"]) or abs(x - place) > BAR_WIDTH / 2:
            return ""
        strategy = int(self.shown["order"][place])
        return (
            f"{one_line(self._labels[strategy])}: {self._y_label} "
            f"{self.shown['priorities'][strategy]:.4f} (#{self.shown['ranks'][strategy]})"
        )
