"""Make planner text storable and inert in every export format.

Storable: XML 1.0 (inside XLSX) cannot hold C0 control characters other than tab, line feed
and carriage return, nor U+FFFE/U+FFFF; UTF-8 cannot encode a lone surrogate (which an escaped
"\\ud800" in a session file gives); Unicode's noncharacters (U+FDD0…U+FDEF and the last two
code points of every plane) are not for interchange. Each such character becomes U+FFFD, the
replacement character, so the reader sees where something was; a surrogate pair split into
two code points is joined into the character it encodes. The whole report passes through
``storable_tree`` once, so XLSX, CSV, PDF and JSON hold the same text and one count.

Inert: a spreadsheet runs a cell that starts with =, +, - or @ as a formula, and some also after
a leading tab or carriage return (OWASP, "CSV Injection"); a leading apostrophe makes it text.
"""

from __future__ import annotations

import dataclasses
import html
import re

REPLACEMENT = "\ufffd"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLANE_ENDS = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_UNSTORABLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def storable_text(text: str) -> tuple[str, int]:
    """text with every unstorable character replaced by U+FFFD, and how many were."""
    joined = _SURROGATE_PAIR.sub(_join_pair, text)
    return _UNSTORABLE.subn(REPLACEMENT, joined)


def _join_pair(match: re.Match) -> str:
    high, low = (ord(unit) for unit in match.group())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def storable_tree(value: object) -> tuple[object, int]:
    """value (text, dataclasses, tuples, lists, dicts of them) with all its text storable, and
    the number of characters replaced."""
    replaced = 0

    def clean(item: object) -> object:
        nonlocal replaced
        if isinstance(item, str):
            text, count = storable_text(item)
            replaced += count
            return text
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return dataclasses.replace(
                item,
                **{
                    field.name: clean(getattr(item, field.name))
                    for field in dataclasses.fields(item)
                },
            )
        if isinstance(item, tuple | list):
            return type(item)(clean(part) for part in item)
        if isinstance(item, dict):
            return {clean(key): clean(part) for key, part in item.items()}
        return item

    return clean(value), replaced


def spreadsheet_text(text: str) -> str:
    """text made storable, with an apostrophe in front when a spreadsheet could read it as a
    formula."""
    text, _ = storable_text(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_value(value: object) -> object:
    """A cell value: numbers and None as they are, text made inert."""
    return spreadsheet_text(value) if isinstance(value, str) else value


# Explicit bidi controls: embeddings, overrides and their end (U+202A-202E), isolates
# (U+2066-2069), marks (U+200E, U+200F, U+061C). An unterminated override in a note would
# reverse every later line of the report.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"  # first strong isolate … pop isolate


def bidi_isolated(text: str) -> str:
    """Each line of text without bidi controls, in an isolate of its own: its direction
    follows its own first strong letter and spills onto nothing around it."""
    lines = BIDI_CONTROLS.sub("", text).replace("\r\n", "\n").split("\n")
    return "\n".join(_ISOLATE_START + line + _ISOLATE_END if line else line for line in lines)


def html_text(text: str) -> str:
    """text escaped for HTML and bidi-isolated per line, line breaks kept."""
    return html.escape(bidi_isolated(text), quote=True).replace("\n", "<br/>")
