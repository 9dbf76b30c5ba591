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
    entries = [(d.name.get(lang), d.id) for d in model.districts]
    refill(combo, entries + ([extra] if extra is not None else []))


def refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    """Make combo hold entries (text, data), keeping the chosen data (else the first entry)
    and without emitting a change; entries it holds already are left as they are (a model
    edit refills every box, and a box sized to its contents measures every entry again)."""
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    if shown == entries:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)
