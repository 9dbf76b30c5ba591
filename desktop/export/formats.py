"""The export formats, one row each: the one place to add a format.

The window's file dialog, its messages, the export service and the command line's help and
checks all read this table. A renderer is named, not imported, so that listing the formats
costs nothing (the PDF renderer pulls in Qt).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.export.content import Report


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for Qt's translation files; the window translates it where it shows it."""
    return text


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its extension, who writes it and how it is named to the planner."""

    suffix: str  # lower case, with its dot
    renderer: str  # "module:function", a function Report -> bytes
    label: str  # the file dialog's name for it (the window translates it)
    help: str  # what the command line's help says of it (desktop/cli_language.py translates it)
    drawn_by_qt: bool = False  # needs Qt (fonts, painting) even on the command line

    def render(self, report: Report) -> bytes:
        """The file's bytes for report."""
        return self.renderer_function()(report)

    def renderer_function(self) -> Callable[[Report], bytes]:
        module, _, function = self.renderer.partition(":")
        return getattr(importlib.import_module(module), function)

    @property
    def filter_pattern(self) -> str:
        return f"*{self.suffix}"


FORMATS: tuple[ExportFormat, ...] = (  # the first is the default
    ExportFormat(
        ".xlsx",
        "desktop.export.xlsx:xlsx_bytes",
        QT_TRANSLATE_NOOP("ExportAction", "Excel workbook"),
        "an Excel workbook",
    ),
    ExportFormat(
        ".csv",
        "desktop.export.csv_export:csv_bytes",
        QT_TRANSLATE_NOOP("ExportAction", "CSV table of the ranking"),
        "a CSV table of the ranking",
    ),
    ExportFormat(
        ".pdf",
        "desktop.export.pdf:pdf_bytes",
        QT_TRANSLATE_NOOP("ExportAction", "PDF report"),
        "a PDF report",
        drawn_by_qt=True,
    ),
    ExportFormat(
        ".json",
        "desktop.export.json_export:json_bytes",
        QT_TRANSLATE_NOOP("ExportAction", "JSON data"),
        "JSON data",
    ),
)


def suffixes() -> tuple[str, ...]:
    """Every export extension, the default first."""
    return tuple(entry.suffix for entry in FORMATS)


def format_for(suffix: str) -> ExportFormat | None:
    """The format of suffix (any case), or None."""
    return next((entry for entry in FORMATS if entry.suffix == suffix.lower()), None)
