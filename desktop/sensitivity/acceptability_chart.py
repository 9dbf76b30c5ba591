"""Monte Carlo charts: stacked rank-acceptability bars and priority intervals."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from desktop.sensitivity.chart_base import HoverChart
from desktop.views.charts import colour
from desktop.views.strategy_names import one_line

BAR_WIDTH = 0.6


class AcceptabilityChart(HoverChart):
    """Per strategy, one bar split into its chance of each rank (in percent, summing to 100)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strategies: list[str] = []
        self._ranks: list[str] = []

    def show_acceptability(
        self, percent: np.ndarray, strategies: list[str], ranks: list[str], title: str, y_label: str
    ) -> None:
        """percent[strategy, rank] in model order, rank 0 first."""
        x = np.arange(len(strategies))
        self._reset(title, y_label, list(zip(x.tolist(), strategies, strict=True)))
        # Where each rank's segment starts: the drawing's layout, not a result.
        bottoms = np.hstack([np.zeros((len(x), 1)), np.cumsum(percent, axis=1)[:, :-1]])
        for rank, label in enumerate(ranks):
            self._add_bars(
                label, rank, x=x, height=percent[:, rank], y0=bottoms[:, rank], width=BAR_WIDTH
            )
        self.plot.setYRange(0, 100, padding=0.02)
        self._strategies, self._ranks = strategies, ranks
        self.shown = {"percent": percent.copy(), "bottoms": bottoms}

    def describe(self, x: float, y: float) -> str:
        if not self.shown:
            return ""
        strategy = int(round(x))
        if not 0 <= strategy < len(self._strategies) or abs(x - strategy) > BAR_WIDTH / 2:
            return ""
        above = np.nonzero(self.shown["bottoms"][strategy] <= y)[0]
        rank = int(above[-1]) if above.size else 0
        value = self.shown["percent"][strategy, rank]
        return f"{one_line(self._strategies[strategy])} · {self._ranks[rank]}: {value:.1f} %"


class IntervalChart(HoverChart):
    """Per strategy: the low–high percentile range, the median, and today's priority."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strategies: list[str] = []
        self._names: list[str] = []

    def show_intervals(
        self,
        low: np.ndarray,
        median: np.ndarray,
        high: np.ndarray,
        today: np.ndarray,
        strategies: list[str],
        texts: dict[str, str],
    ) -> None:
        """Arrays [strategy]; texts: title, y, interval, median, today."""
        x = np.arange(len(strategies), dtype=float)
        self._reset(texts["title"], texts["y"], list(zip(x.tolist(), strategies, strict=True)))
        bars = pg.ErrorBarItem(
            x=x,
            y=median,
            top=high - median,
            bottom=median - low,
            beam=0.25,
            pen=pg.mkPen(colour(0), width=2),
        )
        self.plot.addItem(bars)
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen(colour(0), width=2)), texts["interval"])
        for values, symbol, index, name in (
            (median, "o", 0, texts["median"]),
            (today, "d", 5, texts["today"]),
        ):
            points = pg.ScatterPlotItem(
                x, values, symbol=symbol, size=9, brush=pg.mkBrush(colour(index)), pen=pg.mkPen("k")
            )
            self.plot.addItem(points)
            self.legend.addItem(points, name)
        self.plot.setXRange(-0.5, len(strategies) - 0.5)
        self._strategies = strategies
        self._names = [texts["low"], texts["median"], texts["high"], texts["today"]]
        self.shown = {
            "low": low.copy(),
            "median": median.copy(),
            "high": high.copy(),
            "today": today.copy(),
        }

    def describe(self, x: float, y: float) -> str:
        if not self.shown:
            return ""
        strategy = int(np.clip(round(x), 0, len(self._strategies) - 1))
        values = [self.shown[key][strategy] for key in ("low", "median", "high", "today")]
        lines = [f"{name}: {value:.4f}" for name, value in zip(self._names, values, strict=True)]
        return "\n".join([one_line(self._strategies[strategy]), *lines])
