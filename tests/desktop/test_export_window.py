"""File → Export… in the window: same export as the CLI, refusals and failures as messages,
and the session left exactly as it was."""

from __future__ import annotations

import errno
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.export.content import REPORT_SCHEMA
from desktop.export.service import OntoOpenSession
from strategies.session_io import atomic


@pytest.fixture
def messages(monkeypatch):
    """Message boxes shown, as (title, text), instead of blocking the test."""
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append((title, text))
    )
    return shown


@pytest.fixture
def exporting_window(window):
    """The window; it calls desktop.export.actions.install itself when it attaches."""
    return window


def test_install_adds_export_to_the_file_menu_and_toolbar(exporting_window):
    action = exporting_window.named_actions["export"]
    assert [a for a in exporting_window.file_menu.actions() if a is action] == [action]
    assert action in exporting_window.toolbar.actions()
    assert exporting_window.file_menu.actions()[-1] is exporting_window.named_actions["quit"]
    assert action.text() == "&Export…"


def test_the_dialog_exports_in_the_chosen_format_and_language(
    exporting_window, tmp_path, monkeypatch, messages, qtbot
):
    exporting_window.language.set("zh")
    chosen = exporting_window.export_action.filters()[".json"]
    assert chosen.startswith("JSON 数据")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "plan-for-leaders"), chosen)
    )
    exporting_window.named_actions["export"].trigger()
    document = json.loads((tmp_path / "plan-for-leaders.json").read_text(encoding="utf-8"))
    assert document["schema"] == REPORT_SCHEMA
    assert document["language"] == "zh"
    evaluation = exporting_window.document.evaluation
    assert [d["ranking"][0]["priority"] for d in document["districts"]] == [
        evaluation.ranking(d)[0].priority for d in evaluation.model.district_ids
    ]
    assert messages == []
    assert str(tmp_path) in exporting_window.statusBar().currentMessage()
    _back_to_english(exporting_window, qtbot)


def test_a_cancelled_dialog_writes_nothing(exporting_window, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    monkeypatch.chdir(tmp_path)
    exporting_window.named_actions["export"].trigger()
    assert list(tmp_path.iterdir()) == [] and messages == []


def _unsaved_edit(window):
    document = window.document
    document.apply(replace(document.session, alpha=0.3), "α")
    return document.session


def test_exporting_onto_the_open_session_is_refused(
    exporting_window, tmp_path, monkeypatch, messages
):
    session_file = tmp_path / "plan.cspsession"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(session_file), ""))
    assert exporting_window.files.save_as()
    assert exporting_window.current_path == session_file
    saved = session_file.read_bytes()
    session = _unsaved_edit(exporting_window)
    assert not exporting_window.export_action.export_to(session_file)
    assert session_file.read_bytes() == saved
    assert len(messages) == 1 and "plan.cspsession" in messages[0][1]
    assert "session is unchanged" in messages[0][1]
    assert exporting_window.document.session is session
    assert not exporting_window.document.undo_stack.isClean()


@pytest.mark.parametrize(
    ("code", "phrase"), [(errno.ENOSPC, "disk is full"), (errno.EACCES, "no permission")]
)
def test_a_failed_write_shows_why_and_keeps_the_session(
    exporting_window, tmp_path, monkeypatch, messages, code, phrase
):
    def failing(*_args):
        raise OSError(code, "refused by the test")

    monkeypatch.setattr(atomic.os, "fsync", failing)
    session = _unsaved_edit(exporting_window)
    assert not exporting_window.export_action.export_to(tmp_path / "report.xlsx")
    assert len(messages) == 1 and phrase in messages[0][1]
    assert list(tmp_path.iterdir()) == []
    assert exporting_window.document.session is session
    assert not exporting_window.document.undo_stack.isClean()
    assert exporting_window.isWindowModified()


def test_the_action_speaks_chinese(exporting_window, language, qtbot):
    language.set("zh")
    assert exporting_window.named_actions["export"].text().startswith("导出")
    message = exporting_window.export_action.explain(OntoOpenSession(Path("a.cspsession")))
    assert "a.cspsession" in message and "会话未受影响" in message
    _back_to_english(exporting_window, qtbot)


def _back_to_english(window, qtbot):
    """Leave the window in English with every LanguageChange handled, before it closes."""
    window.language.set("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Criteria judgments")
    assert window.named_actions["export"].text() == "&Export…"


def _offered_path(window, monkeypatch) -> Path:
    """The path the export dialog proposes (the dialog is cancelled)."""
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, start, _filters: offered.append(start) or ("", ""),
    )
    window.named_actions["export"].trigger()
    return Path(offered[-1])


def test_the_dialog_opens_in_the_folder_of_the_last_export(
    exporting_window, tmp_path, monkeypatch, messages
):
    assert _offered_path(exporting_window, monkeypatch).parent == Path.home()
    folder = tmp_path / "reports for the bureau"
    folder.mkdir()
    chosen = exporting_window.export_action.filters()[".csv"]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(folder / "plan"), chosen)
    )
    exporting_window.named_actions["export"].trigger()
    assert (folder / "plan.csv").exists() and messages == []
    assert _offered_path(exporting_window, monkeypatch).parent == folder


def test_a_failed_export_or_a_vanished_folder_is_not_remembered(
    exporting_window, tmp_path, monkeypatch, messages
):
    session_file = tmp_path / "sessions" / "plan.cspsession"
    session_file.parent.mkdir()
    exporting_window.current_path = session_file
    assert not exporting_window.export_action.export_to(tmp_path / "nowhere" / "x.csv")
    assert _offered_path(exporting_window, monkeypatch) == (
        session_file.parent / "plan-recommendation.xlsx"
    )
    gone = tmp_path / "gone"
    gone.mkdir()
    assert exporting_window.export_action.export_to(gone / "x.csv")
    (gone / "x.csv").unlink()
    gone.rmdir()
    assert _offered_path(exporting_window, monkeypatch).parent == session_file.parent
