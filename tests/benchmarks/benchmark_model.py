"""A generated model of the issue's benchmark size, written as a model folder: 40 criteria in
6 groups under the goal, 12 strategies, 40 districts, complete random judgments on Saaty's
scale and random ratings (seeded). ``python tests/benchmarks/benchmark_model.py DIR`` writes
it; the benchmarks call ``benchmark_model()``.

Built through the model editor's own tables and ``build_model`` (the loader's checks), so the
folder is one --model DIR reads.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CRITERIA, GROUPS, STRATEGIES, DISTRICTS = 40, 6, 12, 40
SCALE = (1 / 9, 1 / 7, 1 / 5, 1 / 3, 1.0, 3.0, 5.0, 7.0, 9.0)


def _named(ident: str, zh: str, en: str, **extra) -> dict:
    return {"id": ident, "name_zh": zh, "name_en": en, **extra}


def _tree(tables: dict) -> dict[str, list[str]]:
    """Layers G1…G6 under the goal, the criteria dealt among them in turn."""
    goal = tables["criteria"]["goal"]["id"]
    groups = [f"G{g + 1}" for g in range(GROUPS)]
    tables["criteria"]["layers"] = [
        _named(g, f"组 {g[1:]}", f"Group {g[1:]}", parent=goal) for g in groups
    ]
    members: dict[str, list[str]] = {goal: list(groups), **{g: [] for g in groups}}
    criteria = []
    for number in range(1, CRITERIA + 1):
        group = groups[(number - 1) % GROUPS]
        members[group].append(f"C{number}")
        criteria.append(_named(f"C{number}", f"准则 {number}", f"Criterion {number}", layer=group))
    tables["criteria"]["criteria"] = criteria
    return members


def _judgments(members: dict[str, list[str]], rng: random.Random) -> list[dict]:
    nodes = []
    for node, items in members.items():
        pairs = [[a, b, rng.choice(SCALE)] for i, a in enumerate(items) for b in items[i + 1 :]]
        nodes.append({"node": node, "pairs": pairs})
    return nodes


def benchmark_model(seed: int = 15):
    from criteria.text import LocalText
    from strategies.model_edit import build_model, empty_model, model_tables

    rng = random.Random(seed)
    tables = model_tables(empty_model(LocalText("基准模型", "Benchmark model"), "benchmark"))
    members = _tree(tables)
    tables["strategies"]["strategies"] = [
        _named(f"S{n}", f"策略 {n}", f"Strategy {n}") for n in range(1, STRATEGIES + 1)
    ]
    tables["districts"]["districts"] = [
        _named(f"D{n}", f"区 {n}", f"District {n}") for n in range(1, DISTRICTS + 1)
    ]
    levels = tables["ratings"]["scale"]["levels"]
    tables["ratings"]["ratings"] = [
        {"strategy": f"S{s}", "criterion": f"C{c}", "level": rng.choice(levels)}
        for s in range(1, STRATEGIES + 1)
        for c in range(1, CRITERIA + 1)
    ]
    tables["judgments"] = {"nodes": _judgments(members, rng)}
    return build_model(tables)


if __name__ == "__main__":
    from strategies.model_edit import write_model_folder

    write_model_folder(benchmark_model(), Path(sys.argv[1]))
    print(f"wrote {sys.argv[1]}")
