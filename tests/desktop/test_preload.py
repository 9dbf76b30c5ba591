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
