"""The base of the sensitivity charts: a plot, its legend beside it, and a hover readout.

Each chart keeps the arrays it drew in ``shown`` so that tests check data, not pixels.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from desktop.views.charts import colour, fixed_plot, keep_plot_room
from desktop.views.name_ticks import NameTicks

HOVER_RATE = 30  # updates per second: enough to follow the mouse, calm on slow machines


class HoverChart(pg.GraphicsLayoutWidget):
    """Subclasses say in describe(x, y) what lies at a point of the plot ('' for nothing)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = fixed_plot(self)
        self.legend = pg.LegendItem(labelTextSize="8pt", colCount=4)  # below, never stretched
        self.addItem(self.legend, row=1, col=0)
        self.room = keep_plot_room(self, self.legend)
        self.shown: dict[str, np.ndarray] = {}
        self.name_ticks = NameTicks(self.plot)
        self._hover = pg.SignalProxy(
            self.scene().sigMouseMoved, rateLimit=HOVER_RATE, slot=self._on_mouse_moved
        )

    def _reset(self, title: str, y_label: str, ticks: list[tuple[float, str]] | None) -> None:
        """Clear the plot and legend; ticks None lets the bottom axis number itself."""
        self.plot.clear()
        self.legend.clear()
        self.plot.setTitle(title)
        self.plot.setLabel("left", y_label)
        self.name_ticks.show(ticks)

    def show_nothing(self, title: str = "") -> None:
        """Show nothing (and say why in title): no stale result stays on screen."""
        self._reset(title, "", None)
        self.shown = {}

    def _add_bars(self, label: str, index: int, **bar_options) -> None:
        bars = pg.BarGraphItem(brush=colour(index), pen=pg.mkPen("w", width=0.5), **bar_options)
        self.plot.addItem(bars)
        self.legend.addItem(bars, label)

    def describe(self, x: float, y: float) -> str:
        return ""

    def _on_mouse_moved(self, event) -> None:
        position = event[0]
        if not self.plot.sceneBoundingRect().contains(position):
            QToolTip.hideText()
            return
        point = self.plot.vb.mapSceneToView(position)
        text = self.describe(point.x(), point.y())
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()
