"""Bad session files: each gives SessionFileError saying what is wrong and where."""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest
from session_file_cases import FIXED_INFO, MODEL

from desktop.cli import main
from desktop.rank_report import rank_document
from strategies.evaluation import default_session, evaluate
from strategies.session_file import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    FileProblem,
    SessionFileError,
    read_session,
    session_to_dict,
    write_session,
)
from strategies.session_io import schema


def _document() -> dict:
    return json.loads(json.dumps(session_to_dict(default_session(MODEL), MODEL, FIXED_INFO)))


def _open_text(tmp_path, text: str | bytes) -> SessionFileError:
    path = tmp_path / "bad.cspsession"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(SessionFileError) as raised:
        read_session(path, MODEL)
    assert raised.value.message and "\n" not in str(raised.value)
    return raised.value


def _open_changed(tmp_path, change) -> SessionFileError:
    document = _document()
    change(document)
    return _open_text(tmp_path, json.dumps(document, ensure_ascii=False))


def _set(path: tuple, value):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _as_schema_5(change):
    """change, in a file of schema 5 (which could not leave an item of a node unlinked: from
    schema 6 on an edited model's new pairs start missing, tests/strategies/test_session_model.py)."""

    def changed(document):
        change(document)
        document["schema_version"] = 5
        del document["model"]["tables"]

    return changed


def _delete(path: tuple):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


L1_C2_C3 = ("criteria_judgments", "L1", "pairs", 2, "value")

BAD_VALUES = [
    # change, field path, problem, words of the message
    (_set(L1_C2_C3, 12), "criteria_judgments.L1.pairs[2].value", "Saaty"),
    (_set(L1_C2_C3, 0), "criteria_judgments.L1.pairs[2].value", "greater than 0"),
    (_set(L1_C2_C3, "3"), "criteria_judgments.L1.pairs[2].value", "expected a number"),
    (_set(L1_C2_C3, True), "criteria_judgments.L1.pairs[2].value", "expected a number"),
    (_set(L1_C2_C3, [3]), "criteria_judgments.L1.pairs[2].value", "expected a number"),
    (
        _set(("criteria_judgments", "L1", "pairs", 0, "a"), "C9"),
        "criteria_judgments.L1.pairs[0].a",
        "not one of the node's items",
    ),
    (
        _set(("criteria_judgments", "L1", "pairs", 0, "b"), "C1"),
        "criteria_judgments.L1.pairs[0]",
        "with itself",
    ),
    (
        _set(
            ("criteria_judgments", "L1", "pairs"),
            [
                {"a": "C1", "b": "C2", "value": 3.0},
                {"a": "C2", "b": "C1", "value": 3.0},
                {"a": "C1", "b": "C3", "value": 1.0},
            ],
        ),
        "criteria_judgments.L1.pairs[1]",
        "conflicts",
    ),
    (
        _as_schema_5(
            _set(("criteria_judgments", "L1", "pairs"), [{"a": "C1", "b": "C2", "value": 3.0}])
        ),
        "criteria_judgments.L1.pairs",
        "without any judgment linking",
    ),
    (
        _set(("criteria_judgments", "L1", "items"), ["C1", "C1", "C3"]),
        "criteria_judgments.L1.items",
        "same id twice",
    ),
    (_set(("criteria_judgments", "L1"), []), "criteria_judgments.L1", "expected an object"),
    (_set(("criteria_judgments",), None), "criteria_judgments", "expected an object, found null"),
    (
        _set(("strategy_effectiveness", "C1", "ratings", "S1"), "excellent"),
        "strategy_effectiveness.C1.ratings.S1",
        "not one of none, weak",
    ),
    (_set(("synthesis",), "ideal_mode"), "synthesis", "not one of ideal, distributive"),
    (
        _set(("strategy_effectiveness", "C1", "mode"), "vote"),
        "strategy_effectiveness.C1.mode",
        "not one of ratings, pairwise",
    ),
    (_set(("alpha",), 1.5), "alpha", "outside [0, 1]"),
    (_set(("alpha",), "0.5"), "alpha", "expected a number"),
    (_set(("normalisation",), "z_score"), "normalisation", "not one of"),
    (_set(("random_index",), "unknown"), "random_index", "not one of"),
    (_set(("use_public_supplement",), 1), "use_public_supplement", "true or false"),
    (_set(("monte_carlo", "samples"), 0), "monte_carlo.samples", "outside [1, 1000000]"),
    (_set(("monte_carlo", "samples"), 2.5), "monte_carlo.samples", "whole number"),
    (
        _set(
            ("indicator_edits",),
            [{"indicator": "x", "place": "city", "value": "many", "source": "s"}],
        ),
        "indicator_edits[0].value",
        "expected a number",
    ),
    (
        _set(("indicator_edits",), [{"indicator": "x", "place": "city", "value": 1}]),
        "indicator_edits[0]",
        "'source' is missing",
    ),
    (_set(("notes",), {"text": "x"}), "notes", "expected a text"),
    (_set(("created",), "yesterday"), "created", "ISO 8601"),
    (_set(("modified",), "2024-05-02T08:30:00"), "modified", "no time zone"),
    (_set(("alhpa",), 0.5), "", "unknown key 'alhpa'"),
    (_delete(("monte_carlo",)), "", "'monte_carlo' is missing"),
    (_set(("model", "criteria"), "C1"), "model.criteria", "expected a list"),
    (_set(("criteria_judgments", "a\nb"), {}), "criteria_judgments['a\\nb']", "missing"),
]


