"""Benchmark of File → Import answers… with 30 questionnaires (target ≤ 3 s in all); run as a
script: ``python tests/benchmarks/panel_import.py`` from the repository root.

Thirty filled questionnaires (criteria pairs, strategy pairs and ratings, half Chinese, half
English, a fifth of the answers empty) are imported into a fresh window through the importer the menu calls
(``AnswersImport.import_files``, file dialog aside): reading, the import plan, the session with
30 more experts and the combined evaluation the window then shows. Printed: median and worst
wall time of a few rounds (each into a fresh window, then undone), the baseline of
``read_questionnaires`` alone on the same files in the same run, and their ratio.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.app import build_window, create_application  # noqa: E402
from strategies.model import load_model  # noqa: E402
from strategies.questionnaire import read_questionnaires  # noqa: E402
from tests.strategies.questionnaire_filling import filled_file  # noqa: E402

EXPERTS = 30
TARGET_SECONDS = 3.0
ROUNDS = 3


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _import_round(paths: list[str]) -> float:
    window = build_window("en")
    importer = window.questionnaire_actions.importer
    seconds = _timed(lambda: importer.import_files(paths))
    assert len(window.document.session.experts.experts) == EXPERTS + 1
    window.document.evaluation  # noqa: B018 (already computed by the import's undo step)
    window.document.undo_stack.setClean()
    window.close()
    return seconds


def main() -> None:
    app = create_application()
    model = load_model()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = [
            str(
                filled_file(
                    folder, model, "zh" if i % 2 else "en", f"expert {i:02d}", seed=i, ratings=True
                )[0]
            )
            for i in range(EXPERTS)
        ]
        imports = [_import_round(paths) for _ in range(ROUNDS)]
        reads = [_timed(lambda: read_questionnaires(paths, model)) for _ in range(ROUNDS)]
    app.processEvents()
    median, baseline = statistics.median(imports), statistics.median(reads)
    print(f"{EXPERTS} questionnaires imported into a fresh window, {ROUNDS} rounds")
    print(
        f"import (read, plan, session, combined evaluation): median {median:.3f} s, worst "
        f"{max(imports):.3f} s (target ≤ {TARGET_SECONDS:.0f} s: "
        f"{'met' if max(imports) <= TARGET_SECONDS else 'MISSED'})"
    )
    print(
        f"baseline, read_questionnaires alone: median {baseline:.3f} s; "
        f"ratio import / read {median / baseline:.2f}"
    )


if __name__ == "__main__":
    main()
