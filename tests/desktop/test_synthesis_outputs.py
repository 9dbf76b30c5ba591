"""The synthesis mode is named in ``rank --json`` and its text, in every export, and can be
chosen on the command line; an old file ranks as it was saved (distributive)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.export.content import build_report
from desktop.export.labels import labels
from desktop.export.report_html import report_html
from desktop.export.service import export_report
from strategies.effectiveness import Synthesis
from strategies.evaluation import default_session, evaluate
from strategies.sensitivity.bundle import sensitivity_bundle

from .export_support import planner_session

OLD_FILE = Path(__file__).parents[1] / "data" / "session_v2.cspsession"


def rank_json(capsys, *argv) -> dict:
    assert main(["rank", "--json", "--lang", "en", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def _priorities(document: dict) -> dict:
    return {
        (d["id"], e["strategy"]): e["priority"] for d in document["districts"] for e in d["ranking"]
    }


def _engine(model, session) -> dict:
    evaluation = evaluate(model, session)
    return {
        (district, entry.strategy): entry.priority
        for district in model.district_ids
        for entry in evaluation.ranking(district)
    }


def test_rank_json_names_the_mode_and_ideal_is_the_default(capsys, model):
    document = rank_json(capsys)
    assert document["settings"]["synthesis"] == "ideal"
    assert _priorities(document) == pytest.approx(_engine(model, default_session(model)))
    for district in document["districts"]:  # the best possible priority is 1, not a share
        assert sum(e["priority"] for e in district["ranking"]) > 1


@pytest.mark.parametrize("option", ["--synthesis", "--mode"])
def test_rank_distributive_on_the_command_line(capsys, model, option):
    document = rank_json(capsys, option, "distributive")
    assert document["settings"]["synthesis"] == "distributive"
    expected = replace(default_session(model), synthesis=Synthesis.DISTRIBUTIVE)
    assert _priorities(document) == pytest.approx(_engine(model, expected))
    for district in document["districts"]:
        assert sum(e["priority"] for e in district["ranking"]) == pytest.approx(1)


def test_rank_text_says_the_mode_in_both_languages(capsys):
    assert main(["rank", "--lang", "en", "--synthesis", "distributive"]) == 0
    assert "synthesis: distributive" in capsys.readouterr().out
    assert main(["rank", "--lang", "zh"]) == 0
    assert "综合模式：理想模式" in capsys.readouterr().out


def test_an_unknown_mode_is_refused_in_one_line(capsys):
    assert main(["rank", "--synthesis", "best"]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "invalid choice" in err


def test_a_file_saved_before_the_mode_ranks_as_it_was_saved(capsys, model):
    document = rank_json(capsys, "--session", str(OLD_FILE))
    assert document["settings"]["synthesis"] == "distributive"
    for district in document["districts"]:
        assert sum(e["priority"] for e in district["ranking"]) == pytest.approx(1)
    ideal = rank_json(capsys, "--session", str(OLD_FILE), "--synthesis", "ideal")
    assert ideal["settings"]["synthesis"] == "ideal"


@pytest.fixture(scope="module")
def distributive_exports(model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthesis")
    session = replace(planner_session(model), synthesis=Synthesis.DISTRIBUTIVE)
    evaluation = evaluate(model, session)
    for suffix in (".xlsx", ".csv", ".json"):
        export_report(evaluation, folder / f"report{suffix}", "en")
    return folder, evaluation


def test_json_export_names_the_mode(distributive_exports):
    folder, evaluation = distributive_exports
    document = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert document["settings"]["synthesis"] == "distributive"
    for entry in document["districts"]:
        assert sum(r["priority"] for r in entry["ranking"]) == pytest.approx(1)


def test_xlsx_method_sheet_and_csv_name_the_mode(distributive_exports):
    folder, _ = distributive_exports
    text = labels("en")
    sheet = load_workbook(folder / "report.xlsx")[text["sheet_method"]]
    rows = {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
    assert rows[text["synthesis"]] == text["synthesis_distributive"]
    table = pd.read_csv(folder / "report.csv", encoding="utf-8-sig")
    assert table.columns[-1] == text["synthesis"]
    assert set(table.iloc[:, -1]) == {text["synthesis_distributive"]}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_cover_and_method_name_the_mode(model, lang):
    evaluation = evaluate(model, default_session(model))
    report = build_report(evaluation, sensitivity_bundle(evaluation), lang)
    html = report_html(report)
    text = labels(lang)
    assert text["synthesis"] in html and text["synthesis_ideal"] in html
    assert ("Belton" in html) and ("Millet" in html)


def test_export_command_takes_the_mode(tmp_path):
    out = tmp_path / "r.json"
    assert (
        main(
            [
                "export",
                "-o",
                str(out),
                "--lang",
                "en",
                "--samples",
                "50",
                "--synthesis",
                "distributive",
            ]
        )
        == 0
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["settings"]["synthesis"] == "distributive"
    priorities = [[r["priority"] for r in d["ranking"]] for d in document["districts"]]
    assert np.sum(priorities, axis=1) == pytest.approx(np.ones(len(priorities)))