@pytest.mark.parametrize(("change", "path", "words"), BAD_VALUES)
def test_bad_value_names_its_field_path(tmp_path, change, path, words):
    error = _open_changed(tmp_path, change)
    assert (error.path, error.problem) == (path, FileProblem.INVALID_VALUE)
    assert words in error.message


@pytest.mark.parametrize(
    ("change", "path", "problem", "words"),
    [
        (
            _set(("schema_version",), schema.SCHEMA_VERSION + 1),
            "schema_version",
            FileProblem.FUTURE_VERSION,
            "newer",
        ),
        (_set(("schema_version",), 0), "schema_version", FileProblem.INVALID_VALUE, "outside"),
        (_set(("schema_version",), "2"), "schema_version", FileProblem.INVALID_VALUE, "whole"),
        (_set(("format",), "other/app"), "format", FileProblem.NOT_A_SESSION, "is not"),
        (_delete(("format",)), "", FileProblem.NOT_A_SESSION, 'no "format" key'),
        (_set(("model", "id"), "guangzhou"), "model.id", FileProblem.OTHER_MODEL, "'guangzhou'"),
    ],
)
def test_header_problems(tmp_path, change, path, problem, words):
    error = _open_changed(tmp_path, change)
    assert (error.path, error.problem) == (path, problem)
    assert words in error.message


@pytest.mark.parametrize(
    ("content", "problem", "words"),
    [
        ("", FileProblem.NOT_JSON, "line 1, column 1"),
        ('{"format": "cluster-strategy-planner/session", "sch', FileProblem.NOT_JSON, "line 1"),
        (b"\xff\xfe{}", FileProblem.NOT_UTF8, "UTF-16"),
        (b"\x80{}", FileProblem.NOT_UTF8, "byte 0"),
        (b'{"notes": "\xe4\xbd"}', FileProblem.NOT_UTF8, "not UTF-8"),
        ('{"alpha": NaN}', FileProblem.NOT_JSON, "NaN"),
        ('{"a": 1, "a": 2}', FileProblem.NOT_JSON, "appears twice"),
        ("1" * 5000, FileProblem.NOT_A_SESSION, 'no "format" key'),
        ("[" * 100_000 + "]" * 100_000, FileProblem.TOO_DEEP, "nested 100000 levels deep"),
        ('[1, 2, "x"]', FileProblem.NOT_A_SESSION, 'no "format" key'),
        ('"a session"', FileProblem.NOT_A_SESSION, "not a session file"),
        ('{"name": "an unrelated JSON file"}', FileProblem.NOT_A_SESSION, '"format"'),
    ],
)
def test_unreadable_files(tmp_path, content, problem, words):
    error = _open_text(tmp_path, content)
    assert (error.path, error.problem) == ("", problem)
    assert words in error.message


def test_deep_brackets_inside_text_are_not_nesting(tmp_path):
    path = tmp_path / "s.cspsession"
    session = default_session(MODEL)
    notes = "[{" * (MAX_DEPTH * 10) + '\\"'
    write_session(path, replace(session, notes=notes), MODEL, FIXED_INFO)
    assert read_session(path, MODEL).session.notes == notes


def test_huge_file_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "huge.cspsession"
    with path.open("wb") as handle:
        handle.truncate(64 * MAX_FILE_BYTES)  # sparse: big on paper, nothing on disk
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *args: opened.append(args[0]) or real_open(*args))
    with pytest.raises(SessionFileError, match=f"at most {MAX_FILE_BYTES:,}") as raised:
        read_session(path, MODEL)
    assert raised.value.problem is FileProblem.TOO_LARGE
    assert opened == []
    write_session(path, default_session(MODEL), MODEL, FIXED_INFO)
    opened.clear()
    read_session(path, MODEL)
    assert opened == [path]  # the spy sees the opening of a normal file


def test_missing_file_cannot_be_read(tmp_path):
    with pytest.raises(SessionFileError, match="cannot read") as raised:
        read_session(tmp_path / "无.cspsession", MODEL)
    assert raised.value.problem is FileProblem.CANNOT_READ


def test_a_folder_is_not_a_session_file(tmp_path):
    with pytest.raises(SessionFileError, match="is a folder, not a file") as raised:
        read_session(tmp_path, MODEL)
    assert raised.value.problem is FileProblem.NOT_A_FILE


def test_cli_ranks_from_a_saved_session(tmp_path, capsys):
    session = default_session(MODEL).with_criteria_judgments(
        default_session(MODEL).criteria_judgments["goal"].with_value("L1", "L3", 7)
    )
    path = tmp_path / "佛山 会议" / "排序.cspsession"
    path.parent.mkdir()
    write_session(path, session, MODEL, FIXED_INFO)
    assert main(["rank", "--session", str(path), "--json", "--lang", "en"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in printed.pop("panel")["experts"]] == ["planner"]  # a key added
    expected = rank_document(evaluate(MODEL, session), "en", MODEL.district_ids)
    assert printed == json.loads(json.dumps(expected, ensure_ascii=False))
    assert main(["rank", "--json", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out) != printed  # the session made a difference


def test_cli_reports_a_bad_session_in_one_line(tmp_path, capsys):
    path = tmp_path / "坏.cspsession"
    document = _document()
    document["criteria_judgments"]["L1"]["pairs"][2]["value"] = 12
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["rank", "--session", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert str(path) in captured.err
    assert "criteria_judgments.L1.pairs[2].value" in captured.err
