"""The ranking after ``data import`` against an independent computation from the same numbers.

The expected ranking is computed here with plain numpy from the method as README.md and
DESIGN.md write it (criteria weights as the principal eigenvector of consistent judgments,
ratings → effectiveness in the synthesis mode, indicator normalisation, need per district with
the documented filling of missing cells, the α blend, priorities), without calling the
strategies' evaluation; the CLI runs in a subprocess: ``data import`` then ``rank --json``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.session_file import SessionFileInfo, write_session

ROOT = Path(__file__).resolve().parents[2]
MODEL = load_model()
HEADER = [
    "指标代码", "指标名称（中文）", "name_en", "准则", "方向", "类型", "等级（从差到好）", "单位",
    "区", "年份", "数值", "来源",
]  # fmt: skip
LEVELS = ("poor", "fair", "good", "excellent")
# (indicator, definition or None, place, year, value as written, value meant)
DEFINE_OUTLETS = ("快递网点", "express outlets", "C4", "higher_is_better", "ratio", "", "个")
DEFINE_COST = ("仓储成本", "warehouse rent", "C5", "lower_is_better", "ratio", "", "元/平方米")
DEFINE_FINANCE = (
    "融资便利",
    "finance access",
    "C5",
    "higher_is_better",
    "ordinal",
    ";".join(LEVELS),
    "",
)
DEFINE_SOLO = ("人才", "talent", "C8", "higher_is_better", "ratio", "", "人")
DEFINE_FLAT = ("平台", "platforms", "C3", "higher_is_better", "ratio", "", "个")
ROWS = [
    ("ecommerce_market_share", None, "高明", "2019", "12.5%", 12.5),
    ("ecommerce_market_share", None, "Sanshui", "2019", "9.75", 9.75),
    ("ecommerce_market_share", None, "shunde", "2019", "２２．５", 22.5),
    ("ecommerce_market_share", None, "shunde", "2015", "99", None),  # older: not in use
    ("national_pilot_towns", None, "禅城", "2019", "1", 1.0),
    ("express_outlets", DEFINE_OUTLETS, "chancheng", "2019", "820", 820.0),
    ("express_outlets", None, "nanhai", "2019", "1,234", 1234.0),
    ("express_outlets", None, "shunde", "2019", "1500", 1500.0),
    ("express_outlets", None, "gaoming", "2019", "300", 300.0),
    ("express_outlets", None, "gaoming", "2018", "280", None),
    ("warehouse_rent", DEFINE_COST, "chancheng", "2019", "45", 45.0),
    ("warehouse_rent", None, "nanhai", "2019", "38.5", 38.5),
    ("warehouse_rent", None, "shunde", "2019", "52", 52.0),
    ("warehouse_rent", None, "sanshui", "2019", "21", 21.0),
    ("finance_access", DEFINE_FINANCE, "chancheng", "2019", "good", "good"),
    ("finance_access", None, "nanhai", "2019", "excellent", "excellent"),
    ("finance_access", None, "shunde", "2019", "excellent", "excellent"),
    ("finance_access", None, "gaoming", "2019", "poor", "poor"),
    ("talent_pool", DEFINE_SOLO, "nanhai", "2019", "5000", 5000.0),  # one district: says nothing
    ("platforms", DEFINE_FLAT, "nanhai", "2019", "3", 3.0),  # equal everywhere: says nothing
    ("platforms", None, "shunde", "2019", "3", 3.0),
]


def _definition_of(ident: str):
    return next(row[1] for row in ROWS if row[0] == ident and row[1] is not None)


def _file_rows() -> list[list[str]]:
    rows = [HEADER]
    for ident, definition, place, year, written, _ in ROWS:
        cells = definition or ("",) * 7
        rows.append([ident, *cells, place, year, written, f"{ident} bureau {year}"])
    return rows


def _write_data(folder: Path, form: str) -> Path:
    if form == "xlsx":
        book = openpyxl.Workbook()
        for row in _file_rows():
            book.active.append(row)
        path = folder / "district-data.xlsx"
        book.save(path)
        return path
    path = folder / "district-data.csv"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(_file_rows())
    text = out.getvalue()
    path.write_bytes(text.encode("gbk" if form == "gbk" else "utf-8-sig"))
    return path


# The criteria judgments: consistent, so that the principal eigenvector is exactly the weights.
LOCAL = {
    "goal": {"L1": 0.5, "L2": 0.25, "L3": 0.25},
    "L1": {"C1": 0.25, "C2": 0.5, "C3": 0.25},
    "L2": {"C4": 0.75, "C5": 0.25},
    "L3": {"C6": 0.2, "C7": 0.4, "C8": 0.4},
}


def _judgments() -> dict[str, PairwiseJudgments]:
    judged = {}
    for node, weights in LOCAL.items():
        items = list(weights)
        pairs = [
            (a, b, weights[a] / weights[b]) for i, a in enumerate(items) for b in items[i + 1 :]
        ]
        judged[node] = PairwiseJudgments.from_pairs(node, items, pairs)
    return judged


def _cli(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.fixture(scope="module", params=["csv", "gbk", "xlsx"])
def imported(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    session_path = folder / "s.cspsession"
    session = replace(default_session(MODEL), criteria_judgments=_judgments())
    write_session(session_path, session, MODEL, SessionFileInfo.new())
    done = _cli(
        "data",
        "import",
        "--session",
        str(session_path),
        str(_write_data(folder, request.param)),
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return session_path


# ---- the method, written again from its description -------------------------------------


def _eigen_weights(node: str) -> np.ndarray:
    items = list(LOCAL[node])
    matrix = np.array([[LOCAL[node][a] / LOCAL[node][b] for b in items] for a in items])
    values, vectors = np.linalg.eig(matrix)
    principal = np.real(vectors[:, np.argmax(np.real(values))])
    return principal / principal.sum()


def _leaf_weights() -> np.ndarray:
    top = dict(zip(LOCAL["goal"], _eigen_weights("goal"), strict=True))
    weights = {}
    for layer in LOCAL["goal"]:
        for leaf, local in zip(LOCAL[layer], _eigen_weights(layer), strict=True):
            weights[leaf] = top[layer] * local
    return np.array([weights[c] for c in MODEL.criteria])


def _effectiveness(synthesis: str) -> np.ndarray:
    scale = MODEL.rating_scale
    intensity = dict(zip(scale.levels, scale.values, strict=True))
    e = np.array(
        [
            [intensity[MODEL.default_ratings[(s, c)].level] for c in MODEL.criteria]
            for s in MODEL.strategy_ids
        ],
        dtype=float,
    )
    if synthesis == "ideal":
        best = e.max(axis=0)
        return np.divide(e, best, out=np.zeros_like(e), where=best > 0)
    total = e.sum(axis=0)
    shares = np.divide(e, total, out=np.full_like(e, 1 / len(e)), where=total > 0)
    return shares


def _indicators_in_use() -> list[tuple[str, str, str, dict[str, object], tuple[str, ...]]]:
    """(id, criterion, direction, district → value, levels) of every indicator informing districts:
    the model's, each place holding its latest value (the file's 2019 over the paper's 2017)."""
    found = []
    for indicator in MODEL.indicators:
        if indicator.scope != "district" or indicator.criterion is None or indicator.kind == "text":
            continue
        values = dict(indicator.values)
        values.update(
            {
                _place(p): meant
                for i, d, p, y, w, meant in ROWS
                if i == indicator.id and meant is not None
            }
        )
        found.append(
            (indicator.id, indicator.criterion, indicator.direction, values, indicator.levels)
        )
    for ident in dict.fromkeys(row[0] for row in ROWS if row[1] is not None):
        _, _, criterion, direction, kind, levels, _ = _definition_of(ident)
        values = {
            _place(p): meant for i, d, p, y, w, meant in ROWS if i == ident and meant is not None
        }
        found.append(
            (ident, criterion, direction, values, tuple(levels.split(";")) if levels else ())
        )
    return found


