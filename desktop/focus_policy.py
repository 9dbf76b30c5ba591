"""No keyboard traps: Tab always moves focus on to the next control, in every window.

Qt's tables move between their cells on Tab and wrap round from the last cell to the first,
and plain-text editors insert a tab character: in both, Tab never leaves. Arrow keys already
move between cells, so Tab is given back to the focus chain, for widgets built at any time
(tabs built on first show, dialogs) because the policy is applied when each widget is polished.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit


class NoTabTraps(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:
            release_tab(watched)
        return False


def release_tab(widget: QObject) -> None:
    """Let Tab leave widget (tables and text editors; other widgets are left alone)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)


def install(app: QApplication) -> None:
    """Apply the policy to every widget of app from now on (once per application)."""
    if app.findChild(NoTabTraps) is None:
        app.installEventFilter(NoTabTraps(app))
