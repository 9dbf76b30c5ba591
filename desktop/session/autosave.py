"""Autosave to this window's own recovery file after changes (debounced), and the offer to
restore the recovery files that crashed windows left behind."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.session.files import SessionFiles
from strategies.session_file import (
    OtherModelError,
    RecoveredSession,
    RecoverySlot,
    SessionFileError,
    SessionFileInfo,
    orphaned_recoveries,
    read_recovery,
    remove_orphan,
)

DELAY_MS = 3000
RESTORE, DISCARD, LATER = "restore", "discard", "later"


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class Autosaver(QObject):
    """Writes the unsaved session to this window's recovery file a few seconds after the last
    edit; a save, or New or Open of a clean session, removes that file (and only that one)."""

    def __init__(self, files: SessionFiles, folder: Path | None = None):
        super().__init__(files)
        self.files = files
        self.slot = RecoverySlot(folder or recovery_folder())
        self.other_windows: list = []  # windows opened to restore more than one crashed session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        stack = files.document.undo_stack
        stack.indexChanged.connect(lambda _index: self.timer.start())
        stack.cleanChanged.connect(self._on_clean_changed)
        files.saved.connect(self.discard)
        files.replaced.connect(self._on_replaced)

    @property
    def folder(self) -> Path:
        return self.slot.folder

    @folder.setter
    def folder(self, folder: Path) -> None:
        self.discard()
        self.slot = RecoverySlot(folder)

    def write_now(self) -> None:
        files = self.files
        if files.document.undo_stack.isClean():
            return
        # Autosave must never interrupt the planner; the next edit tries again.
        with contextlib.suppress(SessionFileError):
            self.slot.write(
                files.document.session,
                files.document.model,
                files.info or SessionFileInfo.new(),
                files.path,
            )

    def discard(self) -> None:
        self.timer.stop()
        with contextlib.suppress(SessionFileError):
            self.slot.discard()

    def offer_restore(self) -> bool:
        """After crashes: offer every orphaned recovery file, newest first. The first one
        restored comes into this window, each further one into a window of its own. True if
        this window restored one."""
        orphans = orphaned_recoveries(self.folder)
        restored_here = False
        for number, orphan in enumerate(orphans, start=1):
            recovered = self._read(orphan)
            if recovered is None:
                continue
            choice = self.ask_restore(recovered, number, len(orphans))
            if choice == DISCARD:
                with contextlib.suppress(SessionFileError):
                    remove_orphan(orphan)
            elif choice == RESTORE and recovered.loaded.carries_other_model(self._model):
                # work on a model the file carries (an edited one): a window of that model
                self._new_window_autosaver(recovered.loaded.model).restore(orphan, recovered)
            elif choice == RESTORE:
                target = self._new_window_autosaver() if restored_here else self
                target.restore(orphan, recovered)
                restored_here = True
        return restored_here

    def restore(self, orphan: Path, recovered: RecoveredSession) -> None:
        """Make the recovered session this window's, unsaved; its recovery file becomes this
        window's own and stays until the planner saves or discards."""
        self.files.restore(recovered.loaded.session, recovered.document_path)
        if not self.slot.adopt(orphan):
            self.write_now()  # another window took the file an instant before: keep a copy

    def ask_restore(self, recovered: RecoveredSession, number: int, count: int) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore unsaved work?"),
            self.tr(
                "The planner did not close normally. Restore the session autosaved at {when} (UTC)?"
            ).format(when=recovered.autosaved.strftime("%Y-%m-%d %H:%M:%S")),
            parent=self.files.parent_widget,
        )
        box.setInformativeText(self._details(recovered, number, count))
        buttons = {
            box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole): RESTORE,
            box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole): DISCARD,
            box.addButton(self.tr("Ask again next time"), QMessageBox.ButtonRole.RejectRole): LATER,
        }
        box.exec()
        return buttons.get(box.clickedButton(), LATER)  # closed without a choice: keep it

    def _details(self, recovered: RecoveredSession, number: int, count: int) -> str:
        document = recovered.document_path
        text = (
            self.tr("File: {path}").format(path=document)
            if document is not None
            else self.tr("An untitled session.")
        )
        if count > 1:
            text += "\n" + self.tr("Autosaved session {number} of {count}, newest first.").format(
                number=number, count=count
            )
        return text

    def _read(self, orphan: Path) -> RecoveredSession | None:
        try:
            return read_recovery(orphan, self.files.document.model)
        except OtherModelError as error:  # work on another model: kept until it is open again
            self.files.show_error(
                self.tr("Autosaved session kept for its own model"), error, str(orphan)
            )
            return None
        except SessionFileError as error:  # say so: the planner may have lost work
            self.files.show_error(
                self.tr("Cannot restore the autosaved session"), error, str(orphan)
            )
            with contextlib.suppress(SessionFileError):
                remove_orphan(orphan)  # an unreadable recovery file helps nobody
            return None

    @property
    def _model(self):
        return self.files.document.model

    def _new_window_autosaver(self, model=None) -> Autosaver:
        # Another window of this window's kind, on a fresh document of the same model or the
        # one given (its class is asked, not imported: the window imports this module, never
        # the reverse).
        window = self.files.parent_widget
        document = type(self.files.document)(model or self.files.document.model)
        other = type(window)(document, window.language)
        other.autosaver.folder = self.folder
        other.show()
        self.other_windows.append(other)
        return other.autosaver

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_replaced(self) -> None:
        if self.files.document.undo_stack.isClean():
            self.discard()
