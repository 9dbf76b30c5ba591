"""Start the application: QApplication, font, language, window, then model and panels.

The window frame is shown first and the model, the engine and the charts are loaded right
after its first paint, so that the planner sees the app at once.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop import settings
from desktop.display import CANNOT_OPEN_WINDOW, NO_WINDOW_HINT, exit_if_qt_cannot_start
from desktop.i18n import Language, choose_cjk_font
from desktop.main_window import MainWindow
from desktop.preload import start_preload, start_solver_preload
from desktop.window_lifetime import delete_on_quit


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    font = choose_cjk_font(app.font().pointSize() if app.font().pointSize() > 0 else 10)
    if font is not None:
        app.setFont(font)
    return app


def _language(lang: str | None) -> Language:
    language = Language()
    language.set(lang or settings.get("language") or None)
    return language


def new_document(model_folder: str | None = None):
    """A document with the model in model_folder (default: the shipped one) and a new
    neutral session."""
    from pathlib import Path

    from desktop.document import Document
    from strategies.model import load_model

    return Document(load_model(None if model_folder is None else Path(model_folder)))


def build_window(lang: str | None = None) -> MainWindow:
    """The complete window at once (for tests and screenshots)."""
    language = _language(lang)
    window = MainWindow(new_document(), language)
    language.setParent(window)
    return window


SOLVER_PRELOAD_DELAY_MS = 1500  # after the first paint and the panels, not competing with them


def start(
    file: str | None = None, lang: str | None = None, model_folder: str | None = None
) -> MainWindow:
    """Show the window frame now; load the model and build the panels right after."""
    start_preload()  # Qt-free modules only: see desktop/preload.py
    language = _language(lang)
    window = MainWindow(None, language)
    language.setParent(window)
    window.restore_geometry()
    window.show()

    def finish_start() -> None:
        window.attach(new_document(model_folder))
        if not window.autosaver.offer_restore() and file:
            window.open_file(file)
        # Once the panels stand, load the missing-pair solver off the GUI thread.
        QTimer.singleShot(SOLVER_PRELOAD_DELAY_MS, start_solver_preload)

    _after_first_paint(window, finish_start)
    delete_on_quit(window)
    return window


class _FirstPaint(QObject):
    """Calls back once, just after the widget's first paint has been processed."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _after_first_paint(widget: QWidget, callback) -> None:
    _FirstPaint(widget, callback)


def run_app(
    file: str | None = None, lang: str | None = None, model_folder: str | None = None
) -> int:
    with exit_if_qt_cannot_start(CANNOT_OPEN_WINDOW, NO_WINDOW_HINT):
        app = create_application()
    _window = start(file, lang, model_folder)  # kept alive until exec returns
    return app.exec()
