"""The map of the districts: coloured as told, names and figures as given, a district chosen
by click or by keyboard (arrows move, Enter chooses). It computes no figure."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QToolTip, QWidget

from desktop.map_painting import MapLook, MapShapes, map_room, paint_map
from strategies.district_map import DistrictOutline

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class DistrictMapView(QWidget):
    """district_chosen(id): the planner clicked a district or chose it with the keyboard."""

    district_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._shapes = MapShapes(())
        self._look = MapLook()
        self._tooltips: dict[str, str] = {}
        self._selected = ""
        self._cursor = ""  # where the arrow keys are; Enter chooses it

    def set_outlines(self, outlines: tuple[DistrictOutline, ...]) -> None:
        """The projected outlines (once per model: an edit only recolours)."""
        self._shapes = MapShapes(outlines)
        self.update()

    def show_look(self, look: MapLook, tooltips: dict[str, str]) -> None:
        self._look, self._tooltips = look, tooltips
        self.update()

    def set_selected(self, district: str) -> None:
        """Show district as chosen ("" for none) without emitting district_chosen."""
        self._selected = self._cursor = district
        self.update()

    def selected(self) -> str:
        return self._selected

    def districts(self) -> tuple[str, ...]:
        return tuple(self._shapes.paths)

    def look(self) -> MapLook:
        return self._look

    def tooltip(self, district: str) -> str:
        return self._tooltips.get(district, "")

    def label_position(self, district: str) -> QPointF:
        """Where the district's name is drawn, in widget coordinates."""
        return self._fitted().map(self._shapes.labels[district])

    def district_at(self, position: QPointF) -> str:
        """The district under a widget point, or ""."""
        plane, invertible = self._fitted().inverted()
        if not invertible:
            return ""
        point = plane.map(QPointF(position))
        for district, path in self._shapes.paths.items():
            if path.contains(point):
                return district
        return ""

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_map(painter, self._shapes, self._look, QRectF(self.rect()), self._marks())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip(self.district_at(QPointF(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        district = self.district_at(event.position())
        if district and event.button() == Qt.MouseButton.LeftButton:
            self._choose(district)
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in ARROWS and self._shapes.paths:
            self._cursor = self._neighbour(*ARROWS[event.key()]) or self._cursor
            self.update()
        elif event.key() in CHOOSE_KEYS and self._cursor:
            self._choose(self._cursor)
        else:
            super().keyPressEvent(event)

    def _choose(self, district: str) -> None:
        self.set_selected(district)
        self.district_chosen.emit(district)

    def _neighbour(self, right: int, down: int) -> str:
        """The nearest district within 45° of the arrow's direction ("" if none), the first
        one when nothing is under the cursor yet."""
        if self._cursor not in self._shapes.labels:
            return next(iter(self._shapes.labels))
        start = self.label_position(self._cursor)
        best, best_score = "", float("inf")
        for district in self._shapes.labels:
            offset = self.label_position(district) - start
            along = offset.x() * right + offset.y() * down
            across = abs(offset.x() * down - offset.y() * right)
            if along > 0 and along >= across and along + across < best_score:
                best, best_score = district, along + across
        return best

    def _marks(self) -> dict[str, QPen]:
        marks = {}
        if self._cursor and self.hasFocus():
            marks[self._cursor] = QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine)
        if self._selected in self._shapes.paths:
            marks[self._selected] = QPen(QColor("#000000"), 3)
        return marks

    def _fitted(self) -> QTransform:
        """Plane → widget, as the last paint placed the map."""
        room = map_room(QRectF(self.rect()), self._look, self.fontMetrics())
        return self._shapes.fitted(room)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
