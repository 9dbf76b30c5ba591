"""Effectiveness, indicators and ranking views bound to a real document."""

import pytest
from PySide6.QtCore import Qt

from strategies.evaluation import evaluate
from strategies.session import PAIRWISE_MODE


def show(window, view):
    """Bring a tab to the front, as the planner would (hidden views refresh when shown)."""
    window.tabs.setCurrentWidget(view)
    return view


def test_ratings_grid_edit_changes_effectiveness(window, document):
    show(window, window.effectiveness)
    grid = window.effectiveness.model
    index = grid.index(document.model.strategy_ids.index("S4"), document.model.criteria.index("C1"))
    assert grid.setData(index, "very_strong")
    assert document.session.ratings[("S4", "C1")] == "very_strong"
    expected = evaluate(document.model, document.session)
    assert document.evaluation.effectiveness == pytest.approx(expected.effectiveness)
    assert "Changed by the planner" in grid.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not grid.setData(index, "enormous")


def test_rating_tooltip_quotes_the_paper(window, document):
    show(window, window.effectiveness)
    grid = window.effectiveness.model
    tip = grid.data(
        grid.index(document.model.strategy_ids.index("S6"), document.model.criteria.index("C5")),
        Qt.ItemDataRole.ToolTipRole,
    )
    assert "五" in tip


def test_pairwise_mode_for_one_criterion(window, document):
    view = show(window, window.effectiveness)
    view.criterion.setCurrentIndex(document.model.criteria.index("C7"))
    view.pairwise.setChecked(True)
    assert document.session.mode("C7") == PAIRWISE_MODE
    assert not view.editor.isHidden()
    row = next(r for r in view.editor.rows if (r.first, r.second) == ("S1", "S4"))
    row.slider.setValue(6)  # S4 very strongly more important (7)
    column = document.model.criteria.index("C7")
    effect = document.evaluation.effectiveness[:, column]
    assert effect.max() == pytest.approx(1)  # ideal mode, the default: the best scores 1
    assert effect[document.model.strategy_ids.index("S4")] == effect.max()


def test_indicators_show_missing_and_sources(window, document):
    show(window, window.indicators)
    model = window.indicators.model
    row = next(i for i, ind in enumerate(model.indicators) if ind.id == "ecommerce_market_share")
    gaoming = 4 + document.model.district_ids.index("gaoming")
    shunde = 4 + document.model.district_ids.index("shunde")
    assert model.data(model.index(row, gaoming)) == "missing"
    assert "never read as 0" in model.data(model.index(row, gaoming), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, shunde)) == "21.12"
    assert "三(一)" in model.data(model.index(row, shunde), Qt.ItemDataRole.ToolTipRole)
    need = window.indicators.need_model
    c1, c3 = document.model.criteria.index("C1"), document.model.criteria.index("C3")
    column = document.model.district_ids.index("gaoming")
    # Gaoming has no market share: the mean of the measured districts, said so on the cell.
    mean = document.evaluation.need.need[:3, c1].mean()
    assert need.data(need.index(c1, column)) == f"{mean:.2f} (mean of districts)"
    assert "never looks like need" in need.data(need.index(c1, column), Qt.ItemDataRole.ToolTipRole)
    assert "(district mean)" in need.data(need.index(c3, 0))  # no district has data on C3
    assert "not tilted" in need.data(need.index(c3, 0), Qt.ItemDataRole.ToolTipRole)
    assert "(" not in need.data(need.index(c1, 0))  # Chancheng's share is measured


