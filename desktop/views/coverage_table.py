"""Coverage at a glance: criteria (rows) × districts (columns), how many usable values inform
each cell and of which years; neutral cells (no value of the district's own) stand out. The
grid is the core's (strategies.coverage); this model only puts it into words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.views.district_table import DistrictColumnsModel
from desktop.views.model_index import Index
from strategies.coverage import Coverage, CoverageCell, coverage

_NEUTRAL_BRUSH = QBrush(QColor("#fff4d6"))


class CoverageModel(DistrictColumnsModel):
    grid: Coverage | None = None

    def row_labels(self) -> list[str]:
        hierarchy, lang = self.document.model.hierarchy, self.language.code
        return [f"{c} {hierarchy.name(c, lang)}" for c in self.document.model.criteria]

    def refresh(self) -> None:
        self.grid = coverage(self.document.evaluation)
        super().refresh()

    def cell_at(self, index: Index) -> CoverageCell:
        if self.grid is None:
            self.grid = coverage(self.document.evaluation)
        return self.grid.cells[index.column()][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self.cell_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell.neutral:
            return _NEUTRAL_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def cell_text(self, cell: CoverageCell) -> str:
        if cell.neutral:
            return self.tr("neutral")
        return self.tr("{count} · {years}").format(count=cell.count, years=self._years(cell))

    def _years(self, cell: CoverageCell) -> str:
        named = [y for y in cell.years if y]
        text = named[0] if len(named) == 1 else (f"{named[0]}–{named[-1]}" if named else "")
        if "" in cell.years:
            text = self.tr("{years} planner").format(years=text).strip()
        return text or "—"

    def _tooltip(self, cell: CoverageCell) -> str:
        if cell.neutral:
            return self.tr(
                "Neutral: no usable value of this district informs this criterion; a mean "
                "need stands in for it."
            )
        return self.tr("{count} usable values, of {years}").format(
            count=cell.count, years=self.tr(", ").join(y or self.tr("planner") for y in cell.years)
        )
