"""Text longer than a spreadsheet cell holds, cut into pieces that fit, at a line break or a
space near the end of each piece when there is one, never inside a character."""

from __future__ import annotations

# Excel's most characters in a cell; it counts UTF-16 code units (a character outside the
# Basic Multilingual Plane, such as most emoji, takes two).
CELL_LIMIT = 32_767
# How far back from a piece's end to look for a line break or a space to cut at.
BREAK_WINDOW = 2_000


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def pieces(text: str, limit: int) -> list[str]:
    """text as consecutive pieces of at most limit UTF-16 code units; joined they are text."""
    if limit < 2:
        raise ValueError(f"a piece of {limit} code units cannot hold every character")
    result = []
    while utf16_length(text) > limit:
        cut = _cut_position(text, limit)
        result.append(text[:cut])
        text = text[cut:]
    result.append(text)
    return result


def _cut_position(text: str, limit: int) -> int:
    end = _longest_prefix(text, limit)
    window_start = max(1, end - BREAK_WINDOW)
    for separator in ("\n", " "):
        found = text.rfind(separator, window_start, end)
        if found >= 0:
            return found + 1  # the separator ends the piece
    return end


def _longest_prefix(text: str, limit: int) -> int:
    """The most characters from the start that take at most limit code units."""
    end = limit
    while (excess := utf16_length(text[:end]) - limit) > 0:
        # Each character takes one or two units: dropping half the excess (rounded up) never
        # drops a character that fits by more than one unit, and never the first.
        end -= (excess + 1) // 2
    return end
