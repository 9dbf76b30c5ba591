"""Benchmark of the expert-panel core; run as ``python -m tests.benchmarks.panel`` from the
checkout's root (so that this checkout's code is measured).

A panel of 30 experts on the Foshan model (every judgment perturbed; a third of them leave a
pair out; one criterion judged pairwise, some ratings). Prints wall-clock medians of:
- panel resampling with 10,000 draws per aggregation, against the naive way (one
  ``panel_evaluation`` per draw, timed on a subset and scaled), the baseline run here;
- an edit of one expert's judgment → combined ranking (warm cache, as the window keeps one),
  per aggregation, against today's edit of a one-planner session (``evaluate``), the baseline;
- the panel view's extra work after such an edit: every expert's evaluation and S* per node;
- panel resampling as the Sensitivity page and the exports make it: a session of 30 experts
  through ``Analyses.panel_resampling`` (10,000 draws), against ``resample_panel`` called
  directly on the same panel, the baseline run here.
Targets (issue 13): resampling ≤ 1 s; edit → ranking and repaint ≤ 50 ms (core well under).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

import numpy as np

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.panel.combined import expert_evaluations, panel_evaluation
from strategies.panel.experts import Expert, Panel
from strategies.panel.methods import Aggregation
from strategies.panel.node_consensus import panel_consensus
from strategies.panel.session_panel import judging_panel, session_evaluation, with_expert
from strategies.sensitivity.analyses import Analyses
from strategies.sensitivity.panel_resampling import (
    ResamplingSettings,
    draw_counts,
    resample_panel,
)
from strategies.session import PAIRWISE_MODE

EXPERTS = 30
DRAWS = 10_000
NAIVE_DRAWS = 40


def timed(action, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def noisy(judgments, rng, drop: bool):
    pairs = [
        (a, b, float(np.clip(v * np.exp(rng.normal(0, 0.6)), 1 / 9, 9)))
        for a, b, v in judgments.pairs()
    ]
    result = PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)
    if drop and len(judgments.items) > 2:
        a, b, _ = result.pairs()[0]
        result = result.with_value(a, b, None)
    return result


def build():
    model = load_model()
    criterion = model.criteria[1]
    base = default_session(model).with_mode(criterion, PAIRWISE_MODE)
    rng = np.random.default_rng(13)
    levels = model.rating_scale.levels
    experts = []
    for k in range(EXPERTS):
        judgments = {n: noisy(j, rng, k % 3 == 0) for n, j in base.criteria_judgments.items()}
        strategy = PairwiseJudgments.neutral(criterion, model.strategy_ids)
        ratings = {
            (s, model.criteria[2]): levels[rng.integers(len(levels))] for s in model.strategy_ids
        }
        experts.append(
            Expert(
                f"e{k}",
                f"Expert {k}",
                weight=float(rng.uniform(0.5, 2.0)),
                criteria_judgments=judgments,
                ratings=ratings,
                strategy_judgments={criterion: noisy(strategy, rng, False)},
            )
        )
    return model, base, Panel(tuple(experts))


def naive_resampling(model, base, panel, method, draws):
    counts = draw_counts(np.asarray(panel.participant_weights()), draws, np.random.default_rng(1))
    cache: dict = {}
    for row in counts:
        drawn = tuple(
            Expert(
                e.id,
                e.name,
                weight=c,
                criteria_judgments=e.criteria_judgments,
                ratings=e.ratings,
                strategy_judgments=e.strategy_judgments,
            )
            for e, c in zip(panel.participants, row, strict=True)
            if c > 0
        )
        panel_evaluation(model, base, Panel(drawn), method, cache)


def edits(model, base, panel, method):
    """Median time of an edit of one expert's goal judgments → combined ranking."""
    cache: dict = {}
    panel_evaluation(model, base, panel, method, cache)
    rng = np.random.default_rng(5)
    times = []
    for k in range(25):
        expert = panel.experts[k % EXPERTS]
        goal = model.hierarchy.goal
        changed = expert.with_criteria_judgments(noisy(expert.criteria_judgments[goal], rng, False))
        panel = panel.with_expert(changed)
        start = time.perf_counter()
        panel_evaluation(model, base, panel, method, cache)
        times.append(time.perf_counter() - start)
    return statistics.median(times), panel


def main() -> None:
    model, base, panel = build()
    print(
        f"Panel of {EXPERTS} experts, {len(model.district_ids)} districts, "
        f"{len(model.strategy_ids)} strategies, {len(model.criteria)} criteria"
    )
    print(f"{'case':58} {'median':>10} {'baseline':>10} {'ratio':>8}")
    for method in Aggregation:
        fast = timed(
            lambda m=method: resample_panel(model, base, panel, m, DRAWS, np.random.default_rng(2)),
            3,
        )
        naive = timed(lambda m=method: naive_resampling(model, base, panel, m, NAIVE_DRAWS), 1)
        naive *= DRAWS / NAIVE_DRAWS
        print(
            f"{'resampling ' + str(DRAWS) + ' draws, ' + method.value:58} {fast:9.3f}s "
            f"{naive:9.1f}s {naive / fast:7.0f}x"
        )
    cache: dict = {}
    evaluate(model, base, cache)
    single = timed(
        lambda: evaluate(
            model,
            base.with_criteria_judgments(
                noisy(
                    base.criteria_judgments[model.hierarchy.goal], np.random.default_rng(3), False
                )
            ),
            cache,
        ),
        25,
    )
    for method in Aggregation:
        edit, _ = edits(model, base, panel, method)
        print(
            f"{'edit of one judgment -> combined ranking, ' + method.value:58} "
            f"{edit * 1000:8.2f}ms {single * 1000:8.2f}ms {edit / single:7.1f}x"
        )
    view_cache: dict = {}
    expert_evaluations(model, base, panel, view_cache)

    def view() -> None:
        own = expert_evaluations(model, base, panel, view_cache)
        combined = panel_evaluation(model, base, panel, Aggregation.AIJ, view_cache)
        panel_consensus(model.hierarchy, own, panel.participant_weights(), combined.node_weights)

    spent = timed(view, 9)
    print(
        f"{'panel view: every expert evaluated + S* per node (warm)':58} "
        f"{spent * 1000:8.2f}ms {single * 1000:8.2f}ms {spent / single:7.1f}x"
    )
    through_analyses(model, base, panel)


def through_analyses(model, base, panel) -> None:
    """The page's and the exports' path: a session of EXPERTS experts (the lead and the
    panel's first EXPERTS − 1), a fresh Analyses each time (it keeps its run)."""
    session = base
    for expert in panel.experts[: EXPERTS - 1]:
        session = with_expert(session, expert)
    settings = ResamplingSettings.of(session.monte_carlo)
    for method in Aggregation:
        chosen = replace(session, aggregation=method)
        evaluation = session_evaluation(model, chosen)
        assert Analyses(evaluation, session=chosen).counted_experts == EXPERTS
        spent = timed(
            lambda c=chosen, e=evaluation: Analyses(e, session=c).panel_resampling(settings), 3
        )
        direct = timed(
            lambda c=chosen, m=method: resample_panel(
                model, c, judging_panel(c), m, settings.draws, np.random.default_rng(settings.seed)
            ),
            3,
        )
        print(
            f"{'Analyses.panel_resampling ' + str(settings.draws) + ' draws, ' + method.value:58} "
            f"{spent:9.3f}s {direct:9.3f}s {spent / direct:7.2f}x"
        )


if __name__ == "__main__":
    main()
