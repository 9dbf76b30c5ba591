"""The PDF overview page's map: each district in its top strategy's colour, drawn offscreen
by the window's own map painting (desktop/map_painting.py) into an image as tall as the room
the overview page has left below its table (export/page_fit.py measures it: warnings and long
names make that table taller), or as tall as the districts need to fill the text column's width
when the map takes a page of its own (its legend then under it)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from desktop.export.content import Report
from desktop.export.labels import labels
from desktop.export.page_fit import Figure, FigureGroup
from desktop.export.report_html import CHART_WIDTH, MAP_NAME
from desktop.map_painting import (
    MARGIN,
    MapLook,
    MapShapes,
    paint_legend,
    paint_map,
    top_strategy_look,
)
from strategies.district_map import DistrictMapError, load_district_map_of

# Document pixels (1/96 in) of the map's height at the text column's width (CHART_WIDTH): at
# most about 5 cm under the overview's table; below the least the names crowd (the map then
# takes a page of its own, where it may grow to the whole column's width).
MOST_HEIGHT, LEAST_HEIGHT = 190.0, 100.0
IMAGE_WIDTH = 1400  # pixels of the image, the same as the charts'
PIXEL_SIZE = 22


def map_shapes(report: Report) -> MapShapes | None:
    """The report's districts' outlines, projected; None when the report has no map."""
    if report.outlines is None:
        return None
    try:
        found = load_district_map_of(report.model.id, [d.id for d in report.districts])
    except DistrictMapError:
        return None
    return None if found is None else MapShapes(found.projected())


def map_group(report: Report, shapes: MapShapes, font: QFont) -> FigureGroup:
    """The map as a figure for the page fitting (its title and credit around it)."""
    look = _look(report)
    alone = max(MOST_HEIGHT, _filling_height(shapes, look, font))
    return FigureGroup(
        (
            Figure(
                MAP_NAME,
                MOST_HEIGHT,
                LEAST_HEIGHT,
                alone,
                lambda height: top_strategy_map(report, shapes, font, height),
            ),
        )
    )


def _look(report: Report) -> MapLook:
    return top_strategy_look(
        {d.id: d.ranking[0].strategy for d in report.districts},
        [(s.id, f"{s.id} {s.name}") for s in report.strategies],
        {d.id: d.name for d in report.districts},
        labels(report.language)["top_strategy"],
    )


def _scaled(font: QFont) -> QFont:
    scaled = QFont(font)
    scaled.setPixelSize(PIXEL_SIZE)
    return scaled


def _filling_height(shapes: MapShapes, look: MapLook, font: QFont) -> float:
    """The document pixels at which the districts fill the image's whole width, with the
    legend under them (as drawn on a page of their own)."""
    if shapes.bounds.isEmpty():
        return MOST_HEIGHT
    inner = IMAGE_WIDTH - 2 * MARGIN
    pixels = inner * shapes.bounds.height() / shapes.bounds.width() + 2 * MARGIN
    pixels += _legend_height(look, QFontMetrics(_scaled(font)))
    return pixels * CHART_WIDTH / IMAGE_WIDTH


def _legend_height(look: MapLook, metrics: QFontMetrics) -> float:
    """Pixels the legend takes under the map: its title and rows (as paint_legend spaces them)."""
    return (len(look.legend) + 1) * (metrics.lineSpacing() + 2) + 2 * MARGIN


def top_strategy_map(report: Report, shapes: MapShapes, font: QFont, height: float) -> QImage:
    """The map coloured by each district's top strategy, with its legend, for a box of
    CHART_WIDTH × height document pixels."""
    image = QImage(
        IMAGE_WIDTH, round(IMAGE_WIDTH * height / CHART_WIDTH), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(_scaled(font))
    look, room = _look(report), QRectF(image.rect())
    if height <= MOST_HEIGHT:  # under the overview's table: the legend beside the map
        paint_map(painter, shapes, look, room)
    else:  # a page of its own: the map the whole width, the legend under it
        legend = _legend_height(look, painter.fontMetrics())
        paint_map(painter, shapes, replace(look, legend=()), room.adjusted(0, 0, 0, -legend))
        corner = QPointF(MARGIN, room.bottom() - legend + MARGIN)
        paint_legend(painter, look, corner, room.width() - 2 * MARGIN)
    painter.end()
    return image
