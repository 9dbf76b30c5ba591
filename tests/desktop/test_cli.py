"""The command line: ranking text and JSON, and one-line errors with exit code 2."""

import json

import pytest

from desktop.cli import main
from desktop.rank_report import RANK_SCHEMA
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model


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
