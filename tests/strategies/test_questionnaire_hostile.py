"""Hostile returned questionnaires: each is refused with its problem named by file, sheet and
cell, no answers come out of a file with any problem, and nothing raises."""

from __future__ import annotations

import datetime
import functools
import io
import time
import zipfile
from collections.abc import Callable

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference

from strategies.model import load_model
from strategies.questionnaire import QuestionnaireRequest, questionnaire_bytes, read_questionnaire
from strategies.questionnaire.layout import META_SHEET_TITLE
from strategies.questionnaire.opening import MAX_UNPACKED_BYTES
from strategies.questionnaire.problems import Problem
from tests.strategies.questionnaire_filling import fill

MODEL = load_model()
LANG = "en"
CRITERIA = "Criteria"


@functools.cache
def _returned() -> bytes:
    """A correctly filled English questionnaire (criteria and strategies)."""
    from strategies.questionnaire.layout import SheetKind

    blank = questionnaire_bytes(
        MODEL, QuestionnaireRequest(lang=LANG, expert="Li", with_strategies=True)
    )
    return fill(blank, MODEL, LANG, {SheetKind.CRITERIA: dict(MODEL.default_judgments)})


RATINGS = "Ratings"


@functools.cache
def _rated() -> bytes:
    """A correctly filled English questionnaire with a ratings sheet (every criterion rated)."""
    from strategies.questionnaire.layout import SheetKind

    request = QuestionnaireRequest(lang=LANG, expert="Li", with_ratings=True)
    ratings = {(s, c): "weak" for s in MODEL.strategy_ids for c in MODEL.criteria}
    criteria = {SheetKind.CRITERIA: dict(MODEL.default_judgments)}
    return fill(questionnaire_bytes(MODEL, request), MODEL, LANG, criteria, ratings=ratings)


def _edited(change: Callable, returned: Callable[[], bytes] | None = None) -> bytes:
    workbook = load_workbook(io.BytesIO((returned or _returned)()))
    change(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _set(sheet: str, cell: str, value: object) -> Callable:
    def change(workbook):
        workbook[sheet][cell] = value

    return change


def _meta(key_row: int, value: str) -> Callable:
    return _set(META_SHEET_TITLE, f"B{key_row}", value)


def _csv_in_gbk() -> bytes:
    return "层次,因素 A,因素 B,判断\n目标,产业核心层,集群支持层,3\n".encode("gbk")


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (MAX_UNPACKED_BYTES + 1))
    return buffer.getvalue()


def _plain_workbook() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "my own table"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _ten_thousand_rows(workbook):
    sheet = workbook[CRITERIA]
    for row in range(200, 10_200):
        sheet.cell(row=row, column=1, value="goal")
        sheet.cell(row=row, column=4, value=3)


def _delete_row(workbook):
    workbook[CRITERIA].delete_rows(4)


def _insert_row(workbook):
    workbook[CRITERIA].insert_rows(3)


def _swap_ids(workbook):
    workbook[CRITERIA]["H2"] = "X9"


def _merge(workbook):
    workbook[CRITERIA].merge_cells("D2:D3")


def _extra_sheet(workbook):
    workbook.create_sheet("My answers")["A1"] = 3


def _rename_sheet(workbook):
    workbook[CRITERIA].title = "Kriterien"


def _blank_answers(workbook):
    for row in workbook[CRITERIA].iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].value = None


def _unlinked(workbook):
    # the goal's three layers: only L1 vs L2 answered leaves L3 unlinked
    sheet = workbook[CRITERIA]
    sheet["D3"] = None
    sheet["D4"] = None


def _chart_sheet(workbook):
    index = workbook.sheetnames.index(CRITERIA)
    workbook.remove(workbook[CRITERIA])
    chart = BarChart()
    chart.add_data(Reference(workbook["Hierarchy"], min_col=2, min_row=1, max_row=3))
    workbook.create_chartsheet(CRITERIA, index).add_chart(chart)


def _no_name(workbook):
    workbook["_meta"]["B6"] = ""
    workbook["Instructions"]["B3"] = None


