"""Benchmark of hostile session files: time and peak memory to decide each one; run as a script.

``python tests/benchmarks/hostile_files.py [--window]`` from the repository root. Every crafted
case of tests/strategies/hostile_corpus.py, and every generated family at 1/16, 1/4 and all of
the size cap, is opened by ``read_session`` in a fresh process (peak RSS from wait4). Printed:
the worst time (target ≤ 2 s), the worst peak RSS against the baseline of opening the shipped
example, and per family the growth exponent of CPU time from 1/16 of the cap to the cap
(1.0 is linear, 2.0 quadratic). ``--window`` also times File → Open of the largest files in
the real window (offscreen).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "strategies")]

from hostile_corpus import CRAFTED, FAMILIES, family_case  # noqa: E402

from strategies.session_file import MAX_FILE_BYTES, example_session_path  # noqa: E402

TARGET_SECONDS = 2.0
SIZES = (MAX_FILE_BYTES // 16, MAX_FILE_BYTES // 4, MAX_FILE_BYTES - 4096)
REPEATS = 3  # the least CPU time of a few runs: the machine is shared


def decide(paths: list[str]) -> list[dict]:
    """In this process: open each file REPEATS times; wall and CPU seconds, and the outcome."""
    from strategies.model import load_model
    from strategies.session_file import SessionFileError, read_session

    model = load_model()
    read_session(example_session_path(), model)  # imports and caches, as in the app
    results = []
    for path in paths:
        walls, cpus, outcome = [], [], "opens"
        for _ in range(REPEATS):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                read_session(path, model)
            except SessionFileError as error:
                outcome = f"{error.problem.value}: {str(error)[:70]}"
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        results.append({"wall": max(walls), "cpu": min(cpus), "outcome": outcome})
    return results


def in_child(paths: list[Path]) -> tuple[list[dict], int]:
    """decide() in a fresh interpreter; its results and its peak RSS in bytes."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--decide", *map(str, paths)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    output = child.stdout.read()
    child.stdout.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"the child process failed on {paths}")
    return json.loads(output), usage.ru_maxrss * 1024


def run_crafted(folder: Path) -> tuple[list[tuple[str, dict]], int]:
    paths = []
    for number, case in enumerate(CRAFTED):
        case_folder = folder / f"crafted-{number}"
        case_folder.mkdir()
        paths.append(case.make(case_folder))
    results, rss = in_child(paths)
    return list(zip((case.name for case in CRAFTED), results, strict=True)), rss


def run_family(folder: Path, name: str) -> list[tuple[int, dict, int]]:
    rows = []
    for size in SIZES:
        case_folder = folder / f"{name}-{size}".replace(" ", "-").replace(",", "")
        case_folder.mkdir()
        path = family_case(name, size).make(case_folder)
        (result,), rss = in_child([path])
        rows.append((path.stat().st_size, result, rss))
        path.unlink()
    return rows


def growth_exponent(rows: list[tuple[int, dict, int]]) -> float:
    (small, first, _), (large, last, _) = rows[0], rows[-1]
    floor = 1e-3  # below a millisecond the clock says little
    return math.log(max(last["cpu"], floor) / max(first["cpu"], floor)) / math.log(large / small)


def window_open_times(folder: Path) -> list[tuple[str, float]]:
    """File → Open of the largest family files in the real window (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import build_window, create_application

    app = create_application()
    window = build_window("en")
    window.show()
    QMessageBox.exec = lambda box: 0  # refusals and notes are shown, not waited for
    QMessageBox.information = lambda *args, **kwargs: 0
    times = []
    for name in FAMILIES:
        path = family_case(name, SIZES[-1]).make(folder)
        start = time.perf_counter()
        window.files.open_path(path, ask=False)
        app.processEvents()
        times.append((name, time.perf_counter() - start))
        path.unlink()
    return times


def report(crafted, crafted_rss, families, baseline_rss) -> None:
    print(f"size cap {MAX_FILE_BYTES:,} bytes; sizes {', '.join(f'{s:,}' for s in SIZES)}")
    print(f"baseline: the shipped example, peak RSS {baseline_rss / 2**20:.1f} MiB")
    worst_crafted = max(crafted, key=lambda row: row[1]["wall"])
    print(
        f"{len(crafted)} crafted cases in one process: worst {worst_crafted[1]['wall']:.3f} s "
        f"({worst_crafted[0]}), peak RSS {crafted_rss / 2**20:.1f} MiB"
    )
    print(
        f"{'family':36} {'exponent':>8} "
        + " ".join(f"{'s@' + str(i):>9}" for i in range(len(SIZES)))
        + "  peak RSS  outcome"
    )
    for name, rows in families.items():
        times = " ".join(f"{result['wall']:9.3f}" for _, result, _ in rows)
        print(
            f"{name:36} {growth_exponent(rows):8.2f} {times} {rows[-1][2] / 2**20:7.1f} M"
            f"  {rows[-1][1]['outcome'][:48]}"
        )
    walls = [row[1]["wall"] for row in crafted] + [
        result["wall"] for rows in families.values() for _, result, _ in rows
    ]
    peak = max([crafted_rss] + [rss for rows in families.values() for _, _, rss in rows])
    exponents = [growth_exponent(rows) for rows in families.values()]
    cases = len(crafted) + sum(len(rows) for rows in families.values())
    print(
        f"\n{cases} files. Worst time {max(walls):.3f} s (target ≤ {TARGET_SECONDS:.0f} s: "
        f"{'met' if max(walls) <= TARGET_SECONDS else 'NOT met'}); worst peak RSS "
        f"{peak / 2**20:.1f} MiB ({peak / baseline_rss:.2f} × the baseline); largest growth "
        f"exponent {max(exponents):.2f} (1 = linear)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--decide"]:
        print(json.dumps(decide(sys.argv[2:])))
        return
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        folder = Path(name)
        _, baseline_rss = in_child([example_session_path()])
        crafted, crafted_rss = run_crafted(folder)
        families = {}
        for family in FAMILIES:
            families[family] = run_family(folder, family)
            print(f"  measured {family}", file=sys.stderr, flush=True)
        report(crafted, crafted_rss, families, baseline_rss)
        if "--window" in sys.argv:
            print("\nFile → Open in the window (offscreen), file at the cap:")
            for family, seconds in window_open_times(folder):
                print(f"  {family:36} {seconds:7.3f} s")


if __name__ == "__main__":
    main()
