"""Panel resampling page: how firm each district's ranking is given the panel's disagreement
(experts redrawn by weight), beside the Monte Carlo page (judgments perturbed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout

from desktop.document import Document
from desktop.sensitivity.acceptability_chart import AcceptabilityChart
from desktop.sensitivity.analyses import PageContext
from desktop.sensitivity.export_button import with_export_button
from desktop.sensitivity.pages import Page
from desktop.sensitivity.panel_resampling_runner import PanelResamplingRunner
from strategies.panel.methods import AGGREGATIONS
from strategies.sensitivity.panel_resampling import (
    ResamplingResult,
    ResamplingSettings,
    resample_session,
)


class PanelResamplingPage(Page):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.runner = PanelResamplingRunner(self)
        self.result: ResamplingResult | None = None
        self._result_for: tuple | None = None  # the (evaluation, settings) of the result
        self._pending_for: tuple | None = None
        self._context: PageContext | None = None
        self.about = QLabel()  # what is drawn: experts, aggregation, draws, seed
        self.status = QLabel()  # the top's chance, or why there is nothing to resample
        for label in (self.about, self.status):
            label.setWordWrap(True)
            # The lines keep their height: the chart, or the empty space below, takes the rest.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.acceptability = AcceptabilityChart()
        self.chart_holder = with_export_button(self.acceptability, "panel-resampling")
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.status)
        layout.addWidget(self.chart_holder, 1)
        layout.addStretch(0)  # grows only while the chart is hidden
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.about.setToolTip(
            self.tr(
                "Each draw takes as many experts as are counted, with replacement, each with a "
                "chance proportional to their weight, and combines them as the panel does"
            )
        )
        if self._context is not None:
            self._draw()

    def _settings(self) -> ResamplingSettings:
        # The Monte Carlo's seed: a saved session reruns to the same figures.
        return ResamplingSettings.of(self.document.session.monte_carlo)

    def show_context(self, context: PageContext) -> None:
        self._context = context
        analyses = context.analyses
        inputs = (analyses.evaluation, self._settings())
        if analyses.counted_experts < 2:
            self.result, self._result_for = None, inputs
            self._draw()
            return
        kept = analyses.finished_panel_resampling(inputs[1])
        if self._result_for != inputs and kept is not None:  # an export made this run already
            self.result, self._result_for = kept, inputs
        if self._result_for == inputs:
            self._draw()
        elif not (self.runner.running and self._pending_for == inputs):  # else: it comes
            self.run()

    def run(self) -> None:
        """Start a run for the context's analyses (a run still going is dropped)."""
        context = self._context
        if context is None:
            return
        analyses = context.analyses
        model, session = analyses.evaluation.model, analyses.panel_session
        evaluation, settings = self._pending_for = (analyses.evaluation, self._settings())
        self.runner.start(lambda: resample_session(model, session, settings))
        self.status.setText(
            self.tr("Drawing the panel {draws} times…").format(draws=f"{settings.draws:,}")
        )

    def _on_finished(self, result: ResamplingResult) -> None:
        self.result, self._result_for = result, self._pending_for
        if self._context is not None and self._pending_for is not None:
            analyses = self._context.analyses
            if analyses.evaluation is self._pending_for[0]:  # an export now takes it from there
                analyses.remember_panel_resampling(self._pending_for[1], result)
        self._draw()

    def _on_failed(self, detail: str) -> None:
        self.result, self._result_for = None, self._pending_for
        self.chart_holder.hide()
        self.status.setText(self.tr("The panel resampling failed: {detail}").format(detail=detail))

    def _draw(self) -> None:
        context = self._context
        if context is None:
            return
        experts = context.analyses.counted_experts
        if experts < 2:
            self._show_nothing_to_resample(experts)
        elif self.result is not None and self._shown_for(context):
            self._show_result(context, self.result, experts)

    def _shown_for(self, context: PageContext) -> bool:
        """Whether the result is of the context's evaluation (after a model edit, a language
        switch redraws while the new run goes: the old result has other districts)."""
        return self._result_for is not None and self._result_for[0] is context.analyses.evaluation

    def _show_nothing_to_resample(self, experts: int) -> None:
        self.chart_holder.hide()
        self.about.setText(self.tr("Panel resampling needs a panel."))
        self.status.setText(
            self.tr(
                "Only {count} expert is counted (included, with a weight above 0), so there is "
                "no disagreement to resample: every draw would be the same panel. Add experts "
                "or include them in the Panel tab; the Monte Carlo page shows how firm the "
                "ranking is against noise in the judgments."
            ).format(count=experts)
        )

    def _show_result(self, context: PageContext, result: ResamplingResult, experts: int) -> None:
        self.chart_holder.show()
        district = context.district
        self.about.setText(
            self.tr(
                "Aggregation: {aggregation}. {experts} experts counted, drawn with "
                "replacement by weight; {draws} draws (seed {seed})."
            ).format(
                experts=experts,
                aggregation=AGGREGATIONS[result.method].name.get(context.language),
                draws=f"{result.draws:,}",
                seed=self._settings().seed,
            )
        )
        top = int(result.reference_top[district])
        self.status.setText(
            self.tr(
                "Probability that {top}, the full panel's top strategy, stays on top in "
                "{district}: {chance:.1f} %"
            ).format(
                top=context.strategy_names()[top],
                district=context.district_name(),
                chance=100 * result.top_stays_top[district],
            )
        )
        strategies = context.strategy_labels()
        self.acceptability.show_acceptability(
            100 * result.rank_probability[district],
            strategies,
            [self.tr("rank {n}").format(n=n + 1) for n in range(len(strategies))],
            self.tr("{district}: chance of each rank when the panel is redrawn").format(
                district=context.district_name()
            ),
            self.tr("% of draws"),
        )
