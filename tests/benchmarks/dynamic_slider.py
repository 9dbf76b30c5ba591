"""Benchmark of a dynamic-sensitivity slider drag in the real view; run as a plain script.

``python tests/benchmarks/dynamic_slider.py`` (offscreen by default). Each step sets a slider
value and forces a synchronous repaint of the ranking chart: the time from value change to a
repainted chart. The baseline is the engine call alone, so the ratio is what the GUI adds.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.app import build_window, create_application  # noqa: E402
from desktop.sensitivity.install import install  # noqa: E402
from strategies.sensitivity.dynamic import dynamic_ranking  # noqa: E402

STEPS = 400
TARGET_SECONDS = 0.030


def drag_times(window) -> list[float]:
    """Seconds per step while dragging every slider up and down."""
    panel = window.sensitivity_tab.view.dynamic
    times = []
    for step in range(STEPS):
        slider = panel.sliders[(step // 50) % len(panel.sliders)]
        start = time.perf_counter()
        slider.setValue((step * 37) % 1001)
        panel.chart.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def engine_times(window) -> list[float]:
    inputs = window.sensitivity_tab.view.context().analyses.inputs
    times = []
    for step in range(STEPS):
        start = time.perf_counter()
        dynamic_ranking(inputs, (step // 50) % 8, ((step * 37) % 1001) / 1000)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    app = create_application()
    window = build_window("en")
    install(window)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    window.sensitivity_tab.view.pages.setCurrentWidget(window.sensitivity_tab.view.dynamic)
    app.processEvents()
    times = drag_times(window)
    drag, worst = statistics.median(times), max(times)
    engine = statistics.median(engine_times(window))
    print(
        f"dynamic slider, value change to repainted chart, median of {STEPS}: "
        f"{drag * 1e3:.2f} ms (target ≤ {TARGET_SECONDS * 1e3:.0f} ms: "
        f"{'met' if drag <= TARGET_SECONDS else 'NOT met'}); slowest {worst * 1e3:.2f} ms"
    )
    print(
        f"engine call alone (dynamic_ranking), median: {engine * 1e6:.0f} µs; "
        f"GUI / engine ratio {drag / engine:.0f}×"
    )
    window.close()


if __name__ == "__main__":
    main()
