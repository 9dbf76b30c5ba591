"""The one dialog that lists every problem of a refused import: file, sheet, cell and why, in
the window's language (worded by desktop/questionnaire_text.py, as the command line words them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.questionnaire_text import problem_message
from strategies.questionnaire import QuestionnaireProblem


class AnswerProblemsDialog(QDialog):
    def __init__(
        self, problems: tuple[QuestionnaireProblem, ...], lang: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("answer_problems_dialog")
        self.setWindowTitle(self.tr("Answers not imported"))
        files = len({found.file for found in problems})
        self.summary = QLabel(
            self.tr(
                "Nothing was imported: {files} of the chosen files have problems ({count} in "
                "all). A file with any problem imports nothing, and neither does its batch: fix "
                "the files, or leave them out, and import again."
            ).format(files=files, count=len(problems))
        )
        self.summary.setWordWrap(True)
        self.table = self._table(problems, lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _table(self, problems: tuple[QuestionnaireProblem, ...], lang: str) -> QTableWidget:
        table = QTableWidget(len(problems), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Sheet"), self.tr("Cell"), self.tr("Problem")]
        )
        for row, found in enumerate(problems):
            cells = (Path(found.file).name, found.sheet, found.cell, problem_message(found, lang))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(found.file if column == 0 else text)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (what the planner reads)."""
        table = self.table
        return [
            tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())
        ]
