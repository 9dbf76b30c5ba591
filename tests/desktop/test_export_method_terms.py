"""Every export says thresholds in both terms, the exact α change points, the CR of every
judged node (completed where incomplete) and where the method's silent rules apply."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from desktop.export.content import build_report
from desktop.export.labels import labels
from desktop.export.report_html import report_html
from desktop.export.service import export_report
from strategies.sensitivity.alpha_points import alpha_change_points
from strategies.sensitivity.thresholds import change_before_renormalisation

from .export_support import CIRCULAR, UNSERVED, engine, hostile_session


@pytest.fixture(scope="module")
def exported(model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("method_terms")
    evaluation, bundle = engine(model, hostile_session(model))
    for suffix in (".xlsx", ".csv", ".json"):
        export_report(evaluation, folder / f"report{suffix}", "en")
    return folder, evaluation, bundle


def test_the_incomplete_strategy_matrix_is_really_inconsistent(exported):
    node = exported[1].effectiveness_nodes[CIRCULAR]
    assert not node.complete and node.consistency_ratio > node.threshold
    assert node.status.value == "incomplete" and node.cr_status.value == "too_inconsistent"


def test_json_has_both_threshold_terms_the_alpha_points_and_every_cr(exported):
    folder, evaluation, bundle = exported
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    found, weights = bundle.thresholds, bundle.thresholds.current_weights
    for index, row in enumerate(data["thresholds"]):
        d, k = divmod(index, len(evaluation.model.criteria))
        for name, increase in (("top_increase", True), ("any_decrease", False)):
            change = getattr(found, name)[k, d]
            signed = change if increase else -change
            delta = change_before_renormalisation(weights[k], signed)
            if np.isnan(delta):
                assert row[f"{name}_ts_delta"] is None
                continue
            assert row[name] == pytest.approx(change)
            assert row[f"{name}_ts_delta"] == pytest.approx(abs(delta))
            assert row[f"{name}_ts_percent"] == pytest.approx(100 * abs(delta) / weights[k])
    points = alpha_change_points(bundle.inputs, bundle.alpha.crossings)
    assert len(points) > 0
    assert [p["alpha"] for p in data["alpha_change_points"]] == [p.alpha for p in points]
    strategy_nodes = {n["id"]: n for n in data["strategy_nodes"]}
    assert strategy_nodes[CIRCULAR]["consistency_ratio"] == pytest.approx(
        evaluation.effectiveness_nodes[CIRCULAR].consistency_ratio
    )
    assert strategy_nodes[CIRCULAR]["cr_status"] == "too_inconsistent"
    assert strategy_nodes[CIRCULAR]["status"] == "incomplete"
    rules = {(n["rule"], n["subject"]) for n in data["method_notes"]}
    assert ("unserved_criterion", UNSERVED) in rules
    assert ("off_scale_judgment", CIRCULAR) in rules


def test_xlsx_names_both_measures_and_notes_the_rows(exported):
    folder, evaluation, _ = exported
    text = labels("en")
    book = load_workbook(folder / "report.xlsx")
    headers = [c.value for c in book[text["sheet_thresholds"]][1]]
    assert text["top_increase_ts_delta"] in headers and "renormalised Δ" in headers[5]
    alpha_rows = list(book[text["sheet_alpha"]].iter_rows(min_row=2, values_only=True))
    assert alpha_rows and all(isinstance(row[2], float) for row in alpha_rows)
    weights = list(book[text["sheet_weights"]].iter_rows(values_only=True))
    noted = [row for row in weights if row[0] == UNSERVED and row[5]]
    assert noted and "No strategy serves" in noted[0][5]
    circular = [
        row for row in weights if row[0] == CIRCULAR and row[7] == text["judged_strategies"]
    ]
    assert circular[0][2] == pytest.approx(
        evaluation.effectiveness_nodes[CIRCULAR].consistency_ratio
    )
    assert circular[0][8] == text["status_too_inconsistent"] and "2.50" in circular[0][9]


def test_csv_rows_carry_the_new_columns(exported):
    folder, evaluation, bundle = exported
    text = labels("en")
    table = pd.read_csv(folder / "report.csv", encoding="utf-8-sig")
    first = table.iloc[0]
    assert first[text["critical_ts_delta"]] == pytest.approx(
        build_report(evaluation, bundle, "en").districts[0].firmness.critical_ts_delta
    )
    assert "α = " in first[text["alpha_change_points"]]
    assert f"strategies under {CIRCULAR}" in first[text["consistency_all"]]
    assert "No strategy serves" in first[text["method_notes"]]


def test_pdf_text_names_both_measures_and_the_strategy_cr(exported):
    _, evaluation, bundle = exported
    html = report_html(build_report(evaluation, bundle, "en"))
    cr = evaluation.effectiveness_nodes[CIRCULAR].consistency_ratio
    assert "T&amp;S" in html and "criticality degree" in html
    assert f"{cr:.4f}" in html and "α where ranks change" in html
    assert "No strategy serves" in html and "Ordinal indicator" in html
