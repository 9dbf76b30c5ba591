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


def html_text(text: str) -> str:
    """text escaped for HTML, line breaks kept."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br/>")
