"""Edits of the report's document in place: an image's shown height, a page break, a heading
put before a block. Made in place (not by writing the HTML again) so that the breaks that
earlier fitting rounds set stay where they were."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextFormat


def set_height(block: QTextBlock, name: str, height: float) -> None:
    """Show the image of that name in block height document pixels tall."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        shown = fragment.charFormat()
        if shown.isImageFormat() and shown.toImageFormat().name() == name:
            resized = shown.toImageFormat()
            resized.setHeight(round(height))
            cursor = QTextCursor(block.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(resized)
            return
        iterator += 1


def break_before(block: QTextBlock) -> None:
    """Make block begin a new page."""
    page_break = QTextBlockFormat()
    page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(page_break)


def heading_before(block: QTextBlock, like: QTextBlock, text: str) -> None:
    """Put a block of text before block, formatted as the heading like (a new page then begins
    with it when like begins one)."""
    own_format, own_characters = block.blockFormat(), block.charFormat()
    cursor = QTextCursor(block)  # at the block's start: insertBlock moves its text down
    cursor.insertBlock(own_format, own_characters)
    heading = QTextCursor(cursor.block().previous())
    heading.setBlockFormat(like.blockFormat())
    heading.setBlockCharFormat(like.charFormat())
    # a line break of text stays inside the heading's block (insertText makes "\n" a new one)
    heading.insertText(text.replace("\n", "\u2028"), _text_format(like))


def _text_format(block: QTextBlock):
    """The character format of block's first piece of text."""
    iterator = block.begin()
    return iterator.fragment().charFormat() if not iterator.atEnd() else block.charFormat()
