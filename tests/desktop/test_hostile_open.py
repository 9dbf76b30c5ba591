"""Refused files in the window: each shows what and where, and the current session, its undo
history and its file stay as they were; an unreadable recovery file is told, not swallowed."""

import json
import os
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from strategies.evaluation import default_session
from strategies.session_file import SessionFileInfo, session_to_dict

INFO = SessionFileInfo(datetime(2024, 5, 2, tzinfo=UTC), datetime(2024, 5, 2, tzinfo=UTC), "0.1")


def _text(model, change) -> bytes:
    document = session_to_dict(default_session(model), model, INFO)
    change(document)
    return json.dumps(document).encode()


def _write(data: bytes):
    def make(folder, model):
        path = folder / "hostile.cspsession"
        path.write_bytes(data if isinstance(data, bytes) else data(model))
        return path

    return make


def _fifo(folder, model):
    os.mkfifo(folder / "pipe.cspsession")
    return folder / "pipe.cspsession"


def _edit(indicator, value):
    return lambda model: _text(
        model,
        lambda d: d.update(
            indicator_edits=[
                {"indicator": indicator, "place": "gaoming", "value": value, "source": "s"}
            ]
        ),
    )


HOSTILE = {
    "fifo": (_fifo, "This is not a regular file", ""),
    "folder": (lambda folder, model: folder, "This is not a regular file", ""),
    "huge alpha": (
        _write(lambda model: _text(model, lambda d: d.update(alpha=10**400))),
        "cannot be used",
        "alpha",
    ),
    "huge edit": (
        _write(
            lambda model: _text(
                model,
                lambda d: d.update(
                    indicator_edits=[
                        {
                            "indicator": "ecommerce_market_share",
                            "place": "gaoming",
                            "value": 1e300,
                            "source": "s",
                        }
                    ]
                ),
            )
        ),
        "cannot be used",
        "indicator_edits[0].value",
    ),
    "ordinal edit": (
        _write(_edit("ecommerce_firms_and_express_services", 3)),
        "cannot be used",
        "indicator_edits[0].value",
    ),
    "lone surrogate": (
        _write(lambda model: _text(model, lambda d: d.update(notes="\ud800"))),
        "cannot be used",
        "notes",
    ),
    "unterminated": (_write(b'{"notes": "' + b'\\"' * 50_000), "not valid JSON", ""),
}


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes the window shows: (text, informative text, details)."""
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), box.informativeText(), box.detailedText())) or 0,
    )
    return shown


@pytest.mark.parametrize("name", HOSTILE)
def test_refused_file_shows_what_and_where_and_changes_nothing(
    window, document, tmp_path, boxes, name
):
    make, what, where = HOSTILE[name]
    window.hierarchy.select("goal")
    window.judgments.rows[0].slider.setValue(-3)
    before, undo_count, path = document.session, document.undo_stack.count(), window.files.path
    window.files.ask_unsaved = lambda: "discard"
    assert not window.files.open_path(make(tmp_path, document.model))
    assert len(boxes) == 1 and what in boxes[0][0]
    assert (f"Where: {where}" in boxes[0][1]) if where else "Where:" not in boxes[0][1]
    assert "Your current session is unchanged." in boxes[0][1]
    assert document.session == before and document.undo_stack.count() == undo_count
    assert window.files.path == path and window.isWindowModified()


def test_a_bug_in_reading_is_shown_too(window, document, tmp_path, boxes, monkeypatch):
    from desktop.session import files

    def broken(path, model):
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(files, "read_session", broken)
    before = document.session
    assert not window.files.open_path(_write(b"{}")(tmp_path, document.model))
    # The exception's name is for whoever repairs the app: behind the box's details button.
    assert "OverflowError" in boxes[0][2] and document.session == before


def test_an_unreadable_recovery_file_is_told(window, tmp_path, boxes):
    folder = tmp_path / "recovery"
    folder.mkdir()
    session = json.loads(_text(window.document.model, lambda d: d.update(alpha="@alpha@")))
    envelope = {"format": "cluster-strategy-planner/recovery", "document": None, "session": session}
    (folder / "recovery.cspsession").write_bytes(
        json.dumps(envelope).replace('"@alpha@"', "1e400").encode()
    )
    window.autosaver.folder = folder
    assert not window.autosaver.offer_restore()
    assert len(boxes) == 1 and "Where: session.alpha" in boxes[0][1]


def test_a_hostile_file_given_at_start_is_told(qtbot, tmp_path, boxes, model):
    from desktop.app import start

    path = _write(lambda model: _text(model, lambda d: d.update(alpha=10**400)))(tmp_path, model)
    opened = start(str(path), "en")
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=20000)
    assert "Where: alpha" in boxes[0][1] and opened.files.path is None


def test_thousands_of_notes_are_cut(window, document, tmp_path, no_modal_dialogs):
    nodes = {
        f"n{i}": {"items": ["a", "b"], "pairs": [{"a": "a", "b": "b", "value": 3}]}
        for i in range(2000)
    }
    edits = [
        {"indicator": f"gone_{i}", "place": "x", "value": 1, "source": "s"} for i in range(2000)
    ]
    path = _write(
        lambda model: _text(
            model,
            lambda d: (d["criteria_judgments"].update(nodes), d.update(indicator_edits=edits)),
        )
    )(tmp_path, document.model)
    assert window.files.open_path(path, ask=False)
    ((_parent, _title, text),) = no_modal_dialogs
    assert "… and 1989 more." in text and text.count("\n\n") == 12 and len(text) < 3000
