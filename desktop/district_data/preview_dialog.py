"""The preview of a district data import: what it adds and changes (old → new, with sources)
and what it refuses (file, sheet, row, column, why), in the window's language. Apply is one
undoable step; a file with refused rows cannot be applied, and the dialog says why."""

from __future__ import annotations

from collections.abc import Mapping

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

from desktop.data_problem_text import problem_text
from strategies.district_data import Change, ImportPlan, NewIndicator, Refusal, ValueRecord

MAX_COLUMN_WIDTH = 260
PREVIEW_ROWS_SHOWN = 2000  # a 100,000-row file lists its first rows; the summary counts all


def shown_value(value: float | str | None) -> str:
    return f"{value:g}" if isinstance(value, float) else ("" if value is None else str(value))


class ImportPreview(QDialog):
    def __init__(
        self,
        plan: ImportPlan,
        lang: str,
        names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        """names: indicator and place ids → their names in lang (ids are shown otherwise)."""
        super().__init__(parent)
        self.plan, self.lang, self.names = plan, lang, dict(names or {})
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("Import district data"))
        self.summary = QLabel(objectName="import_summary", wordWrap=True)
        self.verdict = QLabel(objectName="import_verdict", wordWrap=True)
        self.values = self._table("import_values")
        self.refusals = self._table("import_refusals")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Apply"))
        # nothing to apply when blocked, or when the file only repeats what the session holds
        self.apply_button.setEnabled(not plan.blocked and bool(plan.adds or plan.changes))
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.verdict, self.values, self.refusals, self.buttons):
            layout.addWidget(widget)
        self._fill()
        if not (self.values.rowCount() or self.refusals.rowCount()):  # the words at the top
            layout.insertStretch(layout.indexOf(self.buttons), 1)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill(self) -> None:
        plan = self.plan
        self.summary.setText(
            self.tr(
                "{file}: adds {adds}, changes {changes}, unchanged {unchanged}, refused {refused}"
            ).format(
                file=plan.file,
                adds=len(plan.adds),
                changes=len(plan.changes),
                unchanged=len(plan.unchanged),
                refused=len(plan.refused),
            )
        )
        self.verdict.setText(self._verdict())
        self.verdict.setStyleSheet("color: #b3261e;" if plan.blocked else "")
        self._fill_values()
        self._fill_refusals()

    def _verdict(self) -> str:
        if self.plan.blocked:
            return self.tr(
                "This file has refused rows: it imports nothing until they are fixed "
                "(a file with an error is never half applied)."
            )
        if not (self.plan.adds or self.plan.changes):
            return self.tr("This file adds and changes nothing.")
        return self.tr("Apply imports it as one step; Undo takes it back.")

    def value_rows(self) -> list[list[str]]:
        rows = [self._new_row(new) for new in self.plan.new_indicators]
        rows += [self._add_row(record) for record in self.plan.adds]
        rows += [self._change_row(change) for change in self.plan.changes]
        return rows

    def refusal_rows(self) -> list[list[str]]:
        return [self._refusal_row(refusal) for refusal in self.plan.refused]

    def _fill_values(self) -> None:
        headers = [
            self.tr("What"),
            self.tr("Indicator"),
            self.tr("Place"),
            self.tr("Year"),
            self.tr("Value (old → new)"),
            self.tr("Source"),
            self.tr("Row"),
        ]
        rows = self.value_rows()
        _put(self.values, headers, rows)
        self.values.setVisible(bool(self.values.rowCount()))
        if len(rows) > PREVIEW_ROWS_SHOWN:
            listed = self.tr("The first {shown} of {total} rows are listed.").format(
                shown=PREVIEW_ROWS_SHOWN, total=len(rows)
            )
            self.verdict.setText(f"{self.verdict.text()} {listed}")

    def _fill_refusals(self) -> None:
        headers = [
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Why"),
        ]
        _put(self.refusals, headers, self.refusal_rows())
        self.refusals.setVisible(bool(self.refusals.rowCount()))

    def _new_row(self, new: NewIndicator) -> list[str]:
        name = new.name.get(self.lang)
        return [
            self.tr("New indicator"),
            f"{new.id} {name}",
            "",
            "",
            new.unit.get(self.lang),
            "",
            str(new.where.row),
        ]

    def _add_row(self, record: ValueRecord) -> list[str]:
        value = f"{shown_value(record.value)} {record.unit}".strip()
        return [
            self.tr("Add"),
            self._name(record.indicator),
            self._name(record.place),
            record.year,
            value,
            record.source,
            str(record.where.row),
        ]

    def _change_row(self, change: Change) -> list[str]:
        record, old = change.record, change.old
        value = f"{shown_value(old.value)} → {shown_value(record.value)} {record.unit}".strip()
        old_source = old.source.get(self.lang)
        source = record.source if record.source == old_source else f"{old_source} → {record.source}"
        return [
            self.tr("Change"),
            self._name(record.indicator),
            self._name(record.place),
            record.year,
            value,
            source,
            str(record.where.row),
        ]

    def _name(self, ident: str) -> str:
        return self.names.get(ident, ident)

    def _refusal_row(self, refusal: Refusal) -> list[str]:
        where = refusal.where
        row = str(where.row) if where.row else ""
        return [where.file, where.sheet, row, where.column, problem_text(refusal.why)]


def _put(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    shown = rows[:PREVIEW_ROWS_SHOWN]
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(shown))
    for r, row in enumerate(shown):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):  # long names and sources: whole in the tooltip
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
