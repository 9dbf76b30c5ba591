"""The report as an Excel workbook: a sheet per part, frozen headers, numbers as numbers."""

from __future__ import annotations

import io
import unicodedata

from desktop.export.content import Report
from desktop.export.safe_text import spreadsheet_value
from desktop.export.tables import Sheet, sheets

MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 8
# Excel cuts sheet names at 31 characters.
_SHEET_NAME_LIMIT = 31


def xlsx_bytes(report: Report) -> bytes:
    """The workbook's bytes (openpyxl is imported here: it takes a while to load)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets(report):
        _write_sheet(workbook.create_sheet(sheet.title[:_SHEET_NAME_LIMIT]), sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(worksheet, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    widths: dict[int, int] = {}
    row = 1
    for index, table in enumerate(sheet.tables):
        if index and not table.rows:
            continue  # an empty second table (no planner edits) says nothing
        _append(worksheet, row, table.headers, widths, bold)
        for values in table.rows:
            row += 1
            _append(worksheet, row, values, widths, None)
        row += 2
    worksheet.freeze_panes = "A2"
    for column, width in widths.items():
        letter = worksheet.cell(row=1, column=column).column_letter
        worksheet.column_dimensions[letter].width = min(max(width + 2, MIN_COLUMN_WIDTH),
                                                        MAX_COLUMN_WIDTH)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in worksheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and _display_width(cell.value) > MAX_COLUMN_WIDTH:
                cell.alignment = wrap


def _append(worksheet, row: int, values: tuple, widths: dict[int, int], font) -> None:
    for column, value in enumerate(values, start=1):
        cell = worksheet.cell(row=row, column=column, value=spreadsheet_value(value))
        if font is not None:
            cell.font = font
        widths[column] = max(widths.get(column, 0), _display_width(_shown(value)))


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


def _display_width(text: str) -> int:
    """Columns the text takes: Chinese characters are twice as wide as Latin ones."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

