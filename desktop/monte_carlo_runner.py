"""Run a Monte Carlo in a pool thread with progress and cancel; results come back as signals.

Each run has a number; signals of a run that was replaced or cancelled are dropped, so a
late result never overwrites a newer one.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, QThreadPool, Signal

from strategies.sensitivity.montecarlo import Cancelled, NoSamplesKept, run_monte_carlo
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.session import MonteCarloSettings


class _JobSignals(QObject):
    progressed = Signal(int, int, int)
    finished = Signal(int, object)
    cancelled = Signal(int)
    nothing_kept = Signal(int)


class _Job:
    """One run: called once on a pool thread, told to stop through ``stop``."""

    def __init__(
        self,
        number: int,
        problem: MonteCarloProblem,
        settings: MonteCarloSettings,
        signals: _JobSignals,
    ):
        self.number, self.problem, self.settings, self.signals = number, problem, settings, signals
        self.stop = threading.Event()

    def __call__(self) -> None:
        settings = self.settings
        try:
            result = run_monte_carlo(
                self.problem,
                settings.spread,
                settings.samples,
                np.random.default_rng(settings.seed),
                settings.discard_inconsistent,
                self._progress,
            )
        except Cancelled:
            self.signals.cancelled.emit(self.number)
        except NoSamplesKept:
            self.signals.nothing_kept.emit(self.number)
        else:
            self.signals.finished.emit(self.number, result)

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(self.number, done, total)
        return not self.stop.is_set()


class MonteCarloRunner(QObject):
    """Starts runs, forwards the current run's progress and outcome."""

    progressed = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    nothing_kept = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # No parent: a job that outlives the runner can still emit into a live object.
        self._signals = _JobSignals()
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.nothing_kept.connect(self._on_nothing_kept)
        self._number = 0
        # Only the current run is kept: the pool holds each job it was given until the job
        # returns (a Python callable, not a QRunnable that Python could free while it runs),
        # so a finished or replaced run is forgotten and many runs do not add up.
        self._job: _Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, problem: MonteCarloProblem, settings: MonteCarloSettings) -> None:
        """Start a run; a run still going is told to stop and its outcome is ignored."""
        if self._job is not None:
            self._job.stop.set()
        self._number += 1
        self._job = _Job(self._number, problem, settings, self._signals)
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.stop.set()

    def _current(self, number: int) -> bool:
        return self._job is not None and number == self._number

    def _on_progressed(self, number: int, done: int, total: int) -> None:
        if self._current(number):
            self.progressed.emit(done, total)

    def _on_finished(self, number: int, result) -> None:
        if self._current(number):
            self._job = None
            self.finished.emit(result)

    def _on_cancelled(self, number: int) -> None:
        if self._current(number):
            self._job = None
            self.cancelled.emit()

    def _on_nothing_kept(self, number: int) -> None:
        if self._current(number):
            self._job = None
            self.nothing_kept.emit()
