"""File → Open model…: choose a model folder, load it, and plan with it in a fresh session.

What happens to the session at hand: its unsaved changes are offered for saving first (the same
prompt as New and Open; Cancel keeps everything as it is). Then a window on the new model with
the model's own defaults takes this window's place. Judgments are not carried over: they are
about the old model's criteria and strategies, and an id that both models use need not mean the
same thing. A session saved for the old model opens again once that model is open; opening it
with another model says which model it was made for.

Every panel is built for its model's hierarchy, strategies and districts, so a new model gets a
new window (as a restored second session does) rather than panels rebuilt in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop import settings

if TYPE_CHECKING:
    from strategies.model import PlanningModel

# The main window, named by its Qt base class: importing main_window here would close an
# import circle (main_window builds this opener).
MainWindow = QMainWindow

LAST_FOLDER_KEY = "model_folder"


class ModelOpener(QObject):
    """The Open model… action of one window; ``opened`` carries the window that replaced it."""

    opened = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.open)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Open &Model…"))
        self.action.setToolTip(
            self.tr("Plan with another model folder (criteria, strategies, districts, data)")
        )

    def open(self) -> MainWindow | None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Open model folder"), settings.get(LAST_FOLDER_KEY) or ""
        )
        return self.open_folder(folder) if folder else None

    def open_folder(self, folder: str | Path) -> MainWindow | None:
        """Load folder; on a problem say which folder and what, and keep everything as it is."""
        model = self._load(Path(folder))
        successor = None if model is None else self.open_model(model)
        if successor is not None:
            settings.put(LAST_FOLDER_KEY, str(folder))
        return successor

    def open_model(self, model: PlanningModel) -> MainWindow | None:
        """Plan with model (New model…): the same path as a model read from a folder."""
        if not self.window.files.maybe_save():
            return None
        successor = replace_window(self.window, model)
        self.opened.emit(successor)
        return successor

    def _load(self, folder: Path) -> PlanningModel | None:
        from strategies.model import load_model

        try:
            return load_model(folder)
        except Exception as error:  # ModelError, or a folder the loader did not foresee
            self._show_problem(folder, error)
            return None

    def _show_problem(self, folder: Path, error: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open model"),
            self.tr("The model folder “{folder}” cannot be used.").format(folder=folder),
            parent=self.window,
        )
        box.setInformativeText(
            self.tr("The open model and your session are unchanged.")
            + "\n\n"
            + (str(error).splitlines() or [type(error).__name__])[0]
        )
        box.exec()


def replace_window(window: MainWindow, model: PlanningModel) -> MainWindow:
    """A window on model, with the model's default session, in window's place; window goes
    without asking again (its changes were saved or discarded) and drops its recovery file."""
    from desktop.document import Document
    from desktop.window_lifetime import delete_on_quit

    # The window's own class, not an import of main_window (which imports this module).
    successor = type(window)(Document(model), window.language)
    window.language.setParent(successor)
    successor.autosaver.folder = window.autosaver.folder
    # Windows opened to restore further crashed sessions live as long as someone keeps them.
    successor.autosaver.other_windows.extend(window.autosaver.other_windows)
    successor.setGeometry(window.geometry())
    successor.restoreState(window.saveState())
    successor.setWindowState(window.windowState())  # maximised stays maximised
    successor.show()
    delete_on_quit(successor)
    window.give_way()
    successor.autosaver.offer_restore()  # work a crash left on this model comes back here
    return successor
