"""`cluster-planner panel import`: returned questionnaires into a saved session's panel; one
line per problem and nothing written when any file has one; --replace to replace an expert;
the written session ranks on the panel (`rank --json` shows it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from strategies.model import load_model
from strategies.session_file import example_session_path, read_session
from tests.strategies.questionnaire_filling import filled_file

MODEL = load_model()
NAMES = ("Wang Li", "李明", "Chen Jie")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def session(tmp_path) -> Path:
    path = tmp_path / "s.cspsession"
    shutil.copy(example_session_path(), path)
    return path


def _batch(folder: Path) -> list[str]:
    return [
        str(filled_file(folder, MODEL, ("en", "zh")[i % 2], name, seed=20 + i)[0])
        for i, name in enumerate(NAMES)
    ]


def _rank_json(capsys, session: Path) -> dict:
    code, out, _err = run(capsys, "rank", "--json", "--session", str(session), "--lang", "en")
    assert code == 0
    return json.loads(out)


def test_import_round_trip_writes_the_panel_and_rank_shows_it(capsys, tmp_path, session):
    before = _rank_json(capsys, session)
    out_path = tmp_path / "panel.cspsession"
    code, out, err = run(
        capsys,
        "panel",
        "import",
        "--session",
        str(session),
        *_batch(tmp_path),
        "-o",
        str(out_path),
        "--lang",
        "en",
    )
    assert code == 0, err
    assert out.splitlines()[-1] == f"wrote {out_path}"
    assert "Wang Li, " in out and "(added)" in out
    saved = read_session(out_path, MODEL).session
    assert [e.name for e in saved.experts.experts][1:] == list(NAMES)
    assert (
        read_session(session, MODEL).session.experts
        == read_session(example_session_path(), MODEL).session.experts
    )
    after = _rank_json(capsys, out_path)
    assert [e["name"] for e in after["panel"]["experts"]][1:] == list(NAMES)
    assert after["districts"] != before["districts"]  # ranked on the combination


def test_a_problem_in_any_file_writes_nothing(capsys, tmp_path, session):
    paths = _batch(tmp_path)
    workbook = load_workbook(paths[0])
    workbook["Criteria"]["D2"] = 12
    workbook.save(paths[0])
    original = session.read_bytes()
    code, out, err = run(
        capsys, "panel", "import", "--session", str(session), *paths, "--lang", "en"
    )
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == f"{paths[0]}, sheet 'Criteria', cell D2: 12 is off Saaty's scale (1/9 to 9)"
    assert lines[-1] == "cluster-planner panel import: nothing was imported"
    assert session.read_bytes() == original


def test_a_same_named_expert_is_replaced_only_with_replace(capsys, tmp_path, session):
    assert run(capsys, "panel", "import", "--session", str(session), *_batch(tmp_path))[0] == 0
    imported = session.read_bytes()
    again = tmp_path / "again"
    again.mkdir()
    path = str(filled_file(again, MODEL, "en", "wang  li", seed=99)[0])
    code, out, err = run(capsys, "panel", "import", "--session", str(session), path, "--lang", "zh")
    assert code == 1 and session.read_bytes() == imported
    assert "wang li 已在专家组中：如要替换其判断，请加 --replace" in err
    code, out, err = run(capsys, "panel", "import", "--session", str(session), path, "--replace")
    assert code == 0, err
    experts = read_session(session, MODEL).session.experts.experts
    assert [e.name for e in experts][1:] == list(NAMES)  # replaced in place, name kept
    assert "(replaced)" in out or "（已替换）" in out


def test_bad_arguments_are_one_line(capsys, tmp_path, session):
    code, _out, err = run(capsys, "panel", "import", str(tmp_path / "x.xlsx"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "panel", "export")
    assert code == 2 and "panel import --session" in err


def test_the_output_never_overwrites_a_questionnaire(capsys, tmp_path, session):
    (path,) = _batch(tmp_path)[:1]
    original = Path(path).read_bytes()
    code, _out, err = run(capsys, "panel", "import", "--session", str(session), path, "-o", path)
    assert code == 2 and "would overwrite a questionnaire" in err
    assert Path(path).read_bytes() == original
