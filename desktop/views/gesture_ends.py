"""Where one continuous edit ends, so that one drag (or one typed number) is one undo step.

The document merges edits with the same merge key until told that the gesture ended: a mouse
button or a step key let go, the focus gone, editing finished, or the wheel at rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QWidget

from desktop.document import Document

WHEEL_REST_MS = 600  # a wheel has no "release": a pause this long ends its gesture
# Keys that step a value; typing digits into a spin box goes on until editing finishes.
STEP_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
_ENDING_EVENTS = {QEvent.Type.MouseButtonRelease, QEvent.Type.FocusOut}


class GestureEnds(QObject):
    """Watches widget and calls document.end_merge() whenever a gesture on it ends."""

    def __init__(self, widget: QWidget, document: Document):
        super().__init__(widget)
        self._document = document
        self._wheel_rest = QTimer(self, singleShot=True, interval=WHEEL_REST_MS)
        self._wheel_rest.timeout.connect(document.end_merge)
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractScrollArea):  # its mouse events go to the viewport
            widget.viewport().installEventFilter(self)
        if isinstance(widget, QAbstractSlider):
            widget.sliderReleased.connect(document.end_merge)
        if isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(document.end_merge)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ENDING_EVENTS or self._is_step_key_release(event):
            self._wheel_rest.stop()
            self._document.end_merge()
        elif event.type() == QEvent.Type.Wheel:
            self._wheel_rest.start()
        return False

    @staticmethod
    def _is_step_key_release(event: QEvent) -> bool:
        # X11 repeats a held key as release/press pairs marked auto-repeat: one hold, one step.
        return (
            event.type() == QEvent.Type.KeyRelease
            and not event.isAutoRepeat()
            and event.key() in STEP_KEYS
        )
