"""File → Import answers… and File → Export questionnaire… in the window: a batch of returned
questionnaires becomes experts of the panel in one undo step; a file with problems stops the
batch and one dialog lists every problem; re-importing an expert asks first."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.questionnaires.problems_dialog import AnswerProblemsDialog
from strategies.questionnaire import read_questionnaire
from strategies.questionnaire.layout import SheetKind
from tests.strategies.questionnaire_filling import filled_file

FIXTURE = Path(__file__).parent.parent / "data" / "questionnaire_zh_libreoffice.xlsx"
NAMES = ("Wang Li", "李明", "Chen Jie")


@pytest.fixture
def shown_problems(monkeypatch):
    """What the problems dialog showed, recorded instead of shown (it is modal)."""
    shown = []

    def record(dialog):
        shown.append(Shown(dialog.windowTitle(), dialog.summary.text(), dialog.rows()))
        return 0

    monkeypatch.setattr(AnswerProblemsDialog, "exec", record)
    return shown


@dataclass
class Shown:
    title: str
    summary: str
    rows: list


def _batch(folder: Path, model) -> list[Path]:
    return [
        filled_file(folder, model, ("en", "zh")[i % 2], name, seed=10 + i)[0]
        for i, name in enumerate(NAMES)
    ]


def _choose_files(monkeypatch, paths) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *args, **kwargs: ([str(p) for p in paths], "Returned questionnaires (*.xlsx)"),
    )


def _import_via_menu(window, monkeypatch, paths) -> None:
    _choose_files(monkeypatch, paths)
    window.named_actions["import_answers"].trigger()


def _names(window) -> list[str]:
    return [e.name for e in window.document.session.experts.experts]


def test_both_actions_are_in_the_file_menu_above_quit(window):
    menu = window.file_menu.actions()
    export, answers = (
        window.named_actions["export_questionnaire"],
        window.named_actions["import_answers"],
    )
    assert menu.index(export) + 1 == menu.index(answers) < menu.index(window.named_actions["quit"])
    assert export.text() == "Export &Questionnaire…" and answers.text() == "&Import Answers…"


def test_a_batch_of_three_becomes_three_experts_in_one_undo_step(
    window, monkeypatch, tmp_path, model
):
    document = window.document
    before = document.evaluation.priorities.copy()
    steps = document.undo_stack.count()
    _import_via_menu(window, monkeypatch, _batch(tmp_path, model))
    assert _names(window) == ["", *NAMES]
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Import the answers of 3 experts"
    assert not np.allclose(document.evaluation.priorities, before)  # the combination ranks
    added = document.session.experts.experts[1]
    answers = read_questionnaire(tmp_path / "Wang Li.xlsx", model).answers
    assert dict(added.criteria_judgments) == dict(answers.criteria_judgments)
    assert dict(added.strategy_judgments) == dict(answers.strategy_judgments)
    document.undo_stack.undo()
    assert _names(window) == [""]
    assert np.array_equal(document.evaluation.priorities, before)
    document.undo_stack.redo()
    assert _names(window) == ["", *NAMES]


def test_a_hostile_file_in_the_batch_lists_its_problems_and_imports_nothing(
    window, monkeypatch, tmp_path, model, shown_problems
):
    paths = _batch(tmp_path, model)
    hostile = tmp_path / "hostile.xlsx"
    workbook = load_workbook(paths[0])
    sheet = workbook["Criteria"]
    sheet["D2"] = "=1+2"
    sheet["D3"] = 42
    workbook.save(hostile)
    merged = tmp_path / "merged.xlsx"
    workbook = load_workbook(paths[1])
    workbook[workbook.sheetnames[2]].merge_cells("E4:E5")
    workbook.save(merged)
    csv = tmp_path / "saved as csv.xlsx"
    csv.write_bytes("专家,判断\n王力,3\n".encode("gbk"))
    session = window.document.session
    _import_via_menu(window, monkeypatch, [paths[2], hostile, merged, csv])
    assert window.document.session == session and window.document.undo_stack.count() == 0
    (dialog,) = shown_problems
    rows = dialog.rows
    assert ("hostile.xlsx", "Criteria", "D2") in [row[:3] for row in rows]
    assert ("hostile.xlsx", "Criteria", "D3") in [row[:3] for row in rows]
    assert any(row[0] == "merged.xlsx" and "merged cells" in row[3] for row in rows)
    assert any(row[0] == "saved as csv.xlsx" and "text file" in row[3] for row in rows)
    assert {row[0] for row in rows} == {"hostile.xlsx", "merged.xlsx", "saved as csv.xlsx"}
    assert "Nothing was imported: 3 of the chosen files" in dialog.summary


def test_the_problems_dialog_speaks_chinese(window, monkeypatch, tmp_path, model, shown_problems):
    window.language.set("zh")
    path = filled_file(tmp_path, model, "en", "Wang Li", seed=3)[0]
    workbook = load_workbook(path)
    workbook["Criteria"]["D2"] = "很多"
    workbook.save(path)
    _import_via_menu(window, monkeypatch, [path])
    (dialog,) = shown_problems
    assert dialog.title == "未导入答卷"
    (row,) = dialog.rows
    assert row[:3] == ("Wang Li.xlsx", "Criteria", "D2") and "不是有效判断" in row[3]


def test_a_wholly_blank_criteria_node_imports_and_shows_as_left_blank(
    window, monkeypatch, tmp_path, model, shown_problems
):
    from desktop.views.panel_findings import consistency_rows
    from strategies.panel.summary import panel_summary

    path = filled_file(tmp_path, model, "en", "Wang Li", seed=4)[0]
    workbook = load_workbook(path)
    goal = model.hierarchy.goal
    sheet = workbook["Criteria"]
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 6).value == goal]
    for row in rows:
        sheet.cell(row, 4).value = None
    workbook.save(path)
    _import_via_menu(window, monkeypatch, [path])
    assert shown_problems == []
    session = window.document.session
    imported = session.experts.experts[-1]
    assert _names(window) == ["", "Wang Li"] and goal not in imported.criteria_judgments
    summary = panel_summary(model, session)
    _, table = consistency_rows(summary, session, model, "en")
    column = 1 + model.hierarchy.inner_nodes.index(goal)
    assert table[-1][column].text() == "left blank"
    assert table[0][column].text() != "left blank"


def test_leaving_out_the_only_expert_who_judged_a_node_is_refused_with_a_message(
    window, monkeypatch, tmp_path, model, shown_problems
):
    from PySide6.QtCore import Qt

    from desktop.views.experts_table import INCLUDED

    test_a_wholly_blank_criteria_node_imports_and_shows_as_left_blank(
        window, monkeypatch, tmp_path, model, shown_problems
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    from desktop.views.panel_view import PanelView

    view = PanelView(window.document, window.language)
    before = window.document.session
    index = view.experts_model.index(0, INCLUDED)
    unchecked = Qt.CheckState.Unchecked.value
    assert not view.experts_model.setData(index, unchecked, Qt.ItemDataRole.CheckStateRole)
    assert window.document.session is before
    assert len(warned) == 1 and "no expert counted" in warned[0].lower()


def _click(monkeypatch, label: str, asked: list) -> None:
    """Answer every Replace box with the button labelled label."""

    def exec_box(box):
        if box.objectName() == "replace_expert_box":  # not, e.g., the unsaved-changes prompt
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == label).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)


@pytest.mark.parametrize(
    ("label", "replaced"), [("Replace", 2), ("Replace All", 2), ("Skip", 0), ("Cancel", None)]
)
def test_re_importing_asks_before_replacing(window, monkeypatch, tmp_path, model, label, replaced):
    document = window.document
    first = _batch(tmp_path / "first" if (tmp_path / "first").mkdir() is None else None, model)
    _import_via_menu(window, monkeypatch, first)
    ids = [e.id for e in document.session.experts.experts]
    again = tmp_path / "again"
    again.mkdir()
    second = [
        filled_file(again, model, "en", name.upper(), seed=40 + i)[0]
        for i, name in enumerate(NAMES[::2])
    ]
    held = document.session
    asked = []
    _click(monkeypatch, label, asked)
    _import_via_menu(window, monkeypatch, second)
    assert len(asked) == (1 if label in ("Replace All", "Cancel") else 2)
    assert "Wang Li is already in the panel" in asked[0]
    if replaced is None:
        assert document.session == held
        return
    assert [e.id for e in document.session.experts.experts] == ids  # replaced in place
    changed = [
        e.name
        for e in document.session.experts.experts
        if e.criteria_judgments != held.experts.expert(e.id).criteria_judgments
    ]
    assert len(changed) == replaced
    if replaced:
        document.undo_stack.undo()
        assert document.session == held


def test_the_libreoffice_re_saved_questionnaire_imports(qtbot, language, monkeypatch, model):
    from desktop.document import Document
    from desktop.main_window import MainWindow

    workbook = load_workbook(FIXTURE)
    meta = {r[0].value: r[1].value for r in workbook["_meta"].iter_rows(max_col=2)}
    window = MainWindow(Document(replace(model, content_hash=meta["model_hash"])), language)
    qtbot.addWidget(window)
    _import_via_menu(window, monkeypatch, [FIXTURE])
    expert = window.document.session.experts.experts[1]
    assert expert.name == "王力"
    assert "规模数据不全" in expert.note
    window.document.undo_stack.setClean()


@pytest.mark.parametrize("prefill", [True, False])
def test_export_questionnaire_for_the_chosen_expert(window, monkeypatch, tmp_path, model, prefill):
    _import_via_menu(window, monkeypatch, _batch(tmp_path, model))
    document = window.document
    chosen = document.session.experts.experts[2]
    document.choose_expert(chosen.id)
    target = tmp_path / "out" / "for-li"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    answer = QMessageBox.StandardButton.Yes if prefill else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer.value)
    window.named_actions["export_questionnaire"].trigger()
    written = target.with_name("for-li.xlsx")
    workbook = load_workbook(written)
    assert "Instructions" in workbook.sheetnames  # the window's language
    assert "Ratings" in workbook.sheetnames  # every criterion rated: the ratings are asked
    assert workbook["Instructions"]["B3"].value == "李明"
    reading = read_questionnaire(written, model)
    if prefill:
        assert dict(reading.answers.criteria_judgments) == dict(chosen.criteria_judgments)
        assert dict(reading.answers.ratings) == dict(chosen.ratings)
    else:
        assert [str(p.problem.value) for p in reading.problems] == ["no_answers"]


def test_export_can_leave_the_strategy_judgments_out(window, monkeypatch, tmp_path, model):
    def untick(box):
        box.checkBox().setChecked(False)
        return QMessageBox.StandardButton.No.value

    target = tmp_path / "criteria-only.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", untick)
    window.named_actions["export_questionnaire"].trigger()
    assert load_workbook(target).sheetnames[:3] == ["Instructions", "Hierarchy", "Criteria"]
    assert "Ratings" not in load_workbook(target).sheetnames


def test_export_asks_strategy_pairs_where_the_session_judges_pairwise(
    window, monkeypatch, tmp_path, model
):
    from strategies.session import PAIRWISE_MODE

    document = window.document
    criterion = model.criteria[1]
    document.apply(document.session.with_mode(criterion, PAIRWISE_MODE), "pairwise")
    target = tmp_path / "mixed.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.named_actions["export_questionnaire"].trigger()
    workbook = load_workbook(target)
    pairs = {
        row[0].value for row in workbook["Strategies"].iter_rows(min_row=2, min_col=6, max_col=6)
    }
    rated = {row[0].value for row in workbook["Ratings"].iter_rows(min_row=2, min_col=5, max_col=5)}
    assert pairs == {criterion} and rated == set(model.criteria) - {criterion}


def test_export_of_the_combined_view_leaves_the_name_blank(window, monkeypatch, tmp_path):
    document = window.document
    document.choose_expert(None)
    target = tmp_path / "blank.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.named_actions["export_questionnaire"].trigger()
    assert load_workbook(target)["Instructions"]["B3"].value is None
    assert SheetKind.CRITERIA
