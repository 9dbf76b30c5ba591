"""Strategies and districts edited from the Model menu's lists: add (with measures and summary),
edit, reorder (buttons and Alt+arrows), remove with what it drops; each one undo step that the
ranking follows, undo included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.desktop.model_editing_support import (
    answer_next_dialog,
    dropped_shown,
    named,
    press_ok,
    removal,
)


def _state(window):
    return window.document.model, window.document.session


def _same_as(window, state) -> bool:
    return window.document.model is state[0] and window.document.session == state[1]


def _strategy_answer(dialog) -> None:
    dialog.name_zh.setText("新策略")
    dialog.name_en.setText("A new strategy")
    dialog.summary_en.setPlainText("What it does.")
    dialog.measures_zh.setPlainText("措施一\n措施二")
    dialog.measures_en.setPlainText("Measure one\nMeasure two\n")
    press_ok(dialog)


def test_add_a_strategy_with_measures_and_the_ranking_follows(window):
    before = _state(window)
    lists = window.model_editing.catalogue.show_strategies()
    answer_next_dialog(_strategy_answer)
    lists.buttons["add"].click()
    model = window.document.model
    added = model.strategies[-1]
    assert (added.name.zh, added.name.en) == ("新策略", "A new strategy")
    assert added.measures_zh == ("措施一", "措施二")
    assert added.measures_en == ("Measure one", "Measure two")
    assert added.summary.en == "What it does."
    assert lists.chosen() == added.id
    window.tabs.setCurrentWidget(window.ranking)
    assert window.ranking.ranking_model.rowCount() == len(model.strategies)
    window.document.undo_stack.undo()
    assert _same_as(window, before)
    assert lists.list.count() == len(before[0].strategies)
    assert window.ranking.ranking_model.rowCount() == len(before[0].strategies)


def test_edit_a_strategy_renames_it_everywhere(window, language):
    lists = window.model_editing.catalogue.show_strategies()
    lists.choose("S2")

    def answer(dialog) -> None:
        assert dialog.name_en.text() == window.document.model.strategy("S2").name.en
        dialog.name_en.setText("Renamed strategy")
        dialog.measures_en.setPlainText("Only one")
        dialog.measures_zh.setPlainText("只有一个")
        press_ok(dialog)

    answer_next_dialog(answer)
    lists.buttons["edit"].click()
    strategy = window.document.model.strategy("S2")
    assert strategy.name.en == "Renamed strategy" and strategy.measures_en == ("Only one",)
    assert "Renamed strategy" in lists.list.currentItem().text()
    window.tabs.setCurrentWidget(window.ranking)
    rows = window.ranking.ranking_model
    texts = [rows.data(rows.index(r, 1)) for r in range(rows.rowCount())]
    assert any("Renamed strategy" in text for text in texts)


def test_reorder_strategies_by_button_and_keys(window):
    before = _state(window)
    lists = window.model_editing.catalogue.show_strategies()
    lists.choose("S1")
    lists.buttons["move_down"].click()
    assert window.document.model.strategy_ids[:2] == ("S2", "S1")
    assert lists.chosen() == "S1"
    QTest.keyClick(lists.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.model.strategy_ids[:3] == ("S2", "S3", "S1")
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _same_as(window, before)


@pytest.mark.parametrize("confirm", [False, True], ids=["cancel", "remove"])
def test_remove_a_strategy_says_it_drops_its_ratings(window, confirm):
    before = _state(window)
    lists = window.model_editing.catalogue.show_strategies()
    lists.choose("S3")
    answer_next_dialog(removal(confirm))
    lists.buttons["remove"].click()
    shown = dropped_shown()
    assert any("rating" in line for line in shown)
    if not confirm:
        assert _same_as(window, before)
        return
    assert "S3" not in window.document.model.strategy_ids
    assert all(s != "S3" for s, _c in window.document.session.ratings)
    window.document.undo_stack.undo()
    assert _same_as(window, before)


def test_districts_add_rename_move_remove_and_the_ranking_follows(window):
    before = _state(window)
    lists = window.model_editing.catalogue.show_districts()
    answer_next_dialog(named("新区", "New district"))
    lists.buttons["add"].click()
    added = window.document.model.districts[-1]
    assert added.name.en == "New district"
    window.tabs.setCurrentWidget(window.ranking)
    combo = window.ranking.district
    assert combo.findData(added.id) == len(window.document.model.districts) - 1
    answer_next_dialog(named("改名区", "Renamed district"))
    lists.buttons["edit"].click()
    assert window.document.model.district(added.id).name.en == "Renamed district"
    assert combo.itemText(combo.findData(added.id)) == "Renamed district"
    lists.buttons["move_up"].click()
    assert window.document.model.district_ids[-2] == added.id
    assert combo.findData(added.id) == len(window.document.model.districts) - 2
    answer_next_dialog(removal(confirm=True))
    lists.buttons["remove"].click()
    assert added.id not in window.document.model.district_ids
    assert combo.findData(added.id) == -1
    stack = window.document.undo_stack
    assert stack.count() == 4
    while stack.canUndo():
        stack.undo()
    assert _same_as(window, before)


def test_the_lists_follow_the_language(window, language):
    lists = window.model_editing.catalogue.show_districts()
    first = window.document.model.districts[0]
    assert first.name.en in lists.list.item(0).text()
    language.set("zh")
    assert first.name.zh in lists.list.item(0).text()


def test_undo_keys_work_from_the_open_list(window, qtbot):
    from PySide6.QtWidgets import QApplication

    before = _state(window)
    lists = window.model_editing.catalogue.show_strategies()
    lists.choose("S1")
    lists.buttons["move_down"].click()
    lists.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lists)
    QTest.keyClick(lists.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _same_as(window, before)
    assert lists.chosen() == "S1" and lists.list.currentRow() == 0
