"""A model edit swaps the document's model: every view of the window shows the new model's
criteria, strategies and districts, and undo and redo bring each back. The swap here is to a
model of another shape altogether (the small test model), the hardest case a model edit can be."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QThreadPool

from desktop.changes import Change
from strategies.evaluation import default_session
from strategies.model import load_model
from tests.conftest import MODEL_FOLDERS


@pytest.fixture(scope="module")
def small():
    return load_model(MODEL_FOLDERS["small"])


def _swap(window, small):
    told = []
    window.document.changed.connect(told.append)
    window.document.apply_model(small, default_session(small), "swap")
    return told


def _combo_data(combo):
    return [combo.itemData(i) for i in range(combo.count())]


def _shows_model(window, model, qtbot):
    """Visit every tab and page; each shows model's items and nothing of another model."""
    tree = window.hierarchy
    assert set(tree._items) == set(model.hierarchy.nodes)
    window.tabs.setCurrentWidget(window.ranking)
    ranking = window.ranking
    assert _combo_data(ranking.district) == [*model.district_ids, ""]
    assert ranking.overview_model.columnCount() == len(model.districts)
    assert ranking.overview_model.rowCount() == len(model.strategies)
    ranking.district.setCurrentIndex(0)
    assert ranking.ranking_model.rowCount() == len(model.strategies)
    shown = {ranking.ranking_model.rows[r].strategy for r in range(len(model.strategies))}
    assert shown == set(model.strategy_ids)
    window.tabs.setCurrentWidget(window.effectiveness)
    ratings = window.effectiveness.model
    assert (ratings.rowCount(), ratings.columnCount()) == (
        len(model.strategies),
        len(model.criteria),
    )
    assert _combo_data(window.effectiveness.criterion) == list(model.criteria)
    window.tabs.setCurrentWidget(window.indicators)
    need = window.indicators.need_model
    assert (need.rowCount(), need.columnCount()) == (len(model.criteria), len(model.districts))
    coverage = window.indicators.coverage_model
    assert coverage.columnCount() == len(model.districts)
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    assert _combo_data(view.district) == list(model.district_ids)
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()
    window.tabs.setCurrentWidget(window.panel_tab)
    window.tabs.setCurrentWidget(window.judgments)
    assert window.judgments.target.node in model.hierarchy.inner_nodes
    assert model.name.get("en") in window.windowTitle()
    assert model.name.get("en") in window.statusBar().currentMessage()


def test_a_model_swap_says_model_and_evaluation_changed(window, small):
    told = _swap(window, small)
    assert told and told[-1] & Change.MODEL and told[-1] & Change.EVALUATION
    assert window.document.model is small
    assert window.document.evaluation.model is small


def test_every_view_follows_the_swap_and_its_undo_and_redo(window, model, small, qtbot):
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # built before the swap
    window.tabs.setCurrentWidget(window.panel_tab)
    before = window.document.session
    _swap(window, small)
    _shows_model(window, small, qtbot)
    window.document.undo_stack.undo()
    assert window.document.model is model
    assert window.document.session == before
    _shows_model(window, model, qtbot)
    window.document.undo_stack.redo()
    _shows_model(window, small, qtbot)


def test_views_built_after_the_swap_show_the_new_model(window, small, qtbot):
    _swap(window, small)  # the deferred tabs are built only now
    _shows_model(window, small, qtbot)


def test_a_removed_district_chosen_in_the_ranking_falls_back_to_the_first(window, small):
    ranking = window.ranking
    window.tabs.setCurrentWidget(ranking)
    ranking.district.setCurrentIndex(
        ranking.district.findData(window.document.model.district_ids[-1])
    )
    _swap(window, small)
    assert ranking.selected_district() == small.district_ids[0]
    assert ranking.ranking_model.district == small.district_ids[0]


def test_the_window_exports_the_new_model(window, small, tmp_path):
    _swap(window, small)
    path = tmp_path / "swapped.json"
    assert window.export_action.export_to(path)
    text = path.read_text(encoding="utf-8")
    json.loads(text)
    for district in small.districts:
        assert district.name.get("en") in text
    assert "Chancheng" not in text and "禅城" not in text
