"""The Undo and Redo actions of a window, labelled in the current language with our own words
(Qt's own actions keep the prefix of the language they were made in, and say 撤消)."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from desktop.key_bindings import bindings


class UndoActions(QObject):
    """undo and redo actions that follow the stack: enabled when possible, named by the step."""

    def __init__(self, stack: QUndoStack, parent: QObject):
        super().__init__(parent)
        self._stack = stack
        self.undo = QAction(parent)
        self.undo.setShortcuts(bindings(QKeySequence.StandardKey.Undo))
        self.undo.triggered.connect(stack.undo)
        self.redo = QAction(parent)
        self.redo.setShortcuts(bindings(QKeySequence.StandardKey.Redo))
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.indexChanged.connect(self.retranslate)
        stack.cleanChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_signal_arguments) -> None:
        stack = self._stack
        if not shiboken6.isValid(stack):  # the stack clears itself while being destroyed
            return
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.undo.setText(
            self.tr("&Undo {step}").format(step=_escaped(stack.undoText()))
            if stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo {step}").format(step=_escaped(stack.redoText()))
            if stack.canRedo()
            else self.tr("&Redo")
        )
        # The toolbar says just "Undo"; its tooltip names the step (names can be long).
        for action, short in ((self.undo, self.tr("Undo")), (self.redo, self.tr("Redo"))):
            action.setIconText(short)
            action.setToolTip(_without_mnemonic(action.text()))


def _without_mnemonic(text: str) -> str:
    """'&Undo X' → 'Undo X', '撤销 X(&U)' → '撤销 X'; '&&' stays a literal '&'."""
    return re.sub(r"\(&\w\)|&(&?)", r"\1", text)


def _escaped(step: str) -> str:
    """A name such as 'R&D' shown as it is, not as a mnemonic."""
    return step.replace("&", "&&")