def _place(text: str) -> str:
    for district in MODEL.districts:
        if text in (district.id, district.name.zh, district.name.en):
            return district.id
    raise AssertionError(text)


def _scores(
    direction: str, values: dict[str, object], levels: tuple[str, ...], method: str
) -> dict[str, float]:
    """Each district's normalised value in [0, 1]; {} when the values say nothing (one district,
    or no difference)."""
    if len(values) < 2:
        return {}
    if levels:  # ordinal: the level's index, min–max
        x = {d: float(levels.index(v)) for d, v in values.items()}
        method = "min_max"
    else:
        x = {d: float(v) for d, v in values.items()}
    low, high = min(x.values()), max(x.values())
    if high == low:
        return {}
    higher = direction == "higher_is_better"
    if method == "min_max" or low < 0:
        return {d: ((v - low) if higher else (high - v)) / (high - low) for d, v in x.items()}
    return {d: (v / high) if higher else (low / v) for d, v in x.items()}


def _need(method: str) -> np.ndarray:
    """g[d, c] with the documented filling of cells without a usable value."""
    districts, criteria = MODEL.district_ids, MODEL.criteria
    performance: dict[tuple[str, str], list[float]] = {}
    for _, criterion, direction, values, levels in _indicators_in_use():
        for district, score in _scores(direction, values, levels, method).items():
            performance.setdefault((district, criterion), []).append(score)
    g = np.full((len(districts), len(criteria)), np.nan)
    for (district, criterion), scores in performance.items():
        g[districts.index(district), criteria.index(criterion)] = 1 - np.mean(scores)
    measured = ~np.isnan(g)
    filled = g.copy()
    for c in range(len(criteria)):  # a criterion with data: the mean need of its measured districts
        if measured[:, c].any():
            filled[~measured[:, c], c] = g[measured[:, c], c].mean()
    with_data = measured.any(axis=0)
    for d in range(len(districts)):  # a criterion without data: the district's own mean need
        own = g[d, measured[d]] if measured[d].any() else filled[d, with_data]
        filled[d, ~with_data] = own.mean() if own.size else 0.0
    return filled


