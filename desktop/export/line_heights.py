"""Lines of a fixed height for the PDF report, so that its pages break alike with any font.

Qt spaces lines by the font's ascent and descent: Noto CJK's lines are a third taller than
WenQuanYi's, which pushed each district's last chart onto a page of its own. A height set by
the point size alone leaves only line wrapping to the font.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFragment

LINE_SPACING = 1.2  # line height as a multiple of the point size
_PIXELS_PER_POINT = 96 / 72  # the document lays out in pixels of 1/96 inch


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def _largest_point_size(block: QTextBlock, default: float) -> float:
    sizes = [fragment.charFormat().fontPointSize() for fragment in _fragments(block)]
    return max([size for size in sizes if size > 0], default=default)


def _holds_image(block: QTextBlock) -> bool:
    return any(fragment.charFormat().isImageFormat() for fragment in _fragments(block))


def fix_line_heights(document: QTextDocument) -> None:
    """Give every line of text (table cells too) a height set by its point size, not by the
    font; lines holding a chart keep the image's own height."""
    default = document.defaultFont().pointSizeF()
    block = document.begin()
    while block.isValid():
        if not _holds_image(block):
            height = LINE_SPACING * _PIXELS_PER_POINT * _largest_point_size(block, default)
            block_format = QTextBlockFormat()
            block_format.setLineHeight(height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            QTextCursor(block).mergeBlockFormat(block_format)
        block = block.next()
