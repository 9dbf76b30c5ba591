"""Thin table models over the evaluation: one district's ranking, and the overview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.document import Document
from desktop.i18n import Language
from desktop.views.district_table import DistrictColumnsModel
from desktop.views.model_index import ROOT, Index
from desktop.views.model_reset import ResetOnModelEdit


class RankingModel(QAbstractTableModel):
    """Rank, strategy, priority, gap to the next, for one district."""

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.district = document.model.district_ids[0]
        self.rows = []
        self.refresh()
        ResetOnModelEdit(self, document, self._follow_model)

    def _follow_model(self) -> None:
        """The same district while the edited model has it, else its first."""
        if self.district not in self.document.model.district_ids:
            self.district = self.document.model.district_ids[0]
        self.rows = self.document.evaluation.ranking(self.district)

    def set_district(self, district: str) -> None:
        self.district = district
        self.refresh()

    def refresh(self) -> None:
        rows = self.document.evaluation.ranking(self.district)
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self.rows = rows
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Rank"),
                self.tr("Strategy"),
                self.tr("Priority"),
                self.tr("Gap to next"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        strategy = self.document.model.strategy(entry.strategy)
        if role == Qt.ItemDataRole.DisplayRole:
            rank = f"{entry.rank}" + ("=" if entry.tied else "")
            gap = "" if entry.gap_to_next is None else f"{entry.gap_to_next:.4f}"
            return (
                rank,
                f"{strategy.id} {strategy.name.get(self.language.code)}",
                f"{entry.priority:.4f}",
                gap,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tie = self.tr("Tied with another strategy. ") if entry.tied else ""
            return tie + strategy.summary.get(self.language.code)
        if role == Qt.ItemDataRole.FontRole and entry.rank == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2, 3):
            return Qt.AlignmentFlag.AlignCenter
        return None


class OverviewModel(DistrictColumnsModel):
    """Strategies × districts: rank and priority, shaded by priority, the top marked ★."""

    def row_labels(self) -> list[str]:
        lang = self.language.code
        return [f"{s.id} {s.name.get(lang)}" for s in self.document.model.strategies]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        evaluation = self.document.evaluation
        rank = int(evaluation.ranks[index.column(), index.row()])
        priority = float(evaluation.priorities[index.column(), index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if rank == 1 else "") + f"{rank}  ({priority:.3f})"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_shade(priority, evaluation.priorities.max()))
        if role == Qt.ItemDataRole.FontRole and rank == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and rank == 1:
            return self.tr("Top strategy in this district")
        return None


def _shade(value: float, highest: float) -> QColor:
    """Light to deeper blue as the priority approaches the highest shown (colour only)."""
    strength = 0.0 if highest <= 0 else max(0.0, min(1.0, value / highest))
    return QColor.fromHsvF(0.58, 0.08 + 0.5 * strength, 1.0)
