"""Quitting never crashes the process: with the window open, and while one of its message
boxes runs its own event loop (a logout or a script quitting then; found in a real-window walk:
"double free or corruption" when the box of an older file's notes was still open)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLD_FILE = ROOT / "tests" / "data" / "session_v4.cspsession"  # opens with a note box

_START_THEN_QUIT = """
import sys
from PySide6.QtCore import QTimer
from desktop.app import create_application, start
app = create_application()
window = start(sys.argv[1] or None, "en")
def quit_now():
    window.document.undo_stack.setClean()
    app.quit()
QTimer.singleShot(int(sys.argv[2]), quit_now)
app.exec()
print("exited", flush=True)
"""


@pytest.mark.parametrize("file", ["", str(OLD_FILE)], ids=["window open", "note box open"])
def test_quitting_leaves_the_process_cleanly(tmp_path, file):
    result = subprocess.run(
        [sys.executable, "-c", _START_THEN_QUIT, file, "5000"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.splitlines()[-1] == "exited"
