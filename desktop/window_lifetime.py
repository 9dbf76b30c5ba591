"""Windows are destroyed when the application quits, not left to the interpreter's shutdown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def delete_on_quit(window: QWidget) -> None:
    QApplication.instance().aboutToQuit.connect(lambda: _delete_now(window))


def _delete_now(window: QWidget) -> None:
    """Destroy the window while Python is whole: left to the interpreter's shutdown, a window
    still shown gets layout events after pyqtgraph's Python side is gone, and the process
    crashes on its way out (seen when the app quits with its window open)."""
    import shiboken6

    if shiboken6.isValid(window):
        shiboken6.delete(window)
