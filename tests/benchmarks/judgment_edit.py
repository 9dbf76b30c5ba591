"""Judgment edit → ranking table and chart repainted: ``python tests/benchmarks/judgment_edit.py``.

Moves a judgment slider EDITS times (values that reorder the ranking, so the chart's axis is
relabelled too) with the ranking of one district on screen, and lets Qt repaint what changed,
as the event loop would. Prints the median and p90 of the whole step, where the time went
(evaluation, each view's refresh, the repaint), and a baseline measured in the same run: a
bare window with a slider, a table and a stacked bar chart of the same sizes updated in place,
which is about the least Qt and pyqtgraph need for the same repaint. Targets (2-core machine):
≤ 30 ms median, on the way to one frame (16 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

EDITS = 60
TARGET_MS = 30.0
FRAME_MS = 16.0
ROOT = Path(__file__).resolve().parents[2]
# Measure this checkout's code, not whichever copy is installed (see startup.py).
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class PaintCounter:
    """Counts paint events of a widget, to check each edit really repainted it."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            count = 0

            def eventFilter(self, _watched, event):
                if event.type() == QEvent.Type.Paint:
                    Filter.count += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    @property
    def count(self) -> int:
        return self.filter.count


class Stages:
    """Wall time spent in named functions during one edit (inclusive of what they call)."""

    def __init__(self):
        self.current: dict[str, float] = defaultdict(float)
        self.per_edit: list[dict[str, float]] = []
        self.sessions: list = []  # the sessions the edits made, to evaluate again uncached
        self.cpu: list[float] = []  # the process's CPU time per edit (all its threads)

    def time(self, owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        def timed(*args, **kwargs):
            started = time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.current[label] += time.thread_time() - started

        setattr(owner, name, timed)

    def next_edit(self, total: float) -> None:
        """Close one edit; total: its main thread's CPU time."""
        self.current["(whole step)"] = total
        self.per_edit.append(dict(self.current))
        self.current = defaultdict(float)


def watch_stages() -> Stages:
    """Time each stage of the edit path; must run before the window is built (Qt connects
    the bound methods it is given)."""
    import desktop.document
    from desktop.views.caveat_banner import CaveatBanner
    from desktop.views.hierarchy_view import HierarchyView
    from desktop.views.judgment_editor import JudgmentEditor
    from desktop.views.ranking_models import OverviewModel, RankingModel
    from desktop.views.ranking_view import RankingView

    stages = Stages()
    stages.time(desktop.document, "evaluate", "evaluate")
    stages.time(HierarchyView, "refresh", "hierarchy tree")
    stages.time(JudgmentEditor, "refresh", "judgment editor")
    stages.time(RankingModel, "refresh", "ranking table")
    stages.time(OverviewModel, "refresh", "overview table")
    stages.time(RankingView, "_refresh_chart", "contribution chart")
    stages.time(RankingView, "_refresh_alpha_meaning", "α stability text")
    stages.time(CaveatBanner, "show_caveats", "caveats banner")
    return stages


def slider_value(index: int) -> int:
    """Jumps from one side to the other (1, -2, 3, -4, ...): nearly every edit reorders the
    ranking and moves the y axis, the worst case for the chart."""
    return -(index % 8) - 1 if index % 2 else (index % 8) + 1


def drag_value(index: int, low: int, high: int) -> int:
    """A drag to and fro across the whole slider, one step per edit."""
    span = high - low
    phase = index % (2 * span)
    return low + (phase if phase <= span else 2 * span - phase)


def app_edits(app, drag: bool = False) -> tuple[list[float], Stages]:
    """The real window: a criteria judgment moved, the ranking of one district on screen;
    by jumps (see slider_value) or, with drag, one step at a time."""
    stages = watch_stages()
    from desktop.app import build_window

    window = build_window("en")
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.ranking)  # the first district: table and chart
    app.processEvents()
    window.hierarchy.select("L1")  # the criteria of the first layer
    slider = window.judgments.rows[0].slider
    checks = (
        PaintCounter(window.ranking.chart.viewport()),
        PaintCounter(window.ranking.ranking.viewport()),
    )

    def edit(index: int) -> None:
        low, high = slider.minimum(), slider.maximum()
        slider.setValue(drag_value(index, low, high) if drag else slider_value(index))
        stages.sessions.append(window.document.session)

    times, stages.cpu = repaint_times(app, edit, checks, stages)
    window.document.undo_stack.setClean()
    window.close()
    return times, stages


def uncached_evaluations(model, sessions: list) -> list[float]:
    """evaluate() with no node cache: every node's weights through ahpy, as on a first visit."""
    from strategies.evaluation import evaluate

    times = []
    for session in sessions:
        started = time.perf_counter()
        evaluate(model, session)
        times.append(time.perf_counter() - started)
    return times


