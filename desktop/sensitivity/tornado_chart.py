"""Tornado chart of rank-reversal thresholds: increases to the right, decreases to the left."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from desktop.sensitivity.chart_base import HoverChart

BAR_HEIGHT = 0.6
CRITICAL_PEN = pg.mkPen("#C00000", width=3)
# Half-width of the x range when no threshold exists at all: room for the "none" labels.
EMPTY_RANGE = 0.1
# A row's height in lines of the axis font: 40 criteria keep apart names (the page scrolls).
ROW_LINES = 1.4


class TornadoChart(HoverChart):
    """One row per criterion (first at the top); the critical criterion outlined and starred."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        self._texts: dict[str, str] = {}
        self._labels: list[str] = []

    def show_thresholds(
        self,
        increase: np.ndarray,
        decrease: np.ndarray,
        labels: list[str],
        critical: int | None,
        texts: dict[str, str],
    ) -> None:
        """Absolute weight changes per criterion (NaN: none within [0, 1])."""
        rows = np.arange(len(labels))[::-1].astype(float)
        ticks = [
            (float(row), ("★ " if index == critical else "") + label)
            for index, (row, label) in enumerate(zip(rows, labels, strict=True))
        ]
        self._reset(texts["title"], "", None)
        axis = self.plot.getAxis("left")
        axis.setTicks([ticks])
        line = QFontMetrics(axis.style.get("tickFont") or self.font()).height()
        self.room.need_view_height(round(len(labels) * line * ROW_LINES))
        self.plot.setLabel("bottom", texts["x"])
        right = np.nan_to_num(increase)
        left = np.nan_to_num(decrease)
        self._add_side(texts["increase"], 0, x0=np.zeros_like(right), width=right, y=rows)
        self._add_side(texts["decrease"], 1, x0=-left, width=left, y=rows)
        self._mark_missing(increase, decrease, rows, texts["none"])
        if critical is not None:
            self._outline(critical, rows, right, left)
        reach = max(float(np.nanmax(np.concatenate([increase, decrease, [0.0]]))), EMPTY_RANGE)
        self.plot.setXRange(-reach, reach, padding=0.25)
        self.plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen("k")))
        self._texts, self._labels = texts, labels
        self.shown = {
            "increase": increase.copy(),
            "decrease": decrease.copy(),
            "critical": np.array([-1 if critical is None else critical]),
        }

    def _add_side(self, label: str, index: int, **bar_options) -> None:
        self._add_bars(label, index, height=BAR_HEIGHT, **bar_options)

    def _outline(
        self, critical: int, rows: np.ndarray, right: np.ndarray, left: np.ndarray
    ) -> None:
        row = rows[critical]
        box = pg.BarGraphItem(
            x0=[-left[critical]],
            width=[left[critical] + right[critical]],
            y=[row],
            height=[BAR_HEIGHT],
            pen=CRITICAL_PEN,
            brush=None,
        )
        self.plot.addItem(box)

    def _mark_missing(
        self, increase: np.ndarray, decrease: np.ndarray, rows: np.ndarray, none: str
    ) -> None:
        """Write 'none within [0, 1]' on each side that has no threshold."""
        for values, anchor in ((increase, (0, 0.5)), (decrease, (1, 0.5))):
            for row in rows[np.isnan(values)]:
                text = pg.TextItem(none, color="#666666", anchor=anchor)
                text.setPos(0, row)
                self.plot.addItem(text)

    def describe(self, x: float, y: float) -> str:
        if not self.shown:
            return ""
        count = len(self._labels)
        index = count - 1 - int(np.clip(round(y), 0, count - 1))
        side = "increase" if x >= 0 else "decrease"
        value = self.shown[side][index]
        amount = self._texts["none"] if np.isnan(value) else f"{value:.4f}"
        return f"{self._labels[index]}\n{self._texts[side]}: {amount}"
