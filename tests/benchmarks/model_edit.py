"""Model edit → new model, session fitted and evaluated (the core of one edit in the window):
``python tests/benchmarks/model_edit.py``.

On the issue's large model (40 criteria in 6 groups, 12 strategies, 40 districts, built here
from the empty template by edits), times each kind of edit REPEATS times: the edit itself (a
new model from edited tables, with load_model's checks), ``reconcile`` of a judged session, and
``evaluate`` of the result. Prints median and p90 in ms, and a baseline measured in the same
run: rebuilding the same model from its unchanged tables (the floor every edit pays for being
checked as a loaded folder) and evaluating the unchanged session. The issue's target for an
edit → ranking repainted is 100 ms; this core part should leave most of it to the window.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPEATS = 30
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # measure this checkout's code


def large_model():
    from criteria.text import LocalText
    from strategies.model_edit import add_district, add_node, add_strategy, empty_model, remove_node

    model = empty_model(LocalText("大模型", "Large model"), "large")
    for group in range(6):
        model, layer = add_node(model, "goal", LocalText(f"组{group}", f"Group {group}"))
        for item in range(7 if group < 4 else 6):
            name = LocalText(f"准则{group}.{item}", f"Criterion {group}.{item}")
            model, _ = add_node(model, layer, name)
    model = remove_node(model, "C1")
    for n in range(10):
        model, _ = add_strategy(model, LocalText(f"策略{n}", f"Strategy {n}"))
    for n in range(39):
        model, _ = add_district(model, LocalText(f"镇{n}", f"Town {n}"))
    return model


def timed(function, repeats: int = REPEATS) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def line(name: str, times: list[float], baseline: float | None = None) -> str:
    median = statistics.median(times)
    p90 = sorted(times)[int(0.9 * (len(times) - 1))]
    ratio = f"  ({median / baseline:.2f}× baseline)" if baseline else ""
    return f"{name:<34} median {median:7.2f} ms   p90 {p90:7.2f} ms{ratio}"


def main() -> None:
    from criteria.text import LocalText
    from strategies.evaluation import default_session, evaluate
    from strategies.model_edit import (
        add_node,
        build_model,
        model_tables,
        move_node,
        reconcile,
        remove_node,
        remove_strategy,
        rename_node,
    )

    start = time.perf_counter()
    model = large_model()
    built = (time.perf_counter() - start) * 1000
    shape = (len(model.criteria), len(model.hierarchy.children("goal")), len(model.strategies))
    print(
        f"model: {shape[0]} criteria in {shape[1]} groups, {shape[2]} strategies, "
        f"{len(model.districts)} districts; built by {shape[0] + 6 + 10 + 39 + 1} edits "
        f"in {built:.0f} ms"
    )
    session = default_session(model)
    evaluate(model, session)  # warm: ahpy, scipy
    floor = timed(lambda: build_model(model_tables(model)))
    evaluation = timed(lambda: evaluate(model, session))
    print(line("baseline: rebuild unchanged model", floor))
    print(line("baseline: evaluate unchanged", evaluation))
    layer = model.hierarchy.children("goal")[0]
    leaf = model.hierarchy.children(layer)[0]
    other = model.hierarchy.children("goal")[1]
    edits = {
        "rename a criterion": lambda: rename_node(model, leaf, LocalText("新", "New")),
        "add a criterion": lambda: add_node(model, layer, LocalText("新", "New"))[0],
        "move a criterion to another group": lambda: move_node(model, leaf, other, 0),
        "remove a group": lambda: remove_node(model, other),
        "remove a strategy": lambda: remove_strategy(model, model.strategy_ids[-1]),
    }
    base = statistics.median(floor)
    for name, edit in edits.items():
        after = edit()
        print(line(f"{name}: edit", timed(edit), base))
        fitted = reconcile(session, model, after).session
        print(line(f"{name}: reconcile", timed(lambda a=after: reconcile(session, model, a))))
        print(line(f"{name}: evaluate", timed(lambda a=after, f=fitted: evaluate(a, f))))


if __name__ == "__main__":
    main()
