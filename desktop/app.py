"""Start the application: QApplication, font, language, model, window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from desktop import settings
from desktop.document import Document
from desktop.i18n import Language, choose_cjk_font
from desktop.main_window import MainWindow
from strategies.model import load_model


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    font = choose_cjk_font(app.font().pointSize() if app.font().pointSize() > 0 else 10)
    if font is not None:
        app.setFont(font)
    return app


def build_window(lang: str | None = None) -> MainWindow:
    """The window with the default model and a new neutral session."""
    language = Language()
    language.set(lang or settings.get("language") or None)
    window = MainWindow(Document(load_model()), language)
    language.setParent(window)
    return window


def run_app(file: str | None = None, lang: str | None = None) -> int:
    app = create_application()
    window = build_window(lang)
    window.restore_geometry()
    window.show()
    if not window.autosaver.offer_restore() and file:
        window.open_file(file)
    return app.exec()
