"""Run a panel resampling in a pool thread; its result comes back as a signal.

The Monte Carlo runner's pattern without progress or cancel (a run takes well under a
second): each run has a number, and the outcome of a run that was replaced is dropped, so a
late result never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal


class _JobSignals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job:
    """One run, called once on a pool thread."""

    def __init__(self, number: int, work: Callable[[], object], signals: _JobSignals):
        self.number, self.work, self.signals = number, work, signals

    def __call__(self) -> None:
        try:
            result = self.work()
        except (ValueError, ArithmeticError) as error:
            self.signals.failed.emit(self.number, str(error))
        else:
            self.signals.finished.emit(self.number, result)


class PanelResamplingRunner(QObject):
    """Starts runs and forwards the outcome of the current one."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # No parent: a job that outlives the runner can still emit into a live object.
        self._signals = _JobSignals()
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._number = 0
        self._job: _Job | None = None  # the current run only (see MonteCarloRunner)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, work: Callable[[], object]) -> None:
        """Start a run of work; the outcome of a run still going is ignored."""
        self._number += 1
        self._job = _Job(self._number, work, self._signals)
        QThreadPool.globalInstance().start(self._job)

    def _current(self, number: int) -> bool:
        return self._job is not None and number == self._number

    def _on_finished(self, number: int, result) -> None:
        if self._current(number):
            self._job = None
            self.finished.emit(result)

    def _on_failed(self, number: int, detail: str) -> None:
        if self._current(number):
            self._job = None
            self.failed.emit(detail)
