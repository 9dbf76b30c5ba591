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

from desktop.export.content import Report
from desktop.export.district_figures import district_groups
from desktop.export.labels import labels
from desktop.export.line_heights import fix_line_heights
from desktop.export.page_fit import FigureGroup, fit_pages
from desktop.export.panel_html import panel_pages
from desktop.export.printed_layout import PRINTER_MARGIN_MM
from desktop.export.report_fonts import glyph_aliases, report_faces, report_font
from desktop.export.report_html import MAP_NAME, report_html
from desktop.export.report_map import map_group, map_shapes
from desktop.export.text_layer import with_true_text

RESOLUTION = 300  # dots per inch of the PDF's coordinate system

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
    """The laid-out document with its charts and the districts' map as image resources; with
    a device, fitted to its pages (export/page_fit.py): every figure group on one page, no
    heading left at a page's foot."""
    font = report_font()
    groups = district_groups(report, font)
    shapes = map_shapes(report)
    if shapes is not None:
        groups.insert(0, map_group(report, shapes, font))
    document = _document(report, font, groups, shapes is not None)
    figures = [figure for group in groups for figure in group.figures]
    heights = {figure.name: figure.natural for figure in figures}
    if device is not None:
        heights = fit_pages(document, device, groups)
    for figure in figures:  # drawn once, at the height fitted
        image = figure.draw(heights[figure.name])
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(figure.name), image)
    return document


def _document(
    report: Report, font: QFont, groups: list[FigureGroup], with_map: bool
) -> QTextDocument:
    """The report with every figure shown at its natural height (each image a placeholder
    until drawn: the layout takes the sizes the HTML gives)."""
    figures = [figure for group in groups for figure in group.figures]
    heights = {figure.name: figure.natural for figure in figures}
    document = QTextDocument()
    document.setDefaultFont(font)
    placeholder = QImage(1, 1, QImage.Format.Format_RGB32)
    for figure in figures:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(figure.name), placeholder
        )
    map_height = heights.get(MAP_NAME) if with_map else None
    document.setHtml(report_html(report, map_height, panel_pages(report), heights))
    fix_line_heights(document)
    return document


def report_writer(buffer: QBuffer) -> QPdfWriter:
    """A writer of A4 pages into buffer (opened here), at the report's resolution, with the
    margins print_ would give it set beforehand so that the layout measured is the printed
    one."""
    ensure_application()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*(4 * [PRINTER_MARGIN_MM])),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def pdf_bytes(report: Report) -> bytes:
    """The PDF file's bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    writer = report_writer(buffer)
    writer.setTitle(labels(report.language)["title"])
    writer.setCreator(f"Cluster Strategy Planner {report.app_version}")
    document = report_document(report, writer)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    aliases = glyph_aliases(report_faces(document.defaultFont()), document.toPlainText())
    return with_true_text(bytes(data.data()), aliases)
