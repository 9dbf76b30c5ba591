"""The command line and an edited model: a model edited in the core, saved as a folder and
ranked with --model gives the engine's ranking; a session carries its model to the CLI; with
--model DIR the session is fitted to DIR's model and what that dropped is said."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from criteria.text import LocalText
from desktop.cli import main
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.model_edit import (
    add_district,
    add_node,
    add_strategy,
    empty_model,
    move_node,
    reconcile,
    remove_node,
    remove_strategy,
    write_model_folder,
)
from strategies.session_file import SessionFileInfo, write_session

ROOT = Path(__file__).resolve().parents[2]
FOSHAN = load_model()


def built_from_nothing():
    """3 levels, 9 criteria, 7 strategies, 6 districts, from the empty template."""
    model = empty_model(LocalText("莲花集群", "Lotus cluster"), "lotus")
    leaves = {}
    for group in range(3):
        model, layer = add_node(model, "goal", LocalText(f"组{group}", f"Group {group}"))
        for item in range(3):
            name = LocalText(f"准则{group}{item}", f"C {group}.{item}")
            model, leaves[group, item] = add_node(model, layer, name)
    model = remove_node(model, "C1")  # the template's criterion
    model, sub = add_node(model, "C2", LocalText("子组", "Subgroup"), position=1)
    model = move_node(model, leaves[0, 1], sub)  # a third level
    model = move_node(model, leaves[0, 2], sub, 0)
    for n in range(5):
        model, _ = add_strategy(model, LocalText(f"策略{n}", f"Strategy {n}"))
    for n in range(5):
        model, _ = add_district(model, LocalText(f"镇{n}", f"Town {n}"))
    return model


def rank_json(capsys, *argv):
    code = main(["rank", "--json", "--lang", "en", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out), err


def assert_same_ranking(document, model, session):
    evaluation = evaluate(model, session)
    assert [d["id"] for d in document["districts"]] == list(model.district_ids)
    for district in document["districts"]:
        expected = evaluation.ranking(district["id"])
        assert [e["strategy"] for e in district["ranking"]] == [r.strategy for r in expected]
        assert [e["priority"] for e in district["ranking"]] == pytest.approx(
            [r.priority for r in expected]
        )


def test_a_model_built_from_nothing_ranks_the_same_from_its_folder(capsys, tmp_path):
    model = built_from_nothing()
    shape = (len(model.hierarchy.walk()) - 1, len(model.strategies), len(model.districts))
    assert len(model.criteria) == 9 and shape[1:] == (7, 6)
    assert max(len(model.hierarchy.path(c)) for c in model.criteria) == 4  # goal + 3 levels
    write_model_folder(model, tmp_path / "lotus")
    document, _ = rank_json(capsys, "--model", str(tmp_path / "lotus"))
    assert_same_ranking(document, model, default_session(model))


def test_a_real_cli_process_ranks_an_edited_folder_as_the_engine(tmp_path):
    model, _ = add_node(FOSHAN, "L2", LocalText("新", "New"), position=0)
    model = remove_strategy(model, "S3")
    write_model_folder(model, tmp_path / "edited")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "rank",
            "--json",
            "--model",
            str(tmp_path / "edited"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert_same_ranking(json.loads(result.stdout), model, default_session(model))


def test_a_session_ranks_with_the_model_it_carries(capsys, tmp_path):
    model, node = add_node(FOSHAN, "L1", LocalText("新", "New"))
    session = reconcile(default_session(FOSHAN), FOSHAN, model).session
    path = tmp_path / "edited.cspsession"
    write_session(path, session, model, SessionFileInfo.new())
    document, err = rank_json(capsys, "--session", str(path))
    assert err == "" and node in [c["id"] for c in document["criteria"]]
    assert_same_ranking(document, model, session)
    nodes = {n["id"]: n for n in document["nodes"]}
    assert (nodes["L1"]["provisional"], nodes["L1"]["missing_pairs"]) == (True, 3)
    assert (nodes["L2"]["provisional"], nodes["L2"]["missing_pairs"]) == (False, 0)


def test_with_model_dir_the_session_is_fitted_and_the_drops_said(capsys, tmp_path):
    model = remove_strategy(FOSHAN, "S6")
    path = tmp_path / "foshan.cspsession"
    write_session(path, default_session(FOSHAN), FOSHAN, SessionFileInfo.new())
    write_model_folder(model, tmp_path / "fewer")
    document, err = rank_json(capsys, "--session", str(path), "--model", str(tmp_path / "fewer"))
    fitted = reconcile(default_session(FOSHAN), FOSHAN, model)
    assert_same_ranking(document, model, fitted.session)
    assert "made for version 1.0.0" in err and "rating(s) of strategy" in err
    assert len(err.splitlines()) == 1 + len(fitted.dropped)
    edited = tmp_path / "edited.cspsession"
    write_session(edited, fitted.session, model, SessionFileInfo.new())
    code = main(["export", "-o", str(tmp_path / "out.json"), "--session", str(edited)])
    capsys.readouterr()
    assert code == 0
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(exported["strategies"]) == 5  # without --model: the session's own model


@pytest.mark.parametrize(
    "write",
    [
        lambda folder: (folder / "criteria.toml").write_text("[goal]\nid = 3\n", encoding="utf-8"),
        lambda folder: (folder / "judgments.toml").write_text("nodes = 1\n", encoding="utf-8"),
        lambda folder: (folder / "criteria.toml").write_text(
            (folder / "criteria.toml").read_text(encoding="utf-8") + '\n[goal.x]\norder = ["C1"]\n',
            encoding="utf-8",
        ),
    ],
)
def test_a_malformed_written_folder_is_refused_in_one_line(capsys, tmp_path, write):
    write_model_folder(built_from_nothing(), tmp_path / "m")
    write(tmp_path / "m")
    code = main(["rank", "--model", str(tmp_path / "m")])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
