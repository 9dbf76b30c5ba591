"""Priority curves of every strategy over one parameter, today's value and the swaps marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from desktop.sensitivity.chart_base import HoverChart
from desktop.views.charts import colour

CROSSING_SIZE = 9
BAND_COLOUR = (70, 140, 230, 40)  # light blue, behind the curves


class CurveChart(HoverChart):
    """One line per strategy; a dashed line at the current value; swaps as hollow circles."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self._labels: list[str] = []
        self._parameter = ""

    def show_curves(
        self,
        points: np.ndarray,
        curves: np.ndarray,
        labels: list[str],
        current: float,
        crossings: tuple[np.ndarray, np.ndarray],
        texts: dict[str, str],
        band: tuple[float, float] | None = None,
    ) -> None:
        """curves[point, strategy]; crossings (x, y); texts: title, x, y, current, crossing;
        band: an interval of the parameter to shade (where today's ranking holds)."""
        self._reset(texts["title"], texts["y"], None)
        self.plot.setLabel("bottom", texts["x"])
        for index, label in enumerate(labels):
            line = self.plot.plot(points, curves[:, index], pen=pg.mkPen(colour(index), width=2))
            self.legend.addItem(line, label)
        marker = pg.InfiniteLine(
            current,
            angle=90,
            pen=pg.mkPen("k", style=Qt.PenStyle.DashLine),
            label=texts["current"].format(value=current),
            labelOpts={"position": 0.95, "color": "k"},
        )
        self.plot.addItem(marker)
        if band is not None:
            region = pg.LinearRegionItem(
                band, movable=False, brush=pg.mkBrush(*BAND_COLOUR), pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            self.plot.addItem(region)
        crossing_x, crossing_y = crossings
        swaps = pg.ScatterPlotItem(
            crossing_x,
            crossing_y,
            size=CROSSING_SIZE,
            pen=pg.mkPen("k"),
            brush=pg.mkBrush(255, 255, 255, 0),
            hoverable=True,
            tip=lambda x, y, data: texts["crossing"].format(x=x, y=y),
        )
        self.plot.addItem(swaps)
        self.legend.addItem(swaps, texts["crossing_legend"])
        self.plot.setXRange(0, 1, padding=0.02)
        self._labels, self._parameter = labels, texts["parameter"]
        self.shown = {
            "points": points.copy(),
            "curves": curves.copy(),
            "current": np.array([current]),
            "crossing_x": crossing_x.copy(),
            "crossing_y": crossing_y.copy(),
            "band": np.array(band if band is not None else []),
        }

    def describe(self, x: float, y: float) -> str:
        """The curve nearest the mouse at the nearest sweep point."""
        if not self.shown:
            return ""
        point = int(np.abs(self.shown["points"] - x).argmin())
        values = self.shown["curves"][point]
        strategy = int(np.abs(values - y).argmin())
        return (
            f"{self._labels[strategy]}: {values[strategy]:.4f}\n"
            f"{self._parameter} = {self.shown['points'][point]:.2f}"
        )
