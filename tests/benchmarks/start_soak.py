"""Many consecutive real starts of the window: ``python tests/benchmarks/start_soak.py [N]``.

Each start is a fresh process that starts the app as ``cluster-planner`` does (frame first,
panels after its first paint, core modules preloaded meanwhile), waits for the panels and the
first complete ranking, checks them, and quits. Counted: crashes (killed by a signal), other
non-zero exits, hangs (nothing within TIMEOUT seconds) and starts that never became ready.
faulthandler is on in every child, so a crash leaves its stacks; the first failures are printed.

Runs offscreen unless a display is set (``xvfb-run -a python tests/benchmarks/start_soak.py``
starts on a real X server). Settings and recovery files go to a temporary home. Exits 1 if any
start failed. Default N: 200 (4 to 10 minutes on a busy 2-core machine).
"""

from __future__ import annotations

import collections
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import compile_project  # byte-compiled as an installed app is (see there)

STARTS = 200
TIMEOUT = 60.0
ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import faulthandler, sys, time
faulthandler.enable()
from desktop.app import create_application, start
app = create_application()
window = start(None, "en")
def on_ready():
    rows = window.ranking.ranking_model.rowCount()
    assert rows == len(window.document.model.strategies), rows
    assert window.ranking.chart.shown
    print("ready", flush=True)
    window.document.undo_stack.setClean()
    app.quit()
window.ready.connect(on_ready)
sys.exit(app.exec())
"""


def _environment(home: str) -> dict[str, str]:
    env = {
        **os.environ,
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CACHE_HOME": f"{home}/cache",
    }
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def one_start(env: dict[str, str]) -> tuple[str, float, str]:
    """Outcome ('ok', 'crash SIGSEGV', 'exit 1', 'hang', 'not ready'), seconds, stderr."""
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as timeout:
        return "hang", TIMEOUT, str(timeout.stderr or "")
    seconds = time.perf_counter() - started
    if result.returncode < 0:
        return f"crash {signal.Signals(-result.returncode).name}", seconds, result.stderr
    if result.returncode != 0:
        return f"exit {result.returncode}", seconds, result.stderr
    if "ready" not in result.stdout.split():
        return "not ready", seconds, result.stderr
    return "ok", seconds, result.stderr


def main() -> int:
    starts = int(sys.argv[1]) if len(sys.argv) > 1 else STARTS
    compile_project()
    outcomes: collections.Counter[str] = collections.Counter()
    seconds, failures = [], []
    with tempfile.TemporaryDirectory(prefix="start-soak-") as home:
        env = _environment(home)
        for number in range(1, starts + 1):
            outcome, took, stderr = one_start(env)
            outcomes[outcome] += 1
            seconds.append(took)
            if outcome != "ok":
                failures.append((number, outcome, stderr))
                print(f"start {number}: {outcome}", flush=True)
    platform = env.get("QT_QPA_PLATFORM") or f"display {env.get('DISPLAY') or 'wayland'}"
    print(
        f"starts {starts} ({platform}); clean {outcomes['ok']}/{starts}; "
        f"failed {starts - outcomes['ok']}: { {k: n for k, n in outcomes.items() if k != 'ok'} }"
    )
    print(
        f"seconds per start (launch to ranking and exit): median "
        f"{statistics.median(seconds):.2f}, p90 {sorted(seconds)[int(0.9 * starts)]:.2f},"
        f" max {max(seconds):.2f}"
    )
    for number, outcome, stderr in failures[:3]:
        print(f"--- start {number}: {outcome}\n{stderr[-3000:]}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
