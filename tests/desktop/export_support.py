"""Shared set-up of the export tests: a session with planner text, the engine's own results."""

from __future__ import annotations

from dataclasses import replace

from strategies.evaluation import default_session, evaluate
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import IndicatorEdit

SAMPLES = 300  # enough for rank acceptability to differ from 0/1 somewhere; quick to run
INJECTIONS = ('=HYPERLINK("http://example.invalid","click")', "+1", "-1", "@SUM(A1:A9)",
              "\tx", "\rx")


def planner_session(model, notes: str = "Notes of the planner", source: str = "survey 2023"):
    """A session that differs from the default (α, one judgment noise setting, an edit)."""
    session = default_session(model)
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, source)
    return replace(session, alpha=0.7, notes=notes, indicator_edits=(edit,),
                   monte_carlo=replace(session.monte_carlo, samples=SAMPLES, seed=7))


def engine(model, session):
    """The evaluation and sensitivity bundle the export should agree with."""
    evaluation = evaluate(model, session)
    return evaluation, sensitivity_bundle(evaluation)
