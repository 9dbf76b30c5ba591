"""The cells of a data workbook (XLSX) as texts, with the cells that cannot be trusted.

calamine (python-calamine, a Rust reader) reads the values: a 100,000-row sheet in a few
seconds where openpyxl took 14. What calamine does not say is read from the sheet's XML
(``sheet_xml``): formulas, Excel error values and percent formats. A sheet with a formula in
its data rows, or a cell the XML does not place, is read again through openpyxl, which gives
each formula's text for the refusal ("holds a formula (=A1+B1)"); such a file is refused anyway.

Every cell becomes text as in a CSV: numbers as Python writes them (integers without ".0"), a
percent-formatted number as "21.12%", a date as "2017-05-01", TRUE/FALSE, an error as "#DIV/0!".
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import openpyxl
import python_calamine
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from strategies.district_data.columns import (
    HEADER_SEARCH_ROWS,
    column_letter,
    header_row,
    required_names,
)
from strategies.district_data.problems import DataFileError, Location, Problem, problem
from strategies.district_data.sheet_xml import (
    MAX_CELLS,
    MAX_SHEET_BYTES,
    SheetTooLarge,
    UnlocatedCell,
    check_extent,
    is_percent_format,
    sheet_marks,
)

PREFERRED_SHEETS = ("data", "数据")
_MERGED = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


@dataclass(frozen=True)
class SheetCells:
    """A sheet's rows of texts (row 1 first, column A first), its formulas by (row, column)
    and its merged ranges as (first row, last row, first column letter, "A1:B2")."""

    sheet: str
    rows: list[list[str]]
    formulas: dict[tuple[int, int], str]
    merged: list[tuple[int, int, str, str]]


def workbook_cells(data: bytes, where: Location) -> SheetCells:
    """The cells of the data sheet (the one named data/数据 if it has a header row, else the
    first that has one); DataFileError when there is none or the file is not a readable
    workbook."""
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        archive = zipfile.ZipFile(io.BytesIO(data))
        sheet = _data_sheet(book, archive, where)
        rows = sheet.to_python(skip_empty_area=False)
        marks = sheet_marks(archive, sheet.name)
    except DataFileError:
        raise
    except UnlocatedCell:
        return _openpyxl_cells(data, where)
    except Exception as error:  # any of the reader's errors: one plain refusal
        raise DataFileError(where, _unreadable(error)) from None
    header = (header_row([_texts(r) for r in rows[:HEADER_SEARCH_ROWS]]) or 0) + 1
    if any(row > header for row in marks.formula_rows):
        return _openpyxl_cells(data, where)
    formulas: dict[tuple[int, int], str] = {}
    texts = []
    for number, row in enumerate(rows, start=1):
        line = []
        for column, value in enumerate(row):
            if isinstance(value, str) and value.startswith("=") and len(value) > 1:
                formulas[(number, column)] = value  # a formula typed as text
                line.append("")
            else:
                percent = (number, column) in marks.percent
                line.append(marks.errors.get((number, column)) or _text(value, percent))
        texts.append(line)
    merged = [_merged(first, last) for first, last in sheet.merged_cell_ranges or ()]
    return SheetCells(sheet.name, texts, formulas, merged)


def _unreadable(error: Exception) -> Problem:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return problem("is not a readable Excel workbook ({reason})", reason=reason[:160])


def _data_sheet(book: Any, archive: zipfile.ZipFile, where: Location) -> Any:
    worksheets = [
        meta.name
        for meta in book.sheets_metadata
        if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
    ]
    ordered = sorted(worksheets, key=lambda name: name.strip().lower() not in PREFERRED_SHEETS)
    for name in ordered:
        _refuse_too_large(archive, name, where)
        sheet = book.get_sheet_by_name(name)
        top = sheet.to_python(skip_empty_area=False, nrows=HEADER_SEARCH_ROWS)
        if header_row([_texts(row) for row in top]) is not None:
            return sheet
    raise DataFileError(where, _no_sheet(", ".join(worksheets)))


def _refuse_too_large(archive: zipfile.ZipFile, name: str, where: Location) -> None:
    try:
        check_extent(archive, name)
    except SheetTooLarge as large:
        here = Location(where.file, name)
        if large.unpacked:
            raise DataFileError(
                here,
                problem(
                    "unpacks to {size} MB, more than the {limit} MB read: split the file",
                    size=large.unpacked >> 20,
                    limit=MAX_SHEET_BYTES >> 20,
                ),
            ) from None
        raise DataFileError(
            here,
            problem(
                "reaches cell {cell} ({rows} rows × {columns} columns, more than the {limit} "
                "cells read): delete what lies beyond the table",
                cell=large.cell,
                rows=large.rows,
                columns=large.columns,
                limit=MAX_CELLS,
            ),
        ) from None


def _no_sheet(names: str) -> Problem:
    return problem(
        "has no sheet with the columns {columns} (sheets: {sheets})",
        columns=required_names(),
        sheets=names,
    )


def _merged(first: tuple[int, int], last: tuple[int, int]) -> tuple[int, int, str, str]:
    start, end = (
        f"{column_letter(first[1])}{first[0] + 1}",
        f"{column_letter(last[1])}{last[0] + 1}",
    )
    return first[0] + 1, last[0] + 1, column_letter(first[1]), f"{start}:{end}"


def _texts(row: Sequence[object]) -> list[str]:
    return [_text(value, False) for value in row]


def _text(value: object, percent: bool) -> str:
    """A cell's value written as text (see the module's docstring)."""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, datetime.datetime):  # Excel turns a typed "2017-05" into a date
        return value.date().isoformat() if value.time() == datetime.time() else str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _number_text(value, percent)
    return "" if value is None else str(value)


def _number_text(value: float, percent: bool) -> str:
    if percent:  # Excel keeps 21.12% as 0.2112
        return f"{float(f'{value * 100:.12g}')!r}%"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# ---- openpyxl: the formulas' texts ------------------------------------------------------------


def _openpyxl_cells(data: bytes, where: Location) -> SheetCells:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise DataFileError(where, _unreadable(error)) from None
    try:
        sheet = _openpyxl_sheet(book, where)
        formulas: dict[tuple[int, int], str] = {}
        rows = [
            _openpyxl_texts(cells, number, formulas)
            for number, cells in enumerate(sheet.iter_rows(), start=1)
        ]
        merged = _openpyxl_merged(book, sheet)
        return SheetCells(sheet.title, rows, formulas, merged)
    except DataFileError:
        raise
    except Exception as error:  # a damaged part inside the zip
        raise DataFileError(where, _unreadable(error)) from None
    finally:
        book.close()


def _openpyxl_sheet(book: Any, where: Location) -> Any:
    sheets = sorted(book.worksheets, key=lambda s: s.title.strip().lower() not in PREFERRED_SHEETS)
    for sheet in sheets:
        top = sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
        if header_row([_texts(row) for row in top]) is not None:
            return sheet
    raise DataFileError(where, _no_sheet(", ".join(s.title for s in book.worksheets)))


def _openpyxl_texts(cells: Sequence, row: int, formulas: dict[tuple[int, int], str]) -> list[str]:
    texts = []
    for column, cell in enumerate(cells):
        value = cell.value
        if getattr(cell, "data_type", "") == "f" or (
            isinstance(value, str) and value.startswith("=") and len(value) > 1
        ):
            formulas[(row, column)] = str(getattr(value, "text", value))
            texts.append("")
        else:
            texts.append(_text(value, is_percent_format(getattr(cell, "number_format", "") or "")))
    return texts


def _openpyxl_merged(book: Any, sheet: Any) -> list[tuple[int, int, str, str]]:
    """Merged ranges; read_only openpyxl does not parse them, so they come from the XML."""
    xml = book._archive.read(sheet._worksheet_path)  # noqa: SLF001 (no public door in read_only)
    found = []
    for ref in _MERGED.findall(xml):
        cells = ref.decode()
        low_col, low_row, _, high_row = range_boundaries(cells)
        found.append((low_row, high_row, column_letter(low_col - 1), cells))
    return found
