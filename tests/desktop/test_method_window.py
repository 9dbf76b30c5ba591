"""In the window: the CR of every judged node (completed when incomplete) and a note where
each of the method's silent rules applies (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .export_support import CIRCULAR, UNSERVED, hostile_session

DISPLAY, TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def _show_strategies_of(window, criterion):
    view = window.effectiveness
    window.tabs.setCurrentWidget(view)
    view.criterion.setCurrentIndex(view.criterion.findData(criterion))
    return view


def test_the_tree_shows_the_completed_cr_of_strategy_judgments(window, document, model):
    document.replace_all(hostile_session(model))
    node = document.evaluation.effectiveness_nodes[CIRCULAR]
    item = window.hierarchy._items[CIRCULAR]
    assert f"{node.consistency_ratio:.3f}" in item.text(3) and "◐" in item.text(3)
    tip = item.toolTip(3)
    assert "Strategies judged pairwise" in tip and "the completed matrix: too inconsistent" in tip
    assert window.hierarchy._items[UNSERVED].text(3) == ""  # rated, not judged: no CR


def test_an_incomplete_criteria_node_says_how_its_completed_matrix_fares(window, document):
    # Two pairs of three complete consistently (CR 0): the node says so, not just "incomplete".
    session = document.session
    layer = (
        session.criteria_judgments["L3"]
        .with_value("C6", "C7", 9)
        .with_value("C7", "C8", 9)
        .with_value("C6", "C8", None)
    )
    document.replace_all(session.with_criteria_judgments(layer))
    result = document.evaluation.weights.nodes["L3"]
    assert not result.complete and result.cr_status.value == "ok"
    assert "the completed matrix: ok" in window.hierarchy._items["L3"].toolTip(3)
    window.hierarchy.select("L3")
    summary = window.judgments.consistency.summary.text()
    assert f"{result.consistency_ratio:.3f}" in summary
    assert "the completed matrix is acceptable" in summary


def test_the_effectiveness_tab_shows_strategy_cr_and_the_unserved_note(window, document, model):
    document.replace_all(hostile_session(model))
    view = _show_strategies_of(window, CIRCULAR)
    node = document.evaluation.effectiveness_nodes[CIRCULAR]
    circular = model.criteria.index(CIRCULAR)
    header = view.model.headerData(circular, Qt.Orientation.Horizontal, DISPLAY)
    assert f"CR {node.consistency_ratio:.3f} ✖ ◐" in header
    assert "the completed matrix has CR" in view.model.headerData(
        circular, Qt.Orientation.Horizontal, TIP
    )
    assert "the completed matrix is too inconsistent" in view.editor.consistency.summary.text()
    unserved = model.criteria.index(UNSERVED)
    share = document.evaluation.effectiveness[0, unserved]
    cell_tip = view.model.data(view.model.index(0, unserved), TIP)
    assert "No strategy serves this criterion" in cell_tip and f"{share:.3f}" in cell_tip
    assert "No strategy serves" in view.model.headerData(unserved, Qt.Orientation.Horizontal, TIP)
    assert "No strategy serves" not in view.model.data(view.model.index(0, circular), TIP)


def test_a_value_between_steps_is_noted_on_its_cell_and_an_end_snap_is_said(
    window, document, model, qtbot
):
    document.replace_all(hostile_session(model))
    view = _show_strategies_of(window, CIRCULAR)
    matrix = view.editor.matrix_model
    fifth, sixth = 4, 5  # judged 2.5 in hostile_session
    assert "2.50 ≈ 3" in matrix.data(matrix.index(fifth, sixth), DISPLAY)
    assert "used as typed (2.50)" in matrix.data(matrix.index(fifth, sixth), TIP)
    assert "used as typed" not in matrix.data(matrix.index(0, 1), TIP)
    with qtbot.waitSignal(matrix.input_adjusted) as said:
        assert matrix.setData(matrix.index(0, 3), "0.111")
    assert "1/9" in said.args[0]
    first, fourth = model.strategy_ids[0], model.strategy_ids[3]
    assert document.session.strategy_judgments[CIRCULAR].value(first, fourth) == 1 / 9


def test_the_ordinal_indicator_row_says_how_it_is_scored(window, document):
    indicators = window.indicators.model
    row = next(i for i, ind in enumerate(indicators.indicators) if ind.kind == "ordinal")
    note = indicators.data(indicators.index(row, indicators.columnCount() - 1), DISPLAY)
    assert "level index" in note
    number = next(
        i
        for i, ind in enumerate(indicators.indicators)
        if ind.kind == "number" and ind.informs_districts
    )
    assert "level index" not in indicators.data(
        indicators.index(number, indicators.columnCount() - 1), DISPLAY
    )
