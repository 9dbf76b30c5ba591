"""The Monte Carlo run the map is coloured by: the one kept for the current inputs, else one
started in the background (never on the GUI thread); the last finished run stays at hand so
the map keeps its colours while the next one runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.changes import Change
from desktop.document import Document
from desktop.monte_carlo_runner import MonteCarloRunner


class MapMonteCarlo(QObject):
    """updated(): a run finished (here or on the Sensitivity page) or kept nothing."""

    updated = Signal()

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.runner = MonteCarloRunner(self)
        self.last = None  # the last run shown, kept while a newer one runs
        self._pending_for: tuple | None = None  # (analyses, settings) of the run going
        self._nothing_kept_for: tuple | None = None
        self.runner.finished.connect(self._on_finished)
        self.runner.nothing_kept.connect(self._on_nothing_kept)
        document.monte_carlo_kept.connect(self.updated)
        document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, changes: Change) -> None:
        # The last run belongs to the model it ran on: after a model edit its districts and
        # strategies are not this model's (nor in this order), so the map waits for a new run.
        if changes & Change.MODEL:
            self.last = None

    def current(self):
        """The run for the current inputs if one is kept, else None after starting one (or
        while one runs). Returns at once."""
        analyses, settings = self.document.analyses, self.document.session.monte_carlo
        kept = analyses.finished_monte_carlo(settings)
        if kept is not None:
            if self.runner.running:
                self.runner.cancel()  # the Sensitivity page made the same run meanwhile
            self.last = kept
            return kept
        inputs = (analyses, settings)
        if not self.nothing_kept() and not (self.runner.running and self._same(inputs)):
            self._pending_for = inputs
            self.runner.start(analyses.problem, settings)
        return None

    @property
    def running(self) -> bool:
        return self.runner.running

    def nothing_kept(self) -> bool:
        """The run for the current inputs discarded every sample."""
        inputs = (self.document.analyses, self.document.session.monte_carlo)
        found = self._nothing_kept_for
        return found is not None and found[0] is inputs[0] and found[1] == inputs[1]

    def _same(self, inputs: tuple) -> bool:
        pending = self._pending_for
        return pending is not None and pending[0] is inputs[0] and pending[1] == inputs[1]

    def _on_finished(self, result) -> None:
        analyses, settings = self._pending_for
        self.document.keep_monte_carlo(analyses, settings, result)  # says updated if kept

    def _on_nothing_kept(self) -> None:
        self._nothing_kept_for = self._pending_for
        self.updated.emit()
