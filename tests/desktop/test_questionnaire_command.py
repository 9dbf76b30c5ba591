"""`cluster-planner questionnaire`: write in both languages, check returned files with one
line per problem (never a traceback), help in the planner's language."""

from __future__ import annotations

import re

import pytest

from desktop.cli import main
from strategies.model import load_model
from strategies.questionnaire import read_questionnaire
from strategies.questionnaire.layout import SheetKind
from tests.language_words import foreign
from tests.strategies.questionnaire_filling import filled_file

MODEL = load_model()
SYNTAX = re.compile(
    r"--?[\w-]+|\{[^}]*\}|\bcluster-planner(\s+questionnaire(\s+check)?)?\b|\b[A-Z]\b|\bFILE\.xlsx\b"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_writes_a_questionnaire_for_the_expert_in_the_language(capsys, tmp_path, lang):
    path = tmp_path / "q.xlsx"
    code, out, err = run(
        capsys,
        "questionnaire",
        "-o",
        str(path),
        "--expert",
        "王 力",
        "--lang",
        lang,
        "--strategies",
    )
    assert (code, out, err) == (0, "", "")
    code, out, _ = run(capsys, "questionnaire", "check", str(path), "--lang", lang)
    assert code == 1  # a blank questionnaire holds no answers
    assert out.strip() == (
        f"{path}：没有任何判断" if lang == "zh" else f"{path}: no pair is answered"
    )


def test_prefills_from_a_session(capsys, tmp_path):
    from strategies.session_file import example_session_path, read_session

    path = tmp_path / "prefilled.xlsx"
    session = example_session_path()
    assert (
        run(capsys, "questionnaire", "-o", str(path), "--session", str(session), "--expert", "A")[0]
        == 0
    )
    answers = read_questionnaire(path, MODEL).answers
    expected = read_session(session, MODEL).session.criteria_judgments
    assert dict(answers.criteria_judgments) == dict(expected)


def test_check_prints_a_summary_per_good_file_and_a_line_per_problem(capsys, tmp_path):
    good, judgments = filled_file(tmp_path, MODEL, "en", "Li", seed=4)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes("层次,判断\n目标,3\n".encode("gbk"))
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    code, out, err = run(
        capsys, "questionnaire", "check", str(good), str(bad), str(empty), "--lang", "en"
    )
    lines = out.splitlines()
    answered = sum(len(j.pairs()) for kind in SheetKind for j in judgments.get(kind, {}).values())
    assert code == 1 and err == ""
    assert lines[0].startswith(f"{good}: Li, {answered} of ")
    assert lines[1].startswith(f"{bad}: this is a text file (CSV?)")
    assert lines[2] == f"{empty}: the file is empty"
    assert len(lines) == 3 and "Traceback" not in out


def test_check_of_good_files_exits_0(capsys, tmp_path):
    paths = [
        str(filled_file(tmp_path, MODEL, "zh", name, seed)[0]) for seed, name in enumerate("甲乙")
    ]
    code, out, _ = run(capsys, "questionnaire", "check", *paths, "--lang", "zh")
    assert code == 0 and len(out.splitlines()) == 2 and "：甲，已答" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["questionnaire"],
        ["questionnaire", "-o", "answers.csv"],
        ["questionnaire", "check"],
        ["questionnaire", "-o", "q.xlsx", "--lang", "fr"],
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["questionnaire"], ["questionnaire", "check"]])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_is_in_the_language_asked_for(capsys, command, lang):
    with pytest.raises(SystemExit):
        main([*command, "--lang", lang, "--help"])
    shown = capsys.readouterr().out
    assert ("用法" in shown) == (lang == "zh")
    assert foreign(SYNTAX.sub(" ", shown), lang) == [], shown


def test_check_words_every_hostile_file_in_lines_that_name_it(capsys, tmp_path):
    from tests.strategies.test_questionnaire_hostile import CASES

    paths = []
    for index, (_, make, *_rest) in enumerate(CASES):
        paths.append(tmp_path / f"case{index:02d}.xlsx")
        paths[-1].write_bytes(make())
    code, out, err = run(capsys, "questionnaire", "check", *map(str, paths), "--lang", "zh")
    assert code == 1 and err == ""
    lines = out.splitlines()
    for path in paths:  # every file has at least one line, and every line names its file
        assert any(line.startswith(str(path)) for line in lines), path
    assert all(line.startswith(str(tmp_path)) and "：" in line for line in lines)


def test_strategy_judgments_follow_the_session_unless_left_out(capsys, tmp_path):
    from openpyxl import load_workbook

    from strategies.session import PAIRWISE_MODE
    from strategies.session_file import example_session_path, read_session, write_session

    loaded = read_session(example_session_path(), MODEL)
    mixed = loaded.session.with_mode(MODEL.criteria[2], PAIRWISE_MODE)
    paired = tuple(c for c in MODEL.criteria if mixed.mode(c) == PAIRWISE_MODE)
    assert MODEL.criteria[2] in paired and len(paired) < len(MODEL.criteria)
    session_path = tmp_path / "mixed.cspsession"
    write_session(session_path, mixed, MODEL, loaded.info)
    path = tmp_path / "q.xlsx"
    argv = ("questionnaire", "-o", str(path), "--lang", "en", "--expert", "Wu")
    assert run(capsys, *argv, "--session", str(session_path))[0] == 0
    answers = read_questionnaire(path, MODEL).answers
    assert answers.paired_criteria == paired
    assert answers.rated_criteria == tuple(c for c in MODEL.criteria if c not in paired)
    prefilled = {k: v for k, v in mixed.ratings.items() if k[1] not in paired}
    assert dict(answers.ratings) == prefilled  # prefilled from the session
    assert dict(answers.strategy_judgments) == {
        c: j for c, j in mixed.strategy_judgments.items() if c in paired
    }
    assert run(capsys, *argv, "--criteria-only")[0] == 0
    assert load_workbook(path).sheetnames == ["Instructions", "Hierarchy", "Criteria", "_meta"]
    assert run(capsys, *argv)[0] == 0  # a new session: every criterion rated
    assert "Ratings" in load_workbook(path).sheetnames
    assert "Strategies" not in load_workbook(path).sheetnames
    code, _, err = run(capsys, *argv, "--strategies", "--criteria-only")
    assert code == 2 and "not allowed with" in err
