"""The model editor in the real window: add, rename, describe, move (keys and drag and drop) and
remove criteria at several depths; strategies and districts; each one undo step that restores
model and session exactly; removals say what they drop and Cancel keeps everything; both
languages."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from strategies.model_edit import model_tables
from strategies.panel.session_panel import new_expert
from tests.desktop.model_editing_support import (
    answer_next_dialog,
    cancelled,
    dropped_shown,
    named,
    press_ok,
    removal,
)

ALT = Qt.KeyboardModifier.AltModifier


def _trigger(window, name: str) -> None:
    window.named_actions[f"model:{name}"].trigger()


def _state(window):
    return window.document.model, window.document.session


def _same_as(window, state) -> bool:
    """The very model object and an equal session (undo restores both exactly)."""
    model, session = state
    return window.document.model is model and window.document.session == session


def _children(window, node: str) -> tuple[str, ...]:
    return window.document.model.hierarchy.children(node)


def _tree_children(window, node: str) -> list[str]:
    item = window.hierarchy._items[node]
    return [item.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(item.childCount())]


def _undo_redo_round(window, before, after) -> None:
    stack = window.document.undo_stack
    stack.undo()
    assert _same_as(window, before)
    stack.redo()
    assert _same_as(window, after)


def _panel(window, count: int = 2):
    """Experts whose goal judgments differ from the lead's: their answers must come back."""
    document, model = window.document, window.document.model
    rng = np.random.default_rng(5)
    for _ in range(count):
        expert = new_expert(document.session, model, "")
        judgments = expert.criteria_judgments["L1"]
        a, b = judgments.items[:2]
        changed = judgments.with_value(a, b, float(rng.choice([1 / 7, 3.0, 7.0])))
        document.put_expert(expert.with_criteria_judgments(changed), "add")


@pytest.mark.parametrize("parent", ["goal", "L2", "C4"], ids=["level 1", "level 2", "leaf"])
def test_add_a_criterion_at_any_depth_is_one_undoable_step(window, qtbot, parent):
    window.hierarchy.select(parent)
    before = _state(window)
    steps = window.document.undo_stack.count()
    answer_next_dialog(named("新准则", "New criterion", ("新的说明", "A new description")))
    _trigger(window, "add_criterion")
    added = _children(window, parent)[-1]
    info = window.document.model.hierarchy.nodes[added]
    assert (info.name.zh, info.name.en) == ("新准则", "New criterion")
    assert info.description.en == "A new description"
    assert _tree_children(window, parent)[-1] == added
    assert window.hierarchy.current_node() == added
    assert window.document.undo_stack.count() == steps + 1
    after = _state(window)
    _undo_redo_round(window, before, after)
    window.document.undo_stack.undo()
    assert added not in window.hierarchy._items


def test_a_new_item_starts_missing_and_the_node_says_so(window):
    window.hierarchy.select("L2")
    answer_next_dialog(named("新准则", "New criterion"))
    _trigger(window, "add_criterion")
    added = _children(window, "L2")[-1]
    judgments = window.document.session.criteria_judgments["L2"]
    assert judgments.value("C4", "C5") is not None  # kept where it still applies
    assert {a for pair in judgments.missing_pairs() for a in pair} == {"C4", "C5", added}
    assert "2 pairs not judged" in window.hierarchy._items["L2"].text(0)
    window.hierarchy.select("L2")
    editor = window.judgments
    missing = [row for row in editor.rows if added in (row.first, row.second)]
    assert len(missing) == 2 and all(row.missing.isChecked() for row in missing)


def test_add_a_layer_gives_a_node_to_fill_with_criteria(window):
    window.hierarchy.select("goal")
    answer_next_dialog(named("新层", "New layer"))
    _trigger(window, "add_layer")
    layer = window.hierarchy.current_node()
    assert layer.startswith("L") and layer in _children(window, "goal")
    answer_next_dialog(named("子准则", "Sub-criterion"))
    _trigger(window, "add_criterion")
    assert len(_children(window, layer)) == 1
    assert layer in window.document.model.hierarchy.inner_nodes


def test_cancel_adds_nothing(window):
    before = _state(window)
    answer_next_dialog(cancelled)
    _trigger(window, "add_criterion")
    assert _same_as(window, before)
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_rename_sets_both_names_shown_in_either_language(window, language, lang):
    language.set(lang)
    window.hierarchy.select("C3")
    before = _state(window)
    answer_next_dialog(named("新名字", "A new name"))
    _trigger(window, "rename")
    names = window.document.model.hierarchy.nodes["C3"].name
    assert (names.zh, names.en) == ("新名字", "A new name")
    shown = window.hierarchy._items["C3"].text(0)
    assert ("新名字" if lang == "zh" else "A new name") in shown
    assert ("新名字" if lang == "zh" else "A new name") in window.document.undo_stack.undoText()
    language.set("en" if lang == "zh" else "zh")  # the tree and the undo text follow
    other = "A new name" if lang == "zh" else "新名字"
    assert other in window.hierarchy._items["C3"].text(0)
    assert other in window.document.undo_stack.undoText()
    _undo_redo_round(window, before, _state(window))


