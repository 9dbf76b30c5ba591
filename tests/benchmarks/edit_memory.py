"""Memory over a long editing session: ``python tests/benchmarks/edit_memory.py``.

Makes 10,000 edits (judgments on every node, ratings, need emphasis, notes, with an undo and
redo now and then) through the real Document and its undo stack, offscreen, and prints the
resident set size (RSS) every 1,000 edits. Target: after a warm-up of 1,000 edits (the undo
limit and the evaluation cache fill up), RSS stays within 20 MB.

Each configuration runs in a fresh process, so that one cannot inherit the other's memory:
- bounded: the document as shipped (undo limit, LRU evaluation cache);
- baseline: the same document with the undo limit and cache bounds taken away (how it was).
Options: ``--window`` edits a complete main window instead (its views refresh after every
edit; deferred deletions are processed every 10 edits, as the event loop does), ``--edits N``
changes the count, ``--trace`` prints what grew most after the warm-up (tracemalloc).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

# Measure this checkout, not whatever the installed package points to.
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EDITS = 10_000
EVERY = 1_000
WARM_UP = 1_000
TARGET_MB = 20.0
SCALE = (1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 4, 1 / 6, 1 / 8)


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Editor:
    """Makes the step-th edit of a varied, mostly distinct sequence of planner edits."""

    def __init__(self, document):
        self.document = document
        session = document.session
        self.pairs = [
            (node, a, b)
            for node, judgments in session.criteria_judgments.items()
            for a, b, _value in judgments.all_pairs()
        ]
        self.ratings = sorted(session.ratings)
        self.levels = sorted(set(session.ratings.values()))

    def edit(self, step: int) -> None:
        document, session = self.document, self.document.session
        kind = step % 10
        if kind == 7:
            strategy, criterion = self.ratings[step % len(self.ratings)]
            level = self.levels[(step // 7) % len(self.levels)]
            changed = session.with_rating(strategy, criterion, level)
        elif kind == 8:
            changed = session.__class__(
                **{**_fields(session), "alpha": round((step * 37 % 101) / 100, 2)}
            )
        elif kind == 9:
            changed = session.__class__(
                **{**_fields(session), "notes": f"{session.notes[-2000:]} {step}"}
            )
        else:
            node, a, b = self.pairs[step * 7 % len(self.pairs)]
            judgments = session.criteria_judgments[node]
            value = SCALE[(step * 5 + step // 13) % len(SCALE)]
            if judgments.value(a, b) == value:
                value = SCALE[(step * 5 + 1) % len(SCALE)]
            changed = session.with_criteria_judgments(judgments.with_value(a, b, value))
        document.apply(changed, f"edit {step}")
        if step % 50 == 49:  # a planner undoes now and then, and redoes some of it
            for _ in range(3):
                document.undo_stack.undo()
            for _ in range(2):
                document.undo_stack.redo()


def _fields(session) -> dict:
    from dataclasses import fields

    return {field.name: getattr(session, field.name) for field in fields(session)}


def make_document(configuration: str, window: bool):
    from desktop.app import build_window, create_application

    app = create_application()
    if window:
        main = build_window("en")
        main.show()
        app.processEvents()
        document = main.document
    else:
        from desktop.app import new_document

        main, document = None, new_document()
    if configuration == "baseline":
        document.undo_stack.setUndoLimit(0)  # unlimited, as before
        document._cache = {}  # a plain dict, never cleared
    return app, main, document


def run(configuration: str, edits: int, window: bool, trace: bool) -> None:
    from PySide6.QtCore import QEvent

    app, _main, document = make_document(configuration, window)
    editor = Editor(document)
    figures = [(0, rss_mb())]
    snapshot = None
    for step in range(edits):
        editor.edit(step)
        if window and step % 10 == 9:
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if (step + 1) % EVERY == 0:
            figures.append((step + 1, rss_mb()))
            print(
                f"  {configuration:8} {step + 1:6} edits: RSS {figures[-1][1]:7.1f} MB "
                f"(undo steps {document.undo_stack.count()}, cache {len(document._cache)})",
                flush=True,
            )
        if trace and step + 1 == WARM_UP:
            snapshot = _start_trace()
    if snapshot is not None:
        _print_growth(snapshot)
    _summary(configuration, figures)


def _summary(configuration: str, figures: list[tuple[int, float]]) -> None:
    warm = next(rss for step, rss in figures if step >= WARM_UP)
    after = [rss for step, rss in figures if step >= WARM_UP]
    growth = max(after) - warm
    print(
        f"RESULT {configuration} start {figures[0][1]:.1f} MB, after warm-up {warm:.1f} MB, "
        f"end {figures[-1][1]:.1f} MB, growth after warm-up {growth:.1f} MB",
        flush=True,
    )


def _start_trace():
    import tracemalloc

    tracemalloc.start(8)
    return tracemalloc.take_snapshot()


def _print_growth(before) -> None:
    import gc
    import tracemalloc

    gc.collect()
    for stat in tracemalloc.take_snapshot().compare_to(before, "traceback")[:5]:
        print(f"  grew {stat.size_diff / 2**20:6.2f} MB in {stat.count_diff:+} blocks at")
        print("    " + "\n    ".join(stat.traceback.format()[-4:]))


def _child(configuration: str, arguments: argparse.Namespace) -> float:
    command = [sys.executable, __file__, "--run", configuration, "--edits", str(arguments.edits)]
    command += ["--window"] * arguments.window + ["--trace"] * arguments.trace
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    print(output, end="")
    result = next(line for line in output.splitlines() if line.startswith("RESULT"))
    return float(result.rsplit("warm-up", 1)[1].split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=EDITS)
    parser.add_argument("--window", action="store_true")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--run", choices=("bounded", "baseline"))
    arguments = parser.parse_args()
    if arguments.run:
        run(arguments.run, arguments.edits, arguments.window, arguments.trace)
        return
    bounded = _child("bounded", arguments)
    baseline = _child("baseline", arguments)
    print(
        f"growth after warm-up over {arguments.edits} edits: bounded {bounded:.1f} MB "
        f"(target ≤ {TARGET_MB:.0f} MB: {'met' if bounded <= TARGET_MB else 'NOT met'}), "
        f"baseline {baseline:.1f} MB, ratio {bounded / max(baseline, 0.1):.2f}"
    )


if __name__ == "__main__":
    main()
