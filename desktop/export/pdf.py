"""The report as an A4 PDF: QTextDocument's HTML printed by QPdfWriter into memory.

Qt embeds the fonts it uses as subsets with their Unicode maps, so Chinese text stays
searchable; the fonts are chosen explicitly (``report_fonts``: a shipped Latin face, then a CJK
family by name) so that no glyph falls back to an empty box, and the text layer is put right afterwards (``text_layer``). Lines have a
height fixed by their point size (``line_heights``), so the pages break alike with any font.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from desktop.export.charts import acceptability_chart, contribution_chart
from desktop.export.content import Report
from desktop.export.labels import labels
from desktop.export.line_heights import fix_line_heights
from desktop.export.panel_html import panel_pages
from desktop.export.report_fonts import glyph_aliases, report_faces, report_font
from desktop.export.report_html import MAP_NAME, chart_name, report_html
from desktop.export.report_map import (
    LEAST_HEIGHT,
    MOST_HEIGHT,
    fitted_height,
    map_shapes,
    top_strategy_map,
)
from desktop.export.text_layer import with_true_text

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
_MARGIN_MM = 0.0  # QTextDocument.print_ keeps a margin of 2 cm itself

_application: QGuiApplication | None = None  # made here only when no Qt application runs


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new one (the command line has none)."""
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    _application = QApplication(["cluster-planner"])
    return _application


def report_document(report: Report, device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The laid-out document with its charts (and the districts' map, fitted to the room its
    page has when printed on device) as image resources."""
    font = report_font()
    charts = {
        chart_name(kind, district.id): draw(report, district, font)
        for district in report.districts
        for kind, draw in (
            ("contributions", contribution_chart),
            ("acceptability", acceptability_chart),
        )
    }
    shapes = map_shapes(report)
    height = None if shapes is None else LEAST_HEIGHT
    document = _document(report, font, charts, height)
    if shapes is None:
        return document
    if device is not None:
        fitted = fitted_height(document, device, LEAST_HEIGHT)
        own_page = fitted is None  # no room left under the overview: a page of its own
        height = MOST_HEIGHT if fitted is None else fitted
        document = _document(report, font, charts, height, own_page)
    map_image = top_strategy_map(report, shapes, font, height)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_NAME), map_image)
    return document


def _document(
    report: Report,
    font: QFont,
    images: dict[str, QImage],
    map_height: float | None,
    map_own_page: bool = False,
) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report_html(report, map_height, map_own_page, panel_pages(report)))
    fix_line_heights(document)
    return document


def pdf_bytes(report: Report) -> bytes:
    """The PDF file's bytes."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*(4 * [_MARGIN_MM])),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(labels(report.language)["title"])
    writer.setCreator(f"Cluster Strategy Planner {report.app_version}")
    document = report_document(report, writer)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    aliases = glyph_aliases(report_faces(document.defaultFont()), document.toPlainText())
    return with_true_text(bytes(data.data()), aliases)
