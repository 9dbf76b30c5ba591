"""Whether Qt can start here; one line and an exit code instead of Qt's abort when it cannot.

Without a usable display Qt prints a screenful of advice and aborts (exit 134) inside the
QApplication constructor, which no Python code can catch. So the command line asks first
(``missing_display``: on X11/Wayland systems, no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM),
and for what only Qt finds out (a display that does not answer, a platform plugin that cannot
load) ``exit_if_qt_cannot_start`` turns Qt's fatal start-up message into one line and
EXIT_NO_DISPLAY. Qt is imported only inside that guard, so the check itself costs nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_NO_DISPLAY = 3
CANNOT_OPEN_WINDOW = "cluster-planner: cannot open the window"
NO_WINDOW_HINT = "the window needs a desktop session; 'rank' and 'export' work without one"


def missing_display() -> str | None:
    """Why no window can be shown, when that is plain before Qt starts; else None."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return None  # a native window system, or a platform the user chose
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"


@contextmanager
def exit_if_qt_cannot_start(what: str, hint: str) -> Iterator[None]:
    """While Qt starts: a fatal Qt message prints '<what>: <why>; <hint>', exits EXIT_NO_DISPLAY.

    Qt's warnings meanwhile are held back (the first one usually says why), and written to
    stderr after a start that succeeds.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held_back: list[str] = []

    def on_message(kind, _context, message: str) -> None:
        held_back.append(message)
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"{what}: {_first_line(held_back)}; {hint}\n")
            sys.stderr.flush()
            os._exit(EXIT_NO_DISPLAY)  # Qt calls abort() as soon as this returns

    previous = qInstallMessageHandler(on_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in held_back:
            sys.stderr.write(message + "\n")


def _first_line(messages: list[str]) -> str:
    for message in messages:
        if message.strip():
            return message.strip().splitlines()[0]
    return "Qt could not start"
