"""Benchmark of the Ranking view's map after an edit; run as a plain script.

``python tests/benchmarks/map_repaint.py`` (offscreen by default). An edit recolours the map:
the map panel reads the new evaluation and the widget repaints, the outlines stay built. The
baseline rebuilds the outlines from the file as well (what a naive redraw would do), so the
ratio shows what keeping them saves. The issue's target: applying an edit → ranking and map
repainted ≤ 100 ms; this measures the map's share.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.app import build_window, create_application  # noqa: E402
from strategies.district_map import load_district_map  # noqa: E402

STEPS = 200
TARGET_SECONDS = 0.100


def recolour_times(window) -> list[float]:
    box = window.ranking.map_box
    times = []
    for step in range(STEPS):
        box.colour_by.setCurrentIndex(step % 2)  # top strategy ↔ need: every colour changes
        start = time.perf_counter()
        box.refresh()
        box.map.repaint()
        times.append(time.perf_counter() - start)
    return times


def rebuild_times(window) -> list[float]:
    box, model = window.ranking.map_box, window.document.model
    times = []
    for step in range(STEPS):
        box.colour_by.setCurrentIndex(step % 2)
        start = time.perf_counter()
        box.map.set_outlines(load_district_map(model).projected())
        box.refresh()
        box.map.repaint()
        times.append(time.perf_counter() - start)
    return times


def summary(name: str, times: list[float]) -> float:
    median = statistics.median(times)
    worst = max(times)
    print(f"{name}: median {median * 1000:.2f} ms, worst {worst * 1000:.2f} ms ({STEPS} steps)")
    return median


def main() -> None:
    app = create_application()
    window = build_window("en")
    window.resize(1920, 1080)
    window.show()
    window.tabs.setCurrentWidget(window.ranking)
    for _ in range(5):
        app.processEvents()
    recolour = summary("recolour + repaint", recolour_times(window))
    rebuild = summary("baseline: reload outlines + recolour + repaint", rebuild_times(window))
    print(f"ratio recolour / baseline: {recolour / rebuild:.3f}")
    print(
        f"target {TARGET_SECONDS * 1000:.0f} ms: {'met' if recolour <= TARGET_SECONDS else 'MISSED'}"
    )
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
