"""An edit does only the work its change needs: the tree leaves unchanged items alone (Qt
skips a value set again; a rebuild of the items would not), the chart keeps its x axis while
the bars stay the same, and a Monte Carlo spin box ticked in the window evaluates nothing and
repaints no ranking."""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtCore import QThreadPool

import desktop.document


def test_refreshing_the_tree_again_changes_no_item(window, document):
    window.hierarchy.select("L1")
    window.judgments.rows[0].slider.setValue(5)
    changed = []
    window.hierarchy.model().dataChanged.connect(lambda *args: changed.append(args))
    window.hierarchy.refresh()
    assert changed == []
    window.judgments.rows[0].slider.setValue(-5)  # a real change still shows
    assert changed
    item = window.hierarchy._items["L1"]
    result = document.evaluation.weights.nodes["L1"]
    assert item.text(3).endswith(f"{result.consistency_ratio:.3f}")


def test_a_judgment_edit_moves_the_bars_but_keeps_the_x_axis(window, document, monkeypatch):
    window.tabs.setCurrentWidget(window.ranking)
    chart = window.ranking.chart
    x_ranges = []
    real = chart.plot.setXRange
    monkeypatch.setattr(
        chart.plot, "setXRange", lambda *a, **k: (x_ranges.append(a), real(*a, **k))
    )
    window.hierarchy.select("L1")
    before = chart.shown["contributions"]
    for value in (7, -7, 3):
        window.judgments.rows[0].slider.setValue(value)
    row = document.model.district_ids.index(window.ranking.selected_district())
    order = [
        document.model.strategy_ids.index(r.strategy)
        for r in document.evaluation.ranking(window.ranking.selected_district())
    ]
    assert np.array_equal(
        chart.shown["contributions"], document.evaluation.contributions[row][order]
    )
    assert not np.array_equal(chart.shown["contributions"], before)
    assert x_ranges == []
    (low, high), _ = chart.plot.vb.viewRange()
    assert (low, high) == (-0.6, len(document.model.strategy_ids) - 0.4)


def test_monte_carlo_spin_boxes_evaluate_nothing_and_repaint_no_ranking(
    window, document, monkeypatch, qtbot
):
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # builds the sensitivity view
    page = window.sensitivity_tab.view.monte_carlo
    window.sensitivity_tab.view.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.samples.value() == document.session.monte_carlo.samples)
    window.tabs.setCurrentWidget(window.ranking)
    counts = Counter()

    def spy(owner, name):
        real = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *a, **k: (counts.update([name]), real(*a, **k))[1])

    spy(desktop.document, "evaluate")
    spy(window.hierarchy, "refresh")
    spy(window.ranking.chart, "show_contributions")
    spy(window.ranking.ranking_model, "refresh")
    spy(window.ranking.overview_model, "refresh")
    settings = document.session.monte_carlo
    page.samples.stepUp()
    page.spread.stepUp()
    page.discard.toggle()
    qtbot.wait(50)
    assert document.session.monte_carlo.samples == settings.samples + page.samples.singleStep()
    assert document.session.monte_carlo.spread > settings.spread
    assert counts == Counter()
    page.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def test_axes_cached_on_screen_are_drawn_as_text_in_an_svg(window, document, tmp_path):
    """On screen the axes are pixmaps, redrawn only when they change; an exported SVG still
    has their labels as text, and the screen keeps its cache afterwards."""
    import xml.etree.ElementTree as ElementTree

    from PySide6.QtWidgets import QGraphicsItem

    from desktop.chart_export import export_chart

    window.tabs.setCurrentWidget(window.ranking)
    chart = window.ranking.chart
    axes = [chart.plot.getAxis(side) for side in ("left", "bottom")]
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert all(axis.cacheMode() == cached for axis in axes)
    root = ElementTree.parse(export_chart(chart, tmp_path / "chart.svg", 800, 500)).getroot()
    texts = "".join(element.text or "" for element in root.iter())
    assert all(strategy in texts for strategy in document.model.strategy_ids)
    assert "0.2" in texts  # a number of the left axis
    assert all(axis.cacheMode() == cached for axis in axes)
