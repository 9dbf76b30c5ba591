"""Panel resampling through the shared Analyses: kept by draws and seed, refused without a
panel or without the experts' own judgments; the nearest level read as before."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from strategies.panel.experts import Panel
from strategies.panel.session_panel import session_evaluation, with_expert
from strategies.sensitivity.analyses import Analyses
from strategies.sensitivity.panel_resampling import (
    ResamplingSettings,
    _nearest,
    resample_session,
)
from tests.strategies.panel_cases import BASE, MODEL, panel


def _session(size: int):
    session = BASE
    for expert in panel(size - 1, seed=5).experts:
        session = with_expert(session, expert)
    return session


def test_a_run_is_kept_by_its_settings():
    session = _session(4)
    analyses = Analyses(session_evaluation(MODEL, session), session=session)
    assert analyses.counted_experts == 4
    settings = ResamplingSettings(500, 3)
    first = analyses.panel_resampling(settings)
    assert analyses.panel_resampling(settings) is first
    assert analyses.finished_panel_resampling(settings) is first
    core = resample_session(MODEL, session, settings)
    np.testing.assert_array_equal(first.rank_probability, core.rank_probability)
    other = analyses.panel_resampling(ResamplingSettings(500, 4))
    assert other is not first and analyses.finished_panel_resampling(settings) is first


def test_the_seed_is_the_monte_carlos():
    assert ResamplingSettings.of(BASE.monte_carlo).seed == BASE.monte_carlo.seed


def test_one_expert_counted_gives_no_resampling():
    analyses = Analyses(session_evaluation(MODEL, BASE), session=BASE)
    assert analyses.counted_experts == 1
    with pytest.raises(ValueError, match="at least two"):
        analyses.panel_resampling(ResamplingSettings(100, 1))


def test_a_panels_evaluation_alone_is_refused():
    """Without the session the experts' own judgments are gone: no made-up run."""
    session = _session(3)
    analyses = Analyses(session_evaluation(MODEL, session))
    with pytest.raises(ValueError, match="own judgments"):
        analyses.panel_resampling(ResamplingSettings(100, 1))


def test_experts_left_out_are_not_drawn():
    session = _session(3)
    left_out = [replace(e, included=False) for e in session.experts.experts[1:]]
    session = replace(session, experts=Panel((session.experts.experts[0], *left_out)))
    assert Analyses(session_evaluation(MODEL, session), session=session).counted_experts == 1


def test_the_nearest_level_is_the_lower_one_at_a_midpoint():
    values = np.array([9.0, 1.0, 3.0, 5.0, 7.0])
    means = np.concatenate([np.linspace(0, 10, 1001), [2.0, 4.0, 6.0, 8.0]])
    # The former reading (argmin of the distance over the scale in increasing order).
    ordered = np.sort(values)
    expected = ordered[np.abs(means[:, np.newaxis] - ordered).argmin(axis=-1)]
    np.testing.assert_array_equal(_nearest(values, means), expected)
    assert list(_nearest(values, np.array([2.0, 8.0]))) == [1.0, 7.0]
