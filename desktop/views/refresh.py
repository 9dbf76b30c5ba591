"""Refresh a view when it can be seen: at once if visible, else when it is next shown.

Hidden tabs then cost nothing while the planner edits, and show current data on opening.
Given the document and the kinds of change the view shows, it asks for a refresh after those
changes only (a keystroke in the notes repaints no ranking).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop.changes import Change
from desktop.document import Document


class RefreshWhenShown(QObject):
    def __init__(
        self,
        widget: QWidget,
        refresh: Callable[[], None],
        document: Document | None = None,
        shows: Change = Change.NONE,
    ):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._stale = False
        self._shows = shows
        widget.installEventFilter(self)
        if document is not None:
            document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, changes: Change) -> None:
        if changes & self._shows:
            self.request()

    def request(self, *_signal_arguments) -> None:
        if self._widget.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False
