"""Make planner text inert: no spreadsheet formulas in XLSX or CSV, no markup in the PDF.

A spreadsheet runs a cell that starts with =, +, - or @ as a formula, and some also after a
leading tab or carriage return (OWASP, "CSV Injection"); a leading apostrophe makes it text.
"""

from __future__ import annotations

import html
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters an XLSX file cannot hold (XML 1.0); tab, line feed and CR are allowed.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def spreadsheet_text(text: str) -> str:
    """text without unstorable control characters, with an apostrophe in front when a
    spreadsheet could read it as a formula."""
    text = _UNSTORABLE.sub("", text)
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
