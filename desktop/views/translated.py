"""A widget that retranslates itself when Qt says the language changed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.i18n import follow_language_change


class TranslatedWidget(QWidget):
    """Subclasses set their texts in retranslate(); it runs again on every language change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        follow_language_change(self, lambda: self.retranslate())

    def retranslate(self) -> None:
        raise NotImplementedError
