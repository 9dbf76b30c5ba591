"""File → New model… (an empty template or a copy of the open model, in the window path Open
model… uses) and File → Save model as… (the TOML folder --model DIR reads)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop import settings
from desktop.model_editing.name_dialog import asked
from desktop.model_editing.new_model_dialog import NewModelDialog
from desktop.model_opener import LAST_FOLDER_KEY

STATUS_MS = 8000


class ModelFiles(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.actions = {"new_model": QAction(window), "save_model_as": QAction(window)}
        self.actions["new_model"].triggered.connect(self.new_model)
        self.actions["save_model_as"].triggered.connect(self.save_model_as)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["new_model"].setText(self.tr("New mo&del…"))
        self.actions["new_model"].setToolTip(
            self.tr("Start a model for another cluster: empty, or a copy of the open one")
        )
        self.actions["save_model_as"].setText(self.tr("Save model &as…"))
        self.actions["save_model_as"].setToolTip(
            self.tr(
                "Write the open model, with its edits and this session's judgments and "
                "ratings as its defaults, as a model folder (--model DIR)"
            )
        )

    def new_model(self) -> QMainWindow | None:
        dialog = NewModelDialog(self.window.document.model, self.window.language.code, self.window)
        if not asked(dialog) or dialog.model is None:
            return None
        return self.window.model_opener.open_model(dialog.model)

    def save_model_as(self) -> bool:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Save model in folder"), settings.get(LAST_FOLDER_KEY) or ""
        )
        return self.save_model_to(Path(folder)) if folder else False

    def save_model_to(self, folder: Path) -> bool:
        """Write the open model into folder; on a problem say which folder and what."""
        from strategies.file_write import FileWriteError
        from strategies.model_edit import ModelEditError, write_model_folder
        from strategies.model_edit.session_defaults import session_keeps_more, with_session_defaults

        document = self.window.document
        try:
            # The folder ranks as the window does: its defaults are the session's judgments.
            write_model_folder(with_session_defaults(document.model, document.session), folder)
        except (ModelEditError, FileWriteError, OSError) as error:
            QMessageBox.warning(
                self.window,
                self.tr("Cannot save the model"),
                self.tr("The model could not be written to “{folder}”:\n{problem}").format(
                    folder=folder, problem=(str(error).splitlines() or [type(error).__name__])[0]
                ),
            )
            return False
        settings.put(LAST_FOLDER_KEY, str(folder))
        message = self.tr(
            "Saved the model to {folder}, with this session's criteria judgments and ratings "
            "as its defaults."
        ).format(folder=folder)
        if session_keeps_more(document.session):
            message += " " + self.tr(
                "Strategies judged pairwise and the experts' answers are kept in the session "
                "file only."
            )
        self.window.statusBar().showMessage(message, STATUS_MS)
        return True
