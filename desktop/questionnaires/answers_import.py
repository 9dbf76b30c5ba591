"""File → Import answers…: one or many returned questionnaires into the panel, as one undo step.

The batch imports whole or not at all (strategies/questionnaire/into_panel.py): when any file
has a problem, one dialog lists every problem and nothing is imported. An expert whose name is
already in the panel is replaced only when the planner says so (Replace, Replace all, Skip, or
Cancel, which imports nothing). Undo removes every expert the import added and gives back the
judgments it replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import settings
from desktop.questionnaires.problems_dialog import AnswerProblemsDialog

FOLDER_KEY = "answers_folder"
STATUS_MS = 8000
REPLACE, REPLACE_ALL, SKIP, CANCEL = "replace", "replace_all", "skip", "cancel"


class AnswersImport(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def run(self) -> int:
        """Ask for the files and import them; the number of experts imported."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import answers"),
            settings.get(FOLDER_KEY) or "",
            self.tr("Returned questionnaires (*.xlsx);;All files (*)"),
        )
        return self.import_files(paths) if paths else 0

    def import_files(self, paths: list[str]) -> int:
        """Read and import paths; the number of experts imported (0 when refused or cancelled)."""
        settings.put(FOLDER_KEY, str(Path(paths[0]).absolute().parent))
        plan = self._plan(paths)
        if not plan.ok:
            dialog = AnswerProblemsDialog(plan.problems, self.window.language.code, self.window)
            dialog.exec()
            dialog.deleteLater()
            return 0
        chosen = self._confirmed(plan.experts)
        if not chosen:
            return 0
        self._apply(chosen)
        return len(chosen)

    def _plan(self, paths: list[str]):
        from strategies.questionnaire import read_questionnaires
        from strategies.questionnaire.into_panel import import_plan

        document = self.window.document
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            readings = read_questionnaires([Path(p) for p in paths], document.model)
            return import_plan(readings, document.session, document.model)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _confirmed(self, experts) -> list:
        """The experts to import after asking about each one already in the panel."""
        chosen, replace_all = [], False
        for item in experts:
            if item.replaces is None or replace_all:
                chosen.append(item)
                continue
            answer = self.ask_replace(item)
            if answer == CANCEL:
                return []
            replace_all = answer == REPLACE_ALL
            if answer != SKIP:
                chosen.append(item)
        return chosen

    def ask_replace(self, item) -> str:
        """Replace / Replace all / Skip / Cancel for one expert already in the panel."""
        from desktop.views.expert_choice import expert_label

        box = QMessageBox(self.window)
        box.setObjectName("replace_expert_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import answers"))
        box.setText(
            self.tr(
                "{expert} is already in the panel. Replace their judgments with the answers "
                "in {file}?"
            ).format(expert=expert_label(item.replaces), file=_file_name(item.file))
        )
        buttons = {
            box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole): REPLACE,
            box.addButton(self.tr("Replace All"), QMessageBox.ButtonRole.YesRole): REPLACE_ALL,
            box.addButton(self.tr("Skip"), QMessageBox.ButtonRole.NoRole): SKIP,
            box.addButton(QMessageBox.StandardButton.Cancel): CANCEL,
        }
        box.exec()
        answer = buttons.get(box.clickedButton(), CANCEL)
        box.setParent(None)  # gone with this call, not kept as a child of the window
        return answer

    def _apply(self, chosen: list) -> None:
        from desktop.views.expert_choice import unanswered_text
        from strategies.panel.experts import UnansweredNodeError
        from strategies.questionnaire.into_panel import with_imported

        document = self.window.document
        count, replaced = len(chosen), sum(item.replaces is not None for item in chosen)
        try:
            session = with_imported(document.session, document.model, chosen)
        except UnansweredNodeError as error:  # a skipped replacement judged a node alone
            lang = self.window.language.code
            QMessageBox.warning(
                self.window,
                self.tr("Import answers"),
                unanswered_text(document.model, error, lang),
            )
            return
        document.apply(
            session,
            lambda: self.tr("Import the answers of {count} experts").format(count=count),
        )
        message = (
            self.tr("Imported the answers of {count} experts ({replaced} replaced)")
            if replaced
            else self.tr("Imported the answers of {count} experts")
        )
        self.window.statusBar().showMessage(
            message.format(count=count, replaced=replaced), STATUS_MS
        )


def _file_name(path: str) -> str:
    return Path(path).name
