"""Benchmark of reading returned questionnaires: 30 experts at once (target ≤ 3 s); run as a
script: ``python tests/benchmarks/questionnaire.py`` from the repository root.

Thirty questionnaires with criteria pairs, strategy pairs under every criterion and ratings
(half Chinese, half English, a fifth of the answers left empty) are filled as an expert would and read by ``read_questionnaires``.
Printed: the median and worst wall time of a few rounds, the time per file, the baseline of
openpyxl alone loading the same 30 files (what any reader must pay), the ratio of the two, and
the time of the 10,000-row hostile file.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from strategies.model import load_model  # noqa: E402
from strategies.questionnaire import read_questionnaire, read_questionnaires  # noqa: E402
from tests.strategies.questionnaire_filling import filled_file  # noqa: E402

EXPERTS = 30
TARGET_SECONDS = 3.0
ROUNDS = 5


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _long_file(folder: Path, model) -> Path:
    path, _ = filled_file(folder, model, "en", "long", seed=99)
    workbook = load_workbook(path)
    sheet = workbook["Criteria"]
    for row in range(300, 10_300):
        sheet.cell(row=row, column=4, value=3)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def main() -> None:
    model = load_model()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = [
            filled_file(
                folder, model, "zh" if i % 2 else "en", f"expert {i:02d}", seed=i, ratings=True
            )[0]
            for i in range(EXPERTS)
        ]
        readings = read_questionnaires(paths, model)
        assert all(r.ok for r in readings), [r.problems for r in readings if not r.ok]
        pairs = readings[0].answers.total_pairs
        reads = [_timed(lambda: read_questionnaires(paths, model)) for _ in range(ROUNDS)]
        loads = [_timed(lambda: [load_workbook(p) for p in paths]) for _ in range(ROUNDS)]
        long = _long_file(folder, model)
        long_time = _timed(lambda: read_questionnaire(long, model))
    median, baseline = statistics.median(reads), statistics.median(loads)
    print(f"{EXPERTS} questionnaires, {pairs} pairs each, {ROUNDS} rounds")
    print(
        f"read_questionnaires: median {median:.3f} s, worst {max(reads):.3f} s "
        f"(target ≤ {TARGET_SECONDS:.0f} s: {'met' if max(reads) <= TARGET_SECONDS else 'MISSED'})"
    )
    print(f"per file: {median / EXPERTS * 1000:.1f} ms")
    print(
        f"baseline, openpyxl load_workbook alone: median {baseline:.3f} s; "
        f"ratio read / load {median / baseline:.2f}"
    )
    print(f"hostile file with 10,000 extra rows: {long_time:.3f} s (one problem)")


if __name__ == "__main__":
    main()
