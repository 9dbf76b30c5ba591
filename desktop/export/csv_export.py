"""The ranking by district as one tidy CSV table, UTF-8 with a BOM so that Excel reads Chinese."""

from __future__ import annotations

import csv
import io

from desktop.export.content import Report
from desktop.export.panel_tables import csv_cells, csv_headers
from desktop.export.safe_text import spreadsheet_value
from desktop.export.tables import ranking_table


def csv_bytes(report: Report) -> bytes:
    """One row per district and strategy; numbers written with full precision (repr). A panel
    session adds its columns at the end (desktop/export/panel_tables.py)."""
    table = ranking_table(report)
    ranked = [(district, row) for district in report.districts for row in district.ranking]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_value(h) for h in (*table.headers, *csv_headers(report))])
    for row, (district, ranked_row) in zip(table.rows, ranked, strict=True):
        values = (*row, *csv_cells(report, district, ranked_row))
        writer.writerow(["" if value is None else spreadsheet_value(value) for value in values])
    return buffer.getvalue().encode("utf-8-sig")
