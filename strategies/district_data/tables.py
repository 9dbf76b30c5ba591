"""A data file (XLSX or CSV) as a table of texts under canonical column names.

Every cell becomes text (numbers as Python writes them, a percent-formatted Excel number as
"21.12%"), so that XLSX and CSV go through one set of checks. Cells that cannot be trusted
(formulas, merged ranges) are refused here, with their place.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from strategies.district_data.columns import ALIASES, COLUMNS, REQUIRED, column_letter, header_key
from strategies.district_data.encoding import decoded
from strategies.district_data.problems import DataFileError, Location, Problem, Refusal, problem

MAX_FILE_BYTES = 64 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # a title or a note may stand above the header row
PREFERRED_SHEETS = ("data", "数据")
_MERGED = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


@dataclass(frozen=True)
class Table:
    """The data rows: one text column per canonical name, and "row" (the file's row number)."""

    file: str
    sheet: str
    frame: pd.DataFrame
    columns: dict[str, str]  # canonical name → "J (数值)": the letter and header as written
    refused: tuple[Refusal, ...]  # cells refused while reading (formulas, merged cells)
    ignored_columns: tuple[str, ...]

    def where(self, row: int, column: str = "") -> Location:
        return Location(self.file, self.sheet, row, self.columns.get(column, column))


def read_table(path: Path, encoding: str | None = None) -> Table:
    """The table of a data file; DataFileError when the file as a whole cannot be read."""
    where = Location(path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DataFileError(
            where, problem("cannot be read ({reason})", reason=error.strerror)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise DataFileError(where, problem("is larger than {limit} MB", limit=MAX_FILE_BYTES >> 20))
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise DataFileError(where, problem("is empty"))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DataFileError(
            where,
            problem(
                "is an old Excel 97–2003 (.xls) file or a workbook with a password: save it as "
                ".xlsx without a password"
            ),
        )
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_table(data, where)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise DataFileError(
            where, problem("is named {suffix} but is not an Excel workbook", suffix=path.suffix)
        )
    return _csv_table(decoded(data, where, encoding), where)


def _csv_table(text: str, where: Location) -> Table:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    separator = max((",", "\t", ";"), key=first.count)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=separator,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        raise DataFileError(where, problem("is empty")) from None
    except pd.errors.ParserError as error:
        raise DataFileError(where, _parser_problem(str(error))) from None
    rows = [list(map(str, r)) for r in frame.itertuples(index=False, name=None)]
    return _table(where, rows, range(1, len(rows) + 1), {})


def _parser_problem(message: str) -> Problem:
    """pandas' complaint about a CSV in our words, with the line it names."""
    line = re.search(r"(?:line|row) (\d+)", message)
    number = line.group(1) if line else "?"
    if "EOF inside string" in message and line:  # pandas counts these rows from 0
        return problem(
            "is not a table: a quote opened in line {line} is never closed",
            line=int(line.group(1)) + 1,
        )
    if "Expected" in message:
        return problem("is not a table: line {line} has more cells than the header", line=number)
    return problem("is not a table ({reason})", reason=message)


def _xlsx_table(data: bytes, where: Location) -> Table:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise DataFileError(
            where,
            problem(
                "is not a readable Excel workbook ({reason})",
                reason=str(error) or type(error).__name__,
            ),
        ) from None
    try:
        sheet = _data_sheet(book, where)
        where = Location(where.file, sheet.title)
        formulas: dict[tuple[int, int], str] = {}
        rows = [
            _texts(cells, number, formulas)
            for number, cells in enumerate(sheet.iter_rows(), start=1)
        ]
        merged = _merged_ranges(book, sheet)
    except DataFileError:
        raise
    except Exception as error:  # a damaged part inside the zip: any of the parser's errors
        raise DataFileError(
            where,
            problem("is not a readable Excel workbook ({reason})", reason=type(error).__name__),
        ) from None
    finally:
        book.close()
    # Only cells of the data rows matter: a merged title or a formula above the header does not.
    header = (_header_row(rows) or 0) + 1
    refused = [
        Refusal(
            Location(where.file, where.sheet, r, column_letter(c)),
            problem("holds a formula ({formula}): paste its value instead", formula=f),
        )
        for (r, c), f in formulas.items()
        if r > header
    ]
    refused += [
        Refusal(
            Location(where.file, where.sheet, max(first, header + 1), letter),
            problem(
                "is part of merged cells {cells}: unmerge them and fill every row", cells=cells
            ),
        )
        for first, last, letter, cells in merged
        if last > header
    ]
    return _table(where, rows, range(1, len(rows) + 1), {"refused": refused})


def _data_sheet(book: Any, where: Location) -> Any:
    """The sheet named data/数据 if it has a header row, else the first sheet that has one."""
    sheets = sorted(book.worksheets, key=lambda s: s.title.strip().lower() not in PREFERRED_SHEETS)
    for sheet in sheets:
        top = [
            [_plain(c) for c in row]
            for row in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
        ]
        if _header_row(top) is not None:
            return sheet
    names = ", ".join(s.title for s in book.worksheets)
    raise DataFileError(
        where,
        problem(
            "has no sheet with the columns {columns} (sheets: {sheets})",
            columns=_required_names(),
            sheets=names,
        ),
    )


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def _texts(cells: Sequence, row: int, formulas: dict[tuple[int, int], str]) -> list[str]:
    texts = []
    for column, cell in enumerate(cells):
        value = cell.value
        if getattr(cell, "data_type", "") == "f" or (
            isinstance(value, str) and value.startswith("=") and len(value) > 1
        ):
            formulas[(row, column)] = str(getattr(value, "text", value))
            texts.append("")
        elif isinstance(value, bool):
            texts.append(str(value).upper())
        elif isinstance(value, datetime.datetime):  # Excel turns a typed "2017-05" into a date
            texts.append(
                value.date().isoformat() if value.time() == datetime.time() else str(value)
            )
        elif isinstance(value, int | float):
            texts.append(_number_text(value, getattr(cell, "number_format", "") or ""))
        else:
            texts.append(_plain(value))
    return texts


def _number_text(value: float, number_format: str) -> str:
    if "%" in number_format:  # Excel keeps 21.12% as 0.2112
        return f"{float(f'{value * 100:.12g}')!r}%"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _merged_ranges(book: Any, sheet: Any) -> list[tuple[int, int, str, str]]:
    """(first row, last row, first column letter, range) of each merged range; read_only openpyxl does not
    parse them, so they are read from the sheet's XML."""
    xml = book._archive.read(sheet._worksheet_path)  # noqa: SLF001 (no public door in read_only)
    found = []
    for ref in _MERGED.findall(xml):
        cells = ref.decode()
        low_col, low_row, _, high_row = range_boundaries(cells)
        found.append((low_row, high_row, column_letter(low_col - 1), cells))
    return found


def _header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the first row naming every required column."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = {ALIASES.get(header_key(text)) for text in row}
        if all(name in names for name in REQUIRED):
            return index
    return None


def _required_names() -> str:
    return ", ".join(f"{COLUMNS[n][1]}/{COLUMNS[n][0]}" for n in REQUIRED)


def _table(where: Location, rows: list[list[str]], numbers: Iterable[int], extra: dict) -> Table:
    start = _header_row(rows)
    if start is None:
        raise DataFileError(
            where,
            problem(
                "has no header row with the columns {columns} in its first {count} rows",
                columns=_required_names(),
                count=HEADER_SEARCH_ROWS,
            ),
        )
    columns, ignored = _column_map(rows[start], where, start + 1)
    body = rows[start + 1 :]
    data = {
        name: pd.array([(r[i] if i < len(r) else "") for r in body], dtype="string")
        for name, i in columns.items()
    }
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(body)))
    for name in COLUMNS:
        if name not in frame:
            frame[name] = pd.array([""] * len(body), dtype="string")
    frame["row"] = list(numbers)[start + 1 :]
    frame = frame.apply(lambda col: col.str.strip() if col.dtype == "string" else col)
    spelled = {
        name: f"{column_letter(i)} ({rows[start][i].strip()})" for name, i in columns.items()
    }
    return Table(
        where.file, where.sheet, frame, spelled, tuple(extra.get("refused", ())), tuple(ignored)
    )


def _column_map(
    header: Sequence[str], where: Location, row: int
) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored = []
    for index, text in enumerate(header):
        name = ALIASES.get(header_key(text))
        if name is None:
            if text.strip():
                ignored.append(text.strip())
            continue
        if name in columns:
            raise DataFileError(
                Location(where.file, where.sheet, row, column_letter(index)),
                problem(
                    "repeats the column {name} (also column {other})",
                    name=text.strip(),
                    other=column_letter(columns[name]),
                ),
            )
        columns[name] = index
    return columns, ignored
