"""The report's pages as QTextDocument.print_ will lay them out, measured before printing.

print_ gives a writer without margins 2 mm of them, then lays out a copy of the document with
2 cm more around each page. The writer here is given its 2 mm first (``PRINTER_MARGIN_MM``), so
that a copy laid out below for the same device breaks its pages exactly where print_ does:
room on a page is measured, not guessed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextBlock, QTextDocument, QTextFormat

PRINTER_MARGIN_MM = 2.0  # what print_ would give a writer of zero margins
PAPER_MARGIN_CM = 2.0  # what print_ keeps around each page inside those
DOCUMENT_DPI = 96  # the document's own pixels: image sizes in the HTML count in them
_ENDLESS = 1e9  # a page height no document reaches: one page, no breaks


def _margin(dpi: float) -> int:
    return int(PAPER_MARGIN_CM / 2.54 * dpi)


def printed_layout(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of document paginated for device the way print_ does it."""
    return _laid_out_copy(document, device, device.height())


def endless_layout(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy laid out like printed_layout's but on one endless page: heights without the
    gaps that page breaks leave."""
    return _laid_out_copy(document, device, _ENDLESS)


def _laid_out_copy(
    document: QTextDocument, device: QPagedPaintDevice, height: float
) -> QTextDocument:
    copy = document.clone()
    copy.documentLayout().setPaintDevice(device)
    frame = copy.rootFrame().frameFormat()
    frame.setMargin(_margin(DOCUMENT_DPI))
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), height))
    copy.documentLayout().documentSize()  # lays it out now
    return copy


@dataclass(frozen=True)
class Pages:
    """Where the pages of a printed layout begin and end (in its own units: device pixels)."""

    height: float  # of a whole page
    margin: float  # kept free at the top and at the foot of each page
    scale: float  # units per document pixel

    @classmethod
    def of(cls, layout: QTextDocument, device: QPagedPaintDevice) -> Pages:
        scale = device.logicalDpiY() / DOCUMENT_DPI
        return cls(layout.pageSize().height(), _margin(DOCUMENT_DPI) * scale, scale)

    @property
    def room(self) -> float:
        """The height a page gives its text."""
        return self.height - 2 * self.margin

    def index(self, y: float) -> int:
        """The page (from 0) that the point y is on; a block ending exactly at a page's foot
        counts on that page."""
        return int(max(y - 1e-6, 0) // self.height)

    def start(self, page: int) -> float:
        """The highest y text may take on page."""
        return page * self.height + self.margin

    def end(self, page: int) -> float:
        """The lowest y text may reach on page."""
        return (page + 1) * self.height - self.margin


def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


_OBJECT = "\ufffc"  # the character that stands for an image in a block's text


def image_names(block: QTextBlock) -> list[str]:
    """The names of the images block holds, in order."""
    if _OBJECT not in block.text():
        return []
    names = []
    iterator = block.begin()
    while not iterator.atEnd():
        found = iterator.fragment().charFormat()
        if found.isImageFormat():
            names.append(found.toImageFormat().name())
        iterator += 1
    return names


def image_blocks(document: QTextDocument) -> dict[str, int]:
    """The number of the block that holds each image, by the image's name."""
    return {name: b.blockNumber() for b in blocks(document) for name in image_names(b)}


def image_block(document: QTextDocument, name: str) -> QTextBlock:
    """The block holding the image of that name (an invalid block if none)."""
    return next((b for b in blocks(document) if name in image_names(b)), QTextBlock())


def starts_a_page(block: QTextBlock) -> bool:
    """Whether block is set to begin a new page (the report's page breaks)."""
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def top(layout: QTextDocument, block: QTextBlock) -> float:
    """Where block's first line begins. Lines, not the block's bounding rectangle: a line that
    a page break pushed down keeps its block's rectangle where the block began."""
    lines = block.layout()
    first = lines.lineAt(0).y() if lines.lineCount() else 0.0
    return layout.documentLayout().blockBoundingRect(block).top() + first


def bottom(layout: QTextDocument, block: QTextBlock) -> float:
    """Where block's last line ends (see top)."""
    lines = block.layout()
    rectangle = layout.documentLayout().blockBoundingRect(block)
    if not lines.lineCount():
        return rectangle.bottom()
    last = lines.lineAt(lines.lineCount() - 1)
    return rectangle.top() + last.y() + last.height()
