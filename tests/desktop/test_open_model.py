"""File → Open model… in the window: a fresh session on the model chosen, after the unsaved
changes were saved or discarded; problems named in a message box; sessions made for another
model say which."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog

from desktop import model_opener
from desktop.main_window import MainWindow
from desktop.session import autosave
from desktop.session import files as files_module
from strategies.model import default_model_dir
from strategies.session_file import (
    RecoverySlot,
    SessionFileInfo,
    example_session_path,
    orphaned_recoveries,
    read_session,
)
from tests.desktop.model_folders import (
    OTHER_NAME_EN,
    OTHER_NAME_ZH,
    broken_model,
    changed_model,
    other_model,
)

V5_FILE = Path(__file__).parents[1] / "data" / "session_v5.cspsession"


@pytest.fixture
def windows(qtbot, document, language, tmp_path):
    """The first window, and every window that later took its place (closed at the end)."""
    first = MainWindow(document, language)
    first.autosaver.folder = tmp_path / "recovery"  # successors inherit it: no shared folder
    first.show()
    qtbot.waitExposed(first)
    shown = [first]
    yield shown
    language.setParent(None)  # a successor adopted it; the fixture's teardown still uses it
    for window in shown:
        if shiboken6.isValid(window):
            if window.document is not None:
                window.document.undo_stack.setClean()
            window.close()
            shiboken6.delete(window)


def choose_folder(monkeypatch, folder) -> list:
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda *args, **kwargs: asked.append(args) or str(folder),
    )
    return asked


def open_model(windows, qtbot) -> MainWindow | None:
    """Trigger File → Open model… in the newest window; the window that took its place."""
    current = windows[-1]
    successors = []
    current.model_opener.opened.connect(successors.append)
    current.model_opener.action.trigger()
    if not successors:
        return None
    windows.append(successors[0])
    qtbot.waitExposed(successors[0])
    return successors[0]


def edit(window):
    window.hierarchy.select("goal")
    window.judgments.rows[0].slider.setValue(-3)


def test_the_action_is_in_the_file_menu(windows):
    window = windows[0]
    assert window.model_opener.action in window.file_menu.actions()
    assert window.model_opener.action.text() == "Open &Model…"


def test_open_model_starts_a_fresh_session_on_the_model_chosen(
    windows, qtbot, monkeypatch, tmp_path
):
    folder = other_model(tmp_path)
    choose_folder(monkeypatch, folder)
    old = windows[0]
    new = open_model(windows, qtbot)
    assert new is not None and new.document.model.id == "otherton"
    assert new.isVisible() and not (shiboken6.isValid(old) and old.isVisible())
    assert OTHER_NAME_EN in new.windowTitle()
    assert OTHER_NAME_EN in new.statusBar().currentMessage()
    assert new.document.undo_stack.isClean() and new.files.path is None
    assert new.document.session.criteria_judgments == dict(new.document.model.default_judgments)
    new.language.set("zh")
    qtbot.waitUntil(lambda: OTHER_NAME_ZH in new.windowTitle())


def test_the_dialog_starts_in_the_folder_of_the_last_model(windows, qtbot, monkeypatch, tmp_path):
    folder = other_model(tmp_path)
    asked = choose_folder(monkeypatch, folder)
    open_model(windows, qtbot)
    open_model(windows, qtbot)
    assert asked[1][2] == str(folder)


def test_unsaved_changes_are_offered_for_saving_first(windows, qtbot, monkeypatch, tmp_path):
    choose_folder(monkeypatch, other_model(tmp_path))
    window = windows[0]
    edit(window)
    choices = []
    monkeypatch.setattr(files_module.SessionFiles, "ask_unsaved", lambda files: choices.pop(0))
    choices.append(files_module.CANCEL)
    assert open_model(windows, qtbot) is None
    assert window.isVisible() and not window.document.undo_stack.isClean()
    assert window.document.model.id == "foshan"
    target = tmp_path / "kept.cspsession"
    monkeypatch.setattr(
        files_module.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    saved_session = window.document.session
    choices.append(files_module.SAVE)
    new = open_model(windows, qtbot)
    assert new is not None and new.document.model.id == "otherton"
    assert read_session(target, window.document.model).session == saved_session


def test_discarding_the_changes_switches_too(windows, qtbot, monkeypatch, tmp_path):
    choose_folder(monkeypatch, other_model(tmp_path))
    edit(windows[0])
    monkeypatch.setattr(
        files_module.SessionFiles, "ask_unsaved", lambda files: files_module.DISCARD
    )
    new = open_model(windows, qtbot)
    assert new is not None and new.document.undo_stack.isClean()


def test_a_broken_folder_is_named_and_changes_nothing(
    windows, qtbot, monkeypatch, tmp_path, no_modal_dialogs
):
    folder = broken_model(tmp_path)
    choose_folder(monkeypatch, folder)
    window = windows[0]
    edit(window)
    asked = []
    monkeypatch.setattr(files_module.SessionFiles, "ask_unsaved", lambda files: asked.append(1))
    informative = []
    monkeypatch.setattr(
        model_opener.QMessageBox,
        "setInformativeText",
        lambda box, text: informative.append(text),
    )
    assert open_model(windows, qtbot) is None
    assert no_modal_dialogs == [f"The model folder “{folder}” cannot be used."]
    assert "criteria.toml" in informative[0]
    assert asked == []  # the model is checked before the session is put at stake
    assert window.isVisible() and window.document.model.id == "foshan"
    assert not window.document.undo_stack.isClean()


def test_a_cancelled_dialog_changes_nothing(windows, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: "")
    assert open_model(windows, qtbot) is None
    assert windows[0].isVisible()


def test_a_session_for_another_model_names_both_models(
    windows, qtbot, monkeypatch, tmp_path, no_modal_dialogs
):
    """A file that names its model but does not carry it (schema 5 and older)."""
    choose_folder(monkeypatch, other_model(tmp_path))
    new = open_model(windows, qtbot)
    assert not new.files.open_path(V5_FILE)
    message = no_modal_dialogs[-1]
    assert "“foshan” (version 1.0.0)" in message
    assert f"“{OTHER_NAME_EN}” (otherton, version 2.0)" in message
    assert "File → Open Model…" in message
    assert new.files.path is None


def test_a_session_for_another_version_says_what_changed(
    windows, qtbot, monkeypatch, tmp_path, no_modal_dialogs
):
    choose_folder(monkeypatch, changed_model(tmp_path))
    new = open_model(windows, qtbot)
    assert new.files.open_path(V5_FILE)  # names its model only: fitted to the open one
    notes = no_modal_dialogs[-1][2]
    assert "made for version 1.0.0 of the model “foshan”" in notes
    assert "“Foshan model, five strategies” version 1.1.0" in notes
    assert "Strategies removed: S6" in notes
    assert "S6" not in new.document.model.strategy_ids


def test_judgments_of_a_node_the_model_lacks_are_reported(windows, tmp_path, no_modal_dialogs):
    document = json.loads(example_session_path().read_text(encoding="utf-8"))
    document["criteria_judgments"]["X9"] = {
        "items": ["a", "b"],
        "pairs": [{"a": "a", "b": "b", "value": 3.0}],
    }
    path = tmp_path / "extra.cspsession"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert windows[0].files.open_path(path)
    assert "Node X9 is no longer in the model" in no_modal_dialogs[-1][2]


def test_a_session_that_carries_another_model_opens_in_a_window_for_it(
    windows, qtbot, monkeypatch, tmp_path, no_modal_dialogs
):
    """Schema 6: the file carries its model, so it opens as it was made, in a window for that
    model taking this one's place (as File → Open model… does)."""
    choose_folder(monkeypatch, other_model(tmp_path))
    new = open_model(windows, qtbot)
    opened = []
    real = model_opener.replace_window
    monkeypatch.setattr(
        model_opener, "replace_window", lambda *args: opened.append(real(*args)) or opened[-1]
    )
    assert new.files.open_path(example_session_path())
    assert len(opened) == 1 and opened[0] is not new and opened[0].isVisible()
    windows.append(opened[0])
    qtbot.waitUntil(lambda: not new.isVisible())
    assert opened[0].files.path == example_session_path()
    expected = read_session(example_session_path(), opened[0].document.model).session
    assert opened[0].document.session == expected
    assert opened[0].document.model.content_hash == default_model_dir_hash()


