"""Session files that carry a hostile model, up to the 1 MiB cap: ``python
tests/benchmarks/carried_model_files.py``.

Schema 6 files carry their model, so a file can hold a model as large as the cap allows: the
longest chain of layers, and the most leaves (15 children a node, the loader's limit). Each is
written at sizes up to the cap and opened (read, checked by the model loader, evaluated); prints
the time per file and its size, the growth exponent between the two largest sizes (1 = linear),
and the example session read in the same run as a baseline. Target: each decided in ≤ 2 s, in
linear time (as docs/session-format.md promises of every file up to the cap).
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # measure this checkout's code
CAP = 2**20


def chain(tables: dict, count: int) -> dict:
    layers = [
        {"id": f"X{i}", "name_zh": "链", "name_en": "c", "parent": f"X{i - 1}" if i else "goal"}
        for i in range(count)
    ]
    tables["criteria"]["layers"] += layers
    tables["criteria"]["criteria"].append(
        {"id": "Z", "name_zh": "z", "name_en": "z", "layer": f"X{count - 1}"}
    )
    tables["ratings"]["ratings"] += [
        {"strategy": s["id"], "criterion": "Z", "level": "none"}
        for s in tables["strategies"]["strategies"]
    ]
    return tables


def leaves(tables: dict, count: int) -> dict:
    """count leaves under a tree of layers below L1, at most 14 children a node."""
    tables["strategies"]["strategies"] = tables["strategies"]["strategies"][:2]
    strategies = [s["id"] for s in tables["strategies"]["strategies"]]
    level, made = [f"W{i}" for i in range(count)], 0
    records = [{"id": w, "name_zh": "叶", "name_en": "w"} for w in level]
    parent_of: dict[str, str] = {}
    while len(level) > 12:
        groups = [level[i : i + 14] for i in range(0, len(level), 14)]
        level = [f"Y{made + g}" for g in range(len(groups))]
        made += len(groups)
        for group, layer in zip(groups, level, strict=True):
            parent_of.update(dict.fromkeys(group, layer))
    parent_of.update(dict.fromkeys(level, "L1"))
    criteria = tables["criteria"]
    criteria["layers"] += [
        {"id": y, "name_zh": "层", "name_en": "y", "parent": parent_of[y]}
        for y in (f"Y{i}" for i in range(made))
    ]
    criteria["criteria"] += [{**r, "layer": parent_of[r["id"]]} for r in records]
    tables["ratings"]["ratings"] = [
        r for r in tables["ratings"]["ratings"] if r["strategy"] in strategies
    ] + [
        {"strategy": s, "criterion": r["id"], "level": "none"} for r in records for s in strategies
    ]
    return tables


def document(shape, count: int) -> bytes:
    from strategies.evaluation import default_session
    from strategies.model import content_hash, load_model
    from strategies.model_edit import model_tables
    from strategies.session_file import SessionFileInfo, session_to_dict

    model = load_model()
    data = session_to_dict(default_session(model), model, SessionFileInfo.new())
    tables = shape(model_tables(model), count)
    data["model"]["tables"] = tables
    data["model"]["content_hash"] = content_hash(tables)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def largest(shape) -> int:
    low, high = 1, 200_000
    while low < high:
        middle = (low + high + 1) // 2
        if len(document(shape, middle)) <= CAP:
            low = middle
        else:
            high = middle - 1
    return low


def opened(data: bytes) -> tuple[float, str]:
    from strategies.model import load_model
    from strategies.session_file import SessionFileError, read_session

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.cspsession"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            loaded = read_session(path, load_model())
            outcome = f"opened ({len(loaded.model.hierarchy.nodes)} nodes)"
        except SessionFileError as error:
            outcome = f"refused: {str(error)[:70]}"
        return time.perf_counter() - start, outcome


def main() -> None:
    from strategies.model import load_model
    from strategies.session_file import example_session_path, read_session

    read_session(example_session_path(), load_model())  # imports numpy, ahpy, scipy
    start = time.perf_counter()
    read_session(example_session_path(), load_model())
    print(f"baseline: the example session read in {time.perf_counter() - start:.3f} s")
    for name, shape in (("chain of layers", chain), ("leaves", leaves)):
        most = largest(shape)
        times = []
        for count in (most // 4, most // 2, most):
            data = document(shape, count)
            seconds, outcome = opened(data)
            times.append((len(data), seconds))
            print(f"{name}: {count} in {len(data) / 2**20:.2f} MiB → {seconds:.3f} s, {outcome}")
        (a, ta), (b, tb) = times[-2], times[-1]
        print(f"{name}: growth exponent {math.log(tb / ta) / math.log(b / a):.2f}")


if __name__ == "__main__":
    main()
