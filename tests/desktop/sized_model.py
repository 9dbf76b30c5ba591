"""A model folder of any size in the TOML layout of tests/models/small, for the report's page
tests: groups of criteria under the goal, strategies with measures, districts with a figure
each. Every name, figure and rating is invented (TEST DATA) and deterministic.

    python tests/desktop/sized_model.py FOLDER 12 40 6,6,6   # 12 strategies, 40 districts
"""

from __future__ import annotations

import sys
from pathlib import Path

_LEVELS = ("none", "weak", "moderate", "strong", "very_strong")
_STRATEGY = (
    ("建设区域物流枢纽", "Build a regional logistics hub"),
    ("开展电商技能培训", "Train staff in online selling"),
    ("设立小微企业贷款", "Set up loans for small firms"),
    ("升级网络与园区", "Upgrade networks and business parks"),
)


def _quoted(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_quoted(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_quoted(v)}" for k, v in value.items()) + " }"
    return repr(value)


def _records(table: str, rows: list[dict]) -> str:
    return "\n".join(
        f"[[{table}]]\n" + "".join(f"{k} = {_quoted(v)}\n" for k, v in row.items()) for row in rows
    )


def _criteria(groups: tuple[int, ...]) -> tuple[list[dict], list[dict]]:
    layers = [
        {"id": f"G{g + 1}", "name_zh": f"第{g + 1}组", "name_en": f"Group {g + 1}"}
        for g in range(len(groups))
    ]
    criteria = []
    for g, size in enumerate(groups):
        for _ in range(size):
            n = len(criteria) + 1
            criteria.append(
                {
                    "id": f"c{n:02d}",
                    "layer": f"G{g + 1}",
                    "name_zh": f"测试准则{n}",
                    "name_en": f"Test criterion number {n}",
                }
            )
    return layers, criteria


def _judgments(layers: list[dict], criteria: list[dict]) -> list[dict]:
    nodes = {"aim": [layer["id"] for layer in layers]}
    for layer in layers:
        nodes[layer["id"]] = [c["id"] for c in criteria if c["layer"] == layer["id"]]
    return [
        {
            "node": node,
            "pairs": [
                [a, b, float(1 + (i + j) % 3)]
                for i, a in enumerate(items)
                for j, b in enumerate(items)
                if i < j
            ],
        }
        for node, items in nodes.items()
        if len(items) > 1
    ]


def write_model(
    folder: Path, strategies: int, districts: int, groups: tuple[int, ...], measures: int = 3
) -> Path:
    """Write the model's files into folder (made if missing); return folder. measures: how many
    measures each strategy lists (a district page shows its top strategy's)."""
    folder.mkdir(parents=True, exist_ok=True)
    layers, criteria = _criteria(groups)
    places = [
        (f"d{k + 1:02d}", f"测试区{k + 1}", f"Test district {k + 1}") for k in range(districts)
    ]
    strategy_ids = [f"S{k + 1}" for k in range(strategies)]
    files = {
        "model": '[model]\nid = "sized_test"\nversion = "0.0.1"\n'
        f'name_zh = "测试模型（{strategies}项策略，{districts}个区）"\n'
        f'name_en = "Test model ({strategies} strategies, {districts} districts)"\n'
        'source_zh = "测试数据：编造"\nsource_en = "Test data: invented"\n',
        "criteria": '[goal]\nid = "aim"\nname_zh = "测试目标"\nname_en = "Test goal"\n'
        'description_zh = "测试。"\ndescription_en = "A test."\n\n'
        + _records("layers", layers)
        + "\n"
        + _records("criteria", criteria),
        "strategies": _records(
            "strategies",
            [
                {
                    "id": ident,
                    "name_zh": f"{_STRATEGY[k % 4][0]}{k + 1}",
                    "name_en": f"{_STRATEGY[k % 4][1]} {k + 1}",
                    "summary_zh": "测试。",
                    "summary_en": "A test.",
                    "measures_zh": [f"措施{m + 1}" for m in range(measures)],
                    "measures_en": [
                        f"Measure number {m + 1} of the strategy" for m in range(measures)
                    ],
                }
                for k, ident in enumerate(strategy_ids)
            ],
        ),
        "districts": _records(
            "districts", [{"id": i, "name_zh": zh, "name_en": en} for i, zh, en in places]
        ),
        "indicators": _records(
            "indicators",
            [
                {
                    "id": "test_figure",
                    "name_zh": "测试指标",
                    "name_en": "Test figure",
                    "unit_zh": "个",
                    "unit_en": "units",
                    "year": "2024",
                    "scope": "district",
                    "criterion": criteria[0]["id"],
                    "direction": "higher_is_better",
                    "kind": "number",
                    "section": "test",
                    "source_zh": "测试数据（编造）",
                    "source_en": "Test data (invented)",
                    "values": {i: float(3 + k % 7) for k, (i, _, _) in enumerate(places)},
                }
            ],
        ),
        "ratings": '[scale]\nlevels = ["none", "weak", "moderate", "strong", "very_strong"]\n'
        'labels_zh = ["无", "弱", "中", "强", "很强"]\n'
        'labels_en = ["none", "weak", "moderate", "strong", "very strong"]\n'
        "values = [0.0, 1.0, 3.0, 5.0, 7.0]\n\n"
        '[origin]\nkind = "default_judgment"\nnote_zh = "测试。"\nnote_en = "Test."\n\n'
        + _records(
            "ratings",
            [
                {
                    "strategy": s,
                    "criterion": c["id"],
                    "level": _LEVELS[(k * 3 + n) % len(_LEVELS)],
                    "reason_zh": "测试。",
                    "reason_en": "Test.",
                }
                for k, s in enumerate(strategy_ids)
                for n, c in enumerate(criteria)
            ],
        ),
        "judgments": '[origin]\nnote_zh = "测试。"\nnote_en = "Test."\n\n'
        + _records("nodes", _judgments(layers, criteria)),
    }
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(f"# TEST DATA (invented)\n\n{text}", encoding="utf-8")
    return folder


if __name__ == "__main__":
    sizes = tuple(int(n) for n in sys.argv[4].split(","))
    print(write_model(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sizes))
