"""A thin table model with one row per item (strategy, criterion) and one column per district."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt

from desktop.document import Document
from desktop.i18n import Language
from desktop.views.model_index import ROOT, Index
from desktop.views.model_reset import ResetOnModelEdit


class DistrictColumnsModel(QAbstractTableModel):
    """Subclasses name their rows (``row_labels``) and fill the cells (``data``)."""

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        ResetOnModelEdit(self, document)

    def row_labels(self) -> list[str]:
        raise NotImplementedError

    def refresh(self) -> None:
        """Cells changed (after an edit): re-read them, keep the layout."""
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.row_labels())

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.document.model.districts)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.document.model.districts[section].name.get(self.language.code)
        return self.row_labels()[section]
