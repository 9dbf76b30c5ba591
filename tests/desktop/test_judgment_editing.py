"""Drive the judgment editor as a planner would and check against the engine."""

import pytest
from PySide6.QtCore import Qt

from criteria.ahp import Consistency, node_weights
from criteria.consistency import most_inconsistent
from desktop.views.judgment_target import CriteriaNode
from strategies.evaluation import evaluate


def select(window, node):
    window.hierarchy.select(node)
    assert window.judgments.target == CriteriaNode(node)
    return window.judgments


def row_for(editor, first, second):
    return next(r for r in editor.rows if (r.first, r.second) == (first, second))


def test_verbal_slider_changes_weights_cr_ranking_and_chart(window, document):
    editor = select(window, "goal")
    before = document.evaluation.priorities.copy()
    row_for(editor, "L1", "L2").slider.setValue(-4)  # L1 strongly more important (5)
    session = document.session
    assert session.criteria_judgments["goal"].value("L1", "L2") == 5
    expected = evaluate(document.model, session)
    assert document.evaluation.weights.global_weights["C1"] == pytest.approx(
        expected.weights.global_weights["C1"]
    )
    assert document.evaluation.priorities == pytest.approx(expected.priorities)
    assert document.evaluation.priorities != pytest.approx(before)
    cr = document.evaluation.weights.nodes["goal"].consistency_ratio
    assert cr == pytest.approx(expected.weights.nodes["goal"].consistency_ratio)
    assert f"{cr:.3f}" in editor.consistency.summary.text()
    ranking = window.ranking
    window.tabs.setCurrentWidget(ranking)  # hidden views refresh when shown
    district = ranking.selected_district()
    table = ranking.ranking_model
    top = expected.ranking(district)[0]
    assert table.data(table.index(0, 2)) == f"{top.priority:.4f}"
    row = document.model.district_ids.index(district)
    order = [document.model.strategy_ids.index(r.strategy) for r in expected.ranking(district)]
    assert ranking.chart.shown["contributions"] == pytest.approx(expected.contributions[row][order])


def test_typing_in_the_matrix_changes_the_judgment(window, document, qtbot):
    editor = select(window, "L1")
    model = editor.matrix_model
    assert model.setData(model.index(2, 0), "1/3")  # C3 vs C1
    assert document.session.criteria_judgments["L1"].value("C1", "C3") == pytest.approx(3)
    assert row_for(editor, "C1", "C3").slider.value() == -2
    assert document.evaluation.weights.nodes["L1"].weight("C1") > 1 / 3


@pytest.mark.parametrize("text", ["abc", "0", "-1", "12", "1/0", "nan"])
def test_bad_typed_values_are_refused_and_the_old_value_stays(window, document, qtbot, text):
    editor = select(window, "L1")
    model = editor.matrix_model
    stack_size = document.undo_stack.count()
    with qtbot.waitSignal(model.input_refused) as refused:
        assert not model.setData(model.index(0, 1), text)
    assert "C1" not in refused.args[0] or text in refused.args[0]
    assert text in refused.args[0]
    assert document.session.criteria_judgments["L1"].value("C1", "C2") == 1
    assert document.undo_stack.count() == stack_size
    assert text in window.statusBar().currentMessage()


def test_blanking_a_pair_marks_the_node_incomplete(window, document):
    editor = select(window, "L1")
    row_for(editor, "C1", "C2").missing.setChecked(True)
    assert document.session.criteria_judgments["L1"].value("C1", "C2") is None
    assert document.evaluation.weights.nodes["L1"].status is Consistency.INCOMPLETE
    item = window.hierarchy._items["L1"]
    assert item.text(3).startswith("◐")
    assert editor.matrix_model.data(editor.matrix_model.index(0, 1)).startswith("(")


def test_blanking_that_disconnects_is_refused(window, document, qtbot):
    editor = select(window, "L2")  # two items: the only pair cannot be missing
    with qtbot.waitSignal(editor.input_refused):
        row_for(editor, "C4", "C5").missing.setChecked(True)
    assert document.session.criteria_judgments["L2"].value("C4", "C5") == 1
    assert not row_for(editor, "C4", "C5").missing.isChecked()


