"""The report as an Excel workbook: a sheet per part, frozen headers, numbers as numbers."""

from __future__ import annotations

import io
import unicodedata

from desktop.export.cell_pieces import CELL_LIMIT, pieces, utf16_length
from desktop.export.content import Report
from desktop.export.labels import labels
from desktop.export.panel_tables import panel_sheet
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
    spill = Spill(labels(report.language))
    for sheet in _with_panel(sheets(report), panel_sheet(report)):
        _write_sheet(workbook.create_sheet(sheet.title[:_SHEET_NAME_LIMIT]), sheet, spill)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_panel(every: tuple[Sheet, ...], panel: Sheet | None) -> tuple[Sheet, ...]:
    """The panel's sheet right after the summary, when the session has a panel."""
    return every if panel is None else (every[0], panel, *every[1:])


class Spill:
    """Rows whose text is too long for a cell, spread over as many rows as it takes: each
    piece but the last says that it continues in the next row, each but the first which part
    it is. Nothing is cut away."""

    def __init__(self, text: dict[str, str]):
        self.continues, self.continued = text["cell_continues"], text["cell_continued"]
        # Room for both marks (at their longest), their spaces and a formula-guard apostrophe.
        marks = utf16_length(
            self.continues.format(part=10**6, parts=10**6)
            + self.continued.format(part=10**6, parts=10**6)
        )
        self.piece_limit = CELL_LIMIT - marks - 3

    def rows(self, values: tuple) -> list[tuple]:
        split = [pieces(v, self.piece_limit) if _too_long(v) else [v] for v in values]
        count = max((len(parts) for parts in split), default=1)
        if count == 1:
            return [values]
        return [tuple(self._part(parts, index) for parts in split) for index in range(count)]

    def _part(self, parts: list, index: int) -> object:
        if index >= len(parts):
            return None
        if len(parts) == 1:
            return parts[0]
        text = parts[index]
        if index:
            text = f"{self.continued.format(part=index + 1, parts=len(parts))} {text}"
        if index < len(parts) - 1:
            text = f"{text} {self.continues.format(part=index + 1, parts=len(parts))}"
        return text


def _too_long(value: object) -> bool:
    """Text that does not fit a cell, counting a formula-guard apostrophe."""
    return isinstance(value, str) and utf16_length(value) > CELL_LIMIT - 1


def _write_sheet(worksheet, sheet: Sheet, spill: Spill) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    widths: dict[int, int] = {}
    row = 1
    for index, table in enumerate(sheet.tables):
        if index and not table.rows:
            continue  # an empty second table (no planner edits) says nothing
        _append(worksheet, row, table.headers, widths, bold)
        for values in table.rows:
            for spilled in spill.rows(values):
                row += 1
                _append(worksheet, row, spilled, widths, None)
        row += 2
    worksheet.freeze_panes = "A2"
    for column, width in widths.items():
        letter = worksheet.cell(row=1, column=column).column_letter
        worksheet.column_dimensions[letter].width = min(
            max(width + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH
        )
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
