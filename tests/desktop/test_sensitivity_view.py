"""The Sensitivity view on a real document: curves, dynamic bars, Monte Carlo, export, language."""

import xml.etree.ElementTree as ElementTree

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QImage

from desktop.chart_export import export_chart
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.gradient import gradient_sweep
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.thresholds import rank_reversal_thresholds


@pytest.fixture
def view(window, qtbot):
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # the view is built when first shown
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def inputs_of(document):
    return SensitivityInputs.from_evaluation(document.evaluation)


def test_choosing_a_criterion_draws_every_strategys_curve(view, document):
    view.district.setCurrentIndex(2)
    view.gradient.criterion.setCurrentIndex(6)
    expected = gradient_sweep(inputs_of(document))
    shown = view.gradient.chart.shown
    assert shown["curves"].shape == (101, 6)
    assert shown["curves"] == pytest.approx(expected.priorities[6, :, 2])
    assert shown["current"][0] == pytest.approx(expected.current_weights[6])
    crossings = expected.crossings.select(2, 6)
    assert shown["crossing_x"] == pytest.approx(crossings.position)
    lines = [
        item
        for item in view.gradient.chart.plot.listDataItems()
        if isinstance(item, pg.PlotDataItem)
    ]
    assert len(lines) == 6
    for strategy, line in enumerate(lines):
        assert line.yData == pytest.approx(expected.priorities[6, :, 2, strategy])


def test_crossings_lie_on_both_curves(view, document):
    view.gradient.criterion.setCurrentIndex(0)
    shown = view.gradient.chart.shown
    assert shown["crossing_x"].size > 0
    found, values = view.context().analyses.gradient_crossings(0, 0)
    for position, value, first, second in zip(
        found.position, values, found.first, found.second, strict=True
    ):
        scores = dynamic_ranking(inputs_of(document), 0, float(position)).priorities[0]
        assert scores[first] == pytest.approx(value) and scores[second] == pytest.approx(value)


def test_tornado_shows_thresholds_and_critical_criterion(view, document):
    view.pages.setCurrentWidget(view.thresholds)
    expected = rank_reversal_thresholds(inputs_of(document))
    shown = view.thresholds.chart.shown
    np.testing.assert_allclose(shown["increase"], expected.top_increase[:, 0])
    np.testing.assert_allclose(shown["decrease"], expected.top_decrease[:, 0])
    assert shown["critical"][0] == expected.critical_criterion[0]
    critical = int(expected.critical_criterion[0])
    assert view.thresholds.summary.text().startswith("★ Critical criterion")
    delta = expected.before_renormalisation(expected.top_increase, increase=True)
    percent = expected.percent(delta)
    ts = view.thresholds.table.item(critical, 2).text()
    assert ts == f"+{delta[critical, 0]:.4f} (+{percent[critical, 0]:.1f} %)"
    increase = view.thresholds.table.item(critical, 3).text()
    assert increase.startswith(f"+{expected.top_increase[critical, 0]:.4f}")
    assert "T&S δ" in view.thresholds.table.horizontalHeaderItem(2).text()
    assert "renormalised Δ" in view.thresholds.table.horizontalHeaderItem(3).text()
    missing = int(np.flatnonzero(np.isnan(expected.top_decrease[:, 0]))[0])
    assert view.thresholds.table.item(missing, 4).text() == "none within [0, 1]"
    assert view.thresholds.table.item(missing, 5).text() == "none within [0, 1]"
    assert "T&S δ" in view.thresholds.summary.text()
    # A Δ reaching weight 1 exactly has no finite δ, and the cell says so.
    at_one = np.flatnonzero(np.isclose(expected.top_increase[:, 0], 1 - expected.current_weights))
    for row in at_one:
        assert view.thresholds.table.item(int(row), 2).text() == "no finite δ (only at weight 1)"


def test_alpha_chart_follows_the_session(view, document):
    view.pages.setCurrentWidget(view.alpha)
    alpha = view.context().analyses.alpha
    assert view.alpha.chart.shown["curves"] == pytest.approx(alpha.priorities[:, 0])
    window_alpha = view.window().ranking.alpha
    window_alpha.setValue(20)
    assert view.alpha.chart.shown["current"][0] == pytest.approx(0.2)


def test_alpha_chart_shades_where_todays_ranking_holds(view, document):
    from strategies.sensitivity.alpha import alpha_stability

    view.pages.setCurrentWidget(view.alpha)
    view.district.setCurrentIndex(0)  # Chancheng: ranks change at three values of α
    found = alpha_stability(inputs_of(document))[0]
    shown = view.alpha.chart.shown
    assert shown["band"] == pytest.approx([found.low, found.high])
    assert shown["crossing_x"] == pytest.approx([p for p in found.change_points if 0 < p < 1])
    text = view.alpha.stability.text()
    assert f"from {found.low:.3f} to {found.high:.3f}" in text and "C4" in text
    view.district.setCurrentIndex(2)  # Shunde: no gap anywhere, plain AHP at every α
    assert view.alpha.chart.shown["band"] == pytest.approx([0.0, 1.0])
    assert "no weight" not in view.alpha.stability.text()


