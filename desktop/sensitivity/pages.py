"""The weight-sweep, threshold and need-emphasis pages: a chart each, drawn from the analyses."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.help.buttons import explain
from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.curve_chart import CurveChart
from desktop.sensitivity.export_button import ExportButton
from desktop.sensitivity.tornado_chart import TornadoChart
from desktop.views.translated import TranslatedWidget
from strategies.sensitivity.alpha import AlphaStability
from strategies.sensitivity.thresholds import change_before_renormalisation


class Page(TranslatedWidget):
    """A page shows a context; it redraws when given one and on its own controls."""

    changed = Signal()  # a control of the page wants a redraw

    def show_context(self, context: PageContext) -> None:
        raise NotImplementedError


class GradientPage(Page):
    """Choose a criterion: every strategy's priority as its global weight goes from 0 to 1."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.criterion = QComboBox()
        self.criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.criterion_label = QLabel()
        self.chart = CurveChart()
        self.export = ExportButton(self.chart, "weight-sweep")
        controls = QHBoxLayout()
        for widget in (self.criterion_label, self.criterion):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart)
        self.criterion.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.criterion_label.setText(self.tr("Criterion:"))
        self.criterion.setToolTip(
            self.tr(
                "Its global weight is swept from 0 to 1; the other weights keep their proportions"
            )
        )

    def selected_criterion(self) -> int:
        return max(self.criterion.currentIndex(), 0)

    def show_context(self, context: PageContext) -> None:
        criterion = self.selected_criterion()
        self._fill_criteria(context.criterion_labels(), criterion)
        gradient = context.analyses.gradient
        found, values = context.analyses.gradient_crossings(criterion, context.district)
        label = context.criterion_labels()[criterion]
        self.chart.show_curves(
            gradient.points,
            gradient.priorities[criterion, :, context.district],
            context.strategy_legend_labels(),
            float(gradient.current_weights[criterion]),
            (found.position, values),
            {
                "title": self.tr(
                    "{district}: priorities as the weight of {criterion} changes"
                ).format(district=context.district_name(), criterion=label),
                "x": self.tr("global weight of {criterion}").format(criterion=label),
                "y": self.tr("priority"),
                "parameter": self.tr("weight"),
                "current": self.tr("today {value:.3f}"),
                "crossing": self.tr("swap at weight {x:.3f}, priority {y:.4f}"),
                "crossing_legend": self.tr("swap"),
            },
        )

    def _fill_criteria(self, labels: list[str], current: int) -> None:
        self.criterion.blockSignals(True)
        self.criterion.clear()
        self.criterion.addItems(labels)
        self.criterion.setCurrentIndex(current)
        self.criterion.blockSignals(False)


# Criterion, weight, then for each of the four thresholds T&S's δ and the renormalised Δ.
THRESHOLD_COLUMNS = 10


