"""Benchmark of applying a district data import in the window; run as a plain script.

``python tests/benchmarks/district_data_apply.py`` (offscreen by default). A CSV of 10,000
value rows (200 new indicators spread over the eight criteria × five districts × ten years) is
planned once as the window does before its preview, untimed (reading is ``district_data.py``'s
benchmark). Timed: Apply (the plan made into a session, the swap, the evaluation over every
imported value, the year choice), then the events that follow and a repaint of the Ranking view
and its map. Undo and Redo alternate, so every step swaps
10,000 values in or out (a step never reuses the last step's chosen values).

Baseline, same run: the same path for a one-cell indicator edit. Printed: median and worst of
each, the ratio, and the issue's target (applying → ranking and map repainted ≤ 100 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.app import build_window, create_application  # noqa: E402
from desktop.district_data.actions import planned  # noqa: E402
from strategies.district_data.apply import applied  # noqa: E402
from strategies.session import IndicatorEdit  # noqa: E402

STEPS = 40
TARGET_SECONDS = 0.100
INDICATORS, YEARS = 200, 10


def write_rows(path: Path, model) -> int:
    lines = ["indicator,name_en,criterion,direction,kind,unit,place,year,value,source"]
    for i in range(INDICATORS):
        criterion = model.criteria[i % len(model.criteria)]
        for year in range(2010, 2010 + YEARS):
            for d, district in enumerate(model.district_ids):
                value = 100 + ((i * 37 + d * 11 + year) % 97)
                lines.append(
                    f"bench_{i},Bench {i},{criterion},higher_is_better,ratio,万元,"
                    f"{district},{year},{value},yearbook {year}"
                )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def settle_and_paint(app, window) -> None:
    app.processEvents()
    window.ranking.repaint()
    window.ranking.map_box.map.repaint()


def timed_swaps(app, window, make) -> list[float]:
    """Apply make(), then alternate undo and redo; the time of each swap until repainted."""
    document = window.document
    times = []
    start = time.perf_counter()
    document.apply(make(), "bench")
    settle_and_paint(app, window)
    times.append(time.perf_counter() - start)
    for step in range(STEPS):
        start = time.perf_counter()
        (document.undo_stack.undo if step % 2 == 0 else document.undo_stack.redo)()
        settle_and_paint(app, window)
        times.append(time.perf_counter() - start)
    document.undo_stack.undo() if document.undo_stack.canUndo() else None
    return times


def summary(name: str, times: list[float]) -> float:
    median = statistics.median(times)
    print(
        f"{name}: median {median * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms, first (Apply) {times[0] * 1000:.1f} ms ({len(times)} swaps)"
    )
    return median


def main() -> None:
    app = create_application()
    window = build_window("en")
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.ranking)
    for _ in range(5):
        app.processEvents()
    document = window.document
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.csv"
        rows = write_rows(path, document.model)
        start = time.perf_counter()
        plan = planned(path, document)  # as the window plans before its preview
        seconds = time.perf_counter() - start
        print(
            f"{rows} rows planned in {seconds:.2f} s (untimed below); refused {len(plan.refused)}"
        )
    before = document.session
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, "bench")
    baseline = summary(
        "baseline: one-cell edit",
        timed_swaps(app, window, lambda: replace(before, indicator_edits=(edit,))),
    )
    imported = summary(
        f"import of {rows} rows", timed_swaps(app, window, lambda: applied(before, plan))
    )
    print(f"ratio import / baseline: {imported / baseline:.2f}")
    verdict = "met" if imported <= TARGET_SECONDS else "MISSED"
    print(f"target {TARGET_SECONDS * 1000:.0f} ms (median): {verdict}")
    document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
