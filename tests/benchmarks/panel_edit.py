"""Benchmark: an edit of one expert's judgment → the panel's combined ranking and chart
repainted in the real window, with 30 experts; run as ``QT_QPA_PLATFORM=offscreen python -m
tests.benchmarks.panel_edit`` from the checkout's root (so that this checkout is measured).

The window shows the Ranking tab (one district: table and contribution chart); each edit goes
through the document as the judgment editor sends it (CriteriaNode.apply), then the events are
processed and the ranking view repainted. Prints the median per aggregation against the same
edit of a session of one planner (the baseline, today's window), measured in the same run.
Target (issue 13): ≤ 50 ms median.
"""

from __future__ import annotations

import statistics
import time

import numpy as np
from PySide6.QtWidgets import QApplication

from criteria.judgments import PairwiseJudgments
from desktop.document import Document
from desktop.i18n import Language
from desktop.main_window import MainWindow
from desktop.views.judgment_target import CriteriaNode
from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import new_expert, with_aggregation, with_expert

EXPERTS = 30
EDITS = 25


def noisy(judgments: PairwiseJudgments, rng: np.random.Generator) -> PairwiseJudgments:
    pairs = [
        (a, b, float(np.clip(v * np.exp(rng.normal(0, 0.6)), 1 / 9, 9)))
        for a, b, v in judgments.pairs()
    ]
    return PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)


def panel_session(model, experts: int):
    session = default_session(model)
    rng = np.random.default_rng(13)
    for k in range(experts - 1):
        expert = new_expert(session, model, f"Expert {k + 2}")
        judged = {n: noisy(j, rng) for n, j in expert.criteria_judgments.items()}
        session = with_expert(
            session, expert.__class__(**{**vars(expert), "criteria_judgments": judged})
        )
    return session


def edits(app: QApplication, window: MainWindow, expert: str) -> float:
    """Median seconds of an edit of expert's goal judgment → ranking repainted."""
    document = window.document
    document.choose_expert(expert)
    target = CriteriaNode(document.model.hierarchy.goal)
    rng = np.random.default_rng(5)
    times = []
    for _ in range(EDITS):
        judgments = target.judgments(document)
        a, b = judgments.items[:2]
        value = float(rng.choice([1 / 7, 1 / 3, 3.0, 5.0, 7.0]))
        start = time.perf_counter()
        target.apply(document, judgments.with_value(a, b, value), "edit")
        app.processEvents()
        window.ranking.repaint()
        times.append(time.perf_counter() - start)
        document.end_merge()
    return statistics.median(times)


def window_for(app: QApplication, document: Document, language: Language) -> MainWindow:
    window = MainWindow(document, language)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.ranking)
    window.ranking.district.setCurrentIndex(1)
    app.processEvents()
    return window


def main() -> None:
    app = QApplication.instance() or QApplication([])
    language = Language()
    language.set("en")
    model = load_model()
    single = window_for(app, Document(model), language)
    baseline = edits(app, single, single.document.session.experts.experts[0].id)
    single.document.undo_stack.setClean()
    single.close()
    print(f"Edit of one judgment → ranking repainted, panel of {EXPERTS} experts (1366×768)")
    print(f"{'case':40} {'median':>10} {'baseline':>10} {'ratio':>7}")
    print(
        f"{'one planner (baseline)':40} {baseline * 1000:8.2f}ms {baseline * 1000:8.2f}ms {1:7.1f}x"
    )
    session = panel_session(model, EXPERTS)
    for method in Aggregation:
        document = Document(model, with_aggregation(session, method))
        window = window_for(app, document, language)
        expert = document.session.experts.experts[EXPERTS // 2].id
        spent = edits(app, window, expert)
        print(
            f"{method.value + ', expert ' + expert:40} {spent * 1000:8.2f}ms "
            f"{baseline * 1000:8.2f}ms {spent / baseline:7.1f}x"
        )
        document.undo_stack.setClean()
        window.close()


if __name__ == "__main__":
    main()
