"""The panel in the window: experts added, renamed, weighted, counted and removed as undoable
steps; the editors show the chosen expert's judgments (the combined ones read-only); the
ranking is the panel's; the Panel tab shows the core's findings."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.changes import Change
from desktop.views.experts_table import INCLUDED, NAME, WEIGHT, ExpertsTableModel
from desktop.views.judgment_target import CriteriaNode
from desktop.views.panel_view import PanelView
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import judging_panel, new_expert, session_evaluation
from strategies.panel.summary import panel_summary
from strategies.session import LEAD_EXPERT


def _add_experts(document, model, count: int, seed: int = 3):
    """count experts whose goal judgments differ from the lead's."""
    rng = np.random.default_rng(seed)
    goal = model.hierarchy.goal
    for _ in range(count):
        expert = new_expert(document.session, model, "")
        judgments = expert.criteria_judgments[goal]
        a, b = judgments.items[:2]
        changed = judgments.with_value(a, b, float(rng.choice([1 / 7, 1 / 3, 3.0, 7.0])))
        document.put_expert(expert.with_criteria_judgments(changed), "add")
    return [e.id for e in document.session.experts.experts[1:]]


def _edit_goal(document, model, value: float) -> None:
    goal = model.hierarchy.goal
    target = CriteriaNode(goal)
    judgments = target.judgments(document)
    a, b = judgments.items[:2]
    target.apply(document, judgments.with_value(a, b, value), "edit")


def test_adding_an_expert_is_one_undoable_step_and_combines(document, model):
    before = document.evaluation.priorities.copy()
    _add_experts(document, model, 1)
    assert len(document.session.experts.experts) == 2
    combined = session_evaluation(model, document.session).priorities
    assert np.array_equal(document.evaluation.priorities, combined)
    assert not np.array_equal(document.evaluation.priorities, before)
    document.undo_stack.undo()
    assert len(document.session.experts.experts) == 1
    assert np.array_equal(document.evaluation.priorities, before)


def test_an_edit_reaches_the_chosen_expert_and_the_combined_ranking(document, model):
    (other,) = _add_experts(document, model, 1)
    document.choose_expert(other)
    lead_goal = document.session.criteria_judgments[model.hierarchy.goal]
    before = document.evaluation.priorities.copy()
    _edit_goal(document, model, 9.0)
    edited = document.session.experts.expert(other).criteria_judgments[model.hierarchy.goal]
    assert edited.value(*edited.items[:2]) == 9.0
    assert document.session.criteria_judgments[model.hierarchy.goal] == lead_goal
    assert not np.array_equal(document.evaluation.priorities, before)
    assert document.judged_evaluation.weights.nodes["goal"].weights != (
        document.evaluation.weights.nodes["goal"].weights
    )
    document.undo_stack.undo()
    assert np.array_equal(document.evaluation.priorities, before)


def test_the_combined_judgments_are_read_only(document, model):
    _add_experts(document, model, 2)
    document.choose_expert(None)
    assert document.judgments_read_only
    session = document.session
    _edit_goal(document, model, 5.0)
    assert document.session == session and document.undo_stack.count() == 2
    shown = document.judgments_session.criteria_judgments["goal"]
    assert shown == document.evaluation.session.criteria_judgments["goal"]


def test_choosing_is_no_edit_and_says_so(document, model):
    (other,) = _add_experts(document, model, 1)
    told = []
    document.changed.connect(told.append)
    steps = document.undo_stack.count()
    document.choose_expert(other)
    assert told and told[0] & Change.CHOSEN_EXPERT and document.undo_stack.count() == steps
    with pytest.raises(KeyError):
        document.choose_expert("nobody")


def test_removing_the_chosen_expert_goes_back_to_the_lead(document, model):
    (other,) = _add_experts(document, model, 1)
    document.choose_expert(other)
    document.remove_expert(other, "remove")
    assert document.chosen_expert == LEAD_EXPERT
    document.undo_stack.undo()
    assert other in {e.id for e in document.session.experts.experts}


