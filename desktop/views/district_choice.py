"""The district combo box shared by the ranking and sensitivity views."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from strategies.model import PlanningModel


def fill_districts(
    combo: QComboBox, model: PlanningModel, lang: str, extra: tuple[str, str] | None = None
) -> None:
    """Refill with the districts' names in lang (plus an optional (label, data) entry),
    keeping the chosen district (the first one when a model edit removed it) and without
    emitting a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for district in model.districts:
        combo.addItem(district.name.get(lang), district.id)
    if extra is not None:
        combo.addItem(*extra)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)
