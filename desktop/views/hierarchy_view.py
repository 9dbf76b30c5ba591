"""The criteria tree, goal to leaf criteria at any depth, with local and global weights and a CR
badge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from criteria.ahp import Consistency
from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import concept_tip
from desktop.i18n import Language

_BADGE_SYMBOLS = {
    Consistency.OK: "✔",
    Consistency.TOO_INCONSISTENT: "✖",
    Consistency.INCOMPLETE: "◐",
    Consistency.UNDEFINED: "·",
}
_BADGE_COLOURS = {
    Consistency.OK: "#1b7f3b",
    Consistency.TOO_INCONSISTENT: "#b00020",
    Consistency.INCOMPLETE: "#a15c00",
    Consistency.UNDEFINED: "#555555",
}


class HierarchyView(QTreeWidget):
    """Emits node_selected(node id) when the planner picks a node."""

    node_selected = Signal(str)

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.setColumnCount(4)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (1, 2, 3):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(True)
        # Every row is one line: a changed weight then re-measures no row's height (an edit
        # changes about two dozen cells, each re-measured across all four columns otherwise).
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()
        self.currentItemChanged.connect(self._on_current_changed)
        document.changed.connect(self._on_document_changed)
        language.changed.connect(self.retranslate)  # the one path: after the switch
        self.retranslate()

    def _build(self) -> None:
        hierarchy = self.document.model.hierarchy
        for node in hierarchy.walk():
            parent_id = hierarchy.nodes[node].parent
            parent = self if parent_id is None else self._items[parent_id]
            item = QTreeWidgetItem(parent)
            item.setData(0, Qt.ItemDataRole.UserRole, node)
            self._items[node] = item
        self.expandAll()
        self._show_names()
        self.refresh()

    def refresh(self) -> None:
        """Weights and badges (after every edit). The columns are sized once at the end: sized
        to their contents, each changed text would measure its column again (40 criteria:
        tens of milliseconds per edit)."""
        header = self.header()
        sized = range(1, header.count())
        for column in sized:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        try:
            self._show_weights()
        finally:
            for column in sized:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_weights(self) -> None:
        weights = self.document.evaluation.weights
        for node, item in self._items.items():
            _set_text(item, 1, f"{weights.local_weight(node):.3f}")
            _set_text(item, 2, f"{weights.global_weights[node]:.3f}")
            if node in weights.nodes:
                self._show_badge(item, weights.nodes[node])
            elif node in self.document.evaluation.effectiveness_nodes:
                # A leaf: the CR of the strategies judged pairwise under it.
                self._show_badge(
                    item,
                    self.document.evaluation.effectiveness_nodes[node],
                    self.tr("Strategies judged pairwise under this criterion"),
                )
            else:
                _set_text(item, 3, "")
                item.setToolTip(3, "")

    def _on_document_changed(self, changes: Change) -> None:
        # Weights and CRs: of the judgments, under the random-index table; whether a leaf
        # has a badge depends on whether its strategies are judged pairwise.
        if changes & (Change.JUDGMENTS | Change.RATINGS | Change.SETTINGS):
            self.refresh()

    def _show_names(self) -> None:
        """Names and descriptions (when the language changes)."""
        hierarchy = self.document.model.hierarchy
        lang = self.language.code
        section = self.tr("Paper section: {section}")
        for node, item in self._items.items():
            info = hierarchy.nodes[node]
            # Layers and criteria are known by their codes (L1, C7); the goal by its name only.
            shown = (
                info.name.get(lang) if node == hierarchy.goal else f"{node}  {info.name.get(lang)}"
            )
            item.setText(0, shown)
            item.setToolTip(
                0,
                "\n".join(
                    (
                        info.name.get(lang),
                        info.description.get(lang),
                        section.format(section=info.section),
                    )
                ),
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)

    def _show_badge(self, item: QTreeWidgetItem, result, judged: str = "") -> None:
        """The CR with a symbol; an incomplete node also says whether its completed matrix
        passes the check, and turns red when it does not."""
        status, check = result.status, result.cr_status
        words = {
            Consistency.OK: self.tr("ok"),
            Consistency.TOO_INCONSISTENT: self.tr("too inconsistent"),
            Consistency.INCOMPLETE: self.tr("incomplete: missing pairs estimated"),
            Consistency.UNDEFINED: self.tr("CR undefined for fewer than 3 items"),
        }
        cr = "—" if result.consistency_ratio is None else f"{result.consistency_ratio:.3f}"
        symbol, tip = _BADGE_SYMBOLS[status], words[status]
        if status is Consistency.INCOMPLETE and check is not Consistency.UNDEFINED:
            symbol += _BADGE_SYMBOLS[check]
            tip += "; " + self.tr("the completed matrix: {check}").format(check=words[check])
        _set_text(item, 3, f"{symbol} {cr}")
        item.setToolTip(3, f"{judged}\n{tip}" if judged else tip)
        colour = check if check is Consistency.TOO_INCONSISTENT else status
        item.setForeground(3, QBrush(QColor(_BADGE_COLOURS[colour])))

    def wanted_width(self) -> int:
        """Wide enough for every name unelided and the three number columns."""
        columns = [
            max(self.sizeHintForColumn(column), self.header().sectionSizeHint(column))
            for column in range(self.columnCount())
        ]
        return sum(columns) + 2 * self.frameWidth()

    def select(self, node: str) -> None:
        self.setCurrentItem(self._items[node])

    def retranslate(self, *_code) -> None:
        self.setHeaderLabels(
            [self.tr("Criterion"), self.tr("Local"), self.tr("Global"), self.tr("CR")]
        )
        self.headerItem().setToolTip(3, concept_tip("cr"))
        self._show_names()
        self.refresh()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.node_selected.emit(current.data(0, Qt.ItemDataRole.UserRole))


def _set_text(item: QTreeWidgetItem, column: int, text: str) -> None:
    # Each change makes the tree re-measure its columns: skip the ones that did not change.
    if item.text(column) != text:
        item.setText(column, text)