class ThresholdsPage(Page):
    """The tornado chart of the smallest weight changes that dethrone the top, and a table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart = TornadoChart()
        self.export = ExportButton(self.chart, "thresholds")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.measures = QLabel()
        self.measures.setWordWrap(True)
        self.table = QTableWidget(0, THRESHOLD_COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        controls = QHBoxLayout()
        controls.addWidget(self.summary, 1)
        controls.addWidget(self.export)
        body = QSplitter(Qt.Orientation.Vertical)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.measures)
        lower_layout.addWidget(self.table)
        body.addWidget(self.chart)
        body.addWidget(lower)
        body.setSizes([400, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        ts, renormalised = self.tr("T&S δ (D′ %)"), self.tr("renormalised Δ (%)")
        headers = [self.tr("Criterion"), self.tr("Weight today")]
        for name in (
            self.tr("Top changes at increase"),
            self.tr("Top changes at decrease"),
            self.tr("Any rank changes at increase"),
            self.tr("Any rank changes at decrease"),
        ):
            headers += [f"{name}\n{ts}", f"{name}\n{renormalised}"]
        self.table.setHorizontalHeaderLabels(headers)
        self.measures.setText(
            self.tr(
                "Two measures of each threshold. T&S δ is Triantaphyllou & Sánchez's (1997): the "
                "change added to the criterion's weight before the weights are renormalised, with "
                "their criticality degree D′ = δ/w in percent. Renormalised Δ is the change of the "
                "weight after renormalising, the one the chart and the sliders show: "
                "Δ = δ·(1 − w)/(1 + δ)."
            )
        )

    def show_context(self, context: PageContext) -> None:
        thresholds, district = context.analyses.thresholds, context.district
        critical = int(thresholds.critical_criterion[district])
        critical = None if critical < 0 else critical
        labels = context.criterion_labels()
        self.chart.show_thresholds(
            thresholds.top_increase[:, district],
            thresholds.top_decrease[:, district],
            labels,
            critical,
            {
                "title": self.tr("{district}: weight change that changes the top strategy").format(
                    district=context.district_name()
                ),
                "x": self.tr(
                    "renormalised change Δ of the criterion's global weight (others rescaled)"
                ),
                "increase": self.tr("increase"),
                "decrease": self.tr("decrease"),
                "none": self.tr("none within [0, 1]"),
            },
        )
        self._fill_table(context, labels)
        self._show_summary(context, critical, labels)

    def _fill_table(self, context: PageContext, labels: list[str]) -> None:
        thresholds, district = context.analyses.thresholds, context.district
        arrays = (
            thresholds.top_increase,
            thresholds.top_decrease,
            thresholds.any_increase,
            thresholds.any_decrease,
        )
        measures = []
        for changes, increase in zip(arrays, (True, False, True, False), strict=True):
            delta = thresholds.before_renormalisation(changes, increase)
            sign = "+" if increase else "−"
            measures += [
                (delta, thresholds.percent(delta), sign, changes),
                (changes, thresholds.percent(changes), sign, None),
            ]
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            cells = [label, f"{thresholds.current_weights[row]:.4f}"]
            cells += [
                self._change_text(changes, percent, row, district, sign, renormalised)
                for changes, percent, sign, renormalised in measures
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _change_text(
        self,
        changes: np.ndarray,
        percent: np.ndarray,
        row: int,
        district: int,
        sign: str,
        renormalised: np.ndarray | None = None,
    ) -> str:
        """A threshold and its percent; for T&S's δ (``renormalised`` given) a Δ that needs
        the weight to reach 1 has no finite δ."""
        value = changes[row, district]
        if (
            np.isnan(value)
            and renormalised is not None
            and not np.isnan(renormalised[row, district])
        ):
            return self.tr("no finite δ (only at weight 1)")
        if np.isnan(value):
            return self.tr("none within [0, 1]")
        share = percent[row, district]
        relative = "" if np.isnan(share) else f" ({sign}{share:.1f} %)"
        return f"{sign}{value:.4f}{relative}"

    def _show_summary(self, context: PageContext, critical: int | None, labels: list[str]) -> None:
        if critical is None:
            self.summary.setText(
                self.tr(
                    "No change of a single weight within [0, 1] changes "
                    "the top strategy of {district}."
                ).format(district=context.district_name())
            )
            return
        thresholds = context.analyses.thresholds
        change = float(thresholds.critical_change[context.district])
        delta = change_before_renormalisation(thresholds.current_weights[critical], change)
        self.summary.setText(
            self.tr(
                "★ Critical criterion for {district}: {criterion} — a "
                "change of {change:+.4f} in its weight changes the top "
                "strategy (T&S δ {delta:+.4f} before "
                "renormalising)."
            ).format(
                district=context.district_name(),
                criterion=labels[critical],
                change=change,
                delta=delta,
            )
        )


class AlphaPage(Page):
    """Every strategy's priority over the need emphasis α, today's α and the swaps marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart = CurveChart()
        self.export = ExportButton(self.chart, "need-emphasis")
        self.note = QLabel()
        self.note.setWordWrap(True)
        explain("alpha", self.note)
        self.stability = QLabel()  # where today's ranking holds, what α = 1 drops
        self.stability.setObjectName("alpha_stability")
        self.stability.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.note, 1)
        controls.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.stability)
        layout.addWidget(self.chart)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "α = 0: plain AHP, the same ranking in every district; "
                "α = 1: the district's indicator gaps decide fully, so a "
                "criterion on which it has no gap gets no weight."
            )
        )

    def show_context(self, context: PageContext) -> None:
        alpha, district = context.analyses.alpha, context.district
        found, values = context.analyses.alpha_crossings(district)
        stable = context.analyses.alpha_stability[district]
        self.stability.setText(self._stability_text(stable, context))
        self.chart.show_curves(
            alpha.points,
            alpha.priorities[:, district],
            context.strategy_legend_labels(),
            alpha.current_alpha,
            (found.position, values),
            {
                "title": self.tr("{district}: priorities over the need emphasis α").format(
                    district=context.district_name()
                ),
                "x": self.tr("need emphasis α"),
                "y": self.tr("priority"),
                "parameter": "α",
                "current": self.tr("today {value:.2f}"),
                "crossing": self.tr("ranks change at α = {x:.3f}, priority {y:.4f}"),
                "crossing_legend": self.tr("rank change"),
            },
            None if stable.at_change_point else (stable.low, stable.high),
        )

    def _stability_text(self, stable: AlphaStability, context: PageContext) -> str:
        if stable.at_change_point:
            holds = self.tr(
                "At today's α = {alpha:.2f} ranks change (a tie): the ranking "
                "differs just below and just above it."
            ).format(alpha=stable.alpha)
        else:
            holds = self.tr(
                "Shaded: today's ranking holds for α from {low:.3f} to {high:.3f}; "
                "circles mark where ranks change."
            ).format(low=stable.low, high=stable.high)
        labels = context.criterion_labels()
        dropped = ", ".join(labels[c] for c in stable.dropped_at_one)
        if not dropped:
            return holds
        return (
            holds
            + " "
            + self.tr(
                "At α = 1 these criteria get no weight in this district (no gap): {criteria}."
            ).format(criteria=dropped)
        )
