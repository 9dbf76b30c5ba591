"""Benchmark of importing XLSX district data with its preview; run as a plain script.

``python tests/benchmarks/district_data_xlsx.py [ROWS ...]`` (offscreen by default) from the
repository root. Workbooks of 10,000 and 100,000 value rows (the files of ``district_data.py``: values
typed as numbers, and as text such as "1,234.5亿元") are read and planned as the window does
before its preview, then the preview dialog is built and shown: the fast reader (calamine with
the sheet's XML), and in the same run the baseline, the openpyxl reader it replaced (the same
plan and preview, with only the reading done by openpyxl). Printed: the least wall and CPU
seconds of REPEATS runs (the machine may be shared), the ratio to the baseline, and the issue's
target (10,000 rows with preview ≤ 2 s).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from district_data import _number, _workbook, rows  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.district_data.actions import _names  # noqa: E402
from desktop.district_data.preview_dialog import ImportPreview  # noqa: E402
from strategies.district_data import plan_file, tables, workbook  # noqa: E402
from strategies.evaluation import default_session  # noqa: E402
from strategies.model import load_model  # noqa: E402

TARGET_SECONDS = 2.0
REPEATS = 3
# Row counts, from the command line (``… district_data_xlsx.py 10000``); both by default.
COUNTS = tuple(int(arg) for arg in sys.argv[1:]) or (10_000, 100_000)


class _Document:
    def __init__(self, model):
        self.model, self.session = model, default_session(model)


def import_with_preview(app, path: Path, document) -> tuple[float, float, str]:
    """Seconds (wall, CPU) from the file to the preview shown, and what the plan says."""
    wall, cpu = time.perf_counter(), time.process_time()
    plan = plan_file(path, document.model, document.session)
    preview = ImportPreview(plan, "zh", _names(document, plan, "zh"))
    preview.show()
    app.processEvents()
    walls, cpus = time.perf_counter() - wall, time.process_time() - cpu
    preview.close()
    preview.deleteLater()
    app.processEvents()
    return walls, cpus, f"adds {len(plan.adds)}, refused {len(plan.refused)}"


def best(app, path: Path, document, reader) -> tuple[float, float, str]:
    tables.workbook_cells = reader
    runs = [import_with_preview(app, path, document) for _ in range(REPEATS)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[-1][2]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    document = _Document(load_model())
    fast, slow = workbook.workbook_cells, workbook._openpyxl_cells  # noqa: SLF001
    with tempfile.TemporaryDirectory() as folder:
        for count in COUNTS:
            body = rows(count)
            numbers = [[*row[:8], _number(str(row[8])), *row[9:]] for row in body]
            files = (
                _workbook(Path(folder) / f"{count}-numbers.xlsx", numbers),
                _workbook(Path(folder) / f"{count}-text.xlsx", body),
            )
            for path in files:
                wall, cpu, outcome = best(app, path, document, fast)
                base_wall, base_cpu, base_outcome = best(app, path, document, slow)
                assert outcome == base_outcome, (outcome, base_outcome)
                met = "met" if max(wall, cpu) <= TARGET_SECONDS else "MISSED"
                verdict = f"; target ≤ {TARGET_SECONDS} s: {met}" if count == 10_000 else ""
                print(
                    f"{path.name:>20}: calamine {wall:6.3f} s wall, {cpu:6.3f} s CPU; "
                    f"openpyxl baseline {base_wall:6.3f} s wall, {base_cpu:6.3f} s CPU; "
                    f"ratio {cpu / base_cpu:.2f} CPU, {wall / base_wall:.2f} wall ({outcome})"
                    f"{verdict}"
                )
    tables.workbook_cells = fast


if __name__ == "__main__":
    main()