def test_dragging_a_dynamic_slider_moves_the_ranking_bars(view, document):
    view.pages.setCurrentWidget(view.dynamic)
    view.district.setCurrentIndex(3)
    before = document.session
    view.dynamic.sliders[4].setValue(700)
    expected = dynamic_ranking(inputs_of(document), 4, 0.7)
    shown = view.dynamic.chart.shown
    assert shown["priorities"] == pytest.approx(expected.priorities[3])
    assert list(shown["ranks"]) == list(expected.ranks[3])
    assert view.dynamic.values[4].text() == "0.700"
    assert view.dynamic.sliders[0].value() == round(expected.weights[0] * 1000)
    assert document.session is before  # exploring does not edit the session
    view.dynamic.reset_button.click()
    assert view.dynamic.chart.shown["priorities"] == pytest.approx(
        document.evaluation.priorities[3]
    )


def test_monte_carlo_from_the_ui(view, document, qtbot):
    page = view.monte_carlo
    view.pages.setCurrentWidget(page)
    page.samples.setValue(500)
    assert document.session.monte_carlo.samples == 500
    assert document.undo_stack.undoText().startswith("Set Monte Carlo samples")
    page.run_button.click()
    qtbot.waitUntil(lambda: not page.runner.running and page.result is not None, timeout=20000)
    assert page.result.samples == 500
    sums = page.acceptability.shown["percent"].sum(axis=1)
    assert sums == pytest.approx(np.full(6, 100.0))
    assert "stays on top" in page.status.text()
    assert np.all(page.intervals.shown["low"] <= page.intervals.shown["high"])


def test_monte_carlo_reruns_after_the_session_changes(view, document, qtbot):
    page = view.monte_carlo
    view.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=20000)
    first = page.result
    page.spread.setValue(0.0)
    qtbot.waitUntil(lambda: page.result is not first and not page.runner.running, timeout=20000)
    assert page.result.spread == 0
    top = page.result.reference_top[0]
    assert page.acceptability.shown["percent"][top, 0] == pytest.approx(100.0)


def test_monte_carlo_can_be_cancelled(view, document, qtbot):
    page = view.monte_carlo
    view.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.runner.running, timeout=20000)
    shown = page.result
    page.samples.setValue(200_000)
    assert not page.runner.running  # a run starts once the settings rest
    qtbot.waitUntil(lambda: page.runner.running, timeout=5000)
    with qtbot.waitSignal(page.runner.cancelled, timeout=20000):
        page.cancel_button.click()
    assert page.result is shown
    assert page.status.text().startswith("Cancelled")
    assert not page.cancel_button.isEnabled()


def test_monte_carlo_spin_boxes_take_exactly_the_core_bounds(view, document):
    from dataclasses import replace

    from strategies.sensitivity import montecarlo_bounds

    page = view.monte_carlo
    assert (page.samples.minimum(), page.samples.maximum()) == (
        montecarlo_bounds.SAMPLES.low,
        montecarlo_bounds.SAMPLES.high,
    )
    assert (page.spread.minimum(), page.spread.maximum()) == (
        montecarlo_bounds.SPREAD.low,
        montecarlo_bounds.SPREAD.high,
    )
    page.runner.cancel()
    QThreadPool.globalInstance().waitForDone()
    settings = replace(
        document.session.monte_carlo,
        samples=montecarlo_bounds.SAMPLES.high,
        spread=montecarlo_bounds.SPREAD.high,
    )
    document.replace_all(replace(document.session, monte_carlo=settings))
    page._show_settings()
    assert page.samples.value() == montecarlo_bounds.SAMPLES.high
    assert page.spread.value() == montecarlo_bounds.SPREAD.high
    page.runner.cancel()


def test_hidden_pages_redraw_only_when_shown(view, document):
    view.thresholds.chart.shown = {}
    view.dynamic.chart.shown = {}
    view.window().ranking.alpha.setValue(80)
    assert view.thresholds.chart.shown == {}
    view.pages.setCurrentWidget(view.thresholds)
    assert view.thresholds.chart.shown["increase"] == pytest.approx(
        rank_reversal_thresholds(inputs_of(document)).top_increase[:, 0], nan_ok=True
    )
    assert view.dynamic.chart.shown == {}


def test_charts_export_to_png_and_svg(view, tmp_path):
    chart = view.gradient.chart
    png = export_chart(chart, tmp_path / "sweep.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not QImage(str(png)).isNull()
    svg = export_chart(chart, tmp_path / "sweep.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert any(element.tag.endswith("path") for element in root.iter())


def test_hover_says_the_value(view, document):
    chart = view.gradient.chart
    curves = chart.shown["curves"]
    text = chart.describe(float(chart.shown["points"][50]), float(curves[50, 0]))
    assert text.startswith(f"S1 Build a multi-level cluster…: {curves[50, 0]:.4f}")
    view.pages.setCurrentWidget(view.dynamic)
    bars = view.dynamic.chart
    top = int(bars.shown["order"][0])
    assert bars.describe(0.0, 0.01).startswith(document.model.strategy_ids[top])


def test_language_switch_retranslates(view, window, qtbot):
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: view.pages.tabText(0) == "权重扫描")
    assert window.tabs.tabText(window.tabs.indexOf(window.sensitivity_tab)) == "敏感性"
    assert view.district.currentText() == "禅城区" or "禅城" in view.district.currentText()
    assert "人才" in view.gradient.criterion.itemText(6)
    window.named_actions["lang:en"].trigger()
    qtbot.waitUntil(lambda: view.pages.tabText(0) == "Weight sweep")
    assert "Talent" in view.gradient.criterion.itemText(6)
