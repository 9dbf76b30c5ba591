"""File → Export… in the window: the same export as the command line, with clear messages.

The session is never touched: a failed export leaves it open, unchanged and as saved or
unsaved as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import settings
from desktop.export import formats
from desktop.export.service import (
    BadOutputPath,
    CannotWrite,
    ExportError,
    OntoOpenSession,
    UnknownFormat,
    export_format,
    export_report,
)

STATUS_MS = 8000


def install(window) -> None:
    """Add File → Export… and a toolbar button to window (a MainWindow)."""
    window.export_action = ExportAction(window)


class ExportAction(QObject):
    """The export action of one window, its file dialog and its messages."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("export_action")
        self.action.triggered.connect(self._on_triggered)
        quit_action = window.named_actions.get("quit")
        if quit_action in window.file_menu.actions():
            window.file_menu.insertAction(quit_action, self.action)
            window.file_menu.insertSeparator(quit_action)
        else:
            window.file_menu.addAction(self.action)
        window.toolbar.addAction(self.action)
        window.named_actions["export"] = self.action
        window.language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Export…"))
        self.action.setToolTip(
            self.tr("Export the ranked recommendation ({formats})").format(
                formats=self.tr(", ").join(
                    suffix.lstrip(".").upper() for suffix in formats.suffixes()
                )
            )
        )

    def filters(self) -> dict[str, str]:
        """File dialog filter per extension, in the order of the formats table."""
        return {
            entry.suffix: f"{self.tr(entry.label)} ({entry.filter_pattern})"
            for entry in formats.FORMATS
        }

    def _on_triggered(self) -> None:
        filters = self.filters()
        chosen, selected = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export recommendation"),
            str(self._suggested_path()),
            ";;".join(filters.values()),
        )
        if chosen:
            self.export_to(_with_extension(Path(chosen), selected, filters))

    def _suggested_path(self) -> Path:
        """In the folder of the last export (if it still exists), else beside the session."""
        current = getattr(self.window, "current_path", None)
        stem = "recommendation" if current is None else f"{Path(current).stem}-recommendation"
        name = stem + formats.suffixes()[0]
        remembered = settings.get("export_folder")
        if remembered and Path(remembered).is_dir():
            return Path(remembered) / name
        return (Path.home() if current is None else Path(current).parent) / name

    def export_to(self, path: Path) -> bool:
        """Export to path; on failure tell the planner why and return False."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = self.window.document
            report = export_report(
                document.evaluation,
                path,
                self.window.language.code,
                open_session=getattr(self.window, "current_path", None),
                analyses=document.analyses,  # what the Sensitivity tab computed is not redone
                planner_session=document.session,  # each expert's own judgments
            )
        except ExportError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Export failed"), self.explain(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        settings.put("export_folder", str(path.absolute().parent))
        message = self.tr("Exported the recommendation to {path}").format(path=path)
        if report.replaced_characters:
            message += " " + self.tr(
                "({count} characters no file format can hold were replaced by U+FFFD.)"
            ).format(count=report.replaced_characters)
        self.window.statusBar().showMessage(message, STATUS_MS)
        return True

    def explain(self, error: ExportError) -> str:
        """What went wrong, in the planner's language, and that the session is safe."""
        unchanged = self.tr("The session is unchanged and still open.")
        if isinstance(error, OntoOpenSession):
            problem = self.tr(
                "{name} is the session file that is open; exporting onto it "
                "would destroy it. Choose another name."
            ).format(name=error.path.name)
        elif isinstance(error, CannotWrite) and error.disk_full:
            problem = self.tr(
                "The disk is full: {path} could not be written. Free some space "
                "or choose another place."
            ).format(path=error.path)
        elif isinstance(error, CannotWrite) and error.not_permitted:
            problem = self.tr(
                "There is no permission to write in {folder}. Choose another folder."
            ).format(folder=error.path.parent)
        elif isinstance(error, CannotWrite):
            problem = self.tr("{path} could not be written ({reason}).").format(
                path=error.path, reason=error.reason
            )
        elif isinstance(error, BadOutputPath | UnknownFormat):
            problem = self.explain_path(error)
        else:
            problem = str(error)
        return f"{problem}\n\n{unchanged}"

    def explain_path(self, error: BadOutputPath | UnknownFormat) -> str:
        """Why the chosen name cannot take an export, in the planner's language."""
        if isinstance(error, UnknownFormat):
            return self.tr("{name} has no known extension; use one of {formats}.").format(
                name=error.path.name, formats=", ".join(formats.suffixes())
            )
        folder = self.tr(
            "{path} is a folder, not a file. Add a file name such as recommendation.xlsx."
        )
        messages = {
            BadOutputPath.FOLDER: folder,
            BadOutputPath.TRAILING_SEPARATOR: folder,
            BadOutputPath.NO_FOLDER: self.tr(
                "The folder of {path} does not exist. Choose an existing folder."
            ),
            BadOutputPath.PARENT_NOT_FOLDER: self.tr(
                "{path} cannot be written: part of its folder path is a file, not a folder."
            ),
            BadOutputPath.NOT_REGULAR: self.tr(
                "{path} is not a regular file (it is a pipe, "
                "socket or device). Choose another name."
            ),
            BadOutputPath.INVALID: self.tr("{path} is not a valid file name."),
        }
        return messages[error.problem].format(path=error.path)


def _with_extension(path: Path, selected_filter: str, filters: dict[str, str]) -> Path:
    """path with the extension of the chosen filter when it has no known one."""
    try:
        export_format(path)
        return path
    except ExportError:
        suffix = next(
            (s for s, f in filters.items() if f == selected_filter), formats.suffixes()[0]
        )
        return path.with_name(path.name + suffix)
