"""--model DIR for rank, export and the window; a session made for another model says so."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.command_line import EXIT_USAGE
from strategies.session_file import example_session_path
from tests.desktop.model_folders import (
    OTHER_NAME_EN,
    OTHER_NAME_ZH,
    broken_model,
    changed_model,
    other_model,
)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


def test_rank_plans_with_the_model_given(tmp_path, capsys):
    folder = other_model(tmp_path)
    code, out, err = run(capsys, "rank", "--model", folder, "--json", "--lang", "en")
    assert (code, err) == (0, "")
    assert json.loads(out)["model"]["name"] == OTHER_NAME_EN
    code, out, _ = run(capsys, "rank", "--model", folder, "--lang", "zh")
    assert code == 0 and OTHER_NAME_ZH in out and "佛山" not in out.splitlines()[0]


def test_export_writes_the_model_given(tmp_path, capsys):
    folder = other_model(tmp_path)
    output = tmp_path / "out.json"
    code, _, err = run(capsys, "export", "--model", folder, "-o", output, "--lang", "en")
    assert (code, err) == (0, "")
    assert json.loads(output.read_text(encoding="utf-8"))["model"]["name"] == OTHER_NAME_EN


@pytest.mark.parametrize("command", [("rank",), ("export", "-o", "x.csv"), ()])
def test_a_broken_model_folder_is_one_line_naming_folder_and_file(tmp_path, capsys, command):
    folder = broken_model(tmp_path)
    code, out, err = run(capsys, *command, "--model", folder)
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err)
    assert str(folder) in err and "criteria.toml" in err


@pytest.mark.parametrize("command", [("rank",), ("export", "-o", "x.csv"), ()])
def test_a_missing_folder_or_a_file_is_no_model(tmp_path, capsys, command):
    code, _, err = run(capsys, *command, "--model", tmp_path / "nowhere")
    assert code == EXIT_USAGE and "nowhere: no such folder" in err
    assert_one_line(err)
    a_file = tmp_path / "model.toml"
    a_file.write_text("", encoding="utf-8")
    code, _, err = run(capsys, *command, "--model", a_file)
    assert code == EXIT_USAGE and "model.toml: not a folder" in err


def test_a_model_folder_missing_a_file_names_that_file(tmp_path, capsys):
    folder = other_model(tmp_path)
    (folder / "ratings.toml").unlink()
    code, _, err = run(capsys, "rank", "--model", folder)
    assert code == EXIT_USAGE and "ratings.toml" in err
    assert_one_line(err)


def test_the_window_gets_the_model_folder(tmp_path, capsys, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "desktop.cli.missing_display", lambda: None
    )  # the window is not opened here: run_app is replaced
    monkeypatch.setattr(
        "desktop.app.run_app", lambda file, lang, model=None: opened.append(model) or 0
    )
    folder = other_model(tmp_path)
    assert run(capsys, "--model", folder)[0] == 0
    assert opened == [str(folder)]


def test_the_model_option_is_in_the_help_in_both_languages(capsys):
    for lang, words in (("en", "a model folder"), ("zh", "模型文件夹")):
        for command in (("rank",), ("export",), ()):
            with pytest.raises(SystemExit):
                main([*command, "--lang", lang, "--help"])
            out = capsys.readouterr().out
            assert "--model" in out and words in out


def test_a_session_for_another_model_is_refused_naming_both(tmp_path, capsys):
    folder = other_model(tmp_path)
    code, out, err = run(capsys, "rank", "--model", folder, "--session", example_session_path())
    assert code == EXIT_USAGE and out == ""
    assert_one_line(err)
    assert "'foshan' (version '1.0.0')" in err and "'otherton' (version '2.0')" in err


def test_a_session_for_another_version_warns_and_reports_what_it_loses(tmp_path, capsys):
    folder = changed_model(tmp_path)
    code, out, err = run(
        capsys, "rank", "--model", folder, "--session", example_session_path(), "--lang", "en"
    )
    assert code == 0 and "S6" not in out
    lines = err.splitlines()
    assert lines and all(line.startswith("cluster-planner: warning: ") for line in lines)
    changed = next(line for line in lines if "made for version 1.0.0" in line)
    assert "'foshan'" in changed and "(version 1.1.0)" in changed
    assert "strategies removed: S6" in changed


def test_judgments_for_a_node_the_model_lacks_are_reported(tmp_path, capsys):
    document = json.loads(example_session_path().read_text(encoding="utf-8"))
    document["criteria_judgments"]["X9"] = {
        "items": ["a", "b"],
        "pairs": [{"a": "a", "b": "b", "value": 3.0}],
    }
    path = tmp_path / "extra.cspsession"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "rank", "--session", path, "--lang", "en")
    assert code == 0
    assert "node X9 is not in the model: its judgments were dropped" in err
    code, _, err = run(capsys, "rank", "--session", path, "--lang", "zh")
    assert "节点 X9 不在模型中" in err and "提示" in err


def test_an_item_a_node_no_longer_has_is_a_warning_line(tmp_path, capsys):
    document = json.loads(example_session_path().read_text(encoding="utf-8"))
    goal = document["criteria_judgments"]["goal"]
    goal["pairs"] += [{"a": item, "b": "L9", "value": 2.0} for item in goal["items"]]
    goal["items"].append("L9")
    path = tmp_path / "layer.cspsession"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "rank", "--session", path, "--lang", "en")
    assert code == 0
    assert "items no longer in node goal: their judgments were dropped: L9" in err