def test_describe_keeps_the_name(window):
    window.hierarchy.select("L3")
    before = _state(window)

    def describe(dialog) -> None:
        dialog.description_zh.setPlainText("中文说明")
        dialog.description_en.setPlainText("English description")
        press_ok(dialog)

    answer_next_dialog(describe)
    _trigger(window, "describe")
    info = window.document.model.hierarchy.nodes["L3"]
    assert info.description.en == "English description"
    assert info.name == before[0].hierarchy.nodes["L3"].name
    assert "English description" in window.hierarchy._items["L3"].toolTip(0)
    _undo_redo_round(window, before, _state(window))


def _focused_tree(window, qtbot, node: str):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tree = window.hierarchy
    tree.setFocus()
    tree.select(node)
    qtbot.waitUntil(tree.hasFocus)
    return tree


def test_keys_move_a_criterion_up_down_in_and_out(window, qtbot):
    tree = _focused_tree(window, qtbot, "C2")
    start = _state(window)
    QTest.keyClick(tree, Qt.Key.Key_Up, ALT)
    assert _children(window, "L1") == ("C2", "C1", "C3")
    assert _tree_children(window, "L1") == ["C2", "C1", "C3"]
    QTest.keyClick(tree, Qt.Key.Key_Down, ALT)
    QTest.keyClick(tree, Qt.Key.Key_Down, ALT)
    assert _children(window, "L1") == ("C1", "C3", "C2")
    QTest.keyClick(tree, Qt.Key.Key_Left, ALT)  # out of L1, just after it
    assert _children(window, "goal") == ("L1", "C2", "L2", "L3")
    assert _children(window, "L1") == ("C1", "C3")
    QTest.keyClick(tree, Qt.Key.Key_Right, ALT)  # into the node above: back into L1, last
    assert _children(window, "L1") == ("C1", "C3", "C2")
    assert tree.current_node() == "C2"
    stack = window.document.undo_stack
    assert stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert _same_as(window, start)
    assert _tree_children(window, "L1") == ["C1", "C2", "C3"]


def test_moving_keeps_every_judgment_that_still_applies(window, qtbot):
    tree = _focused_tree(window, qtbot, "C2")
    before = window.document.session.criteria_judgments["L1"]
    QTest.keyClick(tree, Qt.Key.Key_Up, ALT)
    after = window.document.session.criteria_judgments["L1"]
    for a, b, value in before.pairs():
        assert after.value(a, b) == pytest.approx(value)
    assert not after.missing_pairs()


def test_the_goal_does_not_move(window, qtbot):
    tree = _focused_tree(window, qtbot, "goal")
    before = _state(window)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
        QTest.keyClick(tree, key, ALT)
    assert _same_as(window, before)
    assert not window.named_actions["model:remove_node"].isEnabled()


def _drag(tree, node: str, onto: str, where: str) -> None:
    """The events a drag sends: the node's rows as data, moved over a row, dropped there."""
    tree.select(node)
    mime = tree.model().mimeData([tree.indexFromItem(tree._items[node])])
    rect = tree.visualItemRect(tree._items[onto])
    y = {"above": rect.top() + 1, "on": rect.center().y(), "below": rect.bottom() - 1}[where]
    point = QPoint(rect.center().x(), y)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), enter)
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), move)
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), drop)


@pytest.mark.parametrize(
    "onto, where, parent, order",
    [
        ("L2", "on", "L2", ("C4", "C5", "C1")),
        ("C7", "above", "L3", ("C6", "C1", "C7", "C8")),
        ("C3", "below", "L1", ("C2", "C3", "C1")),
        ("C5", "on", "C5", ("C1",)),  # onto a leaf: it becomes a layer
    ],
)
def test_drag_and_drop_moves_a_criterion(window, onto, where, parent, order):
    before = _state(window)
    _drag(window.hierarchy, "C1", onto, where)
    assert _children(window, parent) == order
    assert tuple(_tree_children(window, parent)) == order
    assert window.document.undo_stack.count() == 1
    _undo_redo_round(window, before, _state(window))


def test_a_drop_under_itself_is_refused_and_changes_nothing(window):
    before = _state(window)
    _drag(window.hierarchy, "L1", "C2", "on")
    assert _same_as(window, before)
    assert "⚠" in window.statusBar().currentMessage()


def test_remove_lists_what_it_drops_and_cancel_keeps_everything(window):
    _panel(window)
    window.hierarchy.select("C2")
    before = _state(window)
    steps = window.document.undo_stack.count()
    answer_next_dialog(removal(confirm=False))
    _trigger(window, "remove_node")
    shown = dropped_shown()
    name = before[0].hierarchy.name("C2", "en")
    assert any("rating" in line and name in line for line in shown)
    experts = [e.id for e in before[1].experts.experts[1:]]
    assert all(any(line.startswith(f"{e}:") for line in shown) for e in experts)
    assert _same_as(window, before)
    assert window.document.undo_stack.count() == steps


