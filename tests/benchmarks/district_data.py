"""Benchmark of reading and planning district data files; run as a script.

``python tests/benchmarks/district_data.py`` from the repository root. Files of 10,000 and
100,000 value rows (five districts × many indicators × years, numbers in mixed written forms)
are written as UTF-8 CSV, GBK CSV and XLSX (values as text, and as numbers), then read and planned (``plan_file``) REPEATS times.
Printed per file: the least wall and CPU time (the machine may be shared), the CPU time's ratio to the baseline (planning the template, about
60 rows, measured in the same run) and the target (10,000 rows ≤ 2 s, file to plan).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from strategies.district_data import plan_file  # noqa: E402
from strategies.district_data.template import write_template  # noqa: E402
from strategies.model import load_model  # noqa: E402

TARGET_SECONDS = 2.0
REPEATS = 3
HEADER = [
    "指标代码",
    "指标名称（中文）",
    "准则",
    "方向",
    "类型",
    "单位",
    "地区",
    "年份",
    "数值",
    "来源",
]
FORMS = ("{:.2f}", "{:,.2f}", "{:.2f}亿元", "{:,.2f}亿元")


def rows(count: int) -> list[list[object]]:
    """count value rows: new indicators (5 districts × 20 years each), defined in their first row."""
    districts = ("禅城", "南海", "顺德", "高明", "三水")
    result = []
    for index in range(count):
        indicator, rest = divmod(index, 100)
        year, district = divmod(rest, 5)
        first = rest == 0
        value = FORMS[index % len(FORMS)].format(1000 + index * 0.37)
        result.append(
            [
                f"bench_{indicator}",
                f"指标{indicator}" if first else "",
                "C3" if first else "",
                "越高越好" if first else "",
                "数值" if first else "",
                "亿元",
                districts[district],
                2000 + year,
                value,
                "统计年鉴",
            ]
        )
    return result


def write_files(folder: Path, count: int) -> list[Path]:
    body = rows(count)
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in [HEADER, *body]) + "\r\n"
    utf8, gbk = folder / f"{count}-utf8.csv", folder / f"{count}-gbk.csv"
    utf8.write_bytes(text.encode("utf-8-sig"))
    gbk.write_bytes(text.encode("gbk"))
    numbers = [[*row[:8], _number(str(row[8])), *row[9:]] for row in body]
    return [
        utf8,
        gbk,
        _workbook(folder / f"{count}-text.xlsx", body),  # values typed as text ("1,234亿元")
        _workbook(folder / f"{count}-numbers.xlsx", numbers),  # values typed as numbers
    ]


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("亿元", ""))


def _workbook(path: Path, body: list[list[object]]) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    for row in [HEADER, *body]:
        sheet.append(row)
    book.save(path)
    return path


def best_time(path: Path, model) -> tuple[float, float, str]:
    """The least wall and CPU seconds of REPEATS runs (the machine is shared), and the outcome."""
    walls, cpus, outcome = [], [], ""
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        plan = plan_file(path, model)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        outcome = f"adds {len(plan.adds)}, refused {len(plan.refused)}"
    return min(walls), min(cpus), outcome


def main() -> None:
    model = load_model()
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template.xlsx"
        write_template(template, model, "zh")
        _, baseline, _ = best_time(template, model)
        print(f"baseline: the template ({template.stat().st_size:,} bytes), {baseline:.3f} s CPU")
        for count in (10_000, 100_000):
            for path in write_files(Path(folder), count):
                wall, cpu, outcome = best_time(path, model)
                met = "met" if max(wall, cpu) <= TARGET_SECONDS else "MISSED"
                verdict = f"; target ≤ {TARGET_SECONDS} s: {met}" if count == 10_000 else ""
                print(
                    f"{path.name:>19}: {wall:6.3f} s wall, {cpu:6.3f} s CPU "
                    f"({cpu / baseline:6.1f}× baseline; {outcome}){verdict}"
                )


if __name__ == "__main__":
    main()
