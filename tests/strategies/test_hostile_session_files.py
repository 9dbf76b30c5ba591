"""Hostile session files (tests/strategies/hostile_corpus.py): each is refused with one line
naming the field path, or opens into a session that evaluates and saves; the command line
exits with 2 and one line, never a traceback. Their times are measured by
tests/benchmarks/hostile_files.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import (
    CRAFTED,
    FAMILIES,
    WRONG_VALUES,
    current_document,
    dumps,
    family_case,
    field_paths,
    related,
    replaced,
    v1_document,
)
from session_file_cases import FIXED_INFO, MODEL

from desktop.cli import main
from strategies.evaluation import evaluate
from strategies.session_file import (
    FileProblem,
    LoadedSession,
    SessionFileError,
    read_session,
    session_bytes,
)

ROOT = Path(__file__).parents[2]


def open_outcome(path: Path) -> LoadedSession | SessionFileError:
    """Open path; anything raised but SessionFileError fails the test."""
    try:
        loaded = read_session(path, MODEL)
    except SessionFileError as error:
        assert error.message and "\n" not in str(error) and "\r" not in str(error)
        return error
    evaluate(MODEL, loaded.session)
    session_bytes(loaded.session, MODEL, FIXED_INFO)  # it can be saved again
    return loaded


@pytest.mark.parametrize("case", CRAFTED, ids=str)
def test_crafted_file_is_refused_with_its_field_path(tmp_path, case):
    outcome = open_outcome(case.make(tmp_path))
    if case.problem is None:
        assert isinstance(outcome, LoadedSession), str(outcome)
    else:
        assert isinstance(outcome, SessionFileError)
        assert (outcome.problem, outcome.path) == (case.problem, case.path), str(outcome)


def _every_field(document: dict) -> list[tuple[str, tuple]]:
    """Every field, but of each list only the first two elements (the rest are alike); of the
    model the file carries, its files and tables and each table's first record (the model's own
    checks have tests of their own: tests/strategies/test_model_errors.py)."""
    return [
        (path, steps)
        for path, steps in field_paths(document)
        if not any(isinstance(step, int) and step > 1 for step in steps)
        and not (steps[:2] == ("model", "tables") and (len(steps) > 6 or 1 in steps))
    ]


@pytest.mark.parametrize(
    ("field", "steps"),
    _every_field(current_document()),
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_wrong_value_at_every_field_of_the_current_schema(tmp_path, field, steps):
    for number, wrong in enumerate(WRONG_VALUES):
        path = tmp_path / f"{number}.cspsession"
        path.write_bytes(dumps(replaced(current_document(), steps, wrong)))
        outcome = open_outcome(path)
        if isinstance(outcome, SessionFileError):
            assert related(outcome.path, field), f"{wrong!r}: {outcome}"
            assert outcome.problem is not FileProblem.NOT_JSON, f"{wrong!r}: {outcome}"


@pytest.mark.parametrize(
    ("field", "steps"),
    _every_field(v1_document()),
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_wrong_value_at_every_field_of_schema_1(tmp_path, field, steps):
    for number, wrong in enumerate(WRONG_VALUES):
        path = tmp_path / f"{number}.cspsession"
        path.write_bytes(dumps(replaced(v1_document(), steps, wrong)))
        outcome = open_outcome(path)
        if isinstance(outcome, SessionFileError):
            assert outcome.path, f"{wrong!r}: {outcome}"


@pytest.mark.parametrize("family", FAMILIES)
def test_generated_family_gives_an_answer(tmp_path, family):
    open_outcome(family_case(family, 200_000).make(tmp_path))


@pytest.mark.parametrize("case", CRAFTED, ids=str)
def test_command_line_says_one_line_and_exits_with_2(tmp_path, capsys, case):
    code = main(["rank", "--session", str(case.make(tmp_path)), "--lang", "en"])
    captured = capsys.readouterr()
    if case.problem is None:  # it opens; what opening had to change is said, line by line
        assert code == 0
        assert all(
            line.startswith("cluster-planner: warning: ") for line in captured.err.splitlines()
        ), captured.err
    else:
        assert code == 2 and captured.out == ""
        assert captured.err.count("\n") == 1 and captured.err.endswith("\n")
        assert case.path in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize(
    "name",
    [
        "fifo",
        "socket",
        "folder",
        "char device",
        "@huge-int@ at alpha",
        "lone surrogate \ud800 at notes",
        "ordinal edit",
        "unterminated escaped quotes",
    ],
)
def test_the_real_command_exits_with_2_without_a_traceback(tmp_path, name):
    case = next(case for case in CRAFTED if case.name == name)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "rank", "--session", str(case.make(tmp_path))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and case.path in result.stderr


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path, capsys):
    path = tmp_path / "two\nlines.cspsession"
    path.write_bytes(dumps(replaced(current_document(), ("alpha",), 7)))
    assert main(["rank", "--session", str(path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("field", ["notes", "source"])
def test_a_session_holding_a_lone_surrogate_is_refused_by_save_not_crashed(tmp_path, field):
    from dataclasses import replace

    from strategies.evaluation import default_session
    from strategies.session import IndicatorEdit
    from strategies.session_file import write_session

    session = default_session(MODEL)
    if field == "notes":
        session, where = replace(session, notes="会议\ud800"), "notes"
    else:
        edit = IndicatorEdit("ecommerce_market_share", "gaoming", 1.0, "\udc80")
        session, where = replace(session, indicator_edits=(edit,)), "indicator_edits[0].source"
    target = tmp_path / "s.cspsession"
    with pytest.raises(SessionFileError) as raised:
        write_session(target, session, MODEL, FIXED_INFO)
    assert raised.value.path == where and not target.exists()