def test_remove_is_one_step_and_undo_brings_back_experts_answers(window):
    _panel(window)
    window.hierarchy.select("L1")
    before = _state(window)
    steps = window.document.undo_stack.count()
    answer_next_dialog(removal(confirm=True))
    _trigger(window, "remove_node")
    model = window.document.model
    assert not {"L1", "C1", "C2", "C3"} & set(model.hierarchy.nodes)
    assert window.document.undo_stack.count() == steps + 1
    experts = window.document.session.experts.experts[1:]
    assert all("L1" not in e.criteria_judgments for e in experts)
    assert "L1" not in window.document.session.criteria_judgments
    after = _state(window)
    window.document.undo_stack.undo()
    assert _same_as(window, before)
    restored = window.document.session.experts.experts[1:]  # the lead's are the session's
    assert [e.criteria_judgments["L1"] for e in restored] == [
        e.criteria_judgments["L1"] for e in before[1].experts.experts[1:]
    ]
    assert set(window.hierarchy._items) == set(before[0].hierarchy.nodes)
    window.document.undo_stack.redo()
    assert _same_as(window, after)


def test_more_than_nine_items_warns_but_adds(window):
    window.hierarchy.select("L1")
    for number in range(4, 11):
        answer_next_dialog(named(f"准则{number}", f"Criterion {number}"))
        _trigger(window, "add_criterion")
        window.hierarchy.select("L1")
    assert len(_children(window, "L1")) == 10
    assert "7 ± 2" in window.statusBar().currentMessage()
    assert "⚠" in window.hierarchy._items["L1"].text(0)
    assert "7 ± 2" in window.hierarchy._items["L1"].toolTip(0)


def test_model_menu_holds_the_tree_and_list_commands(window, language):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Model" in titles
    menu = window.model_editing.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "&Strategies…" in texts and "&Districts…" in texts and "Move &up" in texts
    files = [a.text() for a in window.file_menu.actions()]
    opener = files.index(window.model_opener.action.text())
    assert files[opener + 1 : opener + 3] == ["New mo&del…", "Save model &as…"]
    language.set("zh")
    assert window.model_editing.menu.title() != "&Model"


def test_tables_equal_after_a_round_of_undo(window, qtbot):
    """Undo gives back the model value itself: its tables read the same as the original's."""
    original = model_tables(window.document.model)
    tree = _focused_tree(window, qtbot, "C5")
    QTest.keyClick(tree, Qt.Key.Key_Up, ALT)
    assert model_tables(window.document.model) != original
    window.document.undo_stack.undo()
    assert model_tables(window.document.model) == original


def test_f2_renames_and_del_removes_from_the_keyboard(window, qtbot):
    tree = _focused_tree(window, qtbot, "C3")
    answer_next_dialog(named("键盘", "Keyboard"))
    QTest.keyClick(tree, Qt.Key.Key_F2)
    assert window.document.model.hierarchy.nodes["C3"].name.en == "Keyboard"
    tree = _focused_tree(window, qtbot, "C3")  # offscreen, the closed dialog stays active
    answer_next_dialog(removal(confirm=True))
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert "C3" not in window.document.model.hierarchy.nodes
    assert tree.current_node() == "L1"  # the removed node's parent stays chosen


def test_a_new_strategy_starts_missing_under_a_criterion_judged_pairwise(window):
    from criteria.judgments import PairwiseJudgments
    from strategies.session import PAIRWISE_MODE

    document = window.document
    judged = PairwiseJudgments.neutral("C4", document.model.strategy_ids).with_value(
        "S1", "S2", 3.0
    )
    session = document.session.with_mode("C4", PAIRWISE_MODE).with_strategy_judgments(judged)
    document.apply(session, "pairwise")
    answer_next_dialog(named("新策略", "A new strategy"))
    window.model_editing.catalogue.show_strategies().buttons["add"].click()
    count = len(document.model.strategies) - 1  # the new one against each other
    judgments = document.session.strategy_judgments["C4"]
    assert len(judgments.missing_pairs()) == count
    assert f"{count} pairs not judged" in window.hierarchy._items["C4"].text(0)


def test_an_edit_that_drops_something_says_so_in_the_status_bar(window):
    window.hierarchy.select("C4")  # a leaf: given a child, its ratings no longer apply
    answer_next_dialog(named("子准则", "Sub-criterion"))
    _trigger(window, "add_criterion")
    message = window.statusBar().currentMessage()
    assert "Undo brings it back" in message and "rating" in message
    assert "C4" in window.document.model.hierarchy.inner_nodes


def test_undo_texts_of_earlier_edits_keep_the_names_of_removed_items(window, language):
    window.hierarchy.select("L1")
    window.judgments.rows[0].slider.setValue(-4)  # judges C1 against C2
    window.document.end_merge()
    answer_next_dialog(removal(confirm=True))
    window.hierarchy.select("C1")
    _trigger(window, "remove_node")
    language.set("zh")  # every step relabelled: C1 is no longer in the model
    stack = window.document.undo_stack
    assert "C1" not in window.document.model.hierarchy.nodes
    assert "电商规模" in stack.command(0).text()  # C1's Chinese name, read when judged
