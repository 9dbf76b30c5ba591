"""Windows are destroyed when the application quits, not left to the interpreter's shutdown."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget


def delete_on_quit(window: QWidget) -> None:
    QApplication.instance().aboutToQuit.connect(lambda: _delete_now(window))


def _delete_now(window: QWidget) -> None:
    """Destroy the window while Python is whole: left to the interpreter's shutdown, a window
    still shown gets layout events after pyqtgraph's Python side is gone, and the process
    crashes on its way out (seen when the app quits with its window open).

    When the quit comes while a dialog's own event loop runs (a message box of the window is
    open: a logout, a signal, a script quitting), destroying the window would free that dialog
    under its running loop (glibc: "double free or corruption"). The window is then only
    hidden, which is all the shutdown needs."""
    import shiboken6

    if not shiboken6.isValid(window):
        return
    if _a_dialog_loop_runs():
        window.hide()
        return
    shiboken6.delete(window)


def _a_dialog_loop_runs() -> bool:
    # The event loop's depth, not activeModalWidget(): that needs an active window, and on
    # some platforms (offscreen, a screen being locked) none is.
    return QThread.currentThread().loopLevel() > 1
