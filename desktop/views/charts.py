"""pyqtgraph charts of the ranking: stacked contributions and grouped priorities.

Each chart keeps the arrays it drew (``shown``) so that tests check data, not pixels.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from desktop.palette import colour_code, names_by_colour, series_code
from desktop.views.name_ticks import NameTicks

pg.setConfigOptions(antialias=True, background="w", foreground="k")
RANGE_STEP = 0.05
MIN_VIEW_HEIGHT = 130  # pixels of plotting area, whatever the legend and axis labels take
FURNITURE_GUESS = 90  # title and axes, until they are laid out
ENTRY_GAP = 60  # pixels between a legend entry's sample and label, and to the next column
LEGEND_MARGIN = 50  # the legend's offset and the chart's border


def keep_plot_room(chart: pg.GraphicsLayoutWidget, legend: pg.LegendItem) -> PlotRoom:
    """In a small window the page scrolls instead of squeezing the plot to a few pixels above
    a tall legend, and the legend takes as many columns as fit (never wider than the chart)."""
    return PlotRoom(chart, legend)


class PlotRoom(QObject):
    """Keeps chart's minimum size at its legend's plus a readable plot."""

    def __init__(self, chart: pg.GraphicsLayoutWidget, legend: pg.LegendItem):
        super().__init__(chart)
        self.chart, self.legend = chart, legend
        self.most_columns = legend.columnCount
        self.least_view_height = MIN_VIEW_HEIGHT  # more for a chart of many labelled rows
        self._updating = False
        legend.geometryChanged.connect(self.update)
        chart.plot.vb.sigResized.connect(self.update)  # e.g. axis labels grew a line
        chart.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def need_view_height(self, pixels: int) -> None:
        """Keep at least pixels of plotting area (never less than MIN_VIEW_HEIGHT)."""
        self.least_view_height = max(MIN_VIEW_HEIGHT, pixels)
        self.update()

    def update(self) -> None:
        if self._updating or not shiboken6.isValid(self.legend):  # (re-entered, or closing)
            return
        self._updating = True
        try:
            self._update()
        finally:
            self._updating = False

    def _update(self) -> None:
        column = self._column_width()
        columns = max(1, min(self.most_columns, int(self.chart.width() * 0.95 // column)))
        if columns != self.legend.columnCount and self.legend.items:
            self.legend.setColumnCount(columns)
        wanted = QSize(
            round(self._column_width()) + LEGEND_MARGIN,
            round(self._around_plot()) + self.least_view_height,
        )
        if wanted != self.chart.minimumSize():
            self.chart.setMinimumSize(wanted)
            QTimer.singleShot(0, self, self.update)  # measure again when the layout followed

    def _around_plot(self) -> float:
        """Pixels of the chart that are not the plotting area: legend, title, axes and their
        (possibly multi-line) labels, as laid out now."""
        legend = self.legend.boundingRect().height()
        view = self.chart.plot.vb.height()
        if not self.chart.isVisible() or view <= 0:
            return legend + FURNITURE_GUESS
        return max(self.chart.height() - view, legend + FURNITURE_GUESS / 2)

    def _column_width(self) -> float:
        """Pixels of one legend column, from its texts alone: the legend as laid out may be
        stretched to the chart's width, and measuring that would widen the chart for ever."""
        return max(self._widest_entry(), 1.0)

    def _widest_entry(self) -> float:
        """Pixels of the widest legend entry: its sample, its label and the gap between."""
        widths = [
            sample.boundingRect().width() + label.item.boundingRect().width() + ENTRY_GAP
            for sample, label in self.legend.items
        ]  # the text's width, not its cell's
        return max(widths, default=0.0)


def colour(index: int) -> QColor:
    return QColor(colour_code(index))


def fixed_plot(layout: pg.GraphicsLayoutWidget) -> pg.PlotItem:
    """A plot for reading, not exploring: no mouse zoom, no menu, plain axis numbers."""
    plot = layout.addPlot(row=0, col=0)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(y=True, alpha=0.3)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)
        # The left axis draws the grid across the plot: moving bars repaint it, and replaying
        # its drawing (text and lines) cost more than the bars. A pixmap is redrawn only when
        # the axis changes.
        plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return plot


