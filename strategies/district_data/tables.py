"""A data file (XLSX or CSV) as a table of texts under canonical column names.

Every cell becomes text (numbers as Python writes them, a percent-formatted Excel number as
"21.12%"), so that XLSX and CSV go through one set of checks. Cells that cannot be trusted
(formulas, merged ranges) are refused here, with their place.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl.utils.cell import range_boundaries

from strategies.district_data.columns import (
    ALIASES,
    COLUMNS,
    HEADER_SEARCH_ROWS,
    column_letter,
    header_key,
    header_row,
    required_names,
)
from strategies.district_data.encoding import decoded
from strategies.district_data.problems import DataFileError, Location, Problem, Refusal, problem
from strategies.district_data.workbook import workbook_cells

MAX_FILE_BYTES = 64 * 1024 * 1024


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
    cells = workbook_cells(data, where)
    where = Location(where.file, cells.sheet)
    for *_, merged in cells.merged:
        _spread(cells.rows, merged)
    # Only cells of the data rows matter: a merged title or a formula above the header does not.
    header = (header_row(cells.rows) or 0) + 1
    refused = [
        Refusal(
            Location(where.file, where.sheet, r, column_letter(c)),
            problem("holds a formula ({formula}): paste its value instead", formula=f),
        )
        for (r, c), f in cells.formulas.items()
        if r > header
    ]
    refused += [
        Refusal(
            Location(where.file, where.sheet, max(first, header + 1), letter),
            problem(
                "is part of merged cells {cells}: unmerge them and fill every row", cells=merged
            ),
        )
        for first, last, letter, merged in cells.merged
        if last > header
    ]
    return _table(where, cells.rows, range(1, len(cells.rows) + 1), {"refused": refused})


def _spread(rows: list[list[str]], merged: str) -> None:
    """The text of a merged range's first cell in each cell it covers: the range is refused
    once, as a whole, and its covered cells (empty in the file) add no refusal of their own."""
    first_col, first_row, last_col, last_row = range_boundaries(merged)
    if first_row > len(rows):
        return
    top = rows[first_row - 1]
    text = top[first_col - 1] if first_col - 1 < len(top) else ""
    for row in rows[first_row - 1 : last_row]:
        row.extend([""] * (last_col - len(row)))
        row[first_col - 1 : last_col] = [text] * (last_col - first_col + 1)


def _table(where: Location, rows: list[list[str]], numbers: Iterable[int], extra: dict) -> Table:
    start = header_row(rows)
    if start is None:
        raise DataFileError(
            where,
            problem(
                "has no header row with the columns {columns} in its first {count} rows",
                columns=required_names(),
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
