"""Startup and edit speed of the window: ``python tests/benchmarks/startup.py``.

Measured from process start (the parent's clock when it launches the child): the first
painted window and the first complete ranking, for the app and for a bare PySide6 window
(the baseline, same run); then, in process, the median time from a judgment edit to the
repainted ranking table and chart (``judgment_edit.py`` breaks that down by stage, against a
baseline). Targets (2-core machine): first paint ≤ 2× bare window,
complete ranking ≤ 1.5 s, edit to repaint ≤ 30 ms median.

The project's modules are byte-compiled first, as an installed app's are (pip compiles them,
and Python caches them on first run); this machine sets PYTHONDONTWRITEBYTECODE, which would
otherwise make every start compile ~150 modules from source.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parents[2]
# Measure this checkout's code, not whichever copy is installed: run as a script, Python
# puts this folder first on the path, not the checkout (the child processes start in it).
sys.path.insert(0, str(ROOT))

_PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = time.time()
            print(f"paint {self.done:.6f}", flush=True)
            QTimer.singleShot(0, after_paint)
        return False
"""

BARE = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QWidget
app = QApplication(sys.argv)
window = QWidget(); window.resize(1280, 800)
probe = Probe(); window.installEventFilter(probe)
def after_paint():
    print(f"ranking {time.time():.6f}", flush=True); app.quit()
window.show(); app.exec()
"""
)

APP = (
    _PAINT_PROBE
    + """
from desktop.app import create_application, start
app = create_application()
probe = Probe()
app.installEventFilter(probe)
window = start(None, "en")
def after_paint():
    pass
def on_ready():
    window.tabs.setCurrentWidget(window.ranking)
    table = window.ranking.ranking_model
    assert table.rowCount() == 6 and window.ranking.chart.shown
    window.repaint()
    print(f"ranking {time.time():.6f}", flush=True)
    window.document.undo_stack.setClean(); app.quit()
window.ready.connect(on_ready)
app.exec()
"""
)


def launch(code: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    marks = dict(line.split() for line in output.splitlines() if line[:5] in ("paint", "ranki"))
    return float(marks["paint"]) - started, float(marks["ranking"]) - started


def edit_to_repaint() -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds from a judgment slider move to the repainted ranking table
    and chart, per edit (the measurement of judgment_edit.py, which also says where the time
    goes)."""
    from judgment_edit import app_edits  # this folder is first on the path: run as a script

    from desktop.app import create_application

    times, stages = app_edits(create_application())
    return times, stages.cpu


def compile_project() -> None:
    for package in ("criteria", "strategies", "desktop", "resources"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def main() -> None:
    compile_project()
    bare = [launch(BARE) for _ in range(RUNS)]
    ours = [launch(APP) for _ in range(RUNS)]
    bare_paint = statistics.median(p for p, _ in bare)
    paint = statistics.median(p for p, _ in ours)
    ranking = statistics.median(r for _, r in ours)
    edits, cpu = edit_to_repaint()
    edit = statistics.median(edits)
    p90 = sorted(edits)[int(0.9 * len(edits))]
    print(f"{'measure':44} {'median':>10} {'target':>12}")
    print(f"{'bare PySide6 window, first paint':44} {bare_paint * 1000:8.0f} ms")
    print(
        f"{'app, first paint':44} {paint * 1000:8.0f} ms {'≤ 2× bare':>12}"
        f"   ratio {paint / bare_paint:.2f}×"
    )
    print(f"{'app, first complete ranking':44} {ranking * 1000:8.0f} ms {'≤ 1500 ms':>12}")
    print(
        f"{'judgment edit → ranking + chart repainted':44} {edit * 1000:8.1f} ms"
        f" {'≤ 30 ms':>12}   (p90 {p90 * 1000:.1f} ms; CPU time {statistics.median(cpu) * 1000:.1f} ms;"
        f" {len(edits)} edits)"
    )


if __name__ == "__main__":
    main()
