"""Driving the model editor's dialogs as a planner does: each helper answers the next modal
dialog once it shows (typing into its fields, pressing its buttons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

SEEN: list[QDialog] = []  # every dialog answered, last one last (tests read what it showed)


def answer_next_dialog(answer: Callable[[QDialog], None]) -> None:
    """Call answer(dialog) on the next modal dialog when it shows."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (SEEN and dialog is SEEN[-1]):
            QTimer.singleShot(5, attempt)
            return
        SEEN.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, attempt)


def press_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def named(zh: str, en: str, description: tuple[str, str] | None = None):
    """Fill the name dialog with both names (and a description) and press OK."""

    def answer(dialog) -> None:
        dialog.name_zh.setText(zh)
        dialog.name_en.setText(en)
        if description is not None:
            dialog.description_zh.setPlainText(description[0])
            dialog.description_en.setPlainText(description[1])
        press_ok(dialog)

    return answer


def cancelled(dialog: QDialog) -> None:
    dialog.reject()


def removal(confirm: bool):
    """Answer the removal question: Remove, or Cancel."""

    def answer(dialog) -> None:
        (dialog.remove if confirm else dialog.cancel).click()

    return answer


def last_dialog() -> QDialog:
    return SEEN[-1]
