"""The Monte Carlo runner keeps only its current run: finished, cancelled and replaced runs are
forgotten, so a session of many runs holds no more than one."""

import gc
import weakref

from PySide6.QtCore import QThreadPool

from desktop.monte_carlo_runner import MonteCarloRunner
from strategies.evaluation import evaluate
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.session import MonteCarloSettings

RUNS = 25
SETTINGS = MonteCarloSettings(spread=0.2, samples=20, seed=3)


def _job_of(runner, problem, settings=SETTINGS):
    runner.start(problem, settings)
    return weakref.ref(runner._job)


def test_finished_runs_are_forgotten(qtbot, document):
    runner = MonteCarloRunner()
    problem = MonteCarloProblem.from_evaluation(evaluate(document.model, document.session))
    jobs, results = [], []
    runner.finished.connect(results.append)
    for _ in range(RUNS):
        jobs.append(_job_of(runner, problem))
        qtbot.waitUntil(lambda: not runner.running, timeout=20000)
    QThreadPool.globalInstance().waitForDone()
    gc.collect()
    assert len(results) == RUNS
    assert [job for job in jobs if job() is not None] == []


def test_replaced_and_cancelled_runs_are_forgotten(qtbot, document):
    runner = MonteCarloRunner()
    problem = MonteCarloProblem.from_evaluation(evaluate(document.model, document.session))
    jobs = [_job_of(runner, problem) for _ in range(RUNS)]  # each replaces the one before
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.running, timeout=20000)
    QThreadPool.globalInstance().waitForDone()
    gc.collect()
    assert [job for job in jobs if job() is not None] == []
