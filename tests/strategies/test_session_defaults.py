"""A model whose defaults are a session's criteria judgments and ratings (File → Save model
as…): written and read again, its default session ranks as the session did."""

from __future__ import annotations

import numpy as np
import pytest

from criteria.text import LocalText
from strategies import model_edit as core
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.model_edit import model_tables
from strategies.model_edit.session_defaults import session_keeps_more, with_session_defaults
from strategies.session import PAIRWISE_MODE


@pytest.fixture(scope="module")
def model():
    return load_model()


def _planner_session(model):
    """Judged and rated differently from the defaults, with a new item's pairs missing."""
    edited, added = core.add_node(model, "L2", LocalText("新", "New"))
    session = core.reconcile(default_session(model), model, edited).session
    judgments = session.criteria_judgments["L2"].with_value("C4", added, 3.0)
    session = session.with_criteria_judgments(judgments)
    level = edited.rating_scale.levels[-1]
    return edited, session.with_rating("S3", "C1", level), added


def test_an_unchanged_session_leaves_the_tables_as_they_were(any_model):
    saved = with_session_defaults(any_model, default_session(any_model))
    assert model_tables(saved) == model_tables(any_model)


def test_judgments_and_ratings_become_the_defaults_and_missing_pairs_stay_missing(model):
    edited, session, added = _planner_session(model)
    saved = with_session_defaults(edited, session)
    assert saved.default_judgments["L2"] == session.criteria_judgments["L2"]
    assert saved.default_judgments["L2"].value("C5", added) is None
    assert saved.default_ratings[("S3", "C1")].level == edited.rating_scale.levels[-1]
    assert saved.default_ratings[("S3", "C1")].reason.en  # says who rated it
    unchanged = saved.default_ratings[("S1", "C1")]
    assert unchanged == edited.default_ratings[("S1", "C1")]  # its reason kept


def test_the_folder_ranks_as_the_session_did(model, tmp_path):
    edited, session, _added = _planner_session(model)
    core.write_model_folder(with_session_defaults(edited, session), tmp_path / "saved")
    reread = load_model(tmp_path / "saved")
    again = evaluate(reread, default_session(reread))
    before = evaluate(edited, session)
    np.testing.assert_allclose(again.priorities, before.priorities, rtol=0, atol=1e-12)


def test_what_a_folder_cannot_hold_is_told(model):
    session = default_session(model)
    assert not session_keeps_more(session)
    assert session_keeps_more(session.with_mode("C1", PAIRWISE_MODE))
