"""Enter a district's value for an indicator, with its source (or go back to the paper's)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton

from criteria.indicators import IndicatorError, parse_value

RESTORE = 2  # dialog result: drop the planner's value
MIN_WIDTH = 420  # room for the source of a value and a two-line problem


class IndicatorValueDialog(QDialog):
    def __init__(self, title: str, value_text: str, source: str, can_restore: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.value = QLineEdit(value_text)
        self.source = QLineEdit(source)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.setMinimumWidth(MIN_WIDTH)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore = QPushButton(self.tr("Use the paper's value"))
        self.restore.setVisible(can_restore)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ResetRole)
        form = QFormLayout(self)
        form.addRow(self.tr("Value (empty = missing):"), self.value)
        form.addRow(self.tr("Source (required):"), self.source)
        form.addRow(self.problem)
        form.addRow(buttons)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(lambda: self.done(RESTORE))
        self.number: float | None = None

    def _on_ok(self) -> None:
        try:
            self.number = parse_value(self.value.text())
        except IndicatorError:
            self._say(
                self.tr(
                    "“{text}” is not a number between −10¹⁵ and 10¹⁵; the value stays as it was."
                ).format(text=self.value.text())
            )
            return
        if not self.source.text().strip():
            self._say(
                self.tr("Say where the value comes from (e.g. “Gaoming statistics bureau, 2018”).")
            )
            return
        self.accept()

    def _say(self, problem: str) -> None:
        """Show problem above the buttons, the dialog grown to hold all its lines (a dialog
        does not follow a wrapped label's height by itself: the text went behind the buttons)."""
        self.problem.setText(problem)
        self.problem.setMinimumHeight(self.problem.heightForWidth(self.problem.width()))
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.minimumSizeHint().height()))
