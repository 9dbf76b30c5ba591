"""One lazy Analyses per evaluation, kept by the document: the Sensitivity pages and the
window's exports share it, so an export after viewing the pages computes nothing again."""

import json
from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool

import desktop.monte_carlo_runner as runner_module
import strategies.sensitivity.analyses as analyses_module
from desktop.export.service import export_report
from desktop.sensitivity.registry import PAGES

# Every analysis a page or an export makes, by the name under which its maker calls it.
COUNTED = {
    analyses_module: (
        "gradient_sweep",
        "rank_reversal_thresholds",
        "alpha_sweep",
        "alpha_stability",
        "run_monte_carlo",
    ),
    runner_module: ("run_monte_carlo",),
}
SAMPLES = 300  # a short Monte Carlo keeps the test quick; the sharing is the same


@pytest.fixture
def calls(monkeypatch):
    counted = Counter()
    for module, names in COUNTED.items():
        for name in names:
            real = getattr(module, name)

            def counting(*args, _real=real, _name=name, **kwargs):
                counted[_name] += 1
                return _real(*args, **kwargs)

            monkeypatch.setattr(module, name, counting)
    return counted


@pytest.fixture
def short_run(document):
    session = document.session
    document.replace_all(
        replace(session, monte_carlo=replace(session.monte_carlo, samples=SAMPLES))
    )


@pytest.fixture
def view(window, qtbot, short_run):
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    yield view
    view.monte_carlo.runner.cancel()
    QThreadPool.globalInstance().waitForDone()


def visit_every_page(view, qtbot):
    for index in range(len(PAGES)):
        view.pages.setCurrentIndex(index)
    page = view.monte_carlo
    qtbot.waitUntil(lambda: page.result is not None and not page.runner.running, timeout=20000)


def test_an_export_after_the_pages_computes_no_analysis_again(window, view, calls, qtbot, tmp_path):
    visit_every_page(view, qtbot)
    seen = dict(calls)
    assert seen["gradient_sweep"] == seen["alpha_sweep"] == 1
    assert seen["rank_reversal_thresholds"] == 1 and seen["run_monte_carlo"] == 1
    assert window.export_action.export_to(tmp_path / "plan.json")
    assert dict(calls) == seen
    report = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert report["settings"]["monte_carlo"]["available"] is True
    result = view.monte_carlo.result
    top = int(result.reference_top[0])
    shown = report["districts"][0]["ranking"]
    row = next(r for r in shown if r["strategy"] == window.document.model.strategies[top].id)
    assert row["rank_probabilities"][0] == pytest.approx(result.rank_acceptability[0, top, 0])
    firmness = report["districts"][0]["firmness"]
    assert firmness["top_stays_top"] == pytest.approx(result.top_stays_top[0])


def test_an_export_without_the_documents_analyses_computes_them(view, calls, qtbot, tmp_path):
    """The control: the command line makes its own, so the counts above can fail."""
    visit_every_page(view, qtbot)
    seen = Counter(calls)
    export_report(view.document.evaluation, tmp_path / "plan.json", "en")
    for name in ("gradient_sweep", "rank_reversal_thresholds", "alpha_sweep", "run_monte_carlo"):
        assert calls[name] == seen[name] + 1, name


def test_the_pages_draw_an_export_s_monte_carlo_without_running_it(
    window, document, calls, qtbot, tmp_path, short_run
):
    assert window.export_action.export_to(tmp_path / "plan.json")
    assert calls["run_monte_carlo"] == 1
    window.tabs.setCurrentWidget(window.sensitivity_tab)
    view = window.sensitivity_tab.view
    view.pages.setCurrentWidget(view.monte_carlo)
    qtbot.waitUntil(lambda: view.monte_carlo.result is not None, timeout=20000)
    assert view.monte_carlo.result is document.analyses.finished_monte_carlo(
        document.session.monte_carlo
    )
    assert not view.monte_carlo.runner.running
    assert "stays on top" in view.monte_carlo.status.text()
    assert calls["run_monte_carlo"] == 1 and calls["gradient_sweep"] == 1


def test_the_document_drops_its_analyses_when_an_input_changes(document):
    first = document.analyses
    assert document.analyses is first
    document.apply(replace(document.session, notes="why"), "notes")
    settings = replace(document.session.monte_carlo, samples=500)
    document.apply(replace(document.session, monte_carlo=settings), "samples")
    assert document.analyses is first  # notes and Monte Carlo settings are no input of it
    document.apply(replace(document.session, alpha=0.3), "alpha")
    assert document.analyses is not first
    assert document.analyses.evaluation is document.evaluation
    document.undo_stack.undo()
    assert document.analyses.evaluation.session.alpha != 0.3
