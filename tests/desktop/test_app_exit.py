"""The app quits cleanly with its window still open (no crash in the interpreter's shutdown)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Quits from inside the event loop with the window shown, as a session's end or the
# benchmark does; the ranking is on screen so that every chart exists.
_QUIT_WITH_WINDOW_OPEN = """
from desktop.app import create_application, start
app = create_application()
window = start(None, "en")
def on_ready():
    window.tabs.setCurrentWidget(window.ranking)
    window.repaint()
    window.document.undo_stack.setClean()
    app.quit()
window.ready.connect(on_ready)
raise SystemExit(app.exec())
"""


def test_quitting_with_the_window_open_exits_cleanly(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", _QUIT_WITH_WINDOW_OPEN],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
