"""The PDF overview page's map: each district in its top strategy's colour, drawn offscreen
by the window's own map painting (desktop/map_painting.py) into an image as tall as the room
the overview page has left below its table (measured, not guessed: warnings and long names
make that table taller)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPainter, QTextDocument

from desktop.export.content import Report
from desktop.export.labels import labels
from desktop.export.report_html import CHART_WIDTH, MAP_NAME
from desktop.map_painting import MapShapes, paint_map, top_strategy_look
from strategies.district_map import DistrictMapError, load_district_map_of

# Document pixels (1/96 in) of the map's height at the text column's width (CHART_WIDTH): at
# most about 5 cm; below the least the names crowd, and the map goes on below (a page more).
MOST_HEIGHT, LEAST_HEIGHT = 190.0, 100.0
# Room kept free under the credit line (about 1.5 cm): print_'s own layout puts a page's
# foot a little higher than the copy measured here (by 0.3-0.4 cm in the hostile session's
# English report) and fonts of other set-ups set text a little lower.
SLACK = 56.0
PAPER_MARGIN_CM = 2.0  # what QTextDocument.print_ keeps around each page
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


def top_strategy_map(report: Report, shapes: MapShapes, font: QFont, height: float) -> QImage:
    """The map coloured by each district's top strategy, with its legend, for a box of
    CHART_WIDTH × height document pixels."""
    text = labels(report.language)
    look = top_strategy_look(
        {d.id: d.ranking[0].strategy for d in report.districts},
        [(s.id, f"{s.id} {s.name}") for s in report.strategies],
        {d.id: d.name for d in report.districts},
        text["top_strategy"],
    )
    image = QImage(
        IMAGE_WIDTH, round(IMAGE_WIDTH * height / CHART_WIDTH), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    scaled = QFont(font)
    scaled.setPixelSize(PIXEL_SIZE)
    painter.setFont(scaled)
    paint_map(painter, shapes, look, QRectF(image.rect()))
    painter.end()
    return image


def fitted_height(
    document: QTextDocument, device: QPagedPaintDevice, height: float
) -> float | None:
    """The map's height that fills the room left on the page where the map starts, given
    document laid out with the map height tall (as QTextDocument.print_ lays out a copy for
    device); None when not even the least height fits there (the map then takes a page of its
    own, instead of pushing its credit line onto the next page)."""
    layout = printed_layout(document, device)
    block = _map_block(layout)
    credit = block.next()
    if not credit.isValid():
        return height
    page = layout.pageSize().height()
    places = layout.documentLayout()
    top, bottom = places.blockBoundingRect(block).top(), places.blockBoundingRect(credit).bottom()
    scale = device.logicalDpiY() / 96
    page_end = (top // page + 1) * page - _margin(96) * scale  # of the map's first page
    fitted = min(MOST_HEIGHT, height + (page_end - bottom) / scale - SLACK)
    return None if fitted < LEAST_HEIGHT else fitted


def printed_layout(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of document paginated for device the way QTextDocument.print_ does it: margins
    of 2 cm (in 96 dpi units, scaled by the layout), the device's page size."""
    copy = document.clone()
    copy.documentLayout().setPaintDevice(device)
    frame = copy.rootFrame().frameFormat()
    frame.setMargin(_margin(96))
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def _margin(dpi: float) -> int:
    return int(PAPER_MARGIN_CM / 2.54 * dpi)


def _map_block(document: QTextDocument):
    """The block holding the map's image (an invalid block if none)."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            found = iterator.fragment().charFormat()
            if found.isImageFormat() and found.toImageFormat().name() == MAP_NAME:
                return block
            iterator += 1
        block = block.next()
    return block