def test_beside_the_slider_the_ranking_says_where_it_holds_and_what_alpha_one_drops(
    window, document
):
    from dataclasses import replace

    from strategies.effectiveness import Synthesis
    from strategies.sensitivity.alpha import alpha_stability
    from strategies.sensitivity.inputs import SensitivityInputs

    # In distributive mode Chancheng's ranking changes on both sides of α = 0.5.
    document.apply(replace(document.session, synthesis=Synthesis.DISTRIBUTIVE), "mode")
    ranking = show(window, window.ranking)
    ranking.district.setCurrentIndex(ranking.district.findData("chancheng"))
    found = alpha_stability(SensitivityInputs.from_evaluation(document.evaluation))[0]
    text = ranking.alpha_meaning.text()
    assert f"from {found.low:.2f} to {found.high:.2f}" in text
    assert "get no weight: C4 Logistics and warehousing." in text
    ranking.alpha.setValue(round(found.high * 100) + 1)  # past the change point
    moved = alpha_stability(SensitivityInputs.from_evaluation(document.evaluation))[0]
    assert moved.low == pytest.approx(found.high)
    assert f"from {moved.low:.2f} to {moved.high:.2f}" in ranking.alpha_meaning.text()
    ranking.district.setCurrentIndex(ranking.district.findData(""))
    assert ranking.alpha_meaning.text().startswith("α = 1: weights follow need alone")


def test_alpha_slider_changes_district_rankings(window, document):
    ranking = show(window, window.ranking)
    ranking.alpha.setValue(0)
    flat = document.evaluation.priorities.copy()
    assert document.session.alpha == 0
    assert flat == pytest.approx(flat[[0] * len(flat)])  # α = 0: one ranking everywhere
    ranking.alpha.setValue(100)
    assert document.session.alpha == 1
    assert document.evaluation.priorities != pytest.approx(flat)
    assert ranking.alpha_value.text() == "α = 1.00"
    assert document.undo_stack.count() == 1  # a drag is one undo step


def test_all_districts_overview_marks_the_top(window, document):
    ranking = show(window, window.ranking)
    ranking.district.setCurrentIndex(ranking.district.count() - 1)
    assert ranking.selected_district() == ""
    assert ranking.grouped_chart.shown["priorities"] == pytest.approx(
        document.evaluation.priorities
    )
    overview = ranking.overview_model
    for column, district in enumerate(document.model.district_ids):
        top = document.evaluation.top_strategies(district)[0]
        row = document.model.strategy_ids.index(top)
        assert overview.data(overview.index(row, column)).startswith("★")


def test_hidden_views_catch_up_when_shown(window, document):
    show(window, window.ranking)
    show(window, window.effectiveness)
    index = window.effectiveness.model.index(0, 0)
    assert window.effectiveness.model.setData(index, "very_strong")
    table = window.ranking.ranking_model
    show(window, window.ranking)
    top = document.evaluation.ranking(window.ranking.selected_district())[0]
    assert table.data(table.index(0, 2)) == f"{top.priority:.4f}"


def test_table_models_pass_the_model_tester(window, qtmodeltester):
    for model in (
        window.ranking.ranking_model,
        window.ranking.overview_model,
        window.effectiveness.model,
        window.indicators.model,
        window.indicators.need_model,
        window.judgments.matrix_model,
    ):
        qtmodeltester.check(model)


def test_planner_fills_a_missing_value_with_its_source(window, document):
    view = show(window, window.indicators)
    gaoming_c1 = (document.model.district_ids.index("gaoming"), document.model.criteria.index("C1"))
    assert document.evaluation.need.neutral[gaoming_c1]
    view.enter_value("ecommerce_market_share", "gaoming", 5.0, "高明区统计局 2018")
    assert not document.evaluation.need.neutral[gaoming_c1]
    model = view.model
    row = next(i for i, ind in enumerate(model.indicators) if ind.id == "ecommerce_market_share")
    cell = model.index(row, 4 + document.model.district_ids.index("gaoming"))
    assert model.data(cell) == "5"
    assert "高明区统计局 2018" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.editable_cell(cell) is not None
    view.restore_value("ecommerce_market_share", "gaoming")
    assert model.data(cell) == "missing"
    window.named_actions["undo"].trigger()
    assert model.data(cell) == "5"


