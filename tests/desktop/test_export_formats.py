"""XLSX, CSV and JSON exports hold exactly the engine's numbers, and planner text is inert."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from criteria.text import LocalText
from desktop.export.content import REPORT_SCHEMA, build_report
from desktop.export.csv_export import csv_bytes
from desktop.export.labels import labels
from desktop.export.service import export_report
from desktop.export.xlsx import MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH

from .export_support import INJECTIONS, engine, planner_session

# openpyxl writes a float with 16 significant digits (Excel shows 15): equal to 1e-15.
XLSX_DIGITS = 1e-15
MARK = " (planner text Ω)"


def _same(number):
    return pytest.approx(number, rel=XLSX_DIGITS, abs=0)


@pytest.fixture(scope="module")
def exported(model, tmp_path_factory):
    """The planner session exported once in each format (English)."""
    folder = tmp_path_factory.mktemp("exports")
    session = planner_session(model)
    evaluation, bundle = engine(model, session)
    for suffix in (".xlsx", ".csv", ".json"):
        export_report(evaluation, folder / f"report{suffix}", "en")
    return folder, evaluation, bundle


def _engine_rows(evaluation, bundle):
    """(district, rank, strategy, priority, gap, tied, P(rank 1..6)) from the engine itself."""
    model = evaluation.model
    for d, district in enumerate(model.district_ids):
        for entry in evaluation.ranking(district):
            s = model.strategy_ids.index(entry.strategy)
            yield (
                district,
                entry.rank,
                entry.strategy,
                entry.priority,
                entry.gap_to_next,
                entry.tied,
                bundle.monte_carlo.rank_acceptability[d, s].tolist(),
            )


def test_xlsx_ranking_sheet_holds_every_engine_number(exported):
    folder, evaluation, bundle = exported
    sheet = load_workbook(folder / "report.xlsx")[labels("en")["sheet_ranking"]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    expected = list(_engine_rows(evaluation, bundle))
    assert len(rows) == len(expected) == 30
    for row, (district, rank, strategy, priority, gap, tied, probabilities) in zip(
        rows, expected, strict=True
    ):
        assert (row[0], row[2], row[3]) == (district, rank, strategy)
        assert isinstance(row[5], float)  # stored as a number
        assert row[5] == _same(priority)
        assert row[6] == (None if gap is None else _same(gap))
        assert row[7] == ("yes" if tied else "no")
        assert list(row[8:14]) == [_same(p) for p in probabilities]


def test_xlsx_summary_weights_and_thresholds_match_the_engine(exported):
    folder, evaluation, bundle = exported
    text = labels("en")
    book = load_workbook(folder / "report.xlsx")
    districts = len(evaluation.model.districts)  # the caveats follow below the summary
    summary = list(
        book[text["sheet_summary"]].iter_rows(min_row=2, max_row=1 + districts, values_only=True)
    )
    for row, robustness in zip(summary, bundle.robustness(), strict=True):
        district = evaluation.model.district_ids[robustness.district]
        assert row[0] == district
        assert row[2] == evaluation.model.strategy_ids[robustness.top_strategy]
        assert row[2] in evaluation.top_strategies(district)
        assert row[6] == _same(robustness.top_stays_top)
        assert row[8] == _same(robustness.critical_change)
    weights = list(book[text["sheet_weights"]].iter_rows(min_row=2, max_row=9, values_only=True))
    assert [row[0] for row in weights] == list(evaluation.model.criteria)
    assert [row[4] for row in weights] == [_same(w) for w in evaluation.weights.leaf_weights()]
    thresholds = list(book[text["sheet_thresholds"]].iter_rows(min_row=2, values_only=True))
    found = bundle.thresholds
    for index, row in enumerate(thresholds):
        d, k = divmod(index, len(evaluation.model.criteria))
        for column, array in ((5, found.top_increase), (6, found.top_decrease)):
            value = array[k, d]
            assert row[column] == (None if np.isnan(value) else _same(value))


def test_xlsx_has_every_sheet_frozen_headers_and_sensible_widths(exported):
    book = load_workbook(exported[0] / "report.xlsx")
    text = labels("en")
    assert book.sheetnames == [
        text[f"sheet_{k}"]
        for k in (
            "summary",
            "ranking",
            "weights",
            "thresholds",
            "alpha",
            "indicators",
            "coverage",
            "method",
        )
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1] if cell.value is not None)
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert widths and all(MIN_COLUMN_WIDTH <= w <= MAX_COLUMN_WIDTH for w in widths)


def test_csv_read_by_pandas_matches_the_engine_and_starts_with_a_bom(exported):
    folder, evaluation, bundle = exported
    raw = (folder / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(folder / "report.csv", encoding="utf-8-sig")
    expected = list(_engine_rows(evaluation, bundle))
    assert len(table) == len(expected)
    for (_, row), (district, rank, strategy, priority, gap, _tied, probabilities) in zip(
        table.iterrows(), expected, strict=True
    ):
        values = row.tolist()
        assert (values[0], values[2], values[3]) == (district, rank, strategy)
        assert values[5] == priority
        assert (gap is None and np.isnan(values[6])) or values[6] == gap
        assert values[8:14] == probabilities


def test_csv_in_chinese_keeps_names_readable(model):
    evaluation, bundle = engine(model, planner_session(model))
    report = build_report(evaluation, bundle, "zh")
    table = pd.read_csv(pd.io.common.BytesIO(csv_bytes(report)), encoding="utf-8-sig")
    assert table.columns[1] == labels("zh")["district"]
    assert set(table.iloc[:, 1]) == {d.name.zh for d in model.districts}


def test_json_has_the_schema_and_the_engine_numbers(exported):
    folder, evaluation, bundle = exported
    document = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert document["schema"] == REPORT_SCHEMA
    assert document["settings"]["monte_carlo"]["samples"] == bundle.monte_carlo.samples
    assert document["settings"]["alpha"] == 0.7
    for entry, robustness in zip(document["districts"], bundle.robustness(), strict=True):
        district = evaluation.model.district_ids[robustness.district]
        ranking = evaluation.ranking(district)
        assert [r["priority"] for r in entry["ranking"]] == [r.priority for r in ranking]
        assert entry["firmness"]["top_stays_top"] == robustness.top_stays_top
        top = evaluation.model.strategy_ids.index(entry["top_strategies"][0])
        row = evaluation.model.district_ids.index(district)
        assert sum(d["contribution"] for d in entry["drivers"]) == pytest.approx(
            evaluation.priorities[row, top], abs=1e-12
        )
    assert document["planner_edits"][0]["source"] == "survey 2023"


@pytest.mark.parametrize("text", INJECTIONS)
def test_planner_text_is_inert_in_the_xlsx(model, tmp_path, text):
    planted = text + MARK
    evaluation, _ = engine(model, planner_session(model, notes=planted, source=planted))
    export_report(evaluation, tmp_path / "r.xlsx", "en")
    book = load_workbook(tmp_path / "r.xlsx")
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and MARK in cell.value
    ]
    assert len(cells) == 2  # the notes (method sheet) and the edit's source (indicators)
    for cell in cells:
        assert cell.data_type == "s"  # a string, not a formula
        # XML reads a bare CR back as a line feed; the apostrophe is what matters.
        assert cell.value == "'" + planted.replace("\r", "\n")


def _with_names(model, text):
    """The model with planner-typed district and strategy names (a model of their own)."""
    districts = tuple(replace(d, name=LocalText(text + d.id, text + d.id)) for d in model.districts)
    strategies = tuple(
        replace(s, name=LocalText(text + s.id, text + s.id)) for s in model.strategies
    )
    return replace(model, districts=districts, strategies=strategies)


@pytest.mark.parametrize("text", INJECTIONS)
def test_names_are_inert_in_the_csv(model, text):
    named = _with_names(model, text)
    evaluation, bundle = engine(named, planner_session(named))
    raw = csv_bytes(build_report(evaluation, bundle, "en")).decode("utf-8-sig")
    table = pd.read_csv(pd.io.common.StringIO(raw), keep_default_na=False)
    for column in (1, 4):
        assert all(cell.startswith("'" + text) for cell in table.iloc[:, column])
    assert not any(line.startswith(("=", "+", "-", "@")) for line in raw.split("\r\n"))


def test_every_json_key_is_documented(exported):
    documented = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    document = json.loads((exported[0] / "report.json").read_text(encoding="utf-8"))

    def keys(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                if key != "values":  # place names, not keys of the shape
                    yield from keys(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from keys(inner)

    missing = {key for key in keys(document) if f'"{key}"' not in documented}
    assert missing == set()


def test_exports_say_where_the_ranking_holds_over_alpha_and_what_stands_in_for_data(exported):
    from strategies.sensitivity.alpha import alpha_stability

    folder, evaluation, bundle = exported
    model = evaluation.model
    found = alpha_stability(bundle.inputs)
    document = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    for entry, stable in zip(document["districts"], found, strict=True):
        assert entry["alpha_range"]["low"] == stable.low
        assert entry["alpha_range"]["high"] == stable.high
        assert entry["alpha_range"]["change_points"] == list(stable.change_points)
        assert entry["alpha_range"]["dropped_at_one"] == [
            model.criteria[c] for c in stable.dropped_at_one
        ]
        row = model.district_ids.index(entry["id"])
        for driver in entry["drivers"]:
            column = model.criteria.index(driver["criterion"])
            assert driver["need_source"] == evaluation.need.source_name(row, column)
            assert driver["neutral"] == (driver["need_source"] != "measured")
    text = labels("en")
    sheet = load_workbook(folder / "report.xlsx")[text["sheet_summary"]]
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, max_row=1 + len(found), values_only=True))
    low, high = header.index(text["alpha_low"]), header.index(text["alpha_high"])
    points, dropped = header.index(text["alpha_points"]), header.index(text["alpha_dropped"])
    for row, stable in zip(rows, found, strict=True):
        assert (row[low], row[high]) == (_same(stable.low), _same(stable.high))
        assert (row[points] or "") == ", ".join(f"{p:.3f}" for p in stable.change_points)
        assert (row[dropped] or "") == ", ".join(model.criteria[c] for c in stable.dropped_at_one)
