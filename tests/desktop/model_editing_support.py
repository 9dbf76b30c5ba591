"""Driving the model editor's dialogs as a planner does: each helper answers the next modal
dialog once it shows (typing into its fields, pressing its buttons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

SEEN: list[QDialog] = []  # every dialog answered, last one last
DROPPED: list[list[str]] = []  # what each removal dialog answered listed


def answer_next_dialog(answer: Callable[[QDialog], None]) -> None:
    """Call answer(dialog) on the next modal dialog when it shows."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog is seen for seen in SEEN):
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
        DROPPED.append(dialog.dropped_lines())
        (dialog.remove if confirm else dialog.cancel).click()

    return answer


def dropped_shown() -> list[str]:
    """What the last removal dialog answered said it drops."""
    return DROPPED[-1]
