"""File → Export questionnaire…: a questionnaire in the window's language for the expert whose
judgments the editors show (blank name when they show the combined ones), optionally
prefilled with that expert's judgments. Unless the planner unticks it, the experts' strategy
judgments are asked too, as the session judges them: ratings, or strategy pairs under the
criteria it judges pairwise (strategies.questionnaire.request)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from desktop import settings
from desktop.views.expert_choice import expert_label

SUFFIX = ".xlsx"
FOLDER_KEY = "questionnaire_folder"
STATUS_MS = 8000


class QuestionnaireExport(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.strategy_judgments = True  # ask the experts' strategy judgments too

    def run(self) -> bool:
        """Ask for the file (and whether to prefill), write it; False when cancelled or failed."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export questionnaire"),
            str(self._suggested_path()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return False
        prefill = self._ask_prefill()
        if prefill is None:
            return False
        target = Path(path) if path.lower().endswith(SUFFIX) else Path(path + SUFFIX)
        return self.write(target, prefill)

    def _suggested_path(self) -> Path:
        name = (self._expert_name() or self.tr("questionnaire")) + SUFFIX
        remembered = settings.get(FOLDER_KEY)
        folder = Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()
        return folder / name

    def _chosen(self):
        document = self.window.document
        chosen = document.chosen_expert
        return None if chosen is None else document.session.experts.expert(chosen)

    def _expert_name(self) -> str:
        expert = self._chosen()
        return "" if expert is None else expert.name.strip()

    def _ask_prefill(self) -> bool | None:
        """True/False: prefill with the chosen expert's judgments or not; None: cancelled.
        The box's check box says whether the strategy judgments are asked too."""
        expert = self._chosen()
        box = QMessageBox(self.window)
        box.setObjectName("questionnaire_export_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export questionnaire"))
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        if expert is not None:
            box.setText(
                self.tr(
                    "Prefill the questionnaire with the judgments of {name}? (No: every answer "
                    "starts blank.)"
                ).format(name=expert_label(expert))
            )
            buttons = (
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel
            )
        else:
            box.setText(self.tr("Every answer of the questionnaire starts blank."))
        box.setStandardButtons(buttons)
        box.setDefaultButton(
            QMessageBox.StandardButton.No if expert else QMessageBox.StandardButton.Ok
        )
        check = QCheckBox(
            self.tr(
                "Also ask for the strategy judgments (ratings, or strategy pairs where the session judges pairwise)"
            )
        )
        check.setChecked(self.strategy_judgments)
        box.setCheckBox(check)
        answer = QMessageBox.StandardButton(box.exec())
        box.setParent(None)  # gone with this call, not kept as a child of the window
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        self.strategy_judgments = check.isChecked()
        return answer == QMessageBox.StandardButton.Yes

    def write(self, path: Path, prefill: bool) -> bool:
        from strategies.file_write import FileWriteError
        from strategies.questionnaire import write_questionnaire

        try:
            write_questionnaire(path, self.window.document.model, self.request(prefill))
        except FileWriteError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Export questionnaire"),
                self.tr("{path} could not be written ({reason}).").format(
                    path=path, reason=error.reason
                ),
            )
            return False
        settings.put(FOLDER_KEY, str(path.absolute().parent))
        self.window.statusBar().showMessage(
            self.tr("Wrote the questionnaire {path}").format(path=path), STATUS_MS
        )
        return True

    def request(self, prefill: bool):
        """What to write: the window's language, the chosen expert's name and, when asked,
        their own judgments (what they left blank stays blank)."""
        from strategies.panel.session_panel import lead
        from strategies.questionnaire.request import session_request

        document = self.window.document
        session = document.session
        chosen = document.chosen_expert
        judge = None
        if prefill and chosen is not None:
            judge = session if chosen == lead(session).id else session.experts.expert(chosen)
        return session_request(
            document.model,
            session,
            self.window.language.code,
            self._expert_name(),
            judge,
            self.strategy_judgments,
        )
