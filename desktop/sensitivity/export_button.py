"""A button that saves a chart as PNG or SVG where the planner chooses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.chart_export import ChartExportError, export_chart
from desktop.i18n import follow_language_change


class ExportButton(QPushButton):
    def __init__(self, chart: QWidget, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart, self.name = chart, name
        self.clicked.connect(self._on_clicked)
        self.retranslate()
        follow_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.setText(self.tr("Export chart…"))
        self.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))

    def _on_clicked(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            f"{self.name}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            export_chart(self.chart, path)
        except (ChartExportError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Export chart"),
                self.tr("The chart was not saved: {error}").format(error=error),
            )


def with_export_button(chart: QWidget, name: str) -> QWidget:
    """chart with its export button above its right edge."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(ExportButton(chart, name))
    layout.addLayout(row)
    layout.addWidget(chart)
    return holder
