"""Monte Carlo page: settings kept in the session, a run in the background, its charts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.document import Document
from desktop.monte_carlo_runner import MonteCarloRunner
from desktop.sensitivity.acceptability_chart import AcceptabilityChart, IntervalChart
from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.export_button import with_export_button
from desktop.sensitivity.pages import Page
from desktop.views.gesture_ends import GestureEnds
from strategies.caveats import STRATEGIES_NODE, JudgmentWarning, inconsistent_nodes
from strategies.sensitivity import montecarlo_bounds

# The core's bounds, so that the page shows any value a session file may hold.
SAMPLE_LIMITS = (montecarlo_bounds.SAMPLES.low, montecarlo_bounds.SAMPLES.high)
SPREAD_LIMITS = (montecarlo_bounds.SPREAD.low, montecarlo_bounds.SPREAD.high)
# A run starts once the settings rest this long: stepping a spin box from 2,000 to 5,000
# samples starts one run, not six.
SETTINGS_REST_MS = 400


class MonteCarloPage(Page):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.runner = MonteCarloRunner(self)
        self.result = None
        self._pending_for = None
        self._result_for = None  # the (evaluation, settings) the result belongs to
        self._context: PageContext | None = None
        self._settings_rest = QTimer(self, singleShot=True, interval=SETTINGS_REST_MS)
        self._settings_rest.timeout.connect(self._on_settings_rested)
        document.changed.connect(self._on_document_changed)
        self._build_controls()
        self.acceptability = AcceptabilityChart()
        self.intervals = IntervalChart()
        self._layout()
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_finished)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.nothing_kept.connect(self._on_nothing_kept)
        self.retranslate()

    def _build_controls(self) -> None:
        self.spread = QDoubleSpinBox()
        self.spread.setRange(*SPREAD_LIMITS)
        self.spread.setSingleStep(0.05)
        self.spread.setDecimals(2)
        self.samples = QSpinBox()
        self.samples.setRange(*SAMPLE_LIMITS)
        self.samples.setSingleStep(500)
        self.samples.setGroupSeparatorShown(True)
        self.discard = QCheckBox()
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.spread.valueChanged.connect(self._on_spread_edited)
        self.samples.valueChanged.connect(self._on_samples_edited)
        for box in (self.spread, self.samples):
            GestureEnds(box, self.document)  # typing 2000 is one undo step, not four
        self.discard.toggled.connect(self._on_discard_toggled)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.runner.cancel)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.spread_label, self.samples_label = QLabel(), QLabel()
        self.form.addRow(self.spread_label, self.spread)
        self.form.addRow(self.samples_label, self.samples)
        self.form.addRow(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side = QVBoxLayout()
        side.addLayout(self.form)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(320)
        charts = QSplitter(Qt.Orientation.Vertical)
        for chart, name in (
            (self.acceptability, "rank-acceptability"),
            (self.intervals, "priority-intervals"),
        ):
            charts.addWidget(with_export_button(chart, name))
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(charts, 1)

    def retranslate(self) -> None:
        self.spread_label.setText(self.tr("Spread (σ of log-judgment):"))
        self.spread.setToolTip(
            self.tr(
                "Each judgment is multiplied by exp(N(0, σ)), kept reciprocal and within 1/9 … 9"
            )
        )
        self.samples_label.setText(self.tr("Samples:"))
        self.discard.setText(self.tr("Discard inconsistent samples"))
        self.discard.setToolTip(
            self.tr(
                "Leave out samples in which a judgment matrix has a "
                "consistency ratio above its threshold"
            )
        )
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))

    def show_context(self, context: PageContext) -> None:
        self._context = context
        self._show_settings()
        inputs = self._inputs()
        kept = context.analyses.finished_monte_carlo(inputs[1])
        if self._result_for != inputs and kept is not None:  # an export made this run already
            self.result, self._result_for = kept, inputs
        if self._result_for != inputs:
            self.run()
        else:
            self._draw()

    def _analyses(self):
        """The analyses the page shows (the document's, as of the last context given)."""
        return self.document.analyses if self._context is None else self._context.analyses

    def _inputs(self) -> tuple:
        """What a run depends on: the evaluation's results and the Monte Carlo settings."""
        return self._analyses().evaluation, self.document.session.monte_carlo

    def _on_document_changed(self, changes: Change) -> None:
        if changes & Change.MONTE_CARLO:  # other inputs come through show_context
            self._show_settings()
            self._settings_rest.start()

    def _on_settings_rested(self) -> None:
        if self.isVisible():
            self.changed.emit()  # the view redraws the page with its current context

    def _show_settings(self) -> None:
        settings = self.document.session.monte_carlo
        for widget, value in (
            (self.spread, settings.spread),
            (self.samples, settings.samples),
            (self.discard, settings.discard_inconsistent),
        ):
            widget.blockSignals(True)
            widget.setChecked(value) if widget is self.discard else widget.setValue(value)
            widget.blockSignals(False)

    def run(self) -> None:
        """Start a run for the document's current evaluation (any run going is dropped)."""
        self._settings_rest.stop()
        evaluation, settings = self._pending_for = self._inputs()
        self.progress.reset()  # a new run starts from 0, whatever the last one reached
        self.progress.setRange(0, settings.samples)
        self.progress.setValue(0)
        self.runner.start(self._analyses().problem, settings)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Running {samples} samples…").format(samples=settings.samples))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_finished(self, result) -> None:
        self.result, self._result_for = result, self._pending_for
        analyses = self._analyses()
        if analyses.evaluation is self._pending_for[0]:  # exports and the map take it from there
            self.document.keep_monte_carlo(analyses, self._pending_for[1], result)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self._draw()

    def _on_cancelled(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelled; the charts show the last finished run."))

    def _on_nothing_kept(self) -> None:
        self.cancel_button.setEnabled(False)
        # The old charts belong to other inputs: the outcome for these is "nothing kept".
        self.result, self._result_for = None, self._pending_for
        self._show_nothing_kept()

    def _show_nothing_kept(self) -> None:
        self.status.setText(self.nothing_kept_text())
        for chart in (self.acceptability, self.intervals):
            chart.show_nothing(self.tr("No sample kept"))

    def nothing_kept_text(self) -> str:
        """Why every sample was discarded: the base judgments when they fail the consistency
        check (a lower spread cannot help then), else the spread. The option is named by
        its checkbox's own label."""
        option = self.discard.text()
        failing = inconsistent_nodes(
            self._inputs()[0] if self._pending_for is None else self._pending_for[0]
        )
        if not failing:
            return self.tr(
                "Every sample was discarded: with “{option}” ticked, the spread "
                "σ = {spread:.2f} pushes every sample past a consistency threshold. "
                "Lower the spread or untick “{option}”."
            ).format(option=option, spread=self.spread.value())
        nodes = self.tr("; ").join(
            self.tr("{node}: CR {cr:.3f} > {threshold:.2f}").format(
                node=self._node_name(w), cr=w.consistency_ratio, threshold=w.threshold
            )
            for w in failing
        )
        return self.tr(
            "Every sample was discarded because the judgments themselves fail the "
            "consistency check ({nodes}); a lower spread cannot help. Revise these "
            "judgments, or untick “{option}”."
        ).format(nodes=nodes, option=option)

    def _node_name(self, warning: JudgmentWarning) -> str:
        hierarchy = self.document.model.hierarchy
        lang = self._context.language if self._context is not None else "en"
        name = hierarchy.name(warning.node, lang)
        if warning.node != hierarchy.goal:
            name = f"{warning.node} {name}"
        if warning.kind == STRATEGIES_NODE:
            return self.tr("the strategies judged pairwise under {criterion}").format(
                criterion=name
            )
        return name

    def _draw(self) -> None:
        context, result = self._context, self.result
        if context is None or result is None:
            if context is not None and self._result_for is not None:
                self._show_nothing_kept()  # again, in the language now chosen
            return
        district = context.district
        strategies = context.strategy_labels()
        top = int(result.reference_top[district])
        self.status.setText(
            self.tr(
                "{kept} of {samples} samples kept. Probability that {top} "
                "stays on top in {district}: {chance:.1f} %"
            ).format(
                kept=result.kept,
                samples=result.samples,
                top=context.strategy_names()[top],
                district=context.district_name(),
                chance=100 * result.top_stays_top[district],
            )
        )
        self.acceptability.show_acceptability(
            100 * result.rank_acceptability[district],
            strategies,
            [self.tr("rank {n}").format(n=n + 1) for n in range(len(strategies))],
            self.tr("{district}: chance of each rank").format(district=context.district_name()),
            self.tr("% of samples"),
        )
        self._draw_intervals(context, result)

    def _draw_intervals(self, context: PageContext, result) -> None:
        district = context.district
        low, median, high = (result.priority_percentiles[i, district] for i in range(3))
        self.intervals.show_intervals(
            low,
            median,
            high,
            context.analyses.evaluation.priorities[district],
            context.strategy_labels(),
            {
                "title": self.tr("{district}: priority, {low:g}–{high:g} % of samples").format(
                    district=context.district_name(),
                    low=result.percentiles[0],
                    high=result.percentiles[-1],
                ),
                "y": self.tr("priority"),
                "interval": self.tr("5–95 % range"),
                "low": self.tr("5 %"),
                "median": self.tr("median"),
                "high": self.tr("95 %"),
                "today": self.tr("today"),
            },
        )

    def _apply_settings(self, text, key: str | None, **changes) -> None:
        session = self.document.session
        monte_carlo = replace(session.monte_carlo, **changes)
        self.document.apply(replace(session, monte_carlo=monte_carlo), text, merge_key=key)

    def _on_spread_edited(self, value: float) -> None:
        self._apply_settings(
            lambda: self.tr("Set Monte Carlo spread to {value:.2f}").format(value=value),
            "monte_carlo_spread",
            spread=value,
        )

    def _on_samples_edited(self, value: int) -> None:
        self._apply_settings(
            lambda: self.tr("Set Monte Carlo samples to {value}").format(value=value),
            "monte_carlo_samples",
            samples=value,
        )

    def _on_discard_toggled(self, checked: bool) -> None:
        self._apply_settings(
            lambda: (
                self.tr("Discard inconsistent Monte Carlo samples")
                if checked
                else self.tr("Keep inconsistent Monte Carlo samples")
            ),
            None,
            discard_inconsistent=checked,
        )  # a click: its own step