def test_use_this_value_lowers_cr(window, document, qtbot):
    editor = select(window, "L3")
    matrix = editor.matrix_model
    for row, column, text in ((0, 1, "3"), (1, 2, "3"), (0, 2, "1/5")):
        assert matrix.setData(matrix.index(row, column), text)
    judgments = document.session.criteria_judgments["L3"]
    before = document.evaluation.weights.nodes["L3"].consistency_ratio
    worst = most_inconsistent(judgments, node_weights(judgments))[0]
    assert editor.consistency.worst.rowCount() >= 1
    button = editor.consistency.worst.cellWidget(0, 3)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    after = document.evaluation.weights.nodes["L3"].consistency_ratio
    assert after < before
    assert document.session.criteria_judgments["L3"].value(worst.first, worst.second) == (
        pytest.approx(worst.consistent_value)
    )


def test_intransitive_triad_is_shown(window):
    editor = select(window, "L3")
    matrix = editor.matrix_model
    for row, column, text in ((0, 1, "3"), (1, 2, "3"), (2, 0, "3")):
        assert matrix.setData(matrix.index(row, column), text)
    assert "Parks and policy > Talent > Technology" in editor.consistency.triads.text()


def test_undo_and_redo_restore_exact_states(window, document):
    editor = select(window, "goal")
    original = document.session
    row_for(editor, "L1", "L3").slider.setValue(3)
    changed = document.session
    select(window, "L1")
    row_for(window.judgments, "C2", "C3").slider.setValue(-6)
    twice = document.session
    assert document.undo_stack.undoText().startswith("Judge")
    window.named_actions["undo"].trigger()
    assert document.session == changed
    window.named_actions["undo"].trigger()
    assert document.session == original
    assert document.evaluation.priorities == pytest.approx(
        evaluate(document.model, original).priorities
    )
    window.named_actions["redo"].trigger()
    window.named_actions["redo"].trigger()
    assert document.session == twice
    assert window.isWindowModified()


def test_slider_drag_merges_into_one_undo_step(window, document):
    editor = select(window, "goal")
    slider = row_for(editor, "L1", "L2").slider
    for step in (-1, -2, -3, -4):
        slider.setValue(step)
    assert document.undo_stack.count() == 1


def test_the_combined_view_names_the_inconsistent_experts_instead_of_a_repair(window, document):
    """Read-only combined judgments are revised through their experts: the panel says whose
    own judgments at the node are too inconsistent, and who left it blank."""
    from dataclasses import replace

    from criteria.judgments import PairwiseJudgments
    from strategies.panel.session_panel import new_expert

    model = document.model
    goal = model.hierarchy.goal
    items = model.hierarchy.children(goal)
    circular = PairwiseJudgments.from_pairs(
        goal,
        items,
        [(items[0], items[1], 9.0), (items[1], items[2], 9.0), (items[2], items[0], 9.0)],
    )
    muddled = new_expert(document.session, model, "Muddled").with_criteria_judgments(circular)
    document.put_expert(muddled, "add")
    silent = new_expert(document.session, model, "Silent")
    kept = {n: j for n, j in silent.criteria_judgments.items() if n != goal}
    document.put_expert(replace(silent, criteria_judgments=kept), "add")
    document.choose_expert(None)
    editor = select(window, goal)
    text = editor.consistency.summary.text()
    assert "Muddled (CR" in text and "Left blank by: Silent." in text
    assert "revise judgments" not in text and not editor.consistency.worst.isVisibleTo(editor)
    document.choose_expert(muddled.id)
    assert "too inconsistent — revise judgments" in editor.consistency.summary.text()


def test_an_expert_who_left_the_node_blank_is_told_whose_judgments_show(window, document):
    from dataclasses import replace

    from strategies.panel.session_panel import new_expert

    model = document.model
    goal = model.hierarchy.goal
    silent = new_expert(document.session, model, "Silent")
    kept = {n: j for n, j in silent.criteria_judgments.items() if n != goal}
    document.put_expert(replace(silent, criteria_judgments=kept), "add")
    document.choose_expert(silent.id)
    editor = select(window, goal)
    assert editor.blank_notice.isVisibleTo(editor)
    assert editor.blank_notice.text().startswith("Silent left this node blank")
    select(window, model.hierarchy.inner_nodes[-1])
    assert not editor.blank_notice.isVisibleTo(editor)
    document.choose_expert(document.session.experts.experts[0].id)
    select(window, goal)
    assert not editor.blank_notice.isVisibleTo(editor)
