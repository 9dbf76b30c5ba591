"""A chart with its legend beside it that says the value under the mouse."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from desktop.views.charts import BarChart

HOVER_RATE = 30  # updates per second: enough to follow the mouse, calm on slow machines


class HoverChart(BarChart):
    """Subclasses say in describe(x, y) what lies at a point of the plot ('' for nothing)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hover = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                     slot=self._on_mouse_moved)

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
