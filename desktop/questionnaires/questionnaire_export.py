"""File → Export questionnaire…: a questionnaire in the window's language for the expert whose
judgments the editors show (blank name when they show the combined ones), optionally
prefilled with that expert's judgments. Strategy pairs are asked when the session judges any
criterion's strategies pairwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import settings
from desktop.views.expert_choice import expert_label

SUFFIX = ".xlsx"
FOLDER_KEY = "questionnaire_folder"
STATUS_MS = 8000


class QuestionnaireExport(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

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
        """True/False: prefill with the chosen expert's judgments or not; None: cancelled."""
        expert = self._chosen()
        if expert is None:
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Export questionnaire"),
            self.tr(
                "Prefill the questionnaire with the judgments of {name}? (No: every answer "
                "starts blank.)"
            ).format(name=expert_label(expert)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
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
        """What to write: the window's language, the chosen expert's name and judgments."""
        from strategies.panel.session_panel import expert_view
        from strategies.questionnaire import QuestionnaireRequest
        from strategies.session import PAIRWISE_MODE

        document = self.window.document
        session = document.session
        asked = any(session.mode(c) == PAIRWISE_MODE for c in document.model.criteria)
        judged = expert_view(session, document.chosen_expert) if prefill else None
        return QuestionnaireRequest(
            lang=self.window.language.code,
            expert=self._expert_name(),
            with_strategies=asked,
            criteria_judgments=judged.criteria_judgments if judged else {},
            strategy_judgments=judged.strategy_judgments if judged and asked else {},
        )