def test_experts_table_edits_are_undoable(qtmodeltester, document, model):
    (other,) = _add_experts(document, model, 1)
    table = ExpertsTableModel(document)
    qtmodeltester.check(table)
    row = 1
    assert table.setData(table.index(row, NAME), "李工")
    assert table.setData(table.index(row, WEIGHT), "2.5")
    assert not table.setData(table.index(row, WEIGHT), "-1")
    assert not table.setData(table.index(row, WEIGHT), "nan")
    assert table.setData(
        table.index(row, INCLUDED), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    expert = document.session.experts.expert(other)
    assert (expert.name, expert.weight, expert.included) == ("李工", 2.5, False)
    assert table.data(table.index(row, NAME)) == "李工"
    assert document.undo_stack.undoText().startswith("Leave out")
    for _ in range(3):
        document.undo_stack.undo()
    assert document.session.experts.expert(other).name == ""


def test_panel_view_shows_the_core_findings(qtbot, document, model, language):
    ids = _add_experts(document, model, 3)
    view = PanelView(document, language)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    summary = panel_summary(model, document.session)
    nodes = model.hierarchy.inner_nodes
    assert view.consensus.rowCount() == len(nodes) + 1
    global_cell = view.consensus.item(len(nodes), 1).text()
    assert global_cell == f"{summary.consensus.global_weights.s_star * 100:.1f} %"
    assert view.consistency.rowCount() == 1 + len(ids)
    assert view.tops.columnCount() == 2 + len(summary.participants)
    assert view.tops.rowCount() == len(model.district_ids)
    assert view.disputed.rowCount() == len(summary.disputed) > 0
    first = summary.disputed[0]
    assert view.disputed.item(0, 2).text() == f"{first.geometric_sd:.2f}"


def test_choosing_an_aggregation_is_undoable_and_explained(qtbot, document, model, language):
    _add_experts(document, model, 2)
    view = PanelView(document, language)
    qtbot.addWidget(view)
    view.show()
    index = view.aggregation.findData(Aggregation.AIP_ARITHMETIC)
    view.aggregation.setCurrentIndex(index)
    assert document.session.aggregation is Aggregation.AIP_ARITHMETIC
    assert "separate individuals" in view.when.text()
    document.undo_stack.undo()
    assert document.session.aggregation is Aggregation.AIJ
    assert view.aggregation.currentData() is Aggregation.AIJ


def test_add_and_remove_buttons(qtbot, document, model, language):
    view = PanelView(document, language)
    qtbot.addWidget(view)
    view.show()
    assert not view.remove.isEnabled()
    view.add.click()
    assert len(document.session.experts.experts) == 2 and view.remove.isEnabled()
    view.experts.selectRow(1)
    view.remove.click()
    assert len(document.session.experts.experts) == 1


def test_window_has_the_panel_tab_and_the_expert_choice(qtbot, window, model):
    document = window.document
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Panel" in titles
    choice = window.expert_chooser.choice
    assert choice.count() == 1
    _add_experts(document, model, 2)
    assert choice.count() == 4 and choice.itemData(3) is None
    choice.setCurrentIndex(3)
    assert document.judgments_read_only
    assert not window.judgments.rows_box.isEnabled() or not window.judgments.isVisible()
    choice.setCurrentIndex(1)
    assert document.chosen_expert == document.session.experts.experts[1].id
    assert judging_panel(document.session).experts[0].criteria_judgments


@pytest.mark.parametrize("code", ["zh", "en"])
def test_the_panel_tab_speaks_one_language(qtbot, window, model, code):
    """A panel of three in each language: the Panel tab and the expert choice hold no word of
    the other language (the experts' own names are Chinese here, as a planner types them)."""
    from tests.desktop.language_audit import visible_texts
    from tests.language_words import foreign

    document = window.document
    window.named_actions[f"lang:{code}"].trigger()
    qtbot.waitUntil(lambda: window.language.code == code)
    _add_experts(document, model, 2)
    for expert in document.session.experts.experts[1:]:
        document.put_expert(replace(expert, name="专家" if code == "zh" else "Expert"), "name")
    window.tabs.setCurrentWidget(window.panel_tab)
    qtbot.wait(20)
    found = visible_texts(window.panel_tab) + visible_texts(window.expert_chooser)
    assert len(found) > 50
    assert [(where, text) for where, text in found if foreign(text, code)] == []


def test_putting_an_expert_with_new_judgments_is_one_step(document, model):
    """What an import of answers calls: an expert of the same id replaced, judgments and all."""
    (other,) = _add_experts(document, model, 1)
    steps = document.undo_stack.count()
    before = document.session
    old = before.experts.expert(other)
    goal = old.criteria_judgments["goal"]
    answered = replace(old, name="李工").with_criteria_judgments(
        goal.with_value(*goal.items[:2], 1 / 9)
    )
    told = []
    document.changed.connect(told.append)
    document.put_expert(answered, "import")
    assert document.undo_stack.count() == steps + 1
    assert document.session.experts.expert(other) == answered
    assert told[-1] & Change.EXPERTS and told[-1] & Change.JUDGMENTS
    document.undo_stack.undo()
    assert document.session == before


def test_a_profile_edit_is_no_judgment_change(document, model):
    (other,) = _add_experts(document, model, 1)
    told = []
    document.changed.connect(told.append)
    document.put_expert(replace(document.session.experts.expert(other), note="电话访谈"), "note")
    assert told == [Change.EXPERTS]