def test_work_a_crash_left_on_another_model_comes_back_in_a_window_for_it(
    windows, qtbot, monkeypatch, tmp_path, no_modal_dialogs
):
    """A recovery file carries its model: a window on another model offers it, and restores it
    in a window of the model it was made with."""
    import os

    first = windows[0]
    folder = first.autosaver.folder
    slot = RecoverySlot(folder)
    edit(first)
    slot.write(first.document.session, first.document.model, SessionFileInfo.new())
    os.close(slot._lock)  # the "crash": its window is gone, its file stays
    crashed_session = first.document.session
    first.document.undo_stack.setClean()
    choose_folder(monkeypatch, other_model(tmp_path))
    other = open_model(windows, qtbot)
    assert "Restore unsaved work?" in no_modal_dialogs[-1] or orphaned_recoveries(folder)
    assert orphaned_recoveries(folder) == [slot.path]  # not answered: kept
    monkeypatch.setattr(autosave.Autosaver, "ask_restore", lambda *args: autosave.RESTORE)
    other.autosaver.offer_restore()
    back = other.autosaver.other_windows[-1]
    windows.append(back)
    assert back.document.model.id == "foshan" and other.document.model.id == "otherton"
    assert back.document.session == crashed_session and back.isWindowModified()


def default_model_dir_hash() -> str:
    from strategies.model import load_model

    return load_model(default_model_dir()).content_hash


def test_windows_restored_beside_it_outlive_the_switch(windows, qtbot, monkeypatch, tmp_path):
    """A second window opened to restore a crashed session is kept alive by the first
    window's autosaver: the window taking the first one's place must keep it too."""
    import gc

    first = windows[0]
    beside = MainWindow(type(first.document)(first.document.model), first.language)
    first.autosaver.other_windows.append(beside)
    windows.insert(0, beside)  # closed at the end; the newest window stays the one switched
    beside.show()
    edit(beside)
    choose_folder(monkeypatch, other_model(tmp_path))
    new = open_model(windows, qtbot)
    assert not first.isVisible()
    shiboken6.delete(first)  # what its deleteLater does once the event loop turns
    gc.collect()
    assert shiboken6.isValid(beside) and beside.isVisible()
    assert beside in new.autosaver.other_windows


def test_an_item_a_node_no_longer_has_is_reported(windows, tmp_path, no_modal_dialogs):
    document = json.loads(example_session_path().read_text(encoding="utf-8"))
    goal = document["criteria_judgments"]["goal"]
    goal["pairs"] += [{"a": item, "b": "L9", "value": 2.0} for item in goal["items"]]
    goal["items"].append("L9")
    path = tmp_path / "layer.cspsession"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert windows[0].files.open_path(path)
    assert "Items no longer in goal; their judgments were dropped: L9." in no_modal_dialogs[-1][2]
