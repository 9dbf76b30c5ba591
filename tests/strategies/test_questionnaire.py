"""Questionnaires out and back: what is written is read back as the same judgments, in both
languages, after an office suite re-saved the file, and with answers typed as numbers."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from criteria.verbal_scale import value_from_step
from strategies.model import load_model
from strategies.questionnaire import (
    QuestionnaireRequest,
    layout,
    questionnaire_bytes,
    read_questionnaire,
    read_questionnaires,
    wording,
    write_questionnaire,
)
from strategies.questionnaire.answer_cells import answer_value
from strategies.questionnaire.layout import SheetKind
from strategies.questionnaire.problems import Problem
from tests.strategies.questionnaire_filling import fill, filled_file

MODEL = load_model()
FIXTURE = Path(__file__).parent.parent / "data" / "questionnaire_zh_libreoffice.xlsx"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_round_trip_gives_the_same_judgments(tmp_path, lang, seed):
    path, judgments = filled_file(tmp_path, MODEL, lang, f"expert {seed}", seed)
    reading = read_questionnaire(path, MODEL)
    assert reading.problems == ()
    answers = reading.answers
    assert dict(answers.criteria_judgments) == judgments[SheetKind.CRITERIA]
    assert dict(answers.strategy_judgments) == judgments[SheetKind.STRATEGIES]
    assert answers.expert == f"expert {seed}"
    assert answers.language == lang


def test_notes_and_the_name_written_by_the_expert_are_read(tmp_path):
    blank = questionnaire_bytes(MODEL, QuestionnaireRequest(lang="en"))
    judgments = {SheetKind.CRITERIA: dict(MODEL.default_judgments)}
    notes = {("L1", "C1", "C2"): "hard to say", ("goal", "L1", "L2"): "  政策优先  "}
    path = tmp_path / "answers.xlsx"
    path.write_bytes(fill(blank, MODEL, "en", judgments, notes, name="  Wang   Li "))
    answers = read_questionnaire(path, MODEL).answers
    assert answers.expert == "Wang Li" and answers.made_for == ""
    assert dict(answers.notes) == {
        ("L1", "C1", "C2"): "hard to say",
        ("goal", "L1", "L2"): "政策优先",
    }


def test_prefilled_questionnaire_reads_back_as_the_prefill_including_values_between_steps(tmp_path):
    goal = MODEL.hierarchy.goal
    children = MODEL.hierarchy.children(goal)
    judgments = dict(MODEL.default_judgments)
    judgments[goal] = judgments[goal].with_value(children[0], children[1], 2.66)
    path = tmp_path / "prefilled.xlsx"
    write_questionnaire(
        path, MODEL, QuestionnaireRequest(lang="zh", expert="李", criteria_judgments=judgments)
    )
    answers = read_questionnaire(path, MODEL).answers
    assert dict(answers.criteria_judgments) == judgments
    assert answers.criteria_judgments[goal].value(children[0], children[1]) == 2.66


def test_a_node_left_wholly_empty_is_absent_not_an_error(tmp_path):
    goal = MODEL.hierarchy.goal
    judgments = {n: j for n, j in MODEL.default_judgments.items() if n != goal}
    path = tmp_path / "partial.xlsx"
    blank = questionnaire_bytes(MODEL, QuestionnaireRequest(lang="en", expert="A"))
    path.write_bytes(fill(blank, MODEL, "en", {SheetKind.CRITERIA: judgments}))
    answers = read_questionnaire(path, MODEL).answers
    assert goal not in answers.criteria_judgments
    assert dict(answers.criteria_judgments) == judgments
    assert answers.answered_pairs == sum(len(j.pairs()) for j in judgments.values())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (3, 3.0),
        (3.0, 3.0),
        ("3", 3.0),
        ("1/3", 1 / 3),
        (0.333, 1 / 3),
        ("0.333", 1 / 3),
        (0.33, 1 / 3),
        (0.143, 1 / 7),
        ("1:5", 1 / 5),
        ("１／９", 1 / 9),
        (2.5, 2.5),
        (9, 9.0),
        ("A 比 B 稍微重要（3）", 3.0),
        ("A 比 B 稍微重要(3)", 3.0),
        ("B moderately more important than A (1/3)", 1 / 3),
        ("  A and B   equally important (1) ", 1.0),
        (None, None),
        ("   ", None),
    ],
)
def test_answers_are_read_from_list_texts_of_either_language_and_from_numbers(typed, expected):
    value = answer_value(typed)
    assert value == (None if expected is None else pytest.approx(expected, rel=1e-12))


@pytest.mark.parametrize(
    ("typed", "refusal"),
    [
        (12, Problem.OFF_SCALE),
        (0, Problem.OFF_SCALE),
        (-3, Problem.OFF_SCALE),
        ("10", Problem.OFF_SCALE),
        ("1/10", Problem.OFF_SCALE),
        ("much more", Problem.NOT_AN_ANSWER),
        ("A 比 B 稍微重要", Problem.NOT_AN_ANSWER),
        (True, Problem.NOT_AN_ANSWER),
        (float("nan"), Problem.NOT_AN_ANSWER),
    ],
)
def test_answers_off_the_scale_or_not_on_the_list_are_refused(typed, refusal):
    assert answer_value(typed) is refusal


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_list_runs_from_a_favoured_most_through_equal_to_b_favoured_most(lang):
    answers = wording.scale_answers(lang)
    assert len(answers) == 17 and len({text for text, _ in answers}) == 17
    assert [value for _, value in answers] == [value_from_step(step) for step in range(-8, 9)]
    assert answers[0][0].startswith("A") and answers[-1][0].startswith("B")
    assert answers[8][1] == 1.0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_written_file_has_drop_downs_protection_and_hidden_metadata(lang):
    data = questionnaire_bytes(
        MODEL, QuestionnaireRequest(lang=lang, expert="X", with_strategies=True)
    )
    workbook = load_workbook(io.BytesIO(data))
    names = wording.SHEET_NAMES[lang]
    assert workbook.sheetnames == [
        names[k]
        for k in (
            SheetKind.INSTRUCTIONS,
            SheetKind.HIERARCHY,
            SheetKind.CRITERIA,
            SheetKind.STRATEGIES,
        )
    ] + ["_meta"]
    meta = workbook["_meta"]
    assert meta.sheet_state == "veryHidden"
    values = {
        meta.cell(row=r, column=1).value: meta.cell(row=r, column=2).value for r in range(1, 9)
    }
    assert values == {
        "format": layout.FORMAT,
        "format_version": "1",
        "model_id": MODEL.id,
        "model_version": MODEL.version,
        "model_hash": MODEL.content_hash,
        "expert": "X",
        "language": lang,
        "strategies": "yes",
    }
    for kind in layout.ANSWER_SHEETS:
        sheet = workbook[names[kind]]
        rows = layout.pair_rows(MODEL, kind)
        assert sheet.protection.sheet and not sheet.protection.password
        (validation,) = sheet.data_validations.dataValidation
        assert validation.formula1 == f"={layout.SCALE_LIST_NAME}"
        assert str(validation.sqref) == f"D2:D{rows[-1].row}"
        unlocked = {
            c.coordinate for row in sheet.iter_rows() for c in row if not c.protection.locked
        }
        assert unlocked == {f"{col}{p.row}" for p in rows for col in "DE"}
        assert all(sheet.column_dimensions[c].hidden for c in "FGH")
    listed = [workbook["_meta"][f"D{r}"].value for r in range(1, 18)]
    assert listed == [text for text, _ in wording.scale_answers(lang)]


def test_window_and_questionnaire_use_the_same_chinese_words_for_the_scale():
    from criteria.verbal_scale import INTENSITY_KEYS

    ts = (Path(__file__).parents[2] / "resources" / "i18n" / "zh_CN" / "views.ts").read_text(
        "utf-8"
    )
    for english, chinese in zip(wording.PHRASES["en"], wording.PHRASES["zh"], strict=True):
        assert f"<source>{english}</source>\n        <translation>{chinese}</translation>" in ts
    assert len(wording.PHRASES["zh"]) == len(INTENSITY_KEYS)


def test_a_file_re_saved_by_libreoffice_is_read(tmp_path):
    """The fixture was filled by tests/data/make_questionnaire_fixture.py and re-saved by
    'soffice --headless --convert-to xlsx'; it names the model version it was made for, which
    is not what this test is about (another version is refused: see the hostile tests)."""
    workbook = load_workbook(FIXTURE)
    meta = {r[0].value: r[1].value for r in workbook["_meta"].iter_rows(max_col=2)}
    assert meta["model_version"] == MODEL.version, "regenerate the fixture for the new model"
    model = replace(MODEL, content_hash=meta["model_hash"])
    reading = read_questionnaire(FIXTURE, model)
    assert reading.problems == ()
    answers = reading.answers
    assert answers.expert == "王力" and answers.language == "zh"
    assert answers.answered_pairs == answers.total_pairs
    assert answers.notes[("L1", "C1", "C2")] == "规模数据不全"
    goal = MODEL.hierarchy.goal
    first, second = MODEL.hierarchy.children(goal)[:2]
    assert answers.criteria_judgments[goal].value(first, second) == 5.0


def test_many_files_at_once_each_expert_once(tmp_path):
    paths = [
        filled_file(tmp_path, MODEL, lang, name, seed)[0]
        for seed, (lang, name) in enumerate([("zh", "甲"), ("en", "B"), ("zh", "丙")])
    ]
    readings = read_questionnaires(paths, MODEL)
    assert [r.answers.expert for r in readings] == ["甲", "B", "丙"]
    twice = read_questionnaires([paths[0], paths[0]], MODEL)
    assert all(r.answers is None and r.problems[0].problem is Problem.SAME_EXPERT for r in twice)


@pytest.mark.parametrize(
    ("expert", "read_as"),
    [
        ('=HYPERLINK("http://x")', '=HYPERLINK("http://x")'),
        ("bad\x01name", "bad\ufffdname"),
        ("undecodable \udcff", "undecodable \ufffd"),
    ],
)
def test_an_expert_name_is_written_as_inert_storable_text(tmp_path, expert, read_as):
    blank = questionnaire_bytes(MODEL, QuestionnaireRequest(lang="en", expert=expert))
    workbook = load_workbook(io.BytesIO(blank))
    assert workbook["Instructions"]["B3"].data_type == "s"
    path = tmp_path / "q.xlsx"
    path.write_bytes(fill(blank, MODEL, "en", {SheetKind.CRITERIA: dict(MODEL.default_judgments)}))
    answers = read_questionnaire(path, MODEL).answers
    assert (answers.expert, answers.made_for) == (read_as, read_as)
