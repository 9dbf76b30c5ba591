"""Name something of the model in both languages (and describe it, for criteria and layers)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from criteria.text import LocalText

MIN_WIDTH = 460  # a long English name whole
TEXT_LINES = 3


class NameDialog(QDialog):
    """Chinese and English names (at least one), and optionally a description in both."""

    def __init__(
        self,
        title: str,
        name: LocalText | None = None,
        description: LocalText | None = None,
        with_description: bool = False,
        with_name: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self.name_zh = QLineEdit(name.zh if name else "", objectName="name_zh")
        self.name_en = QLineEdit(name.en if name else "", objectName="name_en")
        self.description_zh = text_box(description.zh if description else "", "description_zh")
        self.description_en = text_box(description.en if description else "", "description_en")
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = self.form = QFormLayout(self)
        if with_name:
            form.addRow(self.tr("Chinese name:"), self.name_zh)
            form.addRow(self.tr("English name:"), self.name_en)
        else:  # describing: the name says what is described
            form.addRow(QLabel(_both(name)))
        if with_description:
            form.addRow(self.tr("Chinese description:"), self.description_zh)
            form.addRow(self.tr("English description:"), self.description_en)
        form.addRow(self.problem)
        form.addRow(buttons)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)

    def name(self) -> LocalText:
        return LocalText(self.name_zh.text().strip(), self.name_en.text().strip())

    def description(self) -> LocalText:
        return LocalText(
            self.description_zh.toPlainText().strip(), self.description_en.toPlainText().strip()
        )

    def _on_ok(self) -> None:
        if not (self.name().zh or self.name().en):
            self.problem.setText(self.tr("Give a name in at least one language."))
            return
        self.accept()


def asked(dialog: QDialog) -> bool:
    """Run dialog; True when accepted. It is deleted on the next turn of the event loop (read
    its fields before): a dialog per question would otherwise live as long as the window."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def _both(name: LocalText | None) -> str:
    return "" if name is None else " / ".join(t for t in (name.zh, name.en) if t)


def text_box(text: str, name: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    box = QPlainTextEdit(text, objectName=name)
    box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
    lines = box.fontMetrics().lineSpacing() * lines
    box.setFixedHeight(lines + 2 * box.frameWidth() + 8)
    return box
