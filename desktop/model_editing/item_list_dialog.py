"""The model's strategies or districts in a list: add, edit, reorder and remove them. Each
button is one model edit (one undo step); the list follows the model, undo included."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.document import Document
from desktop.i18n import Language

MIN_SIZE = (520, 360)
MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


@dataclass(frozen=True)
class ItemKind:
    """What the list holds and how each button edits it (the callables take an item id)."""

    title: Callable[[], str]
    items: Callable[[], tuple]  # of the open model: objects with .id and .name
    add: Callable[[], None]
    edit: Callable[[str], None]
    move: Callable[[str, int], None]
    remove: Callable[[str], None]


class ItemListDialog(QDialog):
    def __init__(
        self, kind: ItemKind, document: Document, language: Language, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.kind, self.document, self.language = kind, document, language
        self.setMinimumSize(*MIN_SIZE)
        self.list = QListWidget(objectName="items")
        self.buttons = {
            name: QPushButton(objectName=name)
            for name in ("add", "edit", "move_up", "move_down", "remove")
        }
        column = QVBoxLayout()
        for button in self.buttons.values():
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(column)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.buttons["add"].clicked.connect(kind.add)
        self.buttons["edit"].clicked.connect(lambda: self._on_chosen(kind.edit))
        self.buttons["remove"].clicked.connect(lambda: self._on_chosen(kind.remove))
        self.buttons["move_up"].clicked.connect(lambda: self._move(-1))
        self.buttons["move_down"].clicked.connect(lambda: self._move(1))
        self.list.itemDoubleClicked.connect(lambda _item: self._on_chosen(kind.edit))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.installEventFilter(self)  # Alt+Up / Alt+Down move, as in the criteria tree
        document.changed.connect(self._on_document_changed)
        self.retranslate()
        self.fill()
        self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:
        alt = event.type() == QEvent.Type.KeyPress and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt and event.key() in MOVE_KEYS:
            self._move(MOVE_KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.kind.title())
        for name, text in (
            ("add", self.tr("&Add…")),
            ("edit", self.tr("&Edit…")),
            ("move_up", self.tr("Move &up")),
            ("move_down", self.tr("Move do&wn")),
            ("remove", self.tr("&Remove…")),
        ):
            self.buttons[name].setText(text)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def choose(self, item_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)

    def fill(self) -> None:
        """The items of the open model, the same one chosen while it exists."""
        chosen, row = self.chosen(), max(self.list.currentRow(), 0)
        self.list.clear()
        for entry in self.kind.items():
            self.list.addItem(f"{entry.id}  {entry.name.get(self.language.code)}")
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, entry.id)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        if chosen is not None:
            self.choose(chosen)
        self._enable()

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.MODEL:
            self.fill()

    def _on_chosen(self, action: Callable[[str], None]) -> None:
        chosen = self.chosen()
        if chosen is not None:
            action(chosen)

    def _move(self, step: int) -> None:
        chosen, row = self.chosen(), self.list.currentRow()
        if chosen is not None and 0 <= row + step < self.list.count():
            self.kind.move(chosen, row + step)
            self.choose(chosen)

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.buttons["edit"].setEnabled(row >= 0)
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["move_up"].setEnabled(row > 0)
        self.buttons["move_down"].setEnabled(0 <= row < count - 1)
