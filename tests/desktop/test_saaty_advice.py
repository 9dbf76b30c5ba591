"""Saaty's advice (7 ± 2 items under one node) is a warning, not a wall: the consistency panel
of a node with more items says so, and every report has the line on that node's row."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from criteria.item_limits import ADVISED_MAX_ITEMS
from desktop.export.formats import FORMATS
from desktop.export.rule_text import CROWDED
from desktop.export.service import export_report
from desktop.rank_report import rank_document
from strategies.model import load_model
from strategies.session import MonteCarloSettings
from tests.models.generate import Shape, write_model


@pytest.fixture(params=[ADVISED_MAX_ITEMS, ADVISED_MAX_ITEMS + 1, 15])
def items(request):
    return request.param


@pytest.fixture
def model(items, tmp_path):
    """A goal with `items` children: leaf criteria and a group of two (never crowded)."""
    return load_model(write_model(Shape((0,) * (items - 1) + (2,), 3, 3), tmp_path / "model"))


def test_the_panel_warns_only_beyond_nine_items(window, model, items, language):
    panel = window.judgments.consistency
    for lang in ("en", "zh"):
        language.set(lang)
        window.hierarchy.setCurrentItem(window.hierarchy._items[model.hierarchy.goal])
        assert panel.advice.isVisible() is (items > ADVISED_MAX_ITEMS)
        if items > ADVISED_MAX_ITEMS:
            assert str(items) in panel.advice.text() and "7 ± 2" in panel.advice.text()
        window.hierarchy.setCurrentItem(window.hierarchy._items[model.hierarchy.inner_nodes[-1]])
        assert not panel.advice.isVisible()
    assert window.judgments.rows  # the crowded node is judged as any other


@pytest.mark.parametrize("items", [ADVISED_MAX_ITEMS + 1], indirect=True)
@pytest.mark.parametrize("export", FORMATS, ids=[f.suffix for f in FORMATS])
def test_every_report_has_the_line_on_the_crowded_node(model, items, document, tmp_path, export):
    path = tmp_path / f"report{export.suffix}"
    report = export_report(document.evaluation, path, "en", MonteCarloSettings(samples=200))
    crowded = [n for n in report.method_notes if n.rule == CROWDED]
    assert [n.subject for n in crowded] == [model.hierarchy.goal]
    assert "7 ± 2" in _text_of(path)
    if export.suffix == ".json":
        notes = json.loads(path.read_text(encoding="utf-8"))["method_notes"]
        assert any(n["rule"] == CROWDED for n in notes)


@pytest.mark.parametrize("items", [ADVISED_MAX_ITEMS], indirect=True)
def test_nine_items_get_no_line(model, items, document, tmp_path):
    path = tmp_path / "report.csv"
    report = export_report(document.evaluation, path, "en", MonteCarloSettings(samples=200))
    assert [n for n in report.method_notes if n.rule == CROWDED] == []
    assert "7 ± 2" not in _text_of(path)


def test_rank_report_says_it_in_chinese(model, items, document):
    notes = rank_document(document.evaluation, "zh", model.district_ids)["method_notes"]
    crowded = [n for n in notes if n["rule"] == CROWDED]
    assert len(crowded) == (items > ADVISED_MAX_ITEMS)
    assert all("7 ± 2" in n["text"] and "Saaty" in n["text"] for n in crowded)


def _text_of(path) -> str:
    """Every text the file holds, whatever its format."""
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        return " ".join(
            str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
        )
    if path.suffix == ".pdf":
        return " ".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8-sig")