# (name, file bytes, the problem, its sheet, its cell)
CASES = [
    ("empty", lambda: b"", Problem.EMPTY_FILE, "", ""),
    ("spaces", lambda: b"   \n", Problem.EMPTY_FILE, "", ""),
    ("gbk csv renamed", _csv_in_gbk, Problem.TEXT_FILE, "", ""),
    ("utf-8 csv renamed", lambda: "a,b\n目标,3\n".encode(), Problem.TEXT_FILE, "", ""),
    (
        "old xls",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        Problem.OLD_EXCEL,
        "",
        "",
    ),
    ("random bytes", lambda: bytes(range(256)) * 4, Problem.NOT_A_WORKBOOK, "", ""),
    ("truncated", lambda: _returned()[:3000], Problem.NOT_A_WORKBOOK, "", ""),
    ("zip bomb", _zip_bomb, Problem.TOO_LARGE, "", ""),
    ("other workbook", _plain_workbook, Problem.NOT_A_QUESTIONNAIRE, "", ""),
    ("other model", lambda: _edited(_meta(3, "shanghai")), Problem.OTHER_MODEL, "", ""),
    ("other version", lambda: _edited(_meta(4, "0.9")), Problem.OTHER_MODEL_VERSION, "", ""),
    ("changed data", lambda: _edited(_meta(5, "0" * 64)), Problem.OTHER_MODEL_VERSION, "", ""),
    ("newer format", lambda: _edited(_meta(2, "7")), Problem.NEWER_FORMAT, "", ""),
    ("bad language", lambda: _edited(_meta(7, "fr")), Problem.BAD_METADATA, "_meta", ""),
    (
        "text answer",
        lambda: _edited(_set(CRITERIA, "D3", "much more")),
        Problem.NOT_AN_ANSWER,
        CRITERIA,
        "D3",
    ),
    ("off scale", lambda: _edited(_set(CRITERIA, "D3", 12)), Problem.OFF_SCALE, CRITERIA, "D3"),
    ("zero", lambda: _edited(_set(CRITERIA, "D5", "0")), Problem.OFF_SCALE, CRITERIA, "D5"),
    (
        "date",
        lambda: _edited(_set(CRITERIA, "D3", datetime.date(2024, 3, 1))),
        Problem.NOT_AN_ANSWER,
        CRITERIA,
        "D3",
    ),
    (
        "formula answer",
        lambda: _edited(_set(CRITERIA, "D3", "=1/3")),
        Problem.FORMULA,
        CRITERIA,
        "D3",
    ),
    ("formula note", lambda: _edited(_set(CRITERIA, "E4", "=A1")), Problem.FORMULA, CRITERIA, "E4"),
    (
        "formula name",
        lambda: _edited(_set("Instructions", "B3", "=A1")),
        Problem.FORMULA,
        "Instructions",
        "B3",
    ),
    ("merged", lambda: _edited(_merge), Problem.MERGED_CELLS, CRITERIA, "D2:D3"),
    ("10,000 rows", lambda: _edited(_ten_thousand_rows), Problem.ROWS_ADDED, CRITERIA, "A200"),
    (
        "far cell",
        lambda: _edited(_set(CRITERIA, "XFD1048576", 3)),
        Problem.ROWS_ADDED,
        CRITERIA,
        "A1048576",
    ),
    ("chart sheet", lambda: _edited(_chart_sheet), Problem.MISSING_SHEET, CRITERIA, ""),
    ("row deleted", lambda: _edited(_delete_row), Problem.ROWS_MOVED, CRITERIA, "A4"),
    ("row inserted", lambda: _edited(_insert_row), Problem.ROWS_MOVED, CRITERIA, "A3"),
    ("unknown pair", lambda: _edited(_swap_ids), Problem.ROWS_MOVED, CRITERIA, "H2"),
    (
        "item renamed",
        lambda: _edited(_set(CRITERIA, "B2", "L1 my layer")),
        Problem.CHANGED_CELL,
        CRITERIA,
        "B2",
    ),
    (
        "header changed",
        lambda: _edited(_set(CRITERIA, "D1", "Score")),
        Problem.CHANGED_CELL,
        CRITERIA,
        "D1",
    ),
    (
        "outside columns",
        lambda: _edited(_set(CRITERIA, "K7", 5)),
        Problem.OUTSIDE_COLUMNS,
        CRITERIA,
        "K7",
    ),
    ("extra sheet", lambda: _edited(_extra_sheet), Problem.UNEXPECTED_SHEET, "My answers", ""),
    ("renamed sheet", lambda: _edited(_rename_sheet), Problem.MISSING_SHEET, CRITERIA, ""),
    ("no answers", lambda: _edited(_blank_answers), Problem.NO_ANSWERS, "", ""),
    ("unlinked", lambda: _edited(_unlinked), Problem.UNLINKED_ITEMS, CRITERIA, "D2:D4"),
    ("no name", lambda: _edited(_no_name), Problem.NO_NAME, "Instructions", "B3"),
    (
        "rating not a level",
        lambda: _edited(_set(RATINGS, "C3", "excellent"), _rated),
        Problem.NOT_A_LEVEL,
        RATINGS,
        "C3",
    ),
    (
        "rating as a number",
        lambda: _edited(_set(RATINGS, "C4", 7), _rated),
        Problem.NOT_A_LEVEL,
        RATINGS,
        "C4",
    ),
    (
        "rating formula",
        lambda: _edited(_set(RATINGS, "C2", '=IF(1,"strong")'), _rated),
        Problem.FORMULA,
        RATINGS,
        "C2",
    ),
    (
        "rating of an unknown strategy",
        lambda: _edited(_set(RATINGS, "F2", "S99"), _rated),
        Problem.ROWS_MOVED,
        RATINGS,
        "F2",
    ),
    (
        "rating under an unknown criterion",
        lambda: _edited(_meta(11, "C1 C99"), _rated),
        Problem.BAD_METADATA,
        "_meta",
        "",
    ),
    (
        "ratings sheet dropped",
        lambda: _edited(lambda w: w.remove(w[RATINGS]), _rated),
        Problem.MISSING_SHEET,
        RATINGS,
        "",
    ),
    (
        "ratings of another model version",
        lambda: _edited(_meta(4, "0.9"), _rated),
        Problem.OTHER_MODEL_VERSION,
        "",
        "",
    ),
    (
        "rating right of the columns",
        lambda: _edited(_set(RATINGS, "G5", "strong"), _rated),
        Problem.OUTSIDE_COLUMNS,
        RATINGS,
        "G5",
    ),
]


