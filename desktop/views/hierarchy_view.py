"""The criteria tree, goal to leaf criteria at any depth, with local and global weights and a CR
badge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from criteria.ahp import Consistency
from desktop.changes import Change
from desktop.document import Document
from desktop.help.buttons import concept_tip
from desktop.i18n import Language
from desktop.views.tree_drop import Where, drop_place
from strategies.session import PAIRWISE_MODE

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


_NUMBER_COLUMNS = (1, 2, 3)
_DROP_WHERE = {
    QAbstractItemView.DropIndicatorPosition.OnItem: Where.ON,
    QAbstractItemView.DropIndicatorPosition.AboveItem: Where.ABOVE,
    QAbstractItemView.DropIndicatorPosition.BelowItem: Where.BELOW,
}
_ARROWS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
)  # local and global weight, CR
# Saaty's advice: no more than 7 ± 2 items under one node (a warning, never a refusal).
CROWDED = 9


class HierarchyView(QTreeWidget):
    """Emits node_selected(node id) when the planner picks a node, and node_dropped(node,
    new parent, position) when a node is dragged to another place (the model editor moves it
    there; the tree itself moves nothing, it is rebuilt from the edited model)."""

    node_selected = Signal(str)
    node_dropped = Signal(str, str, int)

    def __init__(self, document: Document, language: Language, parent=None):
        super().__init__(parent)
        self.document, self.language = document, language
        self.setColumnCount(4)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in _NUMBER_COLUMNS:
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(True)
        # Every row is one line: a changed weight then re-measures no row's height (an edit
        # changes about two dozen cells, each re-measured across all four columns otherwise).
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._names: dict[str, str] = {}  # each row's name, before any mark
        # Nodes are dragged within the tree only (dragMoveEvent takes no other drag);
        # DragDrop rather than InternalMove so that a drop need not come from a QDrag of
        # this widget (tests send the events a drag sends).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._build()
        self.currentItemChanged.connect(self._on_current_changed)
        document.changed.connect(self._on_document_changed)
        language.changed.connect(self.retranslate)  # the one path: after the switch
        self.retranslate()

    def _build(self) -> None:
        """The items are filled before they join the tree: a text set on an item in the tree
        makes it measure its columns again (most of a model edit's time, when it did)."""
        hierarchy = self.document.model.hierarchy
        self._shown_model, self._shape = self.document.model, _shape(hierarchy)
        for node in hierarchy.walk():
            parent_id = hierarchy.nodes[node].parent
            item = (
                QTreeWidgetItem() if parent_id is None else QTreeWidgetItem(self._items[parent_id])
            )
            item.setData(0, Qt.ItemDataRole.UserRole, node)
            if parent_id is None:  # the goal stays where it is
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self._items[node] = item
        self._show_names()
        self.refresh()
        self.addTopLevelItem(self._items[hierarchy.goal])
        self.expandAll()

    def refresh(self) -> None:
        """Weights and badges (after every edit)."""
        header = self.header()
        # Columns fitted to their contents measure every row again after each text set
        # (0.3 ms a text: 15 ms for 40 criteria): fixed while the texts change, fitted once.
        for column in _NUMBER_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        try:
            self._show_figures()
        finally:
            for column in _NUMBER_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_figures(self) -> None:
        weights = self.document.evaluation.weights
        self._show_marks()
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
        if self._shown_model is not self.document.model:
            self._follow_model()
        elif changes & (Change.JUDGMENTS | Change.RATINGS | Change.SETTINGS):
            self.refresh()

    def _follow_model(self) -> None:
        """Names only when the tree kept its shape (a rename, or an edit of the strategies or
        districts); else the tree anew."""
        if _shape(self.document.model.hierarchy) != self._shape:
            self._rebuild()
            return
        self._shown_model = self.document.model
        self._show_names()
        self.refresh()

    def _rebuild(self) -> None:
        """After a model edit: the tree anew, the same node chosen while it exists (else its
        nearest ancestor that does), so the editors stay where the planner was."""
        chosen = self.current_node()
        old_hierarchy = self._shown_model.hierarchy
        self.blockSignals(True)
        self.clear()
        self._items = {}
        self._build()
        self.blockSignals(False)
        while chosen is not None and chosen not in self._items:
            chosen = old_hierarchy.nodes[chosen].parent
        self.select(chosen or self.document.model.hierarchy.goal)

    def current_node(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show_names(self) -> None:
        """Names and descriptions (when the language changes)."""
        hierarchy = self.document.model.hierarchy
        lang = self.language.code
        section = self.tr("Paper section: {section}")
        for node, item in self._items.items():
            info = hierarchy.nodes[node]
            # Layers and criteria are known by their codes (L1, C7); the goal by its name only.
            self._names[node] = (
                info.name.get(lang) if node == hierarchy.goal else f"{node}  {info.name.get(lang)}"
            )
            lines = [info.name.get(lang), info.description.get(lang)]
            if info.section:
                lines.append(section.format(section=info.section))
            if len(hierarchy.children(node)) > CROWDED:
                lines.append(self._crowded_text(len(hierarchy.children(node))))
            item.setToolTip(0, "\n".join(line for line in lines if line))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)

    def _show_marks(self) -> None:
        """Each name, marked when its node has pairs not judged (new items after a model
        edit start missing) or more items than Saaty's 7 ± 2."""
        hierarchy = self.document.model.hierarchy
        for node, item in self._items.items():
            marks = []
            if len(hierarchy.children(node)) > CROWDED:
                marks.append("⚠")
            missing = self._missing_pairs(node)
            if missing:
                marks.append(self.tr("{count} pairs not judged").format(count=missing))
            _set_text(item, 0, "  · ".join([self._names[node], *marks]))

    def _missing_pairs(self, node: str) -> int:
        """Pairs not judged: among a node's items, or among the strategies judged pairwise
        under a leaf (a strategy added to the model starts missing there)."""
        session = self.document.judgments_session
        if node in session.criteria_judgments:
            return len(session.criteria_judgments[node].missing_pairs())
        if session.mode(node) == PAIRWISE_MODE and node in session.strategy_judgments:
            return len(session.strategy_judgments[node].missing_pairs())
        return 0

    def _crowded_text(self, count: int) -> str:
        return self.tr(
            "{count} items: Saaty advises no more than 7 ± 2 under one node "
            "(more pairs to judge, less consistent answers)."
        ).format(count=count)

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
        """Choose node; node_selected is emitted even when it was chosen already (after a
        model edit its judgments may have other items)."""
        item = self._items[node]
        if item is self.currentItem():
            self.node_selected.emit(node)
        self.setCurrentItem(item)

    def retranslate(self, *_code) -> None:
        self.setHeaderLabels(
            [self.tr("Criterion"), self.tr("Local"), self.tr("Global"), self.tr("CR")]
        )
        self.headerItem().setToolTip(3, concept_tip("cr"))
        self._show_names()
        self.refresh()

    def keyPressEvent(self, event) -> None:
        # Alt+arrows move nodes (the model editor's keys): where a move is not possible they
        # do nothing, rather than walk the tree as the plain arrows do.
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in _ARROWS:
            event.accept()
            return
        super().keyPressEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.source() not in (self, None) or not self._our_drag(event):
            event.ignore()
            return
        super().dragMoveEvent(event)

    def _our_drag(self, event) -> bool:
        return event.mimeData().hasFormat(self.mimeTypes()[0])

    def dropEvent(self, event) -> None:
        """Tell where the dragged node should go; the model editor moves it (or refuses)."""
        if event.source() not in (self, None) or not self._our_drag(event):
            event.ignore()
            return
        node, place = self.current_node(), self._drop_place(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the tree is rebuilt from the edited model, Qt moves no row
        if node is not None and place is not None and place[0] != node:
            self.node_dropped.emit(node, *place)

    def _drop_place(self, event) -> tuple[str, int] | None:
        target = self.itemAt(event.position().toPoint())
        dragged = self.current_node()
        where = _DROP_WHERE.get(self.dropIndicatorPosition())
        if target is None or dragged is None or where is None:
            return None
        node = target.data(0, Qt.ItemDataRole.UserRole)
        return drop_place(self.document.model.hierarchy, dragged, node, where)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.node_selected.emit(current.data(0, Qt.ItemDataRole.UserRole))


def _shape(hierarchy) -> tuple[tuple[str, str | None], ...]:
    """Each node with its parent, in the tree's order."""
    return tuple((node, hierarchy.nodes[node].parent) for node in hierarchy.walk())


def _set_text(item: QTreeWidgetItem, column: int, text: str) -> None:
    # Each change makes the tree re-measure its columns: skip the ones that did not change.
    if item.text(column) != text:
        item.setText(column, text)
