"""Undo and redo by the keys a planner presses, on the real window."""

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.key_bindings import bindings

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# Qt's standard redo keys differ by platform: X11 (xcb) has only Ctrl+Shift+Z, Windows has
# Ctrl+Y first; the bug was Ctrl+Shift+Z set twice on X11.
PLATFORM_REDO = {
    "x11": ["Ctrl+Shift+Z", "Redo"],
    "windows": ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"],
    "mac": ["Ctrl+Shift+Z"],
}


@pytest.fixture(params=sorted(PLATFORM_REDO))
def platform_keys(request, monkeypatch):
    """Pretend to run on one platform: its standard redo keys (built before the window)."""
    real = QKeySequence.keyBindings

    def key_bindings(standard):
        if standard == QKeySequence.StandardKey.Redo:
            return [QKeySequence(key) for key in PLATFORM_REDO[request.param]]
        return real(standard)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(key_bindings))
    return request.param


@pytest.fixture
def active_window(platform_keys, window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.judgments.title.setFocus()  # not a text field: those keep Ctrl+Z for their own text
    return window


def two_edits(window):
    """Two undo steps on the goal node; returns the three sessions in order."""
    document = window.document
    window.hierarchy.select("goal")
    sessions = [document.session]
    for step in (-2, -4):
        window.judgments.rows[0].slider.setValue(step)
        document.end_merge()
        sessions.append(document.session)
    assert sessions[0] != sessions[1] != sessions[2]
    return sessions


@pytest.mark.parametrize(
    "redo", [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)], ids=["ctrl-shift-z", "ctrl-y"]
)
def test_keys_undo_and_redo_the_session(active_window, qtlog, redo):
    document = active_window.document
    first, second, third = two_edits(active_window)
    QTest.keyClick(active_window, Qt.Key.Key_Z, CTRL)
    assert document.session == second
    QTest.keyClick(active_window, Qt.Key.Key_Z, CTRL)
    assert document.session == first
    QTest.keyClick(active_window, redo[0], redo[1])
    assert document.session == second
    QTest.keyClick(active_window, redo[0], redo[1])
    assert document.session == third
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_no_key_is_bound_twice(platform_keys, window):
    key_lists = [action.shortcuts() for action in window.findChildren(QAction)] + [
        shortcut.keys() for shortcut in window.findChildren(QShortcut)
    ]
    owners = Counter(key.toString() for keys in key_lists for key in keys)
    assert owners["Ctrl+Z"] == owners["Ctrl+Shift+Z"] == owners["Ctrl+Y"] == 1
    assert [key for key, count in owners.items() if count > 1] == []


def test_bindings_keep_the_platform_order_and_add_the_expected_keys(platform_keys):
    keys = [key.toString() for key in bindings(QKeySequence.StandardKey.Redo)]
    assert keys[: len(PLATFORM_REDO[platform_keys])] == list(
        dict.fromkeys(PLATFORM_REDO[platform_keys])
    )
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys)
    assert len(keys) == len(set(keys))
