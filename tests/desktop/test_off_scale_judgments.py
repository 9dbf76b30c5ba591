"""A judgment off Saaty's scale (from "use this value") reads the same, exactly, everywhere."""

import re

import pytest
from PySide6.QtCore import Qt

from criteria.verbal_scale import (
    format_judgment,
    is_scale_value,
    judgment_label,
    nearest_scale_value,
)


@pytest.fixture
def inconsistent_l3(window, document):
    window.hierarchy.select("L3")
    editor = window.judgments
    matrix = editor.matrix_model
    for row, column, text in ((0, 1, "3"), (1, 2, "3"), (0, 2, "1/5")):
        assert matrix.setData(matrix.index(row, column), text)
    return editor


def worst_entries(editor):
    return editor.consistency._shown[1][: editor.consistency.worst.rowCount()]


def pair_cells(editor, first, second):
    items = list(editor.target.judgments(editor.document).items)
    i, j = items.index(first), items.index(second)
    matrix = editor.matrix_model
    return matrix.index(i, j), matrix.index(j, i)


def test_use_this_value_shows_the_exact_value_and_the_nearest_step(inconsistent_l3, document):
    editor = inconsistent_l3
    entry = worst_entries(editor)[0]
    assert not is_scale_value(entry.consistent_value)
    editor.consistency.worst.cellWidget(0, 3).click()
    value = document.session.criteria_judgments["L3"].value(entry.first, entry.second)
    assert value == pytest.approx(entry.consistent_value)
    row = next(r for r in editor.rows if {r.first, r.second} == {entry.first, entry.second})
    sentence = row.sentence.text()
    ratio = value if value >= 1 else 1 / value
    assert f" {format_judgment(ratio)} times" in sentence
    assert "≈ " in sentence and f"({round(nearest_scale_value(ratio))})" in sentence
    cell, mirror = pair_cells(editor, entry.first, entry.second)
    assert cell.data() == judgment_label(value)
    assert mirror.data() == judgment_label(1 / value)
    assert "≈" in cell.data()
    assert "≈" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert document.undo_stack.undoText().startswith(
        f"Use the consistent value {format_judgment(entry.consistent_value)} for "
    )


def test_disturbance_table_writes_values_as_the_matrix_does(inconsistent_l3):
    editor = inconsistent_l3
    table = editor.consistency.worst
    for row, entry in enumerate(worst_entries(editor)):
        assert table.item(row, 1).text() == judgment_label(entry.value)
        assert table.item(row, 2).text() == judgment_label(entry.consistent_value)
        nearest = table.cellWidget(row, 4)
        assert f"({format_judgment(entry.nearest_scale_value)})" in nearest.text()


def test_use_the_nearest_scale_value(inconsistent_l3, document):
    editor = inconsistent_l3
    entry = worst_entries(editor)[0]
    button = editor.consistency.worst.cellWidget(0, 4)
    assert button.isEnabled()
    button.click()
    value = document.session.criteria_judgments["L3"].value(entry.first, entry.second)
    assert value == pytest.approx(nearest_scale_value(entry.consistent_value))
    assert is_scale_value(value)
    cell, _mirror = pair_cells(editor, entry.first, entry.second)
    assert "≈" not in cell.data()
    assert document.undo_stack.undoText().startswith(
        f"Use the nearest scale value {format_judgment(value)} for "
    )


def test_nearest_button_is_off_when_it_would_change_nothing(window, document):
    window.hierarchy.select("L3")
    editor = window.judgments
    matrix = editor.matrix_model
    for row, column, text in ((0, 1, "1/5"), (1, 2, "1"), (0, 2, "1/3")):
        assert matrix.setData(matrix.index(row, column), text)
    states = []
    for row, entry in enumerate(worst_entries(editor)):
        unchanged = entry.value == pytest.approx(entry.nearest_scale_value)
        states.append(editor.consistency.worst.cellWidget(row, 4).isEnabled())
        assert states[-1] == (not unchanged)
    assert set(states) == {True, False}  # e.g. 1 whose consistent value 1.19 is nearest 1


def test_matrix_writes_every_value_one_way(inconsistent_l3, window):
    window.hierarchy.select("L1")
    editor = window.judgments
    editor.rows[0].missing.setChecked(True)  # an estimated cell in brackets
    editor.matrix_model.setData(editor.matrix_model.index(1, 2), "0.375")
    matrix = editor.matrix_model
    texts = [
        matrix.index(i, j).data()
        for i in range(matrix.rowCount())
        for j in range(matrix.columnCount())
    ]
    pattern = re.compile(r"^\(?(\d+|1/\d+|\d\.\d\d)\)?( ≈ (\d|1/\d))?$")
    assert all(pattern.match(text) for text in texts), texts
    assert "0.38 ≈ 1/3" in texts and "2.67 ≈ 3" in texts


def test_off_scale_sentence_in_chinese(inconsistent_l3, window, document, qtbot):
    editor = inconsistent_l3
    entry = worst_entries(editor)[0]
    editor.consistency.worst.cellWidget(0, 3).click()
    window.named_actions["lang:zh"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(3) == "排序")
    row = next(r for r in editor.rows if {r.first, r.second} == {entry.first, entry.second})
    assert "倍" in row.sentence.text() and "≈" in row.sentence.text()
    assert "采用最近的标度值" in editor.consistency.worst.cellWidget(0, 4).text()


def test_closing_the_cell_editor_unchanged_keeps_the_exact_value(inconsistent_l3, document):
    editor = inconsistent_l3
    entry = worst_entries(editor)[0]
    editor.consistency.worst.cellWidget(0, 3).click()
    cell, _mirror = pair_cells(editor, entry.first, entry.second)
    steps = document.undo_stack.count()
    assert editor.matrix_model.setData(cell, cell.data(Qt.ItemDataRole.EditRole))
    value = document.session.criteria_judgments["L3"].value(entry.first, entry.second)
    assert value == entry.consistent_value  # exactly, not rounded to two decimals
    assert document.undo_stack.count() == steps
