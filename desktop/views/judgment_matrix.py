"""The reciprocal matrix of one node's judgments as a thin, editable Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from criteria.judgments import JudgmentError, PairwiseJudgments
from criteria.verbal_scale import (
    format_judgment,
    is_scale_value,
    judgment_label,
    moved_to_scale_end,
    nearest_scale_value,
    parse_judgment,
)
from desktop.views.model_index import ROOT, Index
from desktop.views.strategy_names import wrap
from desktop.views.verbal_text import describe

HEADER_CELLS, HEADER_LINES = 18, 3  # a column's name: up to 3 lines of 18 Latin letters
_MISSING_BRUSH = QBrush(QColor("#fff4d6"))
_DIAGONAL_BRUSH = QBrush(QColor("#eeeeee"))


class JudgmentMatrixModel(QAbstractTableModel):
    """Cell (i, j) is how much item i is preferred to item j. Editing pushes through
    ``value_typed``; refused text raises ``input_refused`` with the reason and changes nothing."""

    value_typed = Signal(str, str, object)
    input_refused = Signal(str)
    input_adjusted = Signal(str)  # accepted, but not as typed: says what was used

    def __init__(self, parent=None):
        super().__init__(parent)
        self._judgments: PairwiseJudgments | None = None
        self._completed = None
        self._names: list[str] = []
        self.read_only = False  # the panel's combined judgments: shown, not edited

    def show(self, judgments: PairwiseJudgments, completed_matrix, names: list[str]) -> None:
        same_items = self._judgments is not None and self._judgments.items == judgments.items
        if not same_items:  # another node: a new table
            self.beginResetModel()
        self._judgments, self._completed, self._names = judgments, completed_matrix, names
        if same_items:  # an edit: the cells change, the current cell stays for the keyboard
            last = len(names) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, last))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
        else:
            self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self._judgments is None else len(self._judgments.items)

    def columnCount(self, parent: Index = ROOT) -> int:
        return self.rowCount(parent)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if not self._names:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._names[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return "\n".join(wrap(self._names[section], HEADER_CELLS, HEADER_LINES))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.row() == index.column():
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._judgments is None:
            return None
        items = self._judgments.items
        first, second = items[index.row()], items[index.column()]
        value = self._judgments.value(first, second)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return f"({format_judgment(self._completed[index.row(), index.column()])})"
            return judgment_label(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else format_judgment(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() == index.column():
                return _DIAGONAL_BRUSH
            return _MISSING_BRUSH if value is None else None
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return self.tr("Missing: the value in brackets is estimated (Bozóki et al.)")
        if role == Qt.ItemDataRole.ToolTipRole and index.row() != index.column():
            text = describe(self._names[index.row()], self._names[index.column()], value)
            if not is_scale_value(value):
                text += "\n" + self.tr(
                    "Between the steps of Saaty's scale: used as typed ({value}), not rounded "
                    "to {nearest} (Saaty allows intermediate values)."
                ).format(
                    value=format_judgment(value),
                    nearest=format_judgment(nearest_scale_value(value)),
                )
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._judgments is None:
            return False
        items = self._judgments.items
        first, second = items[index.row()], items[index.column()]
        if str(value).strip() == self.data(index, Qt.ItemDataRole.EditRole):
            return True  # the editor closed unchanged: keep 2.6598, don't round it to 2.66
        try:
            number = parse_judgment(str(value))
        except JudgmentError:
            self.input_refused.emit(
                self.tr(
                    "“{text}” for {a} vs {b} is not a judgment: type a number from 1/9 to 9 "
                    "(e.g. 3 or 1/3), or leave it empty for missing."
                ).format(text=value, a=self._names[index.row()], b=self._names[index.column()])
            )
            return False
        if moved_to_scale_end(str(value)):
            self.input_adjusted.emit(
                self.tr(
                    "“{text}” for {a} vs {b} lies just outside Saaty's scale 1/9 … 9; its end, "
                    "{used}, is used."
                ).format(
                    text=value,
                    a=self._names[index.row()],
                    b=self._names[index.column()],
                    used=format_judgment(number),
                )
            )
        self.value_typed.emit(first, second, number)
        return True
