"""File → Export questionnaire… and File → Import answers…: the two actions of one window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from desktop.questionnaires.answers_import import AnswersImport
from desktop.questionnaires.questionnaire_export import QuestionnaireExport


def install(window) -> None:
    """Add both actions to window's File menu, above Quit."""
    window.questionnaire_actions = QuestionnaireActions(window)


class QuestionnaireActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.exporter = QuestionnaireExport(window)
        self.importer = AnswersImport(window)
        self.export_action = QAction(window)
        self.export_action.setObjectName("export_questionnaire_action")
        self.export_action.triggered.connect(self.exporter.run)
        self.import_action = QAction(window)
        self.import_action.setObjectName("import_answers_action")
        self.import_action.triggered.connect(self.importer.run)
        _add_above_quit(window, [self.export_action, self.import_action])
        window.named_actions["export_questionnaire"] = self.export_action
        window.named_actions["import_answers"] = self.import_action
        window.language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export &Questionnaire…"))
        self.export_action.setToolTip(
            self.tr("Write an expert questionnaire (XLSX) to fill in Excel, WPS or LibreOffice")
        )
        self.import_action.setText(self.tr("&Import Answers…"))
        self.import_action.setToolTip(
            self.tr("Read returned questionnaires into the panel (one file or many)")
        )


def _add_above_quit(window, actions: list[QAction]) -> None:
    quit_action = window.named_actions.get("quit")
    if quit_action in window.file_menu.actions():
        window.file_menu.insertActions(quit_action, actions)
        window.file_menu.insertSeparator(quit_action)
    else:
        window.file_menu.addActions(actions)
