"""The window, the rank report and every export format on the generated extremes (1 and 15
items under a node, 1 and 12 strategies, 1 and 40 districts, the large model): nothing crashes,
divides by zero or prints a NaN."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool

from desktop.document import Document
from desktop.export.formats import FORMATS
from desktop.export.service import export_report
from desktop.rank_report import rank_document, rank_text
from strategies.model import load_model
from strategies.sensitivity.panel_resampling import ResamplingSettings
from strategies.session import MonteCarloSettings
from tests.models.generate import SHAPES
from tests.models.panels import panel_session

EXTREMES = sorted(SHAPES)
_NOT_A_NUMBER = re.compile(r"\b(nan|NaN|inf)\b")


@pytest.fixture(params=EXTREMES)
def shape(request):
    return request.param


@pytest.fixture
def model(shape, extreme_folders):
    """Overrides the desktop's Foshan model for every fixture of this module."""
    return load_model(extreme_folders[shape])


@pytest.fixture
def document(model):
    """A Monte Carlo of 200 samples: these tests check shapes, not figures."""
    document = Document(model)
    session = document.session
    document.replace_all(replace(session, monte_carlo=MonteCarloSettings(samples=200)))
    return document


@pytest.fixture
def sensitivity(window):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def test_every_tab_and_node_opens(window, model, language):
    for lang in ("zh", "en"):  # every tab in both languages, every node in the last
        language.set(lang)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
    for node in model.hierarchy.nodes:
        window.hierarchy.setCurrentItem(window.hierarchy._items[node])
    assert window.ranking.ranking.model().rowCount() == len(model.strategy_ids)


def test_every_sensitivity_page_draws_for_the_first_and_last_district(sensitivity, model, qtbot):
    """Pages without a weight to move (one criterion) say so instead of drawing."""
    last, one = len(model.district_ids) - 1, len(model.criteria) == 1
    weights = (sensitivity.gradient, sensitivity.thresholds, sensitivity.dynamic)
    for district in sorted({0, last}):
        sensitivity.district.setCurrentIndex(district)
        for page in sensitivity.all_pages():
            sensitivity.pages.setCurrentWidget(page)
            expected = one and page in weights
            qtbot.waitUntil(lambda e=expected: sensitivity.not_applicable.isVisible() == e)
            assert page.isEnabled() is not expected
    if not one:
        for slider in sensitivity.dynamic.sliders:
            slider.setValue(slider.maximum())
        assert sensitivity.dynamic.ranking.weights.max() == 1.0
    qtbot.waitUntil(lambda: sensitivity.monte_carlo.result is not None, timeout=30000)
    acceptability = sensitivity.monte_carlo.result.rank_acceptability
    assert acceptability.shape == (len(model.district_ids), *[len(model.strategy_ids)] * 2)


@pytest.mark.parametrize("export", FORMATS, ids=[f.suffix for f in FORMATS])
def test_every_export_format_writes_without_a_nan(shape, model, document, tmp_path, export):
    lang = "zh" if EXTREMES.index(shape) % 2 else "en"  # both languages over the shapes
    path = tmp_path / f"report{export.suffix}"
    report = export_report(document.evaluation, path, lang)
    assert path.stat().st_size > 0
    assert len(report.districts) == len(model.district_ids)
    if export.suffix in (".csv", ".json"):
        text = path.read_text(encoding="utf-8-sig")
        assert not _NOT_A_NUMBER.search(text)
    if export.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["districts"]) == len(model.district_ids)


def test_rank_report_lists_every_strategy_and_district(model, document):
    ranked = rank_document(document.evaluation, "en", model.district_ids)
    assert all(len(d["ranking"]) == len(model.strategy_ids) for d in ranked["districts"])
    assert not _NOT_A_NUMBER.search(rank_text(ranked))


@pytest.mark.parametrize("shape", ["minimal", "one_item", "large"], indirect=True)
def test_a_panel_of_three_shows_every_table_and_resamples(window, model, qtbot):
    """Three experts (the core tests resample every shape): the Panel tab's tables and the
    resampling page, where a node has one item and at the largest."""
    window.document.replace_all(
        replace(panel_session(model), monte_carlo=MonteCarloSettings(samples=200))
    )
    window.tabs.setCurrentWidget(window.panel_tab)
    view = window.panel_tab.view
    for index in range(view.tables.count()):
        view.tables.setCurrentIndex(index)
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    sensitivity = window.sensitivity_tab.view
    sensitivity.pages.setCurrentWidget(sensitivity.panel_resampling)
    analyses = window.document.analyses
    settings = ResamplingSettings.of(window.document.session.monte_carlo)
    assert analyses.counted_experts == 3
    qtbot.waitUntil(lambda: analyses.finished_panel_resampling(settings) is not None, timeout=60000)
    drawn = analyses.finished_panel_resampling(settings).rank_probability
    assert drawn.shape[-2:] == (len(model.strategy_ids), len(model.strategy_ids))
    sensitivity.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()
