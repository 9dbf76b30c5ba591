"""scipy.optimize (ahpy's completion of missing pairs) loads on first need or when asked, and
gives the same weights either way."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json, sys
from criteria.ahp import load_completion_solver, node_weights
from criteria.judgments import PairwiseJudgments
complete = PairwiseJudgments.from_pairs("n", ("a", "b", "c"), [("a", "b", 3), ("a", "c", 5), ("b", "c", 2)])
node_weights(complete, "saaty")
before = type(sys.modules.get("scipy.optimize")).__name__
if sys.argv[1] == "early":
    load_completion_solver()
after = type(sys.modules.get("scipy.optimize")).__name__
gap = PairwiseJudgments.from_pairs("n", ("a", "b", "c"), [("a", "b", 3), ("b", "c", 2)])
print(json.dumps([before, after, node_weights(gap, "saaty").weights]))
"""


def _run(mode: str) -> list:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_complete_judgments_leave_the_solver_unloaded_until_asked():
    before, after, _ = _run("early")
    assert before == "_OnDemandModule"  # a fast start: complete matrices need no scipy.optimize
    assert after == "module"


def test_loading_the_solver_early_changes_no_weight():
    assert _run("early")[2] == _run("on demand")[2]