@pytest.mark.parametrize(
    ("make", "expected", "sheet", "cell"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_hostile_file_is_refused_with_its_place(tmp_path, make, expected, sheet, cell):
    path = tmp_path / "returned.xlsx"
    path.write_bytes(make())
    reading = read_questionnaire(path, MODEL)
    assert reading.answers is None
    kinds = [found.problem for found in reading.problems]
    assert expected in kinds, reading.problems
    found = reading.problems[kinds.index(expected)]
    assert (found.file, found.sheet, found.cell) == (str(path), sheet, cell)


def test_a_far_cell_is_found_without_walking_the_grid_up_to_it(tmp_path):
    path = tmp_path / "far.xlsx"
    path.write_bytes(_edited(_set(CRITERIA, "XFD1048576", 3)))
    started = time.perf_counter()
    reading = read_questionnaire(path, MODEL)
    assert time.perf_counter() - started < 30  # walking 17 billion cells would never end
    assert [(p.problem, p.cell) for p in reading.problems] == [
        (Problem.ROWS_ADDED, "A1048576"),
        (Problem.OUTSIDE_COLUMNS, "XFD1048576"),
    ]


def test_one_bad_cell_refuses_the_whole_file_and_every_bad_cell_is_listed(tmp_path):
    def change(workbook):
        workbook[CRITERIA]["D3"] = "lots"
        workbook[CRITERIA]["D5"] = 20
        workbook[CRITERIA]["E6"] = "=NOW()"

    path = tmp_path / "bad.xlsx"
    path.write_bytes(_edited(change))
    reading = read_questionnaire(path, MODEL)
    assert reading.answers is None
    assert [(p.problem, p.cell) for p in reading.problems] == [
        (Problem.NOT_AN_ANSWER, "D3"),
        (Problem.OFF_SCALE, "D5"),
        (Problem.FORMULA, "E6"),
    ]


def test_ten_thousand_rows_are_one_problem_found_quickly(tmp_path):
    path = tmp_path / "long.xlsx"
    path.write_bytes(_edited(_ten_thousand_rows))
    started = time.perf_counter()
    reading = read_questionnaire(path, MODEL)
    # generous: the point is that reading does not crawl, not a speed figure (see benchmark)
    assert time.perf_counter() - started < 30
    (found,) = reading.problems
    assert found.values == {"first": "200", "last": "10199", "count": "10000"}


@pytest.mark.parametrize("target", ["missing.xlsx", "."])
def test_a_missing_file_or_a_folder_is_a_problem_not_an_exception(tmp_path, target):
    reading = read_questionnaire(tmp_path / target, MODEL)
    assert reading.answers is None
    assert reading.problems[0].problem is Problem.CANNOT_READ


def test_a_questionnaire_of_another_model_is_refused(tmp_path):
    from dataclasses import replace

    other = replace(MODEL, id="shanghai")
    path = tmp_path / "other.xlsx"
    path.write_bytes(questionnaire_bytes(other, QuestionnaireRequest(lang="zh", expert="A")))
    (found,) = read_questionnaire(path, MODEL).problems
    assert found.problem is Problem.OTHER_MODEL
    assert dict(found.values) == {"found": "shanghai", "expected": MODEL.id}


def test_every_problem_has_an_english_and_a_chinese_text():
    from desktop.questionnaire_text import _TEXTS

    assert set(_TEXTS) == set(Problem)
    assert all(english and chinese and english != chinese for english, chinese in _TEXTS.values())


def test_cases_cover_every_problem_but_those_of_a_batch_or_the_disk():
    """UNANSWERED_NODE and NOBODY_JUDGES_NODE are the panel import's
    (tests/strategies/test_questionnaire_into_panel.py)."""
    covered = {case[2] for case in CASES}
    assert set(Problem) - covered == {
        Problem.SAME_EXPERT,
        Problem.CANNOT_READ,
        Problem.UNANSWERED_NODE,
        Problem.NOBODY_JUDGES_NODE,
    }


def test_every_problem_found_in_the_hostile_files_can_be_worded(tmp_path):
    """Each problem carries the values its sentence names, in both languages."""
    from desktop.questionnaire_text import problem_text

    for index, (_, make, *_rest) in enumerate(CASES):
        path = tmp_path / f"case{index}.xlsx"
        path.write_bytes(make())
        for found in read_questionnaire(path, MODEL).problems:
            assert problem_text(found, "en").startswith(f"{path}")
            assert problem_text(found, "zh").startswith(f"{path}")
