"""Export a chart widget (any QWidget, pyqtgraph's included) to PNG or SVG, or draw it to an image.

SVG is written through QSvgGenerator: pyqtgraph's own SVG exporter is broken with current Qt.
The widget is laid out at the size asked for while it is drawn, then put back, so a chart can be
exported larger or smaller than it is on screen without stretched text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

SUFFIXES = (".png", ".svg")


class ChartExportError(ValueError):
    """The file name has a suffix we cannot write, or the file could not be written."""


def chart_image(
    widget: QWidget, width: int | None = None, height: int | None = None, scale: float = 1.0
) -> QImage:
    """The widget drawn at width × height (default: its size), scale device pixels per pixel."""
    size = _size(widget, width, height)
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    with _laid_out_at(widget, size):
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        widget.render(painter)
        painter.end()
    return image


def export_png(
    widget: QWidget,
    path: Path | str,
    width: int | None = None,
    height: int | None = None,
    scale: float = 2.0,
) -> Path:
    """Write the widget as a PNG (twice its pixel size by default, sharp in print)."""
    target = Path(path)
    if not chart_image(widget, width, height, scale).save(str(target), "PNG"):
        raise ChartExportError(f"could not write {target}")
    return target


def export_svg(
    widget: QWidget,
    path: Path | str,
    width: int | None = None,
    height: int | None = None,
    title: str = "",
) -> Path:
    """Write the widget as an SVG drawing (vector lines and text)."""
    target = Path(path)
    size = _size(widget, width, height)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    with _laid_out_at(widget, size):
        painter = QPainter()
        if not painter.begin(generator):
            raise ChartExportError(f"could not write {target}")
        widget.render(painter)
        painter.end()
    return target


def export_chart(
    widget: QWidget, path: Path | str, width: int | None = None, height: int | None = None
) -> Path:
    """Write the widget to path as PNG or SVG, chosen by the suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        return export_png(widget, path, width, height)
    if suffix == ".svg":
        return export_svg(widget, path, width, height)
    raise ChartExportError(
        f"cannot export to {suffix or 'a file without suffix'}: use one of {', '.join(SUFFIXES)}"
    )


def _size(widget: QWidget, width: int | None, height: int | None) -> QSize:
    current = widget.size()
    return QSize(width or current.width(), height or current.height())


@contextmanager
def _laid_out_at(widget: QWidget, size: QSize) -> Iterator[None]:
    """Resize the widget for the drawing and restore it after (no event loop runs between);
    meanwhile items cached as pixmaps on screen draw themselves (text stays text in an SVG)."""
    before = widget.size()
    _resize_now(widget, size)
    cached = _uncache(widget)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        _resize_now(widget, before)


def _uncache(widget: QWidget) -> list[tuple[QGraphicsItem, QGraphicsItem.CacheMode]]:
    """Turn off the pixmap cache of every item the widget shows; returns what to restore."""
    views = [widget] if isinstance(widget, QGraphicsView) else []
    views += widget.findChildren(QGraphicsView)
    items = [item for view in views if view.scene() for item in view.scene().items()]
    cached = [(item, item.cacheMode()) for item in items]
    cached = [(item, mode) for item, mode in cached if mode != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return cached


def _resize_now(widget: QWidget, size: QSize) -> None:
    """Resize and lay out at once, also when the widget is hidden (Qt would wait until shown)."""
    widget.resize(size)
    if not widget.isVisible():
        # Hidden widgets get their resize events only when shown: send them now, parents
        # first, so that each lays out its children (a view its viewport) before they draw.
        for part in [widget, *widget.findChildren(QWidget)]:
            QCoreApplication.sendEvent(part, QResizeEvent(part.size(), part.size()))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
