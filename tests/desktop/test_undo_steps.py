"""One gesture is one undo step, named by what it did: drags, key holds, wheel, typing."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.views.gesture_ends import WHEEL_REST_MS

from .gestures import drag, hold, tap, wheel


def show(window, view):
    window.tabs.setCurrentWidget(view)
    return view


def alpha_slider(window):
    return show(window, window.ranking).alpha


def test_each_alpha_drag_is_one_step_named_by_where_it_ended(window, document):
    slider = alpha_slider(window)
    start = document.session.alpha
    drag(slider, 100)
    assert document.session.alpha == 1.0
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set need emphasis α to 1.00"
    assert window.named_actions["undo"].text() == "&Undo Set need emphasis α to 1.00"
    drag(slider, 30)
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Set need emphasis α to 0.30"
    window.named_actions["undo"].trigger()
    assert document.session.alpha == 1.0
    window.named_actions["undo"].trigger()
    assert document.session.alpha == start


def test_a_drag_back_to_its_start_leaves_no_step(window, document):
    slider = alpha_slider(window)
    drag(slider, 90)
    drag(slider, 40)
    assert document.undo_stack.count() == 2
    before = document.session
    drag(slider, 20, 70, 40)
    assert slider.value() == 40
    assert document.session == before
    assert document.undo_stack.count() == 2  # away and back again: nothing new to undo
    assert document.undo_stack.undoText() == "Set need emphasis α to 0.40"


def goal_slider(window):
    window.hierarchy.select("goal")
    row = window.judgments.rows[0]
    return row.slider


def test_judgment_slider_drags_are_separate_steps(window, document):
    slider = goal_slider(window)
    drag(slider, -2)
    drag(slider, -5)
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText().endswith(" as 6")
    window.named_actions["undo"].trigger()
    assert document.session.criteria_judgments["goal"].value("L1", "L2") == 3


def test_a_key_tap_is_a_step_and_a_held_key_is_one(window, document):
    slider = goal_slider(window)
    slider.setFocus()
    start = slider.value()
    tap(slider, Qt.Key.Key_Left)
    tap(slider, Qt.Key.Key_Left)
    assert document.undo_stack.count() == 2
    after_taps = document.session
    hold(slider, Qt.Key.Key_Left, repeats=3)  # the press and three repeats: four moves
    assert slider.value() == start - 6
    assert document.undo_stack.count() == 3
    window.named_actions["undo"].trigger()
    assert document.session == after_taps


def test_wheel_turns_merge_until_the_wheel_rests(window, document, qtbot):
    slider = alpha_slider(window)
    wheel(slider)
    wheel(slider)
    assert document.undo_stack.count() == 1
    qtbot.wait(WHEEL_REST_MS + 200)
    wheel(slider)
    assert document.undo_stack.count() == 2


def test_typing_a_number_in_a_spin_box_is_one_step_and_arrows_are_one_each(window, document):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    page = window.sensitivity_tab.view.monte_carlo
    box = page.samples
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "5000")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert document.session.monte_carlo.samples == 5000
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set Monte Carlo samples to 5000"
    tap(box, Qt.Key.Key_Up)
    tap(box, Qt.Key.Key_Up)
    assert document.session.monte_carlo.samples == 6000
    assert document.undo_stack.count() == 3
    assert document.undo_stack.undoText() == "Set Monte Carlo samples to 6000"


def test_typed_judgments_and_missing_boxes_are_steps_of_their_own(window, document):
    window.hierarchy.select("L1")
    editor = window.judgments
    matrix = editor.matrix_model
    assert matrix.setData(matrix.index(0, 1), "3")
    assert matrix.setData(matrix.index(0, 1), "5")
    editor.rows[0].missing.setChecked(True)
    editor.rows[0].missing.setChecked(False)
    assert document.undo_stack.count() == 4


def test_notes_typing_is_one_step_until_the_focus_leaves(window, document, qtbot):
    notes = show(window, window.notes).editor
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "Meeting")
    window.tabs.setFocus()
    qtbot.waitUntil(lambda: not notes.hasFocus())
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, " 3")
    assert document.session.notes == "Meeting 3"
    assert document.undo_stack.count() == 2
    window.named_actions["undo"].trigger()
    assert document.session.notes == "Meeting"


def test_notes_typing_ends_where_the_planner_clicks_into_the_text(window, document, qtbot):
    notes = show(window, window.notes).editor
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClicks(notes, "Meeting")
    QTest.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(notes, "!")
    assert document.undo_stack.count() == 2
