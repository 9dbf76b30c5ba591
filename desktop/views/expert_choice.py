"""Whose judgments the editors show: one expert, or the panel's combined ones (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from desktop.changes import Change
from desktop.document import Document
from desktop.i18n import follow_language_change
from desktop.views.translated import TranslatedWidget
from strategies.model import PlanningModel
from strategies.panel.experts import Expert, UnansweredNodeError
from strategies.panel.session_panel import is_combined


def expert_label(expert: Expert) -> str:
    """An expert's name for the window (the lead of an older file has none: "planner")."""
    name = expert.name.strip() or QCoreApplication.translate("ExpertChoice", "Planner")
    if expert.takes_part:
        return name
    return QCoreApplication.translate("ExpertChoice", "{name} (not counted)").format(name=name)


def unanswered_text(model: PlanningModel, error: UnansweredNodeError, lang: str) -> str:
    """Why a panel edit was not made: no expert counted would judge a node."""
    return QCoreApplication.translate(
        "ExpertChoice",
        "No expert counted in the panel would then judge “{node}”, so the change was not "
        "made. Count an expert who judged it first.",
    ).format(node=model.hierarchy.name(error.node, lang))


class ExpertChoice(QComboBox):
    """Each expert, then "Combined (read-only)" when more than one takes part."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._on_chosen)
        document.changed.connect(self._on_document_changed)
        follow_language_change(self, self.fill)
        self.fill()

    def fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        session = self.document.session
        for expert in session.experts.experts:
            self.addItem(expert_label(expert), expert.id)
        if is_combined(session):
            self.addItem(self.tr("Combined (read-only)"), None)
        self.setCurrentIndex(self.findData(self.document.chosen_expert))
        self.blockSignals(False)
        self.setToolTip(
            self.tr(
                "Whose judgments the editors show and change. The ranking is the panel's "
                "combination when more than one expert is counted."
            )
        )

    def _on_document_changed(self, changes: Change) -> None:
        if changes & (Change.EXPERTS | Change.CHOSEN_EXPERT):
            self.fill()

    def _on_chosen(self, index: int) -> None:
        if index >= 0:
            self.document.choose_expert(self.itemData(index))


class ExpertChooser(TranslatedWidget):
    """ "Judgments of:" and the choice, for the toolbar."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.choice = ExpertChoice(document)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choice)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Judgments of:"))
