"""A strategy's names, summary and measures, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from criteria.text import LocalText
from desktop.model_editing.name_dialog import NameDialog, text_box
from strategies.catalogue import Strategy

MEASURE_LINES = 5


class StrategyDialog(NameDialog):
    """Measures are typed one per line; empty lines are left out."""

    def __init__(self, title: str, strategy: Strategy | None = None, parent: QWidget | None = None):
        super().__init__(title, strategy.name if strategy else None, parent=parent)
        summary = strategy.summary if strategy else LocalText("", "")
        self.summary_zh = text_box(summary.zh, "summary_zh")
        self.summary_en = text_box(summary.en, "summary_en")
        self.measures_zh = text_box(
            "\n".join(strategy.measures_zh) if strategy else "", "measures_zh", MEASURE_LINES
        )
        self.measures_en = text_box(
            "\n".join(strategy.measures_en) if strategy else "", "measures_en", MEASURE_LINES
        )
        before = self.form.rowCount() - 2  # above the problem line and the buttons
        for offset, (label, box) in enumerate(
            (
                (self.tr("Chinese summary:"), self.summary_zh),
                (self.tr("English summary:"), self.summary_en),
                (self.tr("Chinese measures (one a line):"), self.measures_zh),
                (self.tr("English measures (one a line):"), self.measures_en),
            )
        ):
            self.form.insertRow(before + offset, label, box)

    def summary(self) -> LocalText:
        return LocalText(
            self.summary_zh.toPlainText().strip(), self.summary_en.toPlainText().strip()
        )

    def measures(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(Chinese measures, English measures), one per non-empty line."""
        return _lines(self.measures_zh.toPlainText()), _lines(self.measures_en.toPlainText())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
