"""Questionnaires out and back: what is written is read back as the same judgments, in both
languages, after an office suite re-saved the file, and with answers typed as numbers."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

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
RATINGS_FIXTURE = FIXTURE.with_name("questionnaire_en_ratings_libreoffice.xlsx")


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
    paired, rated = MODEL.criteria[:2], MODEL.criteria[2:]
    request = QuestionnaireRequest(
        lang=lang,
        expert="X",
        with_strategies=True,
        paired_criteria=paired,
        with_ratings=True,
        rated_criteria=rated,
    )
    workbook = load_workbook(io.BytesIO(questionnaire_bytes(MODEL, request)))
    names = wording.SHEET_NAMES[lang]
    assert workbook.sheetnames == [
        names[k]
        for k in (
            SheetKind.INSTRUCTIONS,
            SheetKind.HIERARCHY,
            SheetKind.CRITERIA,
            SheetKind.STRATEGIES,
            SheetKind.RATINGS,
        )
    ] + ["_meta"]
    meta = workbook["_meta"]
    assert meta.sheet_state == "veryHidden"
    keys = len(layout.META_KEYS)
    values = {
        meta.cell(row=r, column=1).value: meta.cell(row=r, column=2).value
        for r in range(1, keys + 1)
    }
    assert values == {
        "format": layout.FORMAT,
        "format_version": "2",
        "model_id": MODEL.id,
        "model_version": MODEL.version,
        "model_hash": MODEL.content_hash,
        "expert": "X",
        "language": lang,
        "strategies": "yes",
        "paired_criteria": " ".join(paired),
        "ratings": "yes",
        "rated_criteria": " ".join(rated),
    }
    for kind in layout.ANSWER_SHEETS:
        sheet = workbook[names[kind]]
        columns = layout.columns(kind)
        rows = layout.pair_rows(MODEL, kind, request.criteria_of(kind, MODEL))
        assert sheet.protection.sheet and not sheet.protection.password
        (validation,) = sheet.data_validations.dataValidation
        listed = layout.LEVEL_LIST_NAME if kind is SheetKind.RATINGS else layout.SCALE_LIST_NAME
        assert validation.formula1 == f"={listed}"
        answer, note = (get_column_letter(c) for c in (columns.answer, columns.note))
        assert str(validation.sqref) == f"{answer}2:{answer}{rows[-1].row}"
        unlocked = {
            c.coordinate for row in sheet.iter_rows() for c in row if not c.protection.locked
        }
        assert unlocked == {f"{col}{p.row}" for p in rows for col in (answer, note)}
        assert all(sheet.column_dimensions[get_column_letter(c)].hidden for c in columns.ids)
    levels = [workbook["_meta"][f"E{r}"].value for r in range(1, 6)]
    assert levels == [MODEL.rating_scale.label(v, lang) for v in MODEL.rating_scale.levels]
    assert {
        c[0].value
        for c in workbook[names[SheetKind.STRATEGIES]].iter_rows(min_row=2, min_col=6, max_col=6)
    } == set(paired)
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


def _rated_request(lang: str, **prefill) -> QuestionnaireRequest:
    """Ratings under every criterion but the second, strategy pairs under the second."""
    paired = (MODEL.criteria[1],)
    return QuestionnaireRequest(
        lang=lang,
        expert="R",
        with_strategies=True,
        paired_criteria=paired,
        with_ratings=True,
        rated_criteria=tuple(c for c in MODEL.criteria if c not in paired),
        **prefill,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("seed", [1, 2])
def test_ratings_and_chosen_strategy_pairs_round_trip(tmp_path, lang, seed):
    import numpy as np

    from tests.strategies.questionnaire_filling import random_judgments, random_ratings

    request = _rated_request(lang)
    rng = np.random.default_rng(seed)
    rated = request.criteria_of(SheetKind.RATINGS, MODEL)
    ratings = random_ratings(MODEL, rng, rated, missing=0.3)
    pairs = random_judgments(MODEL, SheetKind.STRATEGIES, rng)
    pairs = {c: pairs[c] for c in request.paired_criteria}
    notes = {(rated[0], MODEL.strategy_ids[0], ""): "only the 2019 survey"}
    judgments = {SheetKind.CRITERIA: dict(MODEL.default_judgments), SheetKind.STRATEGIES: pairs}
    path = tmp_path / "rated.xlsx"
    path.write_bytes(
        fill(questionnaire_bytes(MODEL, request), MODEL, lang, judgments, notes, ratings=ratings)
    )
    answers = read_questionnaire(path, MODEL).answers
    assert dict(answers.ratings) == ratings
    assert dict(answers.strategy_judgments) == pairs
    assert answers.rated_criteria == rated and answers.paired_criteria == (MODEL.criteria[1],)
    assert answers.notes[(rated[0], MODEL.strategy_ids[0], "")] == "only the 2019 survey"


def test_prefilled_ratings_read_back_and_a_blank_ratings_sheet_is_no_ratings(tmp_path):
    criterion = MODEL.criteria[0]
    given = {(s, criterion): "strong" for s in MODEL.strategy_ids[:3]}
    path = tmp_path / "prefilled.xlsx"
    write_questionnaire(path, MODEL, _rated_request("zh", ratings=given))
    assert dict(read_questionnaire(path, MODEL).answers.ratings) == given
    blank = questionnaire_bytes(MODEL, _rated_request("en"))
    judgments = {SheetKind.CRITERIA: dict(MODEL.default_judgments)}
    path.write_bytes(fill(blank, MODEL, "en", judgments, ratings=given))
    assert dict(read_questionnaire(path, MODEL).answers.ratings) == given
    path.write_bytes(fill(blank, MODEL, "en", judgments))
    assert dict(read_questionnaire(path, MODEL).answers.ratings) == {}


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("strong", "strong"),
        (" Very   Strong ", "very_strong"),
        ("很强", "very_strong"),
        ("none", "none"),
    ],
)
def test_a_level_is_read_by_its_name_in_either_language_or_its_id(typed, level):
    from strategies.questionnaire.answer_cells import rating_level

    assert rating_level(typed, MODEL.rating_scale) == level


@pytest.mark.parametrize("typed", ["excellent", 5, 3.0, "5", "很好"])
def test_anything_else_in_a_ratings_cell_is_not_a_level(typed):
    from strategies.questionnaire.answer_cells import rating_level

    assert rating_level(typed, MODEL.rating_scale) is Problem.NOT_A_LEVEL


def test_a_format_1_file_with_strategy_pairs_under_every_criterion_still_reads(tmp_path):
    """Format 1 had no ratings and asked strategy pairs under every criterion."""
    path, judgments = filled_file(tmp_path, MODEL, "en", "Old", seed=4)
    workbook = load_workbook(path)
    meta = workbook["_meta"]
    for row in range(1, len(layout.META_KEYS) + 1):
        if meta.cell(row, 1).value == "format_version":
            meta.cell(row, 2).value = "1"
        if meta.cell(row, 1).value in ("paired_criteria", "ratings", "rated_criteria"):
            meta.cell(row, 1).value = meta.cell(row, 2).value = None
    workbook.save(path)
    answers = read_questionnaire(path, MODEL).answers
    assert dict(answers.strategy_judgments) == judgments[SheetKind.STRATEGIES]
    assert answers.paired_criteria == MODEL.criteria and answers.rated_criteria == ()


def test_a_ratings_questionnaire_re_saved_by_libreoffice_is_read():
    """tests/data/questionnaire_en_ratings_libreoffice.xlsx: format 2, filled by
    tests/data/make_questionnaire_fixture.py (ratings under every criterion but C2, a third
    left blank; strategy pairs under C2) and re-saved by 'soffice --headless --convert-to
    xlsx' (LibreOffice 7.4): the drop-downs, the protection and the answers survive."""
    import importlib.util

    maker = RATINGS_FIXTURE.with_name("make_questionnaire_fixture.py")
    spec = importlib.util.spec_from_file_location("make_questionnaire_fixture", maker)
    fixture_maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixture_maker)
    PAIRED, ratings_answers = fixture_maker.PAIRED, fixture_maker.ratings_answers

    workbook = load_workbook(RATINGS_FIXTURE)
    meta = {r[0].value: r[1].value for r in workbook["_meta"].iter_rows(max_col=2)}
    assert meta["model_version"] == MODEL.version, "regenerate the fixture for the new model"
    sheet = workbook["Ratings"]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == layout.LEVEL_LIST_NAME or validation.formula1.endswith(
        "$E$1:$E$5"
    )
    assert sheet.protection.sheet and not sheet["C2"].protection.locked
    model = replace(MODEL, content_hash=meta["model_hash"])
    reading = read_questionnaire(RATINGS_FIXTURE, model)
    assert reading.problems == ()
    answers = reading.answers
    judgments, ratings = ratings_answers(MODEL)
    assert answers.expert == "Zhao Min"
    assert dict(answers.ratings) == ratings and 0 < len(ratings) < 7 * len(MODEL.strategy_ids)
    assert dict(answers.strategy_judgments) == judgments[SheetKind.STRATEGIES]
    assert dict(answers.criteria_judgments) == judgments[SheetKind.CRITERIA]
    assert answers.paired_criteria == PAIRED
    assert answers.notes[("C1", "S1", "")] == "survey of 2023 only"
