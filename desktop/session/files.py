"""New, Open, Save, Save As, recent files and the unsaved-changes prompt of one window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop import settings
from desktop.document import Document
from desktop.session.messages import (
    problem_details,
    problem_text,
    technical_details,
    warning_text,
)
from strategies.evaluation import default_session
from strategies.session_file import (
    FILE_EXTENSION,
    SessionFileError,
    SessionFileInfo,
    read_session,
    write_session,
)

MAX_RECENT = 8
MAX_NOTES_SHOWN = 12
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class SessionFiles(QObject):
    """Owns the current file path and its metadata; emits path_changed after New/Open/Save."""

    path_changed = Signal()
    saved = Signal()
    replaced = Signal()  # a different session became current (New, Open, restore)

    def __init__(self, document: Document, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.document = document
        self.parent_widget = parent_widget
        self.path: Path | None = None
        self.info: SessionFileInfo | None = None
        self.actions = {name: QAction(parent_widget) for name in ("new", "open", "save", "save_as")}
        shortcuts = {
            "new": QKeySequence.StandardKey.New,
            "open": QKeySequence.StandardKey.Open,
            "save": QKeySequence.StandardKey.Save,
            "save_as": QKeySequence.StandardKey.SaveAs,
        }
        for name, action in self.actions.items():
            action.setShortcut(shortcuts[name])
        self.actions["new"].triggered.connect(self.new)
        self.actions["open"].triggered.connect(self.open)
        self.actions["save"].triggered.connect(self.save)
        self.actions["save_as"].triggered.connect(self.save_as)
        self.recent_menu = QMenu(parent_widget)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in (
            ("new", self.tr("&New")),
            ("open", self.tr("&Open…")),
            ("save", self.tr("&Save")),
            ("save_as", self.tr("Save &As…")),
        ):
            self.actions[name].setText(text)
        self.recent_menu.setTitle(self.tr("Open &Recent"))

    def file_label(self) -> str:
        return self.path.name if self.path else self.tr("untitled")

    # New / Open

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._make_current(default_session(self.document.model), None, None)
        return True

    def open(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open session"), settings.get("last_folder"), self._filter()
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a session file; on any problem say what and where and keep the current one."""
        if ask and not self.maybe_save():
            return False
        try:
            loaded = read_session(path, self.document.model)
        except SessionFileError as error:
            self.show_error(self.tr("Cannot open session"), error, str(path))
            return False
        except Exception as error:  # a bug must still be told, never pass for a neutral session
            self.show_error(self.tr("Cannot open session"), unexpected(error), str(path))
            return False
        if loaded.carries_other_model(self.document.model):
            return self._open_with_its_model(loaded, Path(path))
        self.open_loaded(loaded, Path(path))
        return True

    def _open_with_its_model(self, loaded, path: Path) -> bool:
        """A session made with another model (it carries it) opens as it was made: in a window
        for that model, which takes this one's place (as File → Open model… does)."""
        from desktop.model_opener import replace_window

        successor = replace_window(self.parent_widget, loaded.model)
        successor.files.open_loaded(loaded, path)
        return True

    def open_loaded(self, loaded, path: Path) -> None:
        """Make a session read for this window's model current, as Open does."""
        self._make_current(loaded.session, path, loaded.info)
        self._remember(path)
        if loaded.warnings:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Session opened with notes"),
                self._notes_text(loaded.warnings),
            )

    def _notes_text(self, warnings) -> str:
        """The first notes of a load; a file can make thousands (one per unknown node)."""
        model, lang = self.document.model, self._lang()
        shown = [warning_text(w, model, lang) for w in warnings[:MAX_NOTES_SHOWN]]
        if len(warnings) > MAX_NOTES_SHOWN:
            shown.append(
                self.tr("… and {count} more.").format(count=len(warnings) - MAX_NOTES_SHOWN)
            )
        return "\n\n".join(shown)

    # Save

    def save(self) -> bool:
        return self.save_as() if self.path is None else self._write(self.path)

    def save_as(self) -> bool:
        start = str(
            self.path
            or Path(settings.get("last_folder") or ".") / (self.tr("session") + FILE_EXTENSION)
        )
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save session as"), start, self._filter()
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != FILE_EXTENSION:
            target = target.with_name(target.name + FILE_EXTENSION)
        return self._write(target)

    def _write(self, path: Path) -> bool:
        info = self._info_for_save(path)
        try:
            write_session(path, self.document.session, self.document.model, info)
        except SessionFileError as error:
            self.show_error(self.tr("Cannot save session"), error, str(path))
            return False
        self.path, self.info = path, info
        self.document.undo_stack.setClean()
        self._remember(path)
        self.path_changed.emit()
        self.saved.emit()
        return True

    def _info_for_save(self, path: Path) -> SessionFileInfo:
        # Unchanged and saved to the same file: keep the times, so the bytes stay the same.
        if self.info is None:
            return SessionFileInfo.new()
        if self.document.undo_stack.isClean() and path == self.path:
            return self.info
        return self.info.touched()

    # Unsaved changes

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current session (saved, discarded)."""
        if self.document.undo_stack.isClean():
            return True
        choice = self.ask_unsaved()
        if choice == SAVE:
            return self.save()
        return choice == DISCARD

    def ask_unsaved(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("The session “{name}” has unsaved changes. Save them?").format(
                name=self.file_label()
            ),
            parent=self.parent_widget,
        )
        buttons = {
            box.addButton(QMessageBox.StandardButton.Save): SAVE,
            box.addButton(QMessageBox.StandardButton.Discard): DISCARD,
            box.addButton(QMessageBox.StandardButton.Cancel): CANCEL,
        }
        box.exec()
        return buttons.get(box.clickedButton(), CANCEL)

    def show_error(self, title: str, error: SessionFileError, path: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            title,
            problem_text(error, self.document.model, self._lang()),
            parent=self.parent_widget,
        )
        box.setInformativeText(problem_details(error, path))
        box.setDetailedText(technical_details(error))
        box.exec()

    # Helpers

    def _make_current(self, session, path: Path | None, info: SessionFileInfo | None) -> None:
        self.document.replace_all(session)
        self.path, self.info = path, info
        self.path_changed.emit()
        self.replaced.emit()

    def restore(self, session, path: Path | None) -> None:
        """Make a recovered session current and mark it unsaved. Unsaved before anyone hears
        of it: a clean replacement would have the autosaver drop the recovery file."""
        self.document.replace_all(session)
        self.document.undo_stack.resetClean()
        self.path, self.info = path, None
        self.path_changed.emit()
        self.replaced.emit()

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in settings.get("recent_files") if p != str(path)]
        settings.put("recent_files", recent[:MAX_RECENT])
        settings.put("last_folder", str(path.parent))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in settings.get("recent_files"):
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self.open_path(p))
        self.recent_menu.setEnabled(True)
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _lang(self) -> str:
        language = getattr(self.parent_widget, "language", None)
        return language.code if language is not None else "en"

    def _filter(self) -> str:
        return self.tr("Planner sessions (*{ext});;All files (*)").format(ext=FILE_EXTENSION)


def unexpected(error: Exception) -> SessionFileError:
    """An error the reader did not foresee, in the form the message box shows."""
    first_line = (str(error).splitlines() or [""])[0][:200]
    return SessionFileError("", f"unexpected {type(error).__name__}: {first_line}")
