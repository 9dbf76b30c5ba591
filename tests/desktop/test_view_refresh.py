"""Views refresh only for the changes they show, and retranslate once per language switch."""

import importlib
import inspect
import pkgutil
from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from PySide6.QtTest import QTest

import desktop.document


class Calls:
    """Counts the calls of some methods of some objects, still calling them."""

    def __init__(self, monkeypatch):
        self.counts = Counter()
        self._monkeypatch = monkeypatch

    def spy(self, owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        def counted(*args, **kwargs):
            self.counts[label] += 1
            return real(*args, **kwargs)

        self._monkeypatch.setattr(owner, name, counted)


@pytest.fixture
def calls(window, monkeypatch):
    """The window with the ranking on screen; counts evaluations and repaints of what
    shows the ranking and the hierarchy."""
    window.tabs.setCurrentWidget(window.ranking)
    window.ranking.district.setCurrentIndex(1)  # one district: table and contribution chart
    calls = Calls(monkeypatch)
    calls.spy(desktop.document.session_panel, "session_evaluation", "evaluate")
    calls.spy(window.hierarchy, "refresh", "hierarchy")
    calls.spy(window.ranking.ranking_model, "set_district", "ranking table")
    calls.spy(window.ranking.overview_model, "refresh", "overview")
    calls.spy(window.ranking.chart, "show_contributions", "chart")
    return calls


def test_a_notes_keystroke_evaluates_and_repaints_nothing(window, document, calls, qtbot):
    QTest.keyClicks(window.notes.editor, "Met the heads of Chancheng")
    qtbot.wait(10)
    assert document.session.notes.endswith("Met the heads of Chancheng")
    assert document.evaluation.session.notes == document.session.notes  # exports see it
    assert calls.counts == Counter()


def test_a_monte_carlo_setting_evaluates_and_repaints_nothing(window, document, calls, qtbot):
    settings = replace(document.session.monte_carlo, samples=500, spread=0.3)
    document.apply(replace(document.session, monte_carlo=settings), "Monte Carlo")
    document.undo_stack.undo()
    qtbot.wait(10)
    assert calls.counts == Counter()


def test_a_judgment_edit_refreshes_the_ranking_views_once(window, document, calls):
    window.hierarchy.select(document.model.hierarchy.goal)
    window.judgments.rows[0].slider.setValue(7)
    assert calls.counts == Counter(
        {"evaluate": 1, "hierarchy": 1, "ranking table": 1, "overview": 1, "chart": 1}
    )


def test_alpha_refreshes_the_ranking_but_not_the_hierarchy_weights_twice(window, document, calls):
    window.ranking.alpha.setValue(90)
    assert calls.counts["evaluate"] == 1 and calls.counts["chart"] == 1
    assert calls.counts["ranking table"] == 1


def test_the_notes_view_follows_undo_of_notes_only(window, document):
    window.notes.editor.setPlainText("first")
    document.end_merge()
    window.ranking.alpha.setValue(80)
    document.undo_stack.undo()  # α
    assert window.notes.editor.toPlainText() == "first"
    document.undo_stack.undo()  # the notes
    assert window.notes.editor.toPlainText() == ""


def _classes_with_texts():
    """Every class in desktop/ that sets texts in the current language (it has retranslate),
    found by walking the package: a view added later is counted without editing this test."""
    import desktop as package

    found = []
    for info in pkgutil.walk_packages(package.__path__, "desktop."):
        module = importlib.import_module(info.name)
        found += [
            cls
            for _name, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__ and callable(getattr(cls, "retranslate", None))
        ]
    return found


def _commands(document):
    stack = document.undo_stack
    return [stack.command(index) for index in range(stack.count())]


def _arguments(method) -> int:
    """How many arguments after self method takes (any number for *args)."""
    parameters = list(inspect.signature(method).parameters.values())[1:]
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        return 99
    return len(parameters)


def _language_work():
    """Methods that redo a view's names for the language: each should run once a switch."""
    from desktop.views.effectiveness_view import EffectivenessView
    from desktop.views.hierarchy_view import HierarchyView
    from desktop.views.indicators_view import IndicatorsView
    from desktop.views.ranking_view import RankingView

    return (
        (HierarchyView, "_show_names"),
        (RankingView, "_fill_districts"),
        (EffectivenessView, "_fill_criteria"),
        (IndicatorsView, "_size_columns"),
    )


def test_each_view_retranslates_once_per_language_switch(qtbot, document, language, monkeypatch):
    from desktop.help.buttons import open_guide
    from desktop.help.guide import HelpGuide
    from desktop.main_window import MainWindow

    retranslated = Counter()
    methods = [(cls, "retranslate") for cls in _classes_with_texts()] + list(_language_work())
    methods.append((HelpGuide, "reload"))
    for cls, name in methods:
        real = getattr(cls, name)
        takes = _arguments(real)

        def counted(self, *args, _real=real, _cls=cls, _name=name, _takes=takes):
            if type(self) is _cls:  # once per object, not again for each super() call
                retranslated[(_cls.__name__, _name, id(self))] += 1
            return _real(self, *args[:_takes])  # a signal's argument only where it is taken

        monkeypatch.setattr(cls, name, counted)
    window = MainWindow(document, language)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.sensitivity_tab)  # build the deferred view
    window.sensitivity_tab.view.monte_carlo.runner.cancel()
    guide = open_guide(window.ranking)  # the guide window follows the switch too
    qtbot.wait(50)
    # What this window holds (objects of earlier tests' windows may linger until deleted).
    ours = {id(o) for top in (window, guide) for o in (top, *top.findChildren(QObject))}
    seen = {key for key in retranslated if key[1] == "retranslate" and key[2] in ours}
    retranslated.clear()
    language.set("zh")
    qtbot.waitUntil(lambda: set(retranslated) >= seen)  # Qt's posted LanguageChange events
    qtbot.wait(100)  # and any second call they might bring
    try:
        assert set(retranslated) >= seen
        counted = {(cls, name) for cls, name, _ in retranslated}
        assert counted >= {(cls.__name__, name) for cls, name in _language_work()}
        assert {("HelpGuide", "reload"), ("ExportButton", "retranslate")} <= counted
        assert {("HelpButton", "retranslate"), ("NotesView", "retranslate")} <= counted
        ours |= {id(o) for top in (window, guide) for o in (top, *top.findChildren(QObject))}
        ours |= {id(document), *map(id, _commands(document))}
        ours_counted = {key: n for key, n in retranslated.items() if key[2] in ours}
        assert ours_counted == dict.fromkeys(ours_counted, 1)
        assert window.ranking.district_label.text() == "区："
    finally:
        window.sensitivity_tab.view.monte_carlo.runner.cancel()
        document.undo_stack.setClean()
