"""Session-wide method choices as combo boxes bound to the document (undoable)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from criteria.ahp import RANDOM_INDEX_TABLES
from criteria.indicators import Normalisation
from desktop.changes import Change
from desktop.document import Document
from desktop.i18n import follow_language_change
from strategies.effectiveness import Synthesis


class _SessionChoice(QComboBox):
    """A combo box showing one session field; choosing pushes an undo command."""

    field = ""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.retranslate()
        follow_language_change(self, self._on_language_change)
        self.currentIndexChanged.connect(self._on_chosen)
        document.changed.connect(self._on_document_changed)
        self._sync()

    def options(self) -> list[tuple[str, object]]:
        raise NotImplementedError

    def undo_text(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.blockSignals(True)
        self.clear()
        for label, value in self.options():
            self.addItem(label, value)
        self.blockSignals(False)

    def _on_language_change(self) -> None:
        self.retranslate()
        self._sync()  # the labels were refilled: choose the session's value again

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.SETTINGS:
            self._sync()

    def _sync(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(getattr(self.document.session, self.field)))
        self.blockSignals(False)

    def _on_chosen(self) -> None:
        session = replace(self.document.session, **{self.field: self.currentData()})
        self.document.apply(session, self.undo_text)  # relabelled if the language changes


class RandomIndexChoice(_SessionChoice):
    field = "random_index"

    def options(self) -> list[tuple[str, object]]:
        return [
            (self.tr("Random index: Saaty"), "saaty"),
            (self.tr("Random index: Donegan & Dodd"), "dd"),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        for index in range(self.count()):
            self.setItemData(
                index, RANDOM_INDEX_TABLES[self.itemData(index)], Qt.ItemDataRole.ToolTipRole
            )  # the full reference

    def undo_text(self) -> str:
        return self.tr("Change the random index table")


class NormalisationChoice(_SessionChoice):
    field = "normalisation"

    def options(self) -> list[tuple[str, object]]:
        return [
            (self.tr("Normalisation: ratio to the best district"), Normalisation.RATIO_TO_BEST),
            (self.tr("Normalisation: min–max"), Normalisation.MIN_MAX),
        ]

    def undo_text(self) -> str:
        return self.tr("Change the normalisation of indicators")


class SynthesisChoice(_SessionChoice):
    """Ideal mode (each criterion's best strategy scores 1) or distributive (shares summing
    to 1), for rated and pairwise criteria alike."""

    field = "synthesis"

    def options(self) -> list[tuple[str, object]]:
        return [
            (self.tr("Synthesis: ideal (best strategy = 1)"), Synthesis.IDEAL),
            (self.tr("Synthesis: distributive (shares sum to 1)"), Synthesis.DISTRIBUTIVE),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        tips = {
            Synthesis.IDEAL: self.tr(
                "Each criterion's strategy priorities are divided by the best strategy's. "
                "Adding a copy of a strategy, or one no better than the best on any "
                "criterion, never changes the order of the others (Belton & Gear 1983; "
                "Saaty 1994)."
            ),
            Synthesis.DISTRIBUTIVE: self.tr(
                "Each criterion's strategy priorities are shares summing to 1. Adding or "
                "removing a strategy can reverse the order of others (Belton & Gear 1983). "
                "Files saved before the mode could be chosen were computed this way."
            ),
        }
        for index in range(self.count()):
            self.setItemData(index, tips[self.itemData(index)], Qt.ItemDataRole.ToolTipRole)

    def undo_text(self) -> str:
        return self.tr("Change the synthesis mode")
