"""The ranking by district as one tidy CSV table, UTF-8 with a BOM so that Excel reads Chinese."""

from __future__ import annotations

import csv
import io

from desktop.export.content import Report
from desktop.export.safe_text import spreadsheet_value
from desktop.export.tables import ranking_table


def csv_bytes(report: Report) -> bytes:
    """One row per district and strategy; numbers written with full precision (repr)."""
    table = ranking_table(report)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_value(h) for h in table.headers])
    for row in table.rows:
        writer.writerow(["" if value is None else spreadsheet_value(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")
