"""Strategy names short enough for a chart's legend or axis (plain text work, no Qt).

Widths are counted in cells of text: a Chinese character takes two, a Latin letter one, so one
limit fits both languages. Cut names end in '…'; the hover text gives the full name.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"
LEGEND_CELLS = 34  # one legend entry: the id and the start of the name
AXIS_LINES = 2  # lines of name under each bar's id
MIN_AXIS_CELLS = 6  # narrower than this, a bar shows its id alone
_TRAILING = " ,.;:，。；：、—-"
_LINE_START_BANNED = "，。；：、）」"


def cells(text: str) -> int:
    if text.isascii():  # every ASCII character takes one cell (most English names)
        return len(text)
    return sum(_char_cells(char) for char in text)


def _char_cells(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def shorten(text: str, width: int) -> str:
    """text within width cells, cut after a whole word where there are words, then '…'."""
    if cells(text) <= width:
        return text
    kept, used = "", cells(ELLIPSIS)  # counted as we go: cells are additive
    for char in text:
        used += _char_cells(char)
        if used > width:
            break
        kept += char
    if " " in kept and not text[len(kept)].isspace():
        kept = kept[: kept.rfind(" ")] or kept  # do not end inside a word
    return kept.rstrip(_TRAILING) + ELLIPSIS


def wrap(text: str, width: int, lines: int) -> list[str]:
    """text in at most lines lines of width cells; the last one cut with '…' if need be.

    No line starts with a closing mark such as '，': the character before it goes down with it,
    so no character is dropped. A word too long for a line ends the label there ("Gover…"
    reads better than "Gover… guida…")."""
    tokens = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    result: list[str] = []
    while tokens and len(result) < lines - 1:
        taken = [tokens.pop(0)]
        while tokens and cells(joiner.join([*taken, tokens[0]])) <= width:
            taken.append(tokens.pop(0))
        while tokens and tokens[0] in _LINE_START_BANNED and len(taken) > 1:
            tokens.insert(0, taken.pop())
        line = joiner.join(taken)
        result.append(shorten(line, width))
        if cells(line) > width:
            return result
    if tokens:
        result.append(shorten(joiner.join(tokens), width))
    return result


def legend_label(ident: str, name: str) -> str:
    """'S1 Build a multi-level cluster…': for a legend, one line."""
    return f"{ident} {shorten(name, LEGEND_CELLS - cells(ident) - 1)}"


def axis_label(ident: str, name: str, width: int) -> str:
    """The id over up to AXIS_LINES lines of name, each within width cells."""
    if width < MIN_AXIS_CELLS:
        return ident
    return "\n".join([ident, *wrap(name, width, AXIS_LINES)])


def full_label(ident: str, name: str) -> str:
    """What a bar chart is given: its axis fits the name to the room it has."""
    return f"{ident}\n{name}"


def one_line(label: str) -> str:
    """A label as one line (for hover texts)."""
    return label.replace("\n", " ")
