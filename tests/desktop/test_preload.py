"""A real start imports no Qt module off the GUI thread (PySide6's lazy types are not
thread-safe: the intermittent SIGSEGV at start, issue 9)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Records every module loaded by a thread other than the GUI thread during a real start.
_START_WATCHING_IMPORTS = """
import json, sys, threading
gui_thread = threading.get_ident()
loaded_elsewhere = []
def on_audit(event, args):
    if event == "import" and threading.get_ident() != gui_thread:
        loaded_elsewhere.append(args[0])
sys.addaudithook(on_audit)
from desktop.app import create_application, start
app = create_application()
window = start(None, "en")
def on_ready():
    print(json.dumps(loaded_elsewhere), flush=True)
    app.quit()
window.ready.connect(on_ready)
app.exec()
"""

QT_PREFIXES = ("PySide6", "shiboken6", "shibokensupport", "pyqtgraph", "desktop")


def _isolated_env(tmp_path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def test_start_loads_no_qt_module_off_the_gui_thread(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", _START_WATCHING_IMPORTS],
        cwd=ROOT,
        env=_isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded_elsewhere = json.loads(result.stdout.splitlines()[-1])
    assert "numpy" in loaded_elsewhere  # the preload ran, and this check sees it
    assert [name for name in loaded_elsewhere if name.startswith(QT_PREFIXES)] == []


# A start, then a wait past the solver preload: who loaded scipy.optimize, and is it real?
_START_THEN_WAIT_FOR_THE_SOLVER = """
import json, sys, threading
from PySide6.QtCore import QTimer
gui_thread = threading.get_ident()
loaders = []
def on_audit(event, args):
    if event == "import" and str(args[0]).startswith("scipy.optimize"):
        loaders.append("gui" if threading.get_ident() == gui_thread else "background")
sys.addaudithook(on_audit)
from desktop.app import SOLVER_PRELOAD_DELAY_MS, create_application, start
app = create_application()
window = start(None, "en")
def report():
    module = sys.modules.get("scipy.optimize")
    print(json.dumps([loaders, type(module).__name__, hasattr(module, "minimize_scalar")]))
    app.quit()
def on_ready():
    QTimer.singleShot(SOLVER_PRELOAD_DELAY_MS + 4000, report)
window.ready.connect(on_ready)
app.exec()
"""


def test_the_missing_pair_solver_loads_in_the_background_after_start(tmp_path):
    """The first missing pair must not freeze the window while scipy.optimize loads."""
    result = subprocess.run(
        [sys.executable, "-c", _START_THEN_WAIT_FOR_THE_SOLVER],
        cwd=ROOT,
        env=_isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaders, module_type, usable = json.loads(result.stdout.splitlines()[-1])
    assert usable and module_type == "module"  # the real one, not the on-demand stand-in
    assert "background" in loaders and "gui" not in loaders
