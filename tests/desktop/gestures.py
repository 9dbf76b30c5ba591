"""Planner gestures as real Qt events: slider drags, key holds, wheel turns."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

LEFT, NO_BUTTON = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def handle_centre(slider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return (
        slider.style()
        .subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
        )
        .center()
    )


def position_of(slider, value: int) -> QPoint:
    """Where the handle's centre is when the slider shows value (moves the slider there and back)."""
    before = slider.value()
    slider.blockSignals(True)
    slider.setValue(value)
    point = handle_centre(slider)
    slider.setValue(before)
    slider.blockSignals(False)
    return point


def _mouse(slider, kind, point: QPoint, button, buttons) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind, local, QPointF(slider.mapToGlobal(point)), button, buttons, NO_MODIFIER
    )
    QApplication.sendEvent(slider, event)


def drag(slider, *through: int, steps: int = 8) -> None:
    """Press the handle, move it in steps past each value of through in turn, release."""
    start = handle_centre(slider)
    _mouse(slider, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for value in through:
        end = position_of(slider, value)
        for step in range(1, steps + 1):
            point = start + (end - start) * step / steps
            _mouse(slider, QEvent.Type.MouseMove, point, NO_BUTTON, LEFT)
        start = end
    _mouse(slider, QEvent.Type.MouseButtonRelease, start, LEFT, NO_BUTTON)


def key(widget, key_code, press: bool, repeat: bool = False) -> None:
    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    QApplication.sendEvent(widget, QKeyEvent(kind, key_code, NO_MODIFIER, "", repeat))


def tap(widget, key_code) -> None:
    key(widget, key_code, True)
    key(widget, key_code, False)


def hold(widget, key_code, repeats: int) -> None:
    """A held key as X11 sends it: auto-repeated release/press pairs, then the real release."""
    key(widget, key_code, True)
    for _ in range(repeats):
        key(widget, key_code, False, repeat=True)
        key(widget, key_code, True, repeat=True)
    key(widget, key_code, False)


def wheel(widget, notches: int = 1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        NO_BUTTON,
        NO_MODIFIER,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
