"""The window and the exports on the small test model (criteria on two levels, leaves at two
depths, 4 strategies, 3 districts): nothing may assume Foshan's 3 layers, 8 criteria,
6 strategies or 5 districts."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QThreadPool

from desktop.export.formats import FORMATS
from desktop.export.service import export_report
from desktop.rank_report import rank_document, rank_text
from strategies.evaluation import evaluate
from strategies.model import load_model
from tests.conftest import MODEL_FOLDERS

LANGUAGES = ("en", "zh")


@pytest.fixture(scope="module")
def model():
    """Overrides the desktop's Foshan model for every fixture of this module."""
    return load_model(MODEL_FOLDERS["small"])


@pytest.fixture
def sensitivity(window):
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # the view is built when first shown
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def test_the_tree_shows_every_node_at_its_depth(window, model):
    tree = window.hierarchy
    hierarchy = model.hierarchy
    assert set(tree._items) == set(hierarchy.nodes)
    for node in hierarchy.nodes:
        item, depth = tree._items[node], 0
        while item.parent() is not None:
            item, depth = item.parent(), depth + 1
        assert depth == len(hierarchy.path(node)) - 1
    depths = {len(hierarchy.path(leaf)) for leaf in hierarchy.leaves}
    assert depths == {2, 3}  # leaves on both levels


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_node_opens_in_the_judgment_editor(window, model, language, lang):
    language.set(lang)
    editor = window.judgments
    for node in model.hierarchy.inner_nodes:
        window.hierarchy.setCurrentItem(window.hierarchy._items[node])
        items = model.hierarchy.children(node)
        assert editor.target.node == node
        assert len(editor.rows) == len(items) * (len(items) - 1) // 2
        assert editor.matrix_model.rowCount() == len(items)
    leaf = model.hierarchy.leaves[-1]  # a leaf under the goal: its parent is the goal
    window.hierarchy.setCurrentItem(window.hierarchy._items[leaf])
    assert editor.target.node == model.hierarchy.nodes[leaf].parent


def test_a_judgment_slider_reaches_the_ranking(window, model):
    node = model.hierarchy.goal
    window.hierarchy.setCurrentItem(window.hierarchy._items[node])
    before = window.document.evaluation.priorities.copy()
    row = window.judgments.rows[0]
    row.slider.setValue(row.slider.minimum())
    assert window.document.session.criteria_judgments[node].value(row.first, row.second) != 1.0
    assert (window.document.evaluation.priorities != before).any()
    assert window.ranking.ranking.model().rowCount() == len(model.strategy_ids)


def test_ratings_table_has_a_row_per_strategy(window, model):
    window.tabs.setCurrentWidget(window.effectiveness)
    table = window.effectiveness.table.model()
    assert (table.rowCount(), table.columnCount()) in {
        (len(model.strategy_ids), len(model.criteria)),
        (len(model.criteria), len(model.strategy_ids)),
    }


def test_indicators_and_need_show_the_small_model(window, model):
    window.tabs.setCurrentWidget(window.indicators)
    assert window.indicators.need_table.model().rowCount() == len(model.criteria)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sensitivity_page_draws(sensitivity, model, language, qtbot, lang):
    language.set(lang)
    for district in range(len(model.district_ids)):
        sensitivity.district.setCurrentIndex(district)
        for page in sensitivity.all_pages():
            sensitivity.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: sensitivity.monte_carlo.result is not None, timeout=30000)
    shown = sensitivity.gradient.chart.shown
    assert shown["curves"].shape == (101, len(model.strategy_ids))
    acceptability = sensitivity.monte_carlo.result.rank_acceptability
    assert acceptability.shape == (len(model.district_ids), *[len(model.strategy_ids)] * 2)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("export", FORMATS, ids=[f.suffix for f in FORMATS])
def test_every_export_format_writes_the_small_model(model, document, tmp_path, export, lang):
    path = tmp_path / f"report{export.suffix}"
    report = export_report(document.evaluation, path, lang)
    assert path.stat().st_size > 0
    assert len(report.districts) == len(model.district_ids)
    assert [c.id for c in report.criteria] == list(model.criteria)
    if export.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["districts"]) == len(model.district_ids)


def test_rank_report_lists_every_strategy_and_district(model, document):
    ranked = rank_document(evaluate(model, document.session), "en", model.district_ids)
    assert len(ranked["districts"]) == len(model.district_ids)
    assert all(len(d["ranking"]) == len(model.strategy_ids) for d in ranked["districts"])
    text = rank_text(ranked)
    assert all(model.district(d).name.en in text for d in model.district_ids)


def test_the_report_names_each_criterion_s_layers_at_any_depth(model, document, tmp_path):
    report = export_report(document.evaluation, tmp_path / "report.json", "en")
    layers = {c.id: c.layer_name for c in report.criteria}
    assert layers["skills"] == "People and founders"
    assert layers["market"] == model.hierarchy.name(model.hierarchy.goal, "en")


def test_no_supplement_switch_for_a_model_without_one(window, model):
    window.tabs.setCurrentWidget(window.indicators)
    assert model.supplement == ()
    assert window.indicators.supplement.isHidden()
