"""Shared set-up of the export tests: a session with planner text, the engine's own results."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session, evaluate
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import PAIRWISE_MODE, IndicatorEdit

SAMPLES = 300  # enough for rank acceptability to differ from 0/1 somewhere; quick to run
INJECTIONS = (
    '=HYPERLINK("http://example.invalid","click")',
    "+1",
    "-1",
    "@SUM(A1:A9)",
    "\tx",
    "\rx",
)


def planner_session(model, notes: str = "Notes of the planner", source: str = "survey 2023"):
    """A session that differs from the default (α, one judgment noise setting, an edit)."""
    session = default_session(model)
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, source)
    return replace(
        session,
        alpha=0.7,
        notes=notes,
        indicator_edits=(edit,),
        monte_carlo=replace(session.monte_carlo, samples=SAMPLES, seed=7),
    )


def engine(model, session):
    """The evaluation and sensitivity bundle the export should agree with."""
    evaluation = evaluate(model, session)
    return evaluation, sensitivity_bundle(evaluation)


CIRCULAR = "C3"  # strategies judged pairwise, circular and incomplete
UNSERVED = "C5"  # every strategy rated "none"


def hostile_session(model):
    """Incomplete circular strategy judgments, an unserved criterion, a value of 2.5."""
    s = model.strategy_ids
    strategies = PairwiseJudgments.from_pairs(
        CIRCULAR,
        s,
        [
            (s[0], s[1], 9),
            (s[1], s[2], 9),
            (s[2], s[0], 9),
            (s[2], s[3], 1),
            (s[3], s[4], 1),
            (s[4], s[5], 2.5),
        ],
    )
    session = (
        planner_session(model)
        .with_mode(CIRCULAR, PAIRWISE_MODE)
        .with_strategy_judgments(strategies)
    )
    for strategy in s:
        session = session.with_rating(strategy, UNSERVED, model.rating_scale.levels[0])
    return session


PANEL_EXPERTS = (  # name, organisation, weight: codes pass the language checks in both
    ("E2", "U1", 2.0),
    ("E3", "B2", 1.0),
    ("E4", "U3", 0.5),
    ("E5", "B4", 1.0),
)


def panel_session(model, spread: float = 0.9, seed: int = 11, base=None):
    """base (default: planner_session) with four more experts (five in all) whose every
    judgment is the lead's times exp(N(0, spread)) on the scale: they disagree, and some judge
    inconsistently."""
    from strategies.panel.experts import Expert
    from strategies.panel.session_panel import with_expert

    rng = np.random.default_rng(seed)
    session = base or planner_session(model)
    for index, (name, organisation, weight) in enumerate(PANEL_EXPERTS, start=2):
        judgments = {
            node: _noisy(judged, rng, spread) for node, judged in session.criteria_judgments.items()
        }
        expert = Expert(f"e{index}", name, organisation, weight, criteria_judgments=judgments)
        session = with_expert(session, expert)
    return session


def _noisy(judgments: PairwiseJudgments, rng, spread: float) -> PairwiseJudgments:
    pairs = [
        (a, b, float(np.clip(v * np.exp(rng.normal(0.0, spread)), 1 / 9, 9)))
        for a, b, v in judgments.pairs()
    ]
    return PairwiseJudgments.from_pairs(judgments.node, judgments.items, pairs)
