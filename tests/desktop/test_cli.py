"""The command line: ranking text and JSON, and one-line errors with exit code 2."""

import json

import numpy as np
import pytest

from desktop.cli import main
from desktop.rank_report import RANK_SCHEMA
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.panel.session_panel import new_expert, session_evaluation, with_expert
from strategies.session_file import SessionFileInfo, write_session


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rank_json_matches_the_engine(capsys):
    code, out, _ = run(capsys, "rank", "--json", "--lang", "en", "--alpha", "0.3")
    assert code == 0
    document = json.loads(out)
    assert document["schema"] == RANK_SCHEMA
    model = load_model()
    from dataclasses import replace

    evaluation = evaluate(model, replace(default_session(model), alpha=0.3))
    for district in document["districts"]:
        expected = evaluation.ranking(district["id"])
        assert [e["strategy"] for e in district["ranking"]] == [r.strategy for r in expected]
        assert [e["priority"] for e in district["ranking"]] == pytest.approx(
            [r.priority for r in expected]
        )
        row = model.district_ids.index(district["id"])
        assert district["need_source"] == {
            c: evaluation.need.source_name(row, column) for column, c in enumerate(model.criteria)
        }
    gaoming = next(d for d in document["districts"] if d["id"] == "gaoming")
    assert gaoming["need_source"]["C1"] == "districts_mean"  # no market share in the paper
    assert gaoming["need_source"]["C3"] == "own_mean"  # no district has C3 data
    nodes = {n["id"]: n for n in document["nodes"]}
    assert nodes["L2"]["consistency_ratio"] is None  # two items: undefined, not 0
    assert document["settings"]["random_index_table"].startswith("Saaty")


def test_rank_json_of_any_model_matches_the_engine(capsys, any_model_folder):
    any_model = load_model(any_model_folder)
    code, out, _ = run(capsys, "rank", "--json", "--lang", "zh", "--model", str(any_model_folder))
    assert code == 0
    document = json.loads(out)
    evaluation = evaluate(any_model, default_session(any_model))
    assert [d["id"] for d in document["districts"]] == list(any_model.district_ids)
    for district in document["districts"]:
        expected = evaluation.ranking(district["id"])
        assert [e["strategy"] for e in district["ranking"]] == [r.strategy for r in expected]
    assert [c["id"] for c in document["criteria"]] == list(any_model.criteria)


def test_rank_text_in_both_languages(capsys):
    _, zh, _ = run(capsys, "rank", "--lang", "zh", "--district", "顺德")
    assert "顺德" in zh and "禅城" not in zh and "策略" in zh
    _, en, _ = run(capsys, "rank", "--lang", "en", "--district", "nanhai", "--district", "Shunde")
    assert "Nanhai" in en and "Shunde" in en and "Gaoming" not in en


@pytest.mark.parametrize(
    "argv",
    [
        ("rank", "--alpha", "1.5"),
        ("rank", "--alpha", "x"),
        ("rank", "--district", "Atlantis"),
        ("rank", "--lang", "fr"),
        ("rank", "--bogus"),
        ("rank", "--session", "/nonexistent/file.cspsession"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err


def test_rank_json_adds_the_panel_of_a_panel_session(capsys, tmp_path):
    """Keys only added: the panel's experts, weights, aggregation, CR per expert, S* per node;
    the ranking is the panel's combination."""
    model = load_model()
    session = default_session(model)
    for value in (7.0, 1 / 5):
        fresh = new_expert(session, model, f"E{value:g}")
        goal = fresh.criteria_judgments[model.hierarchy.goal]
        changed = goal.with_value(*goal.items[:2], value)
        session = with_expert(session, fresh.with_criteria_judgments(changed))
    path = tmp_path / "panel.cspsession"
    write_session(path, session, model, SessionFileInfo.new())
    code, out, _ = run(capsys, "rank", "--json", "--lang", "zh", "--session", str(path))
    document = json.loads(out)
    panel = document["panel"]
    assert code == 0 and panel["aggregation"] == "aij"
    assert [e["id"] for e in panel["experts"]] == [e.id for e in session.experts.experts]
    assert sum(e["counted_share"] for e in panel["experts"]) == pytest.approx(1.0)
    assert {c["node"] for c in panel["experts"][1]["consistency"]} == set(
        model.hierarchy.inner_nodes
    )
    nodes = panel["consensus"]["nodes"]
    assert [n["id"] for n in nodes] == list(model.hierarchy.inner_nodes)
    assert 0.0 <= panel["consensus"]["global_weights"]["s_star"] <= 1.0
    assert panel["consensus"]["global_weights"]["band_name"] in {"很低", "低", "中等", "高", "很高"}
    combined = session_evaluation(model, session)
    first = document["districts"][0]["ranking"][0]
    row = model.district_ids.index(document["districts"][0]["id"])
    assert first["priority"] == pytest.approx(float(np.max(combined.priorities[row])))


def test_rank_json_of_a_session_of_one_has_a_panel_of_one(capsys):
    code, out, _ = run(capsys, "rank", "--json", "--lang", "en")
    panel = json.loads(out)["panel"]
    assert [e["id"] for e in panel["experts"]] == ["planner"]
    assert panel["consensus"] is None and panel["experts"][0]["counted_share"] == 1.0
