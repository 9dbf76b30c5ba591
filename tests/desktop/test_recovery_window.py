"""Recovery in the window: every crashed window's work is offered, newest first; a restored
session keeps its recovery file until it is saved or discarded, through a second crash; one
window's save never removes another's autosave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.document import Document
from desktop.session import autosave
from desktop.session import files as files_module
from strategies.session_file import orphaned_recoveries, read_recovery

ROOT = Path(__file__).resolve().parents[2]

_CRASHING_WINDOW = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from desktop.app import build_window, create_application
from desktop.session import autosave

app = create_application()
window = build_window("en")
window.autosaver.folder = Path(sys.argv[2])
if sys.argv[3] == "restore":
    window.autosaver.ask_restore = lambda *args: autosave.RESTORE
    assert window.autosaver.offer_restore()  # and crash at once, before any autosave
else:
    window.notes.editor.setPlainText(sys.argv[3])
    window.autosaver.write_now()
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crashing_window(folder: Path, notes_or_restore: str, home: Path) -> None:
    """A window in its own process edits the notes (or restores), autosaves and is killed."""
    environment = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    child = subprocess.run(
        [sys.executable, "-c", _CRASHING_WINDOW, str(ROOT), str(folder), notes_or_restore],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def crashed(folder, tmp_path):
    """Two windows crashed, the older one 'older' a minute earlier."""
    _crashing_window(folder, "older", tmp_path / "home")
    (older,) = orphaned_recoveries(folder)
    moment = time.time() - 60
    os.utime(older, (moment, moment))
    _crashing_window(folder, "newer", tmp_path / "home")
    return folder


def _answer(window, *choices):
    """Answer the restore questions in turn; returns the notes that were asked about."""
    asked, answers = [], list(choices)

    def ask(recovered, number, count):
        asked.append((recovered.loaded.session.notes, number, count))
        return answers.pop(0)

    window.autosaver.ask_restore = ask
    return asked


def _notes_of_files(folder: Path, model) -> list[str]:
    return sorted(
        read_recovery(path, model).loaded.session.notes
        for path in folder.glob("recovery*.cspsession")
    )


def test_every_crashed_window_is_offered_newest_first(window, crashed, qtbot):
    window.autosaver.folder = crashed
    asked = _answer(window, autosave.RESTORE, autosave.RESTORE)
    assert window.autosaver.offer_restore()
    assert asked == [("newer", 1, 2), ("older", 2, 2)]
    (other,) = window.autosaver.other_windows
    qtbot.addWidget(other)
    assert window.document.session.notes == "newer" and window.isWindowModified()
    assert other.document.session.notes == "older" and other.isWindowModified()
    # Both files stay, each now owned by its window: none is offered again.
    assert _notes_of_files(crashed, window.document.model) == ["newer", "older"]
    assert orphaned_recoveries(crashed) == []
    other.document.undo_stack.setClean()


def test_discard_removes_one_and_later_keeps_the_other(window, crashed):
    window.autosaver.folder = crashed
    _answer(window, autosave.DISCARD, autosave.LATER)
    assert not window.autosaver.offer_restore()
    assert _notes_of_files(crashed, window.document.model) == ["older"]
    asked = _answer(window, autosave.LATER)
    window.autosaver.offer_restore()
    assert asked == [("older", 1, 1)]


def test_closing_the_question_without_a_choice_keeps_the_work(window, crashed):
    window.autosaver.folder = crashed
    assert not window.autosaver.offer_restore()  # the test's message box returns at once
    assert _notes_of_files(crashed, window.document.model) == ["newer", "older"]


def test_a_restored_session_survives_a_second_crash(folder, tmp_path, window):
    _crashing_window(folder, "会议纪要", tmp_path / "home")
    _crashing_window(folder, "restore", tmp_path / "home")  # restores, then crashes too
    window.autosaver.folder = folder
    asked = _answer(window, autosave.RESTORE)
    assert window.autosaver.offer_restore()
    assert asked == [("会议纪要", 1, 1)]
    assert window.document.session.notes == "会议纪要"


def test_a_restored_sessions_file_stays_until_saved(window, crashed, tmp_path, monkeypatch):
    window.autosaver.folder = crashed
    _answer(window, autosave.RESTORE, autosave.LATER)
    window.autosaver.offer_restore()
    assert _notes_of_files(crashed, window.document.model) == ["newer", "older"]
    target = tmp_path / "saved.cspsession"
    monkeypatch.setattr(
        files_module.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    assert window.files.save()
    assert _notes_of_files(crashed, window.document.model) == ["older"]


def test_a_restored_sessions_file_stays_until_discarded(window, crashed, monkeypatch):
    window.autosaver.folder = crashed
    _answer(window, autosave.RESTORE, autosave.LATER)
    window.autosaver.offer_restore()
    window.notes.editor.setPlainText("edited after restoring")
    window.autosaver.write_now()
    assert _notes_of_files(crashed, window.document.model) == ["edited after restoring", "older"]
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: "discard")
    assert window.files.new()
    assert _notes_of_files(crashed, window.document.model) == ["older"]


def test_one_windows_save_keeps_another_windows_autosave(
    window, language, folder, qtbot, tmp_path, monkeypatch
):
    from desktop.main_window import MainWindow

    other = MainWindow(Document(window.document.model), language)
    qtbot.addWidget(other)
    for each, notes in ((window, "first"), (other, "second")):
        each.autosaver.folder = folder
        each.notes.editor.setPlainText(notes)
        each.autosaver.write_now()
    assert _notes_of_files(folder, window.document.model) == ["first", "second"]
    monkeypatch.setattr(
        files_module.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "first.cspsession"), ""),
    )
    assert window.files.save()
    assert _notes_of_files(folder, window.document.model) == ["second"]
    assert orphaned_recoveries(folder) == []  # the other window is alive: not offered
    other.document.undo_stack.setClean()


def test_save_through_a_link_in_the_window_keeps_the_link(window, tmp_path):
    target = tmp_path / "real" / "会议.cspsession"
    target.parent.mkdir()
    link = tmp_path / "link.cspsession"
    link.symlink_to(target)
    window.notes.editor.setPlainText("first")
    assert window.files._write(link)
    window.notes.editor.setPlainText("second")
    assert window.files.save()
    assert link.is_symlink() and window.files.path == link
    assert window.files.open_path(target, ask=False)
    assert window.document.session.notes == "second"
