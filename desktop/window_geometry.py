"""Where the main window opens: on a screen, whole, at the size and place it was left.

A remembered geometry may come from a larger or a vanished monitor; it is then fitted into the
available area (without the task bar) of the screen it overlaps most, or the primary screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """rect made no larger than available and moved inside it (its size kept where it fits)."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() + 1 - width)
    top = min(max(rect.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def first_rect(wanted: QSize, available: QRect) -> QRect:
    """The default size centred on the screen; on a screen too small for it, all of it."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def screen_for(rect: QRect) -> QScreen:
    """The screen showing most of rect, else the primary one."""

    def overlap(screen: QScreen) -> int:
        common = screen.availableGeometry().intersected(rect)
        return common.width() * common.height() if common.isValid() else 0

    screens = QGuiApplication.screens()
    best = max(screens, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else QGuiApplication.primaryScreen()


def place(window, restored: bool) -> None:
    """Fit window (already resized or restored) into the available area of its screen."""
    frame = window.frameGeometry()
    available = screen_for(frame).availableGeometry()
    margins = frame.size() - window.geometry().size()  # the title bar and borders
    inner = (
        QRect(frame.topLeft(), window.size())
        if restored
        else QRect(0, 0, window.width(), window.height())
    )
    room = available.adjusted(0, 0, -margins.width(), -margins.height())
    target = fit_rect(inner, room) if restored else first_rect(inner.size(), room)
    window.resize(target.size())
    window.move(target.topLeft())
