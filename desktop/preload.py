"""Import the core modules the panels need in a background thread while the frame paints.

Only Qt-free modules may be imported here, never PySide6 or anything that imports it
(pyqtgraph, the rest of ``desktop``). PySide6 creates the Python type of a Qt class lazily, on
its first use, and that creation is not thread-safe: two threads creating types at once crash
the process with SIGSEGV (the intermittent crash at start, issue 9; shiboken serialises it only
in free-threaded builds). pyqtgraph's import touches every Qt class, so it runs on the GUI
thread. An import-linter contract and tests/desktop/test_preload.py keep it that way.
"""

from __future__ import annotations

import threading


def import_core_modules() -> None:
    """Import numpy, the engine and the session file code (~0.5 s on a cold start)."""
    import strategies.evaluation  # noqa: F401
    import strategies.sensitivity.alpha  # noqa: F401
    import strategies.sensitivity.problem  # noqa: F401
    import strategies.session_file  # noqa: F401


def load_completion_solver() -> None:
    """The solver that completes missing pairs, loaded while the planner reads the window."""
    from criteria.ahp import load_completion_solver as load

    load()


def start_solver_preload() -> threading.Thread:
    thread = threading.Thread(target=load_completion_solver, name="solver preload", daemon=True)
    thread.start()
    return thread


def start_preload() -> threading.Thread:
    """Start importing the core modules; the GUI thread later finds them ready (or waits)."""
    thread = threading.Thread(target=import_core_modules, name="preload", daemon=True)
    thread.start()
    return thread
