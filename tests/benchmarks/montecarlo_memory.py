"""Peak memory and time of the Monte Carlo; run as ``python tests/benchmarks/montecarlo_memory.py``.

For 10k, 100k and 1M samples on the Foshan model, each run in a fresh process (peak RSS is per
process): the chunked run as the app does it, and the same computation in one chunk (the
unchunked baseline). Prints peak RSS, time, their ratios, and whether the results are equal.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000)
ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 300

_CHILD = """
import hashlib, json, resource, sys, time
import numpy as np
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.sensitivity.montecarlo import run_monte_carlo
from strategies.sensitivity.problem import MonteCarloProblem

samples, unchunked = int(sys.argv[1]), sys.argv[2] == "unchunked"
model = load_model()
problem = MonteCarloProblem.from_evaluation(evaluate(model, default_session(model)))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
result = run_monte_carlo(problem, 0.2, samples, np.random.default_rng(20171),
                         chunk_size=samples if unchunked else None)
seconds = time.perf_counter() - start
digest = hashlib.sha256()
for array in (result.rank_acceptability, result.priority_percentiles, result.mean_priorities):
    digest.update(np.ascontiguousarray(array).tobytes())
print(json.dumps({"seconds": seconds, "base_mb": before, "digest": digest.hexdigest(),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(samples: int, mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(samples), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    print(
        f"{'samples':>10} {'chunked MB':>11} {'s':>7} {'unchunked MB':>13} {'s':>7} "
        f"{'RSS ratio':>9} {'time ratio':>10} {'same':>5} {'≤ 300 MB':>8}"
    )
    for samples in SIZES:
        chunked, baseline = measure(samples, "chunked"), measure(samples, "unchunked")
        print(
            f"{samples:>10,} {chunked['peak_mb']:>11.0f} {chunked['seconds']:>7.2f} "
            f"{baseline['peak_mb']:>13.0f} {baseline['seconds']:>7.2f} "
            f"{chunked['peak_mb'] / baseline['peak_mb']:>9.2f} "
            f"{chunked['seconds'] / baseline['seconds']:>10.2f} "
            f"{str(chunked['digest'] == baseline['digest']):>5} "
            f"{str(chunked['peak_mb'] <= LIMIT_MB):>8}"
        )
    print(f"(interpreter, numpy and the model before the run: {chunked['base_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
