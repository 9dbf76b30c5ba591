"""pyqtgraph charts of the ranking: stacked contributions and grouped priorities.

Each chart keeps the arrays it drew (``shown``) so that tests check data, not pixels.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

# Okabe–Ito palette plus three: distinguishable in print and for colour-blind readers.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000", "#999999", "#882255", "#44AA99")

pg.setConfigOptions(antialias=True, background="w", foreground="k")


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class BarChart(pg.GraphicsLayoutWidget):
    """A plot with its legend beside it (not over the bars)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = self.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.3)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = pg.LegendItem(labelTextSize="8pt")
        self.addItem(self.legend, row=0, col=1)
        self.shown: dict[str, np.ndarray] = {}

    def _reset(self, title: str, y_label: str, ticks: list[tuple[float, str]]) -> None:
        self.plot.clear()
        self.legend.clear()
        self.plot.setTitle(title)
        self.plot.setLabel("left", y_label)
        self.plot.getAxis("bottom").setTicks([ticks])

    def _add_bars(self, label: str, index: int, **bar_options) -> None:
        bars = pg.BarGraphItem(brush=colour(index), pen=pg.mkPen("w", width=0.5), **bar_options)
        bars.setToolTip(label)
        self.plot.addItem(bars)
        self.legend.addItem(bars, label)


class ContributionChart(BarChart):
    """One district: a bar per strategy (best first) split into the criteria that make it up."""

    def show_contributions(self, contributions: np.ndarray, strategy_labels: list[str],
                           criterion_labels: list[str], title: str, y_label: str) -> None:
        """contributions[s, c] for strategies already in display order."""
        x = np.arange(len(strategy_labels))
        self._reset(title, y_label, list(zip(x.tolist(), strategy_labels, strict=True)))
        # Where each criterion's segment starts: the drawing's layout, not a result.
        bottoms = np.hstack([np.zeros((len(x), 1)), np.cumsum(contributions, axis=1)[:, :-1]])
        for c, label in enumerate(criterion_labels):
            self._add_bars(label, c, x=x, height=contributions[:, c], y0=bottoms[:, c],
                           width=0.6)
        self.shown = {"contributions": contributions.copy()}


class GroupedPriorityChart(BarChart):
    """All districts: for each strategy, one bar per district."""

    def show_priorities(self, priorities: np.ndarray, strategy_labels: list[str],
                        district_labels: list[str], title: str, y_label: str) -> None:
        """priorities[d, s] in model order."""
        self._reset(title, y_label, list(enumerate(strategy_labels)))
        width = 0.8 / len(district_labels)
        for d, label in enumerate(district_labels):
            x = np.arange(len(strategy_labels)) - 0.4 + width * (d + 0.5)
            self._add_bars(label, d, x=x, height=priorities[d], width=width * 0.9)
        self.shown = {"priorities": priorities.copy()}
