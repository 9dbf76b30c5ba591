"""CR against its threshold, the worst judgments with a one-click fix, intransitive triads."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria.ahp import RANDOM_INDEX_TABLES, Consistency, NodeWeights
from criteria.consistency import InconsistentJudgment
from criteria.item_limits import ADVISED_MAX_ITEMS, beyond_advice
from criteria.verbal_scale import format_judgment, judgment_label
from desktop.help.buttons import explain, help_button
from desktop.views.scroll_tabs import show_rows
from desktop.views.translated import TranslatedWidget

SHOWN_JUDGMENTS = 3


class ConsistencyPanel(TranslatedWidget):
    """Emits use_value(first, second, value) when the planner accepts the consistent value, and
    use_scale_value(first, second, value) for the scale value nearest to it."""

    use_value = Signal(str, str, float)
    use_scale_value = Signal(str, str, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.worst_title = QLabel()
        self.worst = QTableWidget(0, 5)
        self.worst.verticalHeader().hide()
        self.worst.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.triads = QLabel()
        self.triads.setWordWrap(True)
        self.advice = QLabel()  # Saaty's 7 ± 2, shown for a node with more items
        self.advice.setObjectName("saaty_advice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #8a5300;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        explain("cr", self.summary)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(help_button("consistency"))
        layout.addLayout(summary_row)
        layout.addWidget(self.advice)
        for widget in (self.worst_title, self.worst, self.triads):
            layout.addWidget(widget)
        self._shown: tuple = (None, [], [], lambda item: item)
        self.retranslate()

    def show_result(
        self,
        weights: NodeWeights,
        worst: list[InconsistentJudgment],
        triads: list[tuple[str, str, str]],
        name,
    ) -> None:
        self._shown = (weights, worst, triads, name)
        self.triads.setVisible(True)
        self.summary.setText(self._summary_text(weights))
        self._show_advice(len(weights.items))
        self.summary.setStyleSheet(
            "color: #b00020;" if weights.cr_status is Consistency.TOO_INCONSISTENT else ""
        )
        self.worst.setRowCount(0)
        for entry in worst[:SHOWN_JUDGMENTS] if weights.consistency_ratio else []:
            self._add_worst_row(entry, name)
        show_rows(self.worst, SHOWN_JUDGMENTS)  # the buttons of every row in sight
        self.worst.setMaximumHeight(self.worst.minimumHeight())
        self.worst.setVisible(self.worst.rowCount() > 0)
        self.worst_title.setVisible(self.worst.rowCount() > 0)
        self.triads.setText(
            ""
            if not triads
            else self.tr(
                "Intransitive (circular) judgments — no numeric repair hides these: {triads}"
            ).format(triads="; ".join(" > ".join(name(i) for i in (*t, t[0])) for t in triads))
        )
        self.triads.setStyleSheet("color: #b00020;")

    def show_panel_checks(
        self, weights: NodeWeights, checks, blank, expert_name, lang: str
    ) -> None:
        """The combined judgments (read-only): their CR, and instead of a repair, whose own
        judgments at this node are too inconsistent and who left it blank. checks: the
        core's ExpertConsistency of each counted expert who judged the node; blank: ids."""
        self._shown = (weights, checks, blank, expert_name, lang, "panel")
        flagged = [c for c in checks if c.too_inconsistent]
        listed = "、" if lang == "zh" else ", "
        lines = [self._combined_text(weights)]
        if flagged:
            lines.append(
                self.tr(
                    "Too inconsistent in their own judgments at this node: {experts}. Choose "
                    "an expert above to see and revise their judgments."
                ).format(experts=listed.join(_named_cr(expert_name, c, lang) for c in flagged))
            )
        elif checks:
            lines.append(
                self.tr("No counted expert's own judgments at this node are too inconsistent.")
            )
        if blank:
            lines.append(
                self.tr("Left blank by: {experts}.").format(
                    experts=listed.join(expert_name(e) for e in blank)
                )
            )
        self.summary.setText(("" if lang == "zh" else " ").join(lines))
        self.summary.setStyleSheet("color: #b00020;" if flagged else "")
        for widget in (self.worst_title, self.worst, self.triads):
            widget.setVisible(False)

    def _combined_text(self, weights: NodeWeights) -> str:
        if weights.consistency_ratio is None:
            return self.tr("Combined judgments of the panel (read-only).")
        return self.tr(
            "Combined judgments of the panel (read-only): CR = {cr:.3f} (threshold {t:.2f})."
        ).format(cr=weights.consistency_ratio, t=weights.threshold)

    def retranslate(self) -> None:
        self.worst_title.setText(self.tr("Judgments that most disturb consistency"))
        self.worst.setHorizontalHeaderLabels(
            [self.tr("Pair"), self.tr("Given"), self.tr("Consistent"), "", ""]
        )
        if self._shown[0] is None:
            return
        if self._shown[-1] == "panel":
            self.show_panel_checks(*self._shown[:-1])
        else:
            self.show_result(*self._shown)

    def _show_advice(self, items: int) -> None:
        self.advice.setVisible(beyond_advice(items))
        self.advice.setText(
            self.tr(
                "⚠ {items} items under one node: Saaty advises comparing no more than 7 ± 2 "
                "({advised}) at once. Judgments of so many items tend to be less consistent; "
                "consider grouping them under intermediate layers."
            ).format(items=items, advised=ADVISED_MAX_ITEMS)
        )

    def _summary_text(self, weights: NodeWeights) -> str:
        table = RANDOM_INDEX_TABLES[weights.random_index]
        if len(weights.items) == 1:
            return self.tr("One item: it weighs 1 and there is nothing to compare (CR —).")
        if weights.consistency_ratio is None:
            return self.tr("CR is undefined for fewer than 3 items (always consistent).")
        status = {
            Consistency.OK: self.tr("acceptable"),
            Consistency.TOO_INCONSISTENT: self.tr("too inconsistent — revise judgments"),
            Consistency.INCOMPLETE: self.tr("incomplete — missing pairs estimated"),
        }
        words = status[weights.status]
        if weights.status is Consistency.INCOMPLETE:
            # The CR shown is the completed matrix's; say whether it passes the check.
            words += "; " + self.tr("the completed matrix is {check}").format(
                check=status[weights.cr_status]
            )
        return self.tr(
            "CR = {cr:.3f} (threshold {t:.2f}; random index: {table}) — {status}"
        ).format(cr=weights.consistency_ratio, t=weights.threshold, table=table, status=words)

    def _add_worst_row(self, entry: InconsistentJudgment, name) -> None:
        row = self.worst.rowCount()
        self.worst.insertRow(row)
        cells = (
            f"{name(entry.first)} : {name(entry.second)}",
            judgment_label(entry.value),
            judgment_label(entry.consistent_value),
        )
        for column, text in enumerate(cells):
            self.worst.setItem(row, column, QTableWidgetItem(text))
        use = self._button(
            self.tr("Use this value"),
            self.tr(
                "Replace the given judgment with the value that agrees with the current weights"
            ),
        )
        use.clicked.connect(
            lambda: self.use_value.emit(entry.first, entry.second, entry.consistent_value)
        )
        nearest = self._button(
            self.tr("Use the nearest scale value ({value})").format(
                value=format_judgment(entry.nearest_scale_value)
            ),
            self.tr(
                "Replace the given judgment with the value on Saaty's scale nearest to the "
                "consistent one"
            ),
        )
        nearest.setEnabled(entry.nearest_changes_judgment)
        nearest.clicked.connect(
            lambda: self.use_scale_value.emit(entry.first, entry.second, entry.nearest_scale_value)
        )
        self.worst.setCellWidget(row, 3, use)
        self.worst.setCellWidget(row, 4, nearest)
        for column in (3, 4):
            self.worst.resizeColumnToContents(column)

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        return button


def _named_cr(expert_name, check, lang: str) -> str:
    cr = f"CR {check.consistency_ratio:.3f}"
    return f"{expert_name(check.expert)}" + (f"（{cr}）" if lang == "zh" else f" ({cr})")
