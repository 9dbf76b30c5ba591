"""The experts of the panel as an editable table: name, organisation or role, weight, counted,
note. Each edit is one undoable step through the document."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, Qt, Signal

from desktop.changes import Change
from desktop.document import Document
from desktop.views.expert_choice import expert_label
from desktop.views.model_index import ROOT, Index
from strategies.panel.experts import Expert, UnansweredNodeError

NAME, ORGANISATION, WEIGHT, INCLUDED, NOTE = range(5)
_FIELDS = {NAME: "name", ORGANISATION: "organisation", NOTE: "note"}
MAX_WEIGHT = 1e6  # the file's bound (strategies.session_io.schema.EXPERT_WEIGHT_MAX)


class ExpertsTableModel(QAbstractTableModel):
    """refused(UnansweredNodeError): an edit was not made because no expert counted would then
    judge a criteria node (the view says so)."""

    refused = Signal(object)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.experts: tuple[Expert, ...] = document.session.experts.experts
        document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.EXPERTS:
            self.refresh()

    def refresh(self) -> None:
        experts = self.document.session.experts.experts
        if len(experts) != len(self.experts):
            self.beginResetModel()
            self.experts = experts
            self.endResetModel()
            return
        self.experts = experts
        self.dataChanged.emit(self.index(0, 0), self.index(len(experts) - 1, NOTE))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.experts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation or role"),
            self.tr("Weight"),
            self.tr("Counted"),
            self.tr("Note"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == INCLUDED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        expert, column = self.experts[index.row()], index.column()
        if column == INCLUDED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if expert.included else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return expert_label(expert) if not expert.name.strip() else expert.name
            return f"{expert.weight:g}" if column == WEIGHT else getattr(expert, _FIELDS[column])
        if role == Qt.ItemDataRole.EditRole:
            return expert.weight if column == WEIGHT else getattr(expert, _FIELDS[column])
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        expert, column = self.experts[index.row()], index.column()
        changed = self._changed(expert, column, value, role)
        if changed is None or changed == expert:
            return False
        try:
            self.document.put_expert(changed, lambda: self._describe(changed, column))
        except UnansweredNodeError as error:
            self.refused.emit(error)
            return False
        return True

    def _changed(self, expert: Expert, column: int, value, role: int) -> Expert | None:
        if column == INCLUDED and role == Qt.ItemDataRole.CheckStateRole:
            return replace(expert, included=Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return None
        if column == WEIGHT:
            weight = _weight(value)
            return None if weight is None else replace(expert, weight=weight)
        return replace(expert, **{_FIELDS[column]: str(value)}) if column in _FIELDS else None

    def _describe(self, expert: Expert, column: int) -> str:
        name = expert_label(expert)
        if column == WEIGHT:
            return self.tr("Weight {name} {weight:g}").format(name=name, weight=expert.weight)
        if column == INCLUDED:
            text = self.tr("Count {name}") if expert.included else self.tr("Leave out {name}")
            return text.format(name=name)
        if column == NAME:
            return self.tr("Rename expert to {name}").format(name=name)
        return self.tr("Edit expert {name}").format(name=name)


def _weight(value) -> float | None:
    """A weight typed by the planner: a finite number in [0, MAX_WEIGHT], else refused."""
    try:
        weight = float(value)
    except (TypeError, ValueError):
        return None
    return weight if 0.0 <= weight <= MAX_WEIGHT else None
