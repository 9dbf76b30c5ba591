"""Save, open, the unsaved-changes prompt, autosave and recovery in the window."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.session import autosave
from desktop.session import files as files_module
from strategies.session_file import RecoverySlot, orphaned_recoveries, read_recovery, read_session

FOLDER = "佛山 会议"


def edit(window):
    window.hierarchy.select("goal")
    window.judgments.rows[0].slider.setValue(-3)


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    target = tmp_path / FOLDER / "顺德会议.cspsession"
    target.parent.mkdir()
    monkeypatch.setattr(
        files_module.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    return target


def test_save_open_save_is_byte_identical(window, document, save_dialog, qtbot):
    edit(window)
    window.notes.editor.setPlainText("会议纪要：顺德优先")
    assert window.isWindowModified()
    window.files.actions["save"].trigger()
    assert save_dialog.exists() and not window.isWindowModified()
    assert "顺德会议.cspsession" in window.windowTitle()
    first = save_dialog.read_bytes()
    assert window.files.open_path(save_dialog)
    assert document.session.notes == "会议纪要：顺德优先"
    window.files.actions["save"].trigger()
    assert save_dialog.read_bytes() == first


def test_unsaved_changes_prompt_cancel_keeps_everything(window, document, monkeypatch):
    edit(window)
    changed = document.session
    asked = []
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: asked.append(1) or "cancel")
    window.files.actions["new"].trigger()
    assert asked and document.session == changed
    window.close()
    assert window.isVisible()  # Cancel keeps the window open


def test_unsaved_changes_prompt_discard_and_save(window, document, monkeypatch, save_dialog):
    edit(window)
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: "discard")
    assert window.files.new()
    assert document.session.criteria_judgments["goal"].value("L1", "L2") == 1
    edit(window)
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: "save")
    assert window.files.new()
    saved = read_session(save_dialog, document.model).session
    assert saved.criteria_judgments["goal"].value("L1", "L2") == 4


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "cluster-strategy-planner/session", "sch',
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
        b'{"format": "cluster-strategy-planner/session", "schema_version": 99}',
    ],
)
def test_bad_file_shows_what_and_where_and_keeps_the_session(
    window, document, tmp_path, monkeypatch, content
):
    edit(window)
    before = document.session
    bad = tmp_path / "bad.cspsession"
    bad.write_bytes(content)
    shown = []
    monkeypatch.setattr(
        window.files, "show_error", lambda title, error, path: shown.append((error, path))
    )
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: "discard")
    assert not window.files.open_path(bad)
    assert shown and shown[0][1] == str(bad) and shown[0][0].message
    assert document.session == before


def test_autosave_and_recovery(window, document, tmp_path, qtbot, language):
    from desktop.document import Document
    from desktop.main_window import MainWindow

    folder = tmp_path / "recovery"
    window.autosaver.folder = folder
    window.autosaver.timer.setInterval(10)
    edit(window)
    qtbot.waitUntil(
        lambda: window.autosaver.slot.path is not None and window.autosaver.slot.path.exists()
    )
    recovered = read_recovery(window.autosaver.slot.path, document.model)
    assert recovered.loaded.session == document.session
    # A window's own file is never offered while it lives; after a "crash" (its lock dropped)
    # a new window offers it and restores it unsaved.
    assert orphaned_recoveries(folder) == []
    os.close(window.autosaver.slot._lock)
    window.autosaver.slot = RecoverySlot(folder)
    second = MainWindow(Document(document.model), language)
    qtbot.addWidget(second)
    second.autosaver.folder = folder
    second.autosaver.ask_restore = lambda *args: autosave.RESTORE
    assert second.autosaver.offer_restore()
    assert second.document.session == document.session
    assert second.isWindowModified()
    assert orphaned_recoveries(folder) == [] and list(folder.glob("*.cspsession"))
    # Discarding (or saving) removes the recovery file.
    second.autosaver.discard()
    assert list(folder.glob("*.cspsession")) == []


def test_recent_files_are_remembered(window, save_dialog):
    edit(window)
    window.files.save()
    window.files._fill_recent()
    assert [a.text() for a in window.files.recent_menu.actions()] == [str(save_dialog)]


def test_session_file_is_plain_json(window, save_dialog):
    edit(window)
    window.files.save()
    data = json.loads(Path(save_dialog).read_text(encoding="utf-8"))
    assert data["format"] == "cluster-strategy-planner/session"


def test_cluster_planner_file_opens_it_in_the_window(qtbot, tmp_path, save_dialog, window):
    from desktop.app import start

    edit(window)
    window.files.save()
    opened = start(str(save_dialog), "en")
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.ready, timeout=10000):
        pass
    qtbot.waitUntil(lambda: opened.files.path == save_dialog)
    assert opened.document.session == window.document.session
    assert "顺德会议" in opened.windowTitle()


def test_an_old_file_opens_as_distributive_and_the_window_says_so(window, document, monkeypatch):
    from strategies.effectiveness import Synthesis

    old = Path(__file__).parents[1] / "data" / "session_v2.cspsession"
    shown = []
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: "discard")
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert window.files.open_path(old)
    assert document.session.synthesis is Synthesis.DISTRIBUTIVE
    assert window.effectiveness.synthesis.currentData() is Synthesis.DISTRIBUTIVE
    assert shown and "opened in distributive mode" in shown[0]