def test_a_value_without_source_or_number_is_refused(qtbot):
    from desktop.views.indicator_value_dialog import IndicatorValueDialog

    dialog = IndicatorValueDialog("x", "abc", "source", False)
    qtbot.addWidget(dialog)
    dialog._on_ok()
    assert "abc" in dialog.problem.text() and dialog.result() == 0
    dialog.value.setText("12.5")
    dialog.source.setText("  ")
    dialog._on_ok()
    assert dialog.problem.text() and dialog.result() == 0
    dialog.source.setText("Foshan yearbook 2018")
    dialog._on_ok()
    assert dialog.number == 12.5 and dialog.result() == dialog.DialogCode.Accepted


def test_random_index_and_normalisation_are_chosen_in_the_window(window, document):
    from criteria.indicators import Normalisation

    editor = window.judgments
    editor.show_node("L1")
    editor.matrix_model.setData(editor.matrix_model.index(0, 1), "3")
    editor.matrix_model.setData(editor.matrix_model.index(1, 2), "3")
    saaty = document.evaluation.weights.nodes["L1"].consistency_ratio
    editor.random_index.setCurrentIndex(editor.random_index.findData("dd"))
    assert document.session.random_index == "dd"
    assert document.evaluation.weights.nodes["L1"].consistency_ratio != pytest.approx(saaty)
    assert "Donegan" in editor.consistency.summary.text()
    view = show(window, window.indicators)
    view.normalisation.setCurrentIndex(view.normalisation.findData(Normalisation.MIN_MAX))
    assert document.session.normalisation is Normalisation.MIN_MAX
    window.named_actions["undo"].trigger()
    assert document.session.normalisation is Normalisation.RATIO_TO_BEST
    assert view.normalisation.currentData() is Normalisation.RATIO_TO_BEST


def test_synthesis_mode_is_chosen_beside_the_ratings_and_undone(window, document, qtbot):
    from strategies.effectiveness import Synthesis

    view = show(window, window.effectiveness)
    assert view.synthesis.currentData() is Synthesis.IDEAL
    column = document.model.criteria.index("C1")
    assert document.evaluation.effectiveness[:, column].max() == pytest.approx(1)
    view.synthesis.setCurrentIndex(view.synthesis.findData(Synthesis.DISTRIBUTIVE))
    assert document.session.synthesis is Synthesis.DISTRIBUTIVE
    assert document.evaluation.effectiveness[:, column].sum() == pytest.approx(1)
    assert document.undo_stack.undoText() == "Change the synthesis mode"
    ranking = show(window, window.ranking)  # named where the priorities are read, too
    assert ranking.synthesis.currentData() is Synthesis.DISTRIBUTIVE
    window.named_actions["undo"].trigger()
    assert document.session.synthesis is Synthesis.IDEAL
    assert view.synthesis.currentData() is Synthesis.IDEAL
    assert ranking.synthesis.currentData() is Synthesis.IDEAL
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: "理想" in view.synthesis.currentText())
    window.named_actions["lang:en"].trigger()


def test_a_criterion_no_strategy_serves_is_marked_with_what_each_mode_does(window, document):
    from dataclasses import replace

    from strategies.effectiveness import Synthesis

    view = show(window, window.effectiveness)
    criterion = document.model.criteria[2]
    ratings = {
        **document.session.ratings,
        **{(s, criterion): "none" for s in document.model.strategy_ids},
    }
    document.apply(replace(document.session, ratings=ratings), "rate none")
    header = view.model.headerData(2, Qt.Orientation.Horizontal)
    assert "no strategy serves it" in header
    tip = view.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "ideal mode" in tip and "adds nothing" in tip
    document.apply(replace(document.session, synthesis=Synthesis.DISTRIBUTIVE), "mode")
    tip = view.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "distributive mode" in tip and "equal share" in tip
    served = view.model.headerData(0, Qt.Orientation.Horizontal)
    assert "no strategy serves it" not in served


def test_the_windows_own_actions_leave_qwidget_actions_alone(window):
    # QWidget.actions() lists the actions added to the widget; a dict of the same name hid it.
    assert isinstance(window.actions(), list)
    assert set(window.named_actions) >= {"undo", "redo", "quit", "about", "export"}
