"""Autosave to a recovery file after changes (debounced), and the offer to restore it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.session.files import SessionFiles
from strategies.session_file import (
    SessionFileError,
    SessionFileInfo,
    read_recovery,
    recovery_path,
    remove_recovery,
    write_recovery,
)

DELAY_MS = 3000


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


class Autosaver(QObject):
    """Writes the unsaved session to the recovery file a few seconds after the last edit;
    a save, New or Open of a clean session removes it."""

    def __init__(self, files: SessionFiles, folder: Path | None = None):
        super().__init__(files)
        self.files = files
        self.folder = folder or recovery_folder()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        stack = files.document.undo_stack
        stack.indexChanged.connect(lambda _index: self.timer.start())
        stack.cleanChanged.connect(self._on_clean_changed)
        files.saved.connect(self.discard)
        files.replaced.connect(self._on_replaced)

    def write_now(self) -> None:
        files = self.files
        if files.document.undo_stack.isClean():
            return
        # Autosave must never interrupt the planner; the next edit tries again.
        with contextlib.suppress(SessionFileError):
            write_recovery(self.folder, files.document.session, files.document.model,
                           files.info or SessionFileInfo.new(), files.path)

    def discard(self) -> None:
        self.timer.stop()
        with contextlib.suppress(SessionFileError):
            remove_recovery(self.folder)

    def offer_restore(self) -> bool:
        """After a crash: ask whether to restore the recovery file; True if restored."""
        try:
            recovered = read_recovery(self.folder, self.files.document.model)
        except SessionFileError as error:  # say so: the planner may have lost work
            self.files.show_error(self.tr("Cannot restore the autosaved session"), error,
                                  str(recovery_path(self.folder)))
            self.discard()  # an unreadable recovery file helps nobody
            return False
        if recovered is None:
            return False
        if not self.ask_restore(recovered.loaded.info.modified.isoformat()):
            self.discard()
            return False
        self.files.restore(recovered.loaded.session, recovered.document_path)
        return True

    def ask_restore(self, when: str) -> bool:
        answer = QMessageBox.question(
            self.files.parent_widget, self.tr("Restore unsaved work?"),
            self.tr("The planner did not close normally. Restore the session autosaved at "
                    "{when} (UTC)?").format(when=when))
        return answer == QMessageBox.StandardButton.Yes

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_replaced(self) -> None:
        if self.files.document.undo_stack.isClean():
            self.discard()