def baseline_edits(app, criteria: int, strategies: int) -> tuple[list[float], list[float]]:
    """The floor: a slider that refills a table and moves stacked bars in place."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHBoxLayout, QSlider, QTableView, QWidget

    window, layout = QWidget(), QHBoxLayout()
    window.setLayout(layout)
    slider, table = QSlider(Qt.Orientation.Horizontal), QTableView()
    slider.setRange(-9, 9)
    model = QStandardItemModel(strategies, 4)
    table.setModel(model)
    chart = pg.PlotWidget()
    heights = np.random.default_rng(1).random((strategies, criteria)) / criteria
    bars = [
        pg.BarGraphItem(x=np.arange(strategies), height=heights[:, c], width=0.6)
        for c in range(criteria)
    ]
    for item in bars:
        chart.addItem(item)
    for widget in (slider, table, chart):
        layout.addWidget(widget)

    def on_value(value: int) -> None:
        shown = heights * (1 + value / 20)
        for row in range(strategies):
            for column in range(4):
                model.setData(model.index(row, column), f"{shown[row].sum() + column:.4f}")
        bottoms = np.hstack([np.zeros((strategies, 1)), np.cumsum(shown, axis=1)[:, :-1]])
        for c, item in enumerate(bars):
            item.setOpts(height=shown[:, c], y0=bottoms[:, c])

    slider.valueChanged.connect(on_value)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    checks = (PaintCounter(chart.viewport()), PaintCounter(table.viewport()))
    times = repaint_times(app, lambda index: slider.setValue(slider_value(index)), checks, None)
    window.close()
    return times


def repaint_times(
    app, edit: Callable[[int], None], checks: tuple, stages: Stages | None
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds (the process's, all threads) of each edit and its repaint.
    CPU time leaves out the waits for a core that other processes cause on a loaded machine."""
    wall, cpu = [], []
    for index in range(EDITS):
        before = [check.count for check in checks]
        started, cpu_started, thread_started = (
            time.perf_counter(),
            time.process_time(),
            time.thread_time(),
        )
        edit(index)
        painting = time.thread_time()
        app.processEvents()
        finished = time.thread_time()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        if stages is not None:
            stages.current["repaint (event loop)"] = finished - painting
            stages.next_edit(finished - thread_started)
        assert all(c.count > b for c, b in zip(checks, before, strict=True)), "no repaint"
    return wall, cpu


def p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * len(values))]


def line(label: str, values: list[float]) -> str:
    return f"{label:34} {statistics.median(values) * 1e3:7.2f} ms {p90(values) * 1e3:6.2f} ms"


def report(title: str, times: list[float], baseline: tuple, stages: Stages) -> None:
    wall, cpu = statistics.median(times), statistics.median(stages.cpu)
    print(f"{title}, {len(times)} edits")
    print("  " + line("app, wall clock", times))
    print("  " + line("app, CPU time", stages.cpu))
    print(
        f"  ratio app / baseline: wall {wall / statistics.median(baseline[0]):.1f}×, "
        f"CPU {cpu / statistics.median(baseline[1]):.1f}×;  target ≤ {TARGET_MS:.0f} ms median "
        f"(wall): {'met' if wall * 1e3 <= TARGET_MS else 'NOT met'};  one frame "
        f"({FRAME_MS:.0f} ms): {'met' if wall * 1e3 <= FRAME_MS else 'not yet'}"
    )
    print("  where the time goes (main thread's CPU time; stages nest in the whole step):")
    labels = {label for edit in stages.per_edit for label in edit}
    medians = {
        label: statistics.median(edit.get(label, 0.0) for edit in stages.per_edit)
        for label in labels
    }
    for label in sorted(labels, key=lambda name: -medians[name]):
        print("    " + line(label, [edit.get(label, 0.0) for edit in stages.per_edit]))


def main() -> None:
    from desktop.app import create_application
    from strategies.model import load_model

    app = create_application()
    jumps, jump_stages = app_edits(app)
    drag, drag_stages = app_edits(app, drag=True)
    model = load_model()  # the default model, as the window's
    baseline = baseline_edits(app, len(model.criteria), len(model.strategy_ids))
    uncached = uncached_evaluations(model, jump_stages.sessions + drag_stages.sessions)
    print("judgment edit → ranking table + chart repainted")
    print(f"  {'':34} {'median':>9} {'p90':>9}")
    print("  " + line("baseline (bare table + bars), wall", baseline[0]))
    print("  " + line("baseline (bare table + bars), CPU", baseline[1]))
    report("jumps from side to side (nearly every edit reorders)", jumps, baseline, jump_stages)
    report("a drag, one step per edit", drag, baseline, drag_stages)
    print(line("evaluate, nothing remembered (ahpy)", uncached))


if __name__ == "__main__":
    main()
