"""Before a removal: what it drops from the session, and Remove or Cancel (the default)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

MIN_WIDTH = 520
LIST_ROWS = 8


class RemovalDialog(QDialog):
    def __init__(
        self, title: str, question: str, dropped: list[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self.question = QLabel(question, wordWrap=True)
        self.heading = QLabel(
            self.tr("This also drops, in this session (Undo brings it back):")
            if dropped
            else self.tr("Nothing else in this session is dropped.")
        )
        self.dropped = QListWidget(objectName="dropped")
        self.dropped.addItems(dropped)
        self.dropped.setVisible(bool(dropped))
        rows = min(max(len(dropped), 1), LIST_ROWS)  # the list as tall as its lines, up to 8
        height = (
            rows * (self.dropped.sizeHintForRow(0) if dropped else 0)
            + 4 * self.dropped.frameWidth()
        )
        self.dropped.setFixedHeight(max(height, self.dropped.fontMetrics().lineSpacing() + 8))
        buttons = QDialogButtonBox()
        self.remove = buttons.addButton(self.tr("Remove"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.remove.setAutoDefault(False)
        self.cancel.setDefault(True)  # Enter keeps everything
        self.cancel.setFocus()
        layout = QVBoxLayout(self)
        for widget in (self.question, self.heading, self.dropped, buttons):
            layout.addWidget(widget)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def dropped_lines(self) -> list[str]:
        return [self.dropped.item(row).text() for row in range(self.dropped.count())]
