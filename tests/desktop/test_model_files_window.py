"""File → New model… and File → Save model as…; THE round trip: a model edited in the window,
saved, loaded with --model and ranked by the command line gives the window's ranking."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from criteria.text import LocalText
from strategies import model_edit as core
from strategies.model import load_model
from strategies.model_edit import model_tables
from tests.desktop.model_editing_support import answer_next_dialog, press_ok

ROOT = Path(__file__).resolve().parents[2]


def _edit_in_window(window) -> None:
    """Model edits of every kind, through the window's editor (one undo step each)."""
    commit = window.model_editing.editor.commit
    text = lambda: "edit"  # noqa: E731
    assert commit(lambda m: core.add_node(m, "L2", LocalText("新准则", "New criterion"))[0], text)
    assert commit(lambda m: core.move_node(m, "C1", "L3", 0), text)
    assert commit(lambda m: core.remove_node(m, "C8"), text)
    assert commit(lambda m: core.rename_node(m, "C2", LocalText("人才", "Talent pool")), text)
    assert commit(lambda m: core.add_strategy(m, LocalText("新策略", "New strategy"))[0], text)
    assert commit(lambda m: core.move_strategy(m, "S6", 0), text)
    assert commit(lambda m: core.add_district(m, LocalText("新区", "New district"))[0], text)
    assert commit(lambda m: core.remove_district(m, "gaoming"), text)
    window.hierarchy.select("L2")  # judged and rated in the window too: the folder keeps it
    window.judgments.rows[0].slider.setValue(-6)
    window.document.end_merge()
    session = window.document.session
    window.document.apply(session.with_rating("S2", "C5", "very_strong"), "rate")


def _cli_rank(folder: Path) -> dict:
    found = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "rank", "--model", str(folder), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)


def test_an_edited_model_saved_and_ranked_by_the_cli_gives_the_windows_ranking(window, tmp_path):
    _edit_in_window(window)
    folder = tmp_path / "edited model"
    assert window.model_editing.files.save_model_to(folder)
    assert str(folder) in window.statusBar().currentMessage()
    saved = load_model(folder)
    assert saved.hierarchy.nodes.keys() == window.document.model.hierarchy.nodes.keys()
    judged = window.document.session.criteria_judgments["L2"]
    assert saved.default_judgments["L2"] == judged
    assert saved.default_ratings[("S2", "C5")].level == "very_strong"
    ranked = _cli_rank(folder)
    evaluation = window.document.evaluation
    model = window.document.model
    assert [d["id"] for d in ranked["districts"]] == list(model.district_ids)
    for district in ranked["districts"]:
        shown = evaluation.ranking(district["id"])
        assert [r["strategy"] for r in district["ranking"]] == [r.strategy for r in shown]
        for cli, window_row in zip(district["ranking"], shown, strict=True):
            assert cli["priority"] == pytest.approx(window_row.priority, abs=1e-12)
    weights = {c["id"]: c["global_weight"] for c in ranked["criteria"]}
    for criterion in model.criteria:
        expected = evaluation.weights.global_weights[criterion]
        assert weights[criterion] == pytest.approx(expected, abs=1e-9)


def test_save_model_as_into_a_folder_of_other_files_says_where_and_why(
    window, tmp_path, no_modal_dialogs
):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert not window.model_editing.files.save_model_to(tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    message = " ".join(str(part) for part in no_modal_dialogs[-1])
    assert str(tmp_path) in message


def _new_model(window, copy: bool, model_id: str):
    def answer(dialog) -> None:
        (dialog.copy if copy else dialog.empty).setChecked(True)
        dialog.name_zh.setText("新集群")
        dialog.name_en.setText("Another cluster")
        dialog.model_id.setText(model_id)
        press_ok(dialog)

    answer_next_dialog(answer)
    return window.model_editing.files.new_model()


def test_new_empty_model_opens_in_a_window_ready_to_edit(window, qtbot):
    successor = _new_model(window, copy=False, model_id="another_cluster")
    qtbot.addWidget(successor)
    model = successor.document.model
    assert (model.id, model.name.en) == ("another_cluster", "Another cluster")
    assert set(successor.hierarchy._items) == set(model.hierarchy.nodes)
    assert "Another cluster" in successor.windowTitle()
    assert successor.named_actions["model:add_criterion"].isEnabled()
    successor.document.undo_stack.setClean()
    successor.close()


def test_new_model_as_a_copy_keeps_everything_but_its_id_and_name(window, qtbot):
    original = window.document.model
    successor = _new_model(window, copy=True, model_id="foshan_variant")
    qtbot.addWidget(successor)
    copied = successor.document.model
    assert copied.id == "foshan_variant" and copied.name.en == "Another cluster"
    tables, before = model_tables(copied), model_tables(original)
    for name in ("criteria", "strategies", "districts", "ratings", "judgments"):
        assert tables[name] == before[name]
    successor.document.undo_stack.setClean()
    successor.close()


def test_a_bad_model_id_is_refused_in_the_dialog(window):
    def answer(dialog) -> None:
        dialog.name_en.setText("Another cluster")
        dialog.model_id.setText("not an id!")
        press_ok(dialog)
        assert dialog.isVisible() and dialog.problem.text()
        dialog.reject()

    answer_next_dialog(answer)
    assert window.model_editing.files.new_model() is None
