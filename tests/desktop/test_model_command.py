"""The document's model swap: one undoable command that replaces model and session together,
says Change.MODEL with everything it implies, and relabels itself in the current language."""

from __future__ import annotations

from criteria.text import LocalText
from desktop.changes import Change
from strategies import model_edit as core
from strategies.evaluation import default_session


def _told(document):
    told = []
    document.changed.connect(told.append)
    return told


def _edited(document):
    after = core.rename_node(document.model, "C1", LocalText("新", "Renamed"))
    return after, core.reconcile(document.session, document.model, after).session


def test_a_swap_undo_and_redo_each_say_the_model_changed(document):
    before = (document.model, document.session)
    told = _told(document)
    after = _edited(document)
    document.apply_model(*after, "rename")
    document.undo_stack.undo()
    assert (document.model, document.session) == before
    document.undo_stack.redo()
    assert (document.model, document.session) == after
    assert len(told) == 3
    assert all(change & Change.MODEL and change & Change.EVALUATION for change in told)
    assert all(not change & Change.NOTES for change in told)  # no more than it implies


def test_the_evaluation_follows_the_swapped_model(document):
    document.apply_model(*_edited(document), "rename")
    assert document.evaluation.model is document.model
    assert document.analyses.evaluation.model is document.model
    document.undo_stack.undo()
    assert document.evaluation.model is document.model


def test_a_swap_to_the_same_model_and_session_is_no_step(document):
    document.apply_model(document.model, document.session, "nothing")
    assert document.undo_stack.count() == 0


def test_the_session_fields_a_swap_changes_are_told_too(document):
    after = core.remove_strategy(document.model, "S1")
    session = core.reconcile(document.session, document.model, after).session
    told = _told(document)
    document.apply_model(after, session, "remove")
    assert told[-1] & Change.RATINGS


def test_the_undo_text_follows_the_language(document, language):
    words = {"en": "Rename C1", "zh": "重命名 C1"}
    document.apply_model(*_edited(document), lambda: words[language.code])
    language.set("zh")
    document.retranslate()
    assert document.undo_stack.undoText() == "重命名 C1"


def test_starting_over_on_another_model_says_model(document):
    told = _told(document)
    other = core.copy_model(document.model, "other", LocalText("另一个", "Other"))
    document.replace_all(default_session(other), other)
    assert document.model is other
    assert told[-1] & Change.MODEL and (told[-1] & Change.ALL) == Change.ALL
    document.replace_all(default_session(other))
    assert not told[-1] & Change.MODEL
    assert document.undo_stack.count() == 0
