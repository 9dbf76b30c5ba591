"""After each kind of model edit of the shipped model (and its undo), every tab, every
sensitivity page and every export of the window works and shows the edited model: the edits
that change what views were built from (removed leaves and layers, a layer emptied into a leaf,
new and removed strategies and districts, a criterion moved across layers)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QThreadPool

from criteria.text import LocalText
from desktop.export.formats import FORMATS
from strategies import model_edit as core

EDITS = {
    "remove a leaf": lambda m: core.remove_node(m, "C2"),
    "remove a layer": lambda m: core.remove_node(m, "L2"),
    "layer emptied into a leaf": lambda m: core.remove_node(core.remove_node(m, "C4"), "C5"),
    "leaf becomes a layer": lambda m: core.add_node(m, "C7", LocalText("子", "Sub"))[0],
    "criterion moved across layers": lambda m: core.move_node(m, "C1", "L3", 1),
    "strategy added": lambda m: core.add_strategy(m, LocalText("新", "Seventh"))[0],
    "strategy removed": lambda m: core.remove_strategy(m, "S1"),
    "district added": lambda m: core.add_district(m, LocalText("新区", "New district"))[0],
    "district removed": lambda m: core.remove_district(m, "chancheng"),
    "districts reordered": lambda m: core.move_district(m, "sanshui", 0),
}


def _visit_everything(window) -> None:
    model = window.document.model
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    view = window.sensitivity_tab.view
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    for page in range(view.pages.count()):
        view.pages.setCurrentIndex(page)
    for district in range(view.district.count()):
        view.district.setCurrentIndex(district)
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()
    window.tabs.setCurrentWidget(window.ranking)
    combo = window.ranking.district
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
    assert combo.count() == len(model.districts) + 1
    for node in model.hierarchy.nodes:
        window.hierarchy.select(node)
    window.tabs.setCurrentWidget(window.effectiveness)
    for index in range(window.effectiveness.criterion.count()):
        window.effectiveness.criterion.setCurrentIndex(index)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_every_view_and_export_after_a_model_edit(window, edit, tmp_path):
    before = window.document.model
    assert window.model_editing.editor.commit(EDITS[edit], lambda: edit)
    _visit_everything(window)
    model = window.document.model
    for export in FORMATS:
        path = tmp_path / f"report{export.suffix}"
        assert window.export_action.export_to(path), export.suffix
        assert path.stat().st_size > 0
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["districts"]] == list(model.district_ids)
    window.document.undo_stack.undo()
    assert window.document.model is before
    _visit_everything(window)