def _priorities(alpha: float, method: str, synthesis: str) -> np.ndarray:
    w = _leaf_weights()
    multipliers = (1 - alpha) + alpha * _need(method)
    adjusted = w * multipliers
    totals = adjusted.sum(axis=1, keepdims=True)
    adjusted = np.where(totals > 0, adjusted / np.where(totals > 0, totals, 1), w)
    return adjusted @ _effectiveness(synthesis).T


def _ranks(priorities: np.ndarray) -> np.ndarray:
    return np.array([[1 + np.sum(row > p + 1e-12) for p in row] for row in priorities])


# ---- the comparison ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alpha", "method", "synthesis"),
    [
        (0.5, "ratio_to_best", "ideal"),
        (0.8, "min_max", "distributive"),
        (1.0, "ratio_to_best", "distributive"),
    ],
)
def test_rank_after_import_matches_an_independent_computation(imported, alpha, method, synthesis):
    done = _cli(
        "rank", "--session", str(imported), "--json", "--lang", "en",
        "--alpha", str(alpha), "--normalisation", method, "--synthesis", synthesis,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    weights = {c["id"]: c["global_weight"] for c in report["criteria"]}
    np.testing.assert_allclose(
        [weights[c] for c in MODEL.criteria], _leaf_weights(), rtol=0, atol=1e-9
    )
    expected, ranks = _priorities(alpha, method, synthesis), None
    ranks = _ranks(expected)
    by_id = {d["id"]: d for d in report["districts"]}
    for row, district in enumerate(MODEL.district_ids):
        shown = by_id[district]
        need = [shown["need"][c] for c in MODEL.criteria]
        np.testing.assert_allclose(need, _need(method)[row], rtol=0, atol=1e-9, err_msg=district)
        got = {r["strategy"]: (r["priority"], r["rank"]) for r in shown["ranking"]}
        for column, strategy in enumerate(MODEL.strategy_ids):
            priority, rank = got[strategy]
            assert priority == pytest.approx(expected[row, column], abs=1e-9), (district, strategy)
            assert rank == ranks[row, column], (district, strategy)


def test_the_file_informs_the_criteria_it_names(imported):
    """The computation above is not idle: the file's indicators move C4 and C5 off neutral."""
    need = _need("ratio_to_best")
    c5 = MODEL.criteria.index("C5")
    assert len(set(np.round(need[:, c5], 12))) > 2
    assert need[MODEL.district_ids.index("sanshui"), c5] == 0.0  # the cheapest rent, no ordinal


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv", ".pdf"])
def test_every_export_of_the_imported_session_is_written(imported, tmp_path, suffix):
    """A file-defined ordinal indicator is scored by its level's index: the method notes name
    it (they looked it up among the model's indicators only, and the export failed)."""
    target = tmp_path / f"report{suffix}"
    done = _cli(
        "export", "--session", str(imported), "-o", str(target), "--lang", "zh", "--samples", "50"
    )
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0
    if suffix == ".json":
        notes = json.loads(target.read_text(encoding="utf-8"))["method_notes"]
        assert any(
            n["subject"] == "finance_access" and n["subject_name"] == "融资便利" for n in notes
        )
