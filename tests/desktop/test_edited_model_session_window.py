"""A session saved after model edits in the window carries the edited model: opened again in
another window (on the shipped model) it comes back with that model, its judgments and its
ranking; opened in the window that made it, it stays there."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from criteria.text import LocalText
from desktop.main_window import MainWindow
from strategies import model_edit as core


def _edit_and_judge(window):
    commit, text = window.model_editing.editor.commit, (lambda: "edit")
    assert commit(lambda m: core.add_node(m, "L2", LocalText("新准则", "New criterion"))[0], text)
    assert commit(lambda m: core.add_strategy(m, LocalText("新策略", "New strategy"))[0], text)
    window.hierarchy.select("L2")
    window.judgments.rows[0].slider.setValue(-4)  # a judgment made on the edited model
    window.document.end_merge()


def _windows_on(model_hash: str) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow)
        and w.isVisible()
        and w.document is not None
        and w.document.model.content_hash == model_hash
    ]


def test_a_saved_session_reopens_with_its_edited_model_elsewhere(window, qtbot, tmp_path):
    _edit_and_judge(window)
    edited, session = window.document.model, window.document.session
    path = tmp_path / "edited.cspsession"
    assert window.files._write(path)
    ranking = {d: window.document.evaluation.ranking(d) for d in edited.district_ids}
    other = MainWindow(type(window.document)(_stock()), window.language)
    qtbot.addWidget(other)
    other.show()
    assert other.document.model.content_hash != edited.content_hash
    assert other.files.open_path(path, ask=False)
    reopened = [w for w in _windows_on(edited.content_hash) if w is not window]
    assert len(reopened) == 1
    successor = reopened[0]
    qtbot.addWidget(successor)
    assert successor.document.session == session
    assert set(successor.hierarchy._items) == set(edited.hierarchy.nodes)
    again = {d: successor.document.evaluation.ranking(d) for d in edited.district_ids}
    assert again == ranking
    successor.document.undo_stack.setClean()


def test_reopened_in_the_window_that_made_it_the_model_stays(window, tmp_path):
    _edit_and_judge(window)
    edited, session = window.document.model, window.document.session
    path = tmp_path / "edited.cspsession"
    assert window.files._write(path)
    window.document.undo_stack.undo()  # the last judgment, so that opening changes something
    assert window.files.open_path(path, ask=False)
    assert window.document.model.content_hash == edited.content_hash
    assert window.document.session == session


def _stock():
    from strategies.model import load_model

    return load_model()
