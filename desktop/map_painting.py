"""Draw the districts' map with a QPainter: one drawing for the window and the PDF report.

Nothing here computes a figure: the colours, names and legend come ready in a MapLook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen, QTransform

from desktop.palette import colour_code
from strategies.district_map import DistrictOutline

MARGIN = 6  # pixels around the map, so the outer border's pen is not cut
SWATCH = 12  # the legend's colour squares
NO_COLOUR = "#FFFFFF"
LEGEND_SHARE = 0.6  # the legend never takes more of the width than this: longer names are cut


@dataclass(frozen=True)
class MapLook:
    """What the map shows: a fill colour and a name per district, and the legend's rows."""

    fills: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    legend_title: str = ""
    legend: tuple[tuple[str, str], ...] = ()  # (colour, text)
    note: str = ""  # a word over the map's corner, e.g. that new colours are being computed


def top_strategy_look(
    tops: dict[str, str],
    strategies: Sequence[tuple[str, str]],
    names: dict[str, str],
    title: str,
) -> MapLook:
    """Each district in its top strategy's colour (the strategy's place in the catalogue, as in
    every chart); the legend lists the strategies that are on top somewhere, in catalogue
    order. tops: district → strategy id; strategies: (id, legend text) of every strategy."""
    colour = {strategy: colour_code(i) for i, (strategy, _) in enumerate(strategies)}
    shown = set(tops.values())
    legend = tuple((colour[s], text) for s, text in strategies if s in shown)
    fills = {district: colour[strategy] for district, strategy in tops.items()}
    return MapLook(fills, names, title, legend)


class MapShapes:
    """The outlines as painter paths in the projected plane (north up), built once per map."""

    def __init__(self, outlines: tuple[DistrictOutline, ...]):
        self.paths: dict[str, QPainterPath] = {}
        self.labels: dict[str, QPointF] = {}
        for outline in outlines:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)  # holes stay holes
            for ring in (r for polygon in outline.polygons for r in polygon):
                path.addPolygon([QPointF(x, -y) for x, y in ring])
            self.paths[outline.district] = path
            self.labels[outline.district] = QPointF(outline.label[0], -outline.label[1])
        self.bounds = QRectF()
        for path in self.paths.values():
            self.bounds = self.bounds.united(path.boundingRect())

    def fitted(self, room: QRectF) -> QTransform:
        """Plane → room: the same scale both ways, centred, MARGIN inside."""
        inner = room.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self.bounds.isEmpty() or inner.width() <= 0 or inner.height() <= 0:
            return QTransform()
        scale = min(inner.width() / self.bounds.width(), inner.height() / self.bounds.height())
        transform = QTransform()
        transform.translate(inner.center().x(), inner.center().y())
        transform.scale(scale, scale)
        transform.translate(-self.bounds.center().x(), -self.bounds.center().y())
        return transform


def map_room(room: QRectF, look: MapLook, metrics: QFontMetrics) -> QRectF:
    """The part of room the districts get: all of it but the legend's column on the right."""
    if not look.legend:
        return QRectF(room)
    texts = [look.legend_title] + [text for _, text in look.legend]
    legend = max(metrics.horizontalAdvance(t) for t in texts) + SWATCH + 4 * MARGIN
    legend = min(legend, room.width() * LEGEND_SHARE)
    return QRectF(room.left(), room.top(), max(room.width() - legend, 1), room.height())


def paint_districts(
    painter: QPainter,
    shapes: MapShapes,
    look: MapLook,
    transform: QTransform,
    marks: dict[str, QPen] | None = None,
) -> None:
    """Fill and outline each district, stroke the marked ones (the selection) with their pen,
    then write each name at its label point."""
    painter.setPen(QPen(QColor("#404040"), 1))
    for district, path in shapes.paths.items():
        painter.setBrush(QColor(look.fills.get(district, NO_COLOUR)))
        painter.drawPath(transform.map(path))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for district, pen in (marks or {}).items():
        painter.setPen(pen)
        painter.drawPath(transform.map(shapes.paths[district]))
    for district, point in shapes.labels.items():
        draw_name(painter, transform.map(point), look.names.get(district, district))


def draw_name(painter: QPainter, centre: QPointF, text: str) -> None:
    """A name on a pale box, readable on dark and light fills alike."""
    metrics = painter.fontMetrics()
    box = QRectF(metrics.boundingRect(text)).adjusted(-3, -1, 3, 1)
    box.moveCenter(centre)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(QColor("#000000"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def paint_legend(painter: QPainter, look: MapLook, top_left: QPointF, width: float) -> None:
    """The title, then one swatch and text per row, each cut to width with '…'."""
    metrics = painter.fontMetrics()
    line = metrics.lineSpacing() + 2
    x, y = top_left.x(), top_left.y()

    def fitted(text: str, room: float) -> str:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(int(room), 0))

    painter.setPen(QColor("#000000"))
    painter.drawText(QPointF(x, y + metrics.ascent()), fitted(look.legend_title, width - MARGIN))
    for row, (colour, text) in enumerate(look.legend, start=1):
        top = y + row * line
        painter.setPen(QColor("#404040"))
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(x, top + (line - SWATCH) / 2, SWATCH, SWATCH))
        painter.setPen(QColor("#000000"))
        baseline = top + (line + metrics.ascent()) / 2 - 1
        text = fitted(text, width - SWATCH - 2 * MARGIN)  # a margin to the right edge too
        painter.drawText(QPointF(x + SWATCH + MARGIN, baseline), text)


def paint_map(
    painter: QPainter,
    shapes: MapShapes,
    look: MapLook,
    room: QRectF,
    marks: dict[str, QPen] | None = None,
) -> QTransform:
    """The map fitted into room with the legend on its right; returns the plane → room map."""
    districts = map_room(room, look, painter.fontMetrics())
    transform = shapes.fitted(districts)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_districts(painter, shapes, look, transform, marks)
    if look.legend:
        left = districts.right() + MARGIN
        paint_legend(painter, look, QPointF(left, room.top() + MARGIN), room.right() - left)
    if look.note:
        paint_note(painter, look.note, districts)
    return transform


def paint_note(painter: QPainter, note: str, room: QRectF) -> None:
    """The note on a pale box in the room's lower left corner."""
    metrics = painter.fontMetrics()
    box = QRectF(metrics.boundingRect(note)).adjusted(-4, -2, 4, 2)
    box.moveBottomLeft(room.bottomLeft() + QPointF(MARGIN, -MARGIN))
    painter.setPen(QColor("#404040"))
    painter.setBrush(QColor(255, 255, 224, 230))
    painter.drawRect(box)
    painter.setPen(QColor("#000000"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, note)
