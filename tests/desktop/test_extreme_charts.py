"""Charts and tables stay readable at the extremes (12 strategies, 40 districts, 40 criteria,
15 items under one node) in a 1366×768 window: names keep their room, no colour names two
series, wide tables scroll instead of cutting. Measured on the settled layout."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFontMetrics

from desktop.export.charts import contribution_chart
from desktop.export.content import build_report
from desktop.palette import ALTERNATING, PALETTE
from desktop.views.ranking_view import ALL_DISTRICTS
from strategies.model import load_model
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import MonteCarloSettings


@pytest.fixture(params=["large"])
def model(request, extreme_folders):
    return load_model(extreme_folders[request.param])


@pytest.fixture
def screen(window, qtbot):
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    yield window
    view = window.sensitivity_tab.view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def _legend(chart) -> list[tuple[str, str]]:
    """(label, brush colour) of each legend entry."""
    return [(label.text, _colour(sample.item.opts)) for sample, label in chart.legend.items]


def _colour(opts: dict) -> str:
    """A bar's brush or a curve's pen, as #RRGGBB."""
    paint = pg.mkBrush(opts["brush"]) if "brush" in opts else pg.mkPen(opts["pen"])
    return paint.color().name().upper()


def test_thresholds_give_each_of_40_criteria_a_line_of_its_own(screen, model, qtbot):
    view = screen.sensitivity_tab.view
    screen.tabs.setCurrentWidget(screen.sensitivity_tab)
    view.pages.setCurrentWidget(view.thresholds)
    chart = view.thresholds.chart
    line = QFontMetrics(chart.plot.getAxis("left").style.get("tickFont") or chart.font())
    rows = len(model.criteria)

    def spacing() -> float:
        return chart.plot.vb.height() / rows

    qtbot.waitUntil(lambda: spacing() >= line.height(), timeout=5000)
    assert chart.minimumHeight() > rows * line.height()


def test_twelve_strategies_have_twelve_colours_in_every_legend(screen, model, qtbot):
    view = screen.sensitivity_tab.view
    screen.tabs.setCurrentWidget(screen.sensitivity_tab)
    view.pages.setCurrentWidget(view.gradient)
    entries = _legend(view.gradient.chart)
    strategies = [e for e in entries if e[0].split(" ")[0] in model.strategy_ids]
    assert len(strategies) == 12 == len({colour for _, colour in strategies})


def test_forty_districts_are_not_named_by_repeating_colours(screen, model, qtbot):
    ranking = screen.ranking
    screen.tabs.setCurrentWidget(ranking)
    ranking.district.setCurrentIndex(ranking.district.findData(ALL_DISTRICTS))
    chart = ranking.grouped_chart
    qtbot.waitUntil(lambda: len(chart._bars) == len(model.district_ids))
    assert len(model.district_ids) > len(PALETTE)
    assert len(chart.legend.items) == 1  # what the bars are; each named on hover
    assert [bars.toolTip() for bars in chart._bars] == [d.name.en for d in model.districts]
    ranking.district.setCurrentIndex(1)  # one district: 40 criteria stacked
    assert len(ranking.chart.legend.items) == 1


def test_the_overview_of_forty_districts_scrolls_and_cuts_no_column(screen, model, qtbot):
    ranking = screen.ranking
    screen.tabs.setCurrentWidget(ranking)
    table = ranking.overview
    header = table.horizontalHeader()

    def whole() -> bool:
        return all(
            header.sectionSize(c)
            >= max(table.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in range(header.count())
        )

    qtbot.waitUntil(whole, timeout=5000)
    assert table.horizontalScrollBar().maximum() > 0


@pytest.mark.parametrize("model", ["wide_node"], indirect=True)
def test_a_node_of_fifteen_keeps_its_sliders_and_advice_in_reach(screen, model, qtbot):
    editor = screen.judgments
    screen.hierarchy.setCurrentItem(screen.hierarchy._items[model.hierarchy.goal])
    row = editor.rows[0].sizeHint().height()
    qtbot.waitUntil(lambda: editor.splitter.sizes()[0] >= 2 * row, timeout=5000)
    assert editor.matrix.verticalScrollBar().maximum() > 0  # 15 rows: the matrix scrolls
    assert editor.consistency.advice.isVisible()


def test_the_report_chart_of_forty_criteria_is_in_two_tones(model, document, qapp):
    """The PDF's contribution chart: no colour repeats to name two of 40 criteria."""
    bundle = sensitivity_bundle(document.evaluation, MonteCarloSettings(samples=100))
    report = build_report(document.evaluation, bundle, "en")
    image = contribution_chart(report, report.districts[0], qapp.font())
    colours = {
        image.pixelColor(x, y).name().upper()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert set(ALTERNATING) <= colours
    text = {"#000000"}  # black is also the text's colour
    assert not (set(PALETTE) - set(ALTERNATING) - text) & colours