class BarChart(pg.GraphicsLayoutWidget):
    """A plot with its legend below it in two columns (never over the bars, never clipped)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAntialiasing(False)  # axis-aligned bars need none; painting is then faster
        self.plot = fixed_plot(self)
        self.legend = pg.LegendItem(labelTextSize="8pt", colCount=2)
        self.addItem(self.legend, row=1, col=0)
        keep_plot_room(self, self.legend)
        self.name_ticks = NameTicks(self.plot)
        self.shown: dict[str, np.ndarray] = {}
        self._bars: list[pg.BarGraphItem] = []
        self._series: list[str] = []
        self._frame: tuple = ()
        self._ticks: list = []
        self._range: tuple = ()

    def _show_series(
        self,
        title: str,
        y_label: str,
        ticks: list[tuple[float, str]],
        series: list[str],
        bar_options: list[dict],
        many_note: str = "",
    ) -> None:
        """One bar item per series; items are updated in place while the series stay the same
        (an edit then costs a repaint, not a rebuild of the plot and legend). With more series
        than colours the tones alternate, each series is named on hover and the legend holds
        many_note alone (what the bars are)."""
        if series != self._series and len(series) == len(self._series):
            self._relabel(series)  # renamed or reordered (a model edit): no new legend
        if series != self._series:
            self._frame, self._ticks = (), []
            self.plot.clear()
            self.legend.clear()
            self._bars = []
            for index, label in enumerate(series):
                bars = pg.BarGraphItem(
                    brush=QColor(series_code(index, len(series))),
                    pen=pg.mkPen("w", width=0.5),
                    **bar_options[index],
                )
                bars.setToolTip(label)
                self.plot.addItem(bars)
                if names_by_colour(len(series)):
                    self.legend.addItem(bars, label)
                self._bars.append(bars)
            if not names_by_colour(len(series)) and self._bars:
                self.legend.addItem(self._bars[0], many_note)
            self._series = list(series)
        else:
            for bars, options in zip(self._bars, bar_options, strict=True):
                bars.setOpts(**options)
        if (title, y_label) != self._frame:  # an unchanged frame needs no re-layout
            self.plot.setTitle(title)
            self.plot.setLabel("left", y_label)
            self._frame = (title, y_label)
        if ticks != self._ticks:  # a new order of the bars: only the bottom axis redraws
            self.name_ticks.show(ticks)
            self._ticks = ticks

    def _relabel(self, series: list[str]) -> None:
        """The same number of series under other names: the legend's labels and the bars'
        tooltips change in place (rebuilding a legend of 40 entries costs tens of ms). With
        more series than colours the legend names none of them: only the tooltips change."""
        for bars, text in zip(self._bars, series, strict=True):
            bars.setToolTip(text)
        if names_by_colour(len(series)):
            for (_sample, label), text in zip(self.legend.items, series, strict=True):
                label.setText(text)
        self._series = list(series)

    def _fix_range(self, bar_count: int, tops: np.ndarray) -> None:
        """Axes that move in steps of 0.05, so small edits redraw bars, not the axes."""
        limit = max(RANGE_STEP, math.ceil(float(tops.max()) / RANGE_STEP) * RANGE_STEP)
        shown_count, shown_limit = self._range or (None, None)
        if shown_count != bar_count:  # x unchanged: the named bottom axis is not refitted
            self.plot.setXRange(-0.6, bar_count - 0.4, padding=0)
        if shown_limit != limit:
            self.plot.setYRange(0, limit, padding=0)
        self._range = (bar_count, limit)


class ContributionChart(BarChart):
    """One district: a bar per strategy (best first) split into the criteria that make it up."""

    def show_contributions(
        self,
        contributions: np.ndarray,
        strategy_labels: list[str],
        criterion_labels: list[str],
        title: str,
        y_label: str,
        many_note: str = "",
    ) -> None:
        """contributions[s, c] for strategies already in display order; many_note says what
        the segments are when they are too many to name by colour."""
        x = np.arange(len(strategy_labels))
        # Where each criterion's segment starts: the drawing's layout, not a result.
        bottoms = np.hstack([np.zeros((len(x), 1)), np.cumsum(contributions, axis=1)[:, :-1]])
        options = [
            dict(x=x, height=contributions[:, c], y0=bottoms[:, c], width=0.6)
            for c in range(len(criterion_labels))
        ]
        self._show_series(
            title,
            y_label,
            list(zip(x.tolist(), strategy_labels, strict=True)),
            criterion_labels,
            options,
            many_note,
        )
        self._fix_range(len(x), bottoms[:, -1] + contributions[:, -1])
        self.shown = {"contributions": contributions.copy()}


class GroupedPriorityChart(BarChart):
    """All districts: for each strategy, one bar per district."""

    def show_priorities(
        self,
        priorities: np.ndarray,
        strategy_labels: list[str],
        district_labels: list[str],
        title: str,
        y_label: str,
        many_note: str = "",
    ) -> None:
        """priorities[d, s] in model order; many_note says what the bars are when the
        districts are too many to name by colour."""
        width = 0.8 / len(district_labels)
        options = [
            dict(
                x=np.arange(len(strategy_labels)) - 0.4 + width * (d + 0.5),
                height=priorities[d],
                width=width * 0.9,
            )
            for d in range(len(district_labels))
        ]
        self._show_series(
            title, y_label, list(enumerate(strategy_labels)), district_labels, options, many_note
        )
        self._fix_range(len(strategy_labels), priorities.max(axis=0))
        self.shown = {"priorities": priorities.copy()}
