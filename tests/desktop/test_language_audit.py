"""Switching zh → en → zh leaves no text of the other language anywhere the planner can look:
every tab, every sensitivity page, the menus and toolbar, the undo steps, the guide and every
dialog the window opens (Qt's own file dialogs and message boxes included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tests.desktop.language_audit import visible_texts
from tests.language_words import foreign

# about, export, chart export, open, save as, unsaved changes, cannot open, export failed,
# indicator value, restore unsaved work
DIALOG_KINDS = 10


class DialogTexts:
    """Stands in for every modal dialog: reads its texts, then closes it unanswered."""

    def __init__(self, monkeypatch):
        self.found: list[tuple[str, str]] = []
        self.opened: list[str] = []
        for kind in (QDialog, QMessageBox):
            monkeypatch.setattr(kind, "exec", lambda dialog: self._exec(dialog))
        for name in ("information", "warning", "critical", "question", "about"):
            monkeypatch.setattr(QMessageBox, name, self._static_box)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file_dialog)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file_dialog)

    def read(self, dialog: QWidget) -> None:
        dialog.ensurePolished()
        self.opened.append(type(dialog).__name__ + ": " + dialog.windowTitle())
        self.found += [
            (f"{type(dialog).__name__} {dialog.windowTitle()!r}: {where}", text)
            for where, text in visible_texts(dialog)
        ]
        if isinstance(dialog, QMessageBox):  # (its detailedText is for technical support)
            self.found.append(("QMessageBox.informativeText", dialog.informativeText()))

    def _exec(self, dialog: QDialog) -> int:
        self.read(dialog)
        return QDialog.DialogCode.Rejected

    def _static_box(self, parent, title, text, *args, **kwargs):
        buttons = args[0] if args else QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Information, title, text, buttons, parent)
        self.read(box)
        box.deleteLater()
        return QMessageBox.StandardButton.No

    def _file_dialog(self, parent, caption="", folder="", filters="", *args, **kwargs):
        dialog = QFileDialog(parent, caption, folder, filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # as under Xvfb
        self.read(dialog)
        dialog.deleteLater()
        return "", ""


@pytest.fixture
def dialogs(monkeypatch):
    return DialogTexts(monkeypatch)


def switch(window, qtbot, code: str) -> None:
    window.named_actions[f"lang:{code}"].trigger()
    qtbot.waitUntil(lambda: window.language.code == code)
    qtbot.wait(20)  # LanguageChange is posted: let every widget handle it


def make_history(window, tmp_path: Path) -> None:
    """Inconsistent and missing judgments, an entered value, strategies judged pairwise, and
    steps to undo and redo."""
    editor = window.judgments
    window.hierarchy.select("goal")
    editor._on_value_chosen("L1", "L2", 5.0)
    editor._on_value_chosen("L2", "L3", 5.0)
    editor._on_value_chosen("L1", "L3", 1 / 5)
    window.hierarchy.select("L1")
    first, second = editor.rows[0].first, editor.rows[0].second
    editor._on_value_chosen(first, second, None)
    indicator = window.document.model.indicators[0]
    window.indicators.enter_value(
        indicator.id, window.document.model.district_ids[-1], 3.0, "a planner's source"
    )
    window.document.undo_stack.undo()
    window.effectiveness.pairwise.setChecked(True)  # strategies judged pairwise: their editor
    window.effectiveness.editor._on_value_chosen("S1", "S2", 2.66)  # an off-scale value
    window.hierarchy.select("goal")


def everything_visible(window, qtbot) -> list[tuple[str, str]]:
    """Texts of the window on every tab and every sensitivity page, and of its menus."""
    found = []
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        pages = getattr(tabs.currentWidget(), "view", None)
        pages = getattr(pages, "pages", None)
        for page in range(pages.count()) if pages is not None else [0]:
            if pages is not None:
                pages.setCurrentIndex(page)
            qtbot.wait(10)
            place = f"tab {tabs.tabText(index)!r}" + (
                f" page {pages.tabText(page)!r}" if pages is not None else ""
            )
            found += [(f"{place}: {where}", text) for where, text in visible_texts(window)]
    found.append(("status bar", window.statusBar().currentMessage()))
    stack = window.document.undo_stack
    found += [("undo step", stack.text(index)) for index in range(stack.count())]
    for action in window.menuBar().actions():
        found += [
            ("menu", text) for text in (action.text(), *(a.text() for a in action.menu().actions()))
        ]
    return found


def open_every_dialog(window, dialogs: DialogTexts, tmp_path: Path) -> None:
    window.named_actions["about"].trigger()
    window.named_actions["export"].trigger()
    window.files.actions["open"].trigger()
    window.files.actions["save_as"].trigger()
    window.files.actions["new"].trigger()  # unsaved changes: asks first
    bad = tmp_path / "broken.cspsession"
    bad.write_text("{not json", encoding="utf-8")
    window.files.open_path(bad, ask=False)
    window.export_action.export_to(tmp_path / "missing-folder" / "out.xlsx")
    for button in window.sensitivity_tab.view.findChildren(type(_export_button(window))):
        button.click()
    indicators = window.indicators
    cell = _editable_cell(indicators)
    indicators._on_cell_double_clicked(cell)
    _ask_restore(window)
    window.named_actions["guide"].trigger()


def _export_button(window):
    from desktop.sensitivity.export_button import ExportButton

    return window.sensitivity_tab.view.findChildren(ExportButton)[0]


def _editable_cell(indicators):
    model = indicators.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if model.editable_cell(index) is not None:
                return index
    raise AssertionError("no editable indicator cell")


def _ask_restore(window) -> None:
    from datetime import UTC, datetime
    from types import SimpleNamespace

    recovered = SimpleNamespace(
        autosaved=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), document_path=None
    )
    window.autosaver.ask_restore(recovered, 1, 2)


def guide_texts(window) -> list[tuple[str, str]]:
    guide = getattr(window, "help_guide", None)
    return [] if guide is None else [("guide: " + w, t) for w, t in visible_texts(guide)]


def findings(found: list[tuple[str, str]], lang: str) -> list[str]:
    return sorted(
        {
            f"{where}: {text!r} → {foreign(text, lang)}"
            for where, text in found
            if foreign(text, lang)
        }
    )


def test_no_text_of_the_other_language_after_switching(window, qtbot, dialogs, tmp_path):
    make_history(window, tmp_path)
    problems = {}
    try:
        for step, code in enumerate(("zh", "en", "zh")):
            switch(window, qtbot, code)
            found = everything_visible(window, qtbot)
            dialogs.found, dialogs.opened = [], []
            open_every_dialog(window, dialogs, tmp_path)
            assert len(set(dialogs.opened)) == DIALOG_KINDS, dialogs.opened
            qtbot.wait(20)
            found += dialogs.found + guide_texts(window)
            assert len(found) > 1000  # the audit reads the whole window, not a corner of it
            problems[f"step {step} ({code})"] = findings(found, code)
    finally:
        window.sensitivity_tab.view.monte_carlo.runner.cancel()
        QThreadPool.globalInstance().waitForDone()
    assert problems == {f"step {step} ({code})": [] for step, code in enumerate(("zh", "en", "zh"))}
