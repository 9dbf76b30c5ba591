"""A widget that retranslates itself when Qt says the language changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class TranslatedWidget(QWidget):
    """Subclasses set their texts in retranslate(); it runs again on every language change."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
