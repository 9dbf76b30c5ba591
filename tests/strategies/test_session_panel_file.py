"""Experts in the session file: older files open as a panel of one that evaluates as before,
a panel survives a save byte for byte, and hostile expert records are refused by path."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from panel_cases import BASE, MODEL, expert
from session_file_cases import FIXED_INFO

from strategies.evaluation import evaluate
from strategies.panel.methods import Aggregation
from strategies.panel.session_panel import session_evaluation, with_expert
from strategies.session import LEAD_EXPERT
from strategies.session_file import (
    FormatMigrated,
    SessionFileError,
    read_session,
    session_bytes,
    session_from_dict,
    session_to_dict,
    write_session,
)
from strategies.session_io import schema

DATA = Path(__file__).parents[1] / "data"


def _panel_session(size: int = 3, aggregation: Aggregation = Aggregation.AIJ):
    rng = np.random.default_rng(11)
    session = BASE
    for index in range(1, size):
        session = with_expert(session, expert(index, rng))
    return replace(session, aggregation=aggregation)


def test_frozen_v3_file_opens_as_a_panel_of_the_planner_that_ranks_as_before():
    old = json.loads((DATA / "session_v3.cspsession").read_text(encoding="utf-8"))
    loaded = read_session(DATA / "session_v3.cspsession", MODEL)
    assert loaded.warnings[0] == FormatMigrated(3, schema.SCHEMA_VERSION)
    assert [e.id for e in loaded.session.experts.experts] == [LEAD_EXPERT]
    assert loaded.session.aggregation is Aggregation.AIJ
    judged = loaded.session.criteria_judgments["goal"]
    saved = old["criteria_judgments"]["goal"]["pairs"][0]
    assert judged.value(saved["a"], saved["b"]) == pytest.approx(saved["value"])
    as_before = evaluate(MODEL, loaded.session)
    assert np.array_equal(
        session_evaluation(MODEL, loaded.session).priorities, as_before.priorities
    )


def test_v3_document_differs_from_the_current_only_by_the_panel_data_and_version():
    old = json.loads((DATA / "session_v3.cspsession").read_text(encoding="utf-8"))
    loaded = session_from_dict(old, MODEL)
    new = session_to_dict(loaded.session, MODEL, loaded.info)
    keys = list(old)
    at = keys.index("indicator_edits") + 1
    assert list(new) == [
        *keys[:8],
        "experts",
        "aggregation",
        *keys[8:at],
        "district_data",
        *keys[at:],
    ]
    assert new.pop("schema_version") == schema.SCHEMA_VERSION and old.pop("schema_version") == 3
    assert new.pop("district_data") == {
        "indicators": [],
        "values": [],
        "year": "latest",
        "years": {},
    }
    assert new.pop("aggregation") == "aij"
    lead = new.pop("experts")
    assert lead == [
        {
            "id": "planner",
            "name": "",
            "organisation": "",
            "weight": 1.0,
            "included": True,
            "note": "",
            "criteria_judgments": {},
            "strategy_effectiveness": {},
        }
    ]
    assert new["model"].pop("tables") == dict(MODEL.tables)
    assert new == old


@pytest.mark.parametrize("aggregation", list(Aggregation))
def test_a_panel_saves_opens_and_saves_byte_for_byte(tmp_path, aggregation):
    session = _panel_session(4, aggregation)
    first = tmp_path / "first.cspsession"
    write_session(first, session, MODEL, FIXED_INFO)
    loaded = read_session(first, MODEL)
    assert (loaded.session, loaded.warnings) == (session, ())
    second = tmp_path / "second.cspsession"
    write_session(second, loaded.session, MODEL, loaded.info)
    assert second.read_bytes() == first.read_bytes()


def test_an_expert_record_keeps_profile_and_partial_judgments():
    session = _panel_session(2)
    other = session.experts.experts[1]
    criterion, strategy = MODEL.criteria[2], MODEL.strategy_ids[1]
    changed = replace(
        other.with_rating(strategy, criterion, MODEL.rating_scale.levels[-1]),
        name="李工",
        organisation="规划院",
        weight=2.5,
        included=False,
        note="第二轮",
    )
    session = with_expert(session, changed)
    loaded = session_from_dict(session_to_dict(session, MODEL, FIXED_INFO), MODEL)
    assert loaded.session.experts.expert(other.id) == changed


def _document():
    document = session_to_dict(_panel_session(3), MODEL, FIXED_INFO)
    return json.loads(json.dumps(document))


def _refused(document) -> SessionFileError:
    with pytest.raises(SessionFileError) as raised:
        session_from_dict(document, MODEL)
    return raised.value


@pytest.mark.parametrize(
    ("value", "words"),
    [(-1.0, "outside"), ("NaN", "expected a number"), (1e300, "outside"), (True, "number")],
)
def test_an_unusable_weight_is_refused_by_path(value, words):
    document = _document()
    document["experts"][1]["weight"] = value
    error = _refused(document)
    assert error.path == "experts[1].weight" and words in error.message


def test_a_duplicate_expert_id_is_refused_by_path():
    document = _document()
    document["experts"][2]["id"] = document["experts"][1]["id"]
    error = _refused(document)
    assert error.path == "experts[2].id" and "another expert" in error.message


@pytest.mark.parametrize("node", ["nowhere", "C1", ""])
def test_judgments_of_a_node_the_model_lacks_are_refused_by_path(node):
    """Leaves (C1) and unknown names alike: only the model's judged nodes take judgments."""
    document = _document()
    judgments = document["experts"][1]["criteria_judgments"]
    judgments[node] = copy.deepcopy(judgments["goal"])
    error = _refused(document)
    assert error.path.startswith("experts[1].criteria_judgments")
    assert "not a judged node" in error.message


def test_a_rating_of_an_unknown_strategy_or_level_is_refused_by_path():
    document = _document()
    criterion = MODEL.criteria[0]
    level = MODEL.rating_scale.levels[0]
    effectiveness = document["experts"][1]["strategy_effectiveness"]
    effectiveness[criterion] = {"ratings": {"S99": level}, "judgments": None}
    assert _refused(document).path == f"experts[1].strategy_effectiveness.{criterion}.ratings.S99"
    effectiveness[criterion] = {"ratings": {MODEL.strategy_ids[0]: "huge"}, "judgments": None}
    assert "not one of" in _refused(document).message


def test_an_expert_who_left_a_node_blank_opens():
    document = _document()
    del document["experts"][2]["criteria_judgments"]["goal"]
    session = session_from_dict(document, MODEL).session
    assert "goal" not in session.experts.experts[2].criteria_judgments


def test_a_node_no_expert_taking_part_judged_is_refused_by_path():
    document = _document()
    document["experts"][0]["included"] = False
    for record in document["experts"][1:]:
        del record["criteria_judgments"]["goal"]
    error = _refused(document)
    assert error.path == "experts.criteria_judgments.goal" and "no expert" in error.message


def test_judgments_in_the_lead_record_are_refused():
    document = _document()
    document["experts"][0]["criteria_judgments"] = document["experts"][1]["criteria_judgments"]
    error = _refused(document)
    assert error.path == "experts[0]" and "session's own" in error.message


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(experts=[]), "experts"),
        (lambda d: d.update(aggregation="median"), "aggregation"),
        (lambda d: d["experts"][1].pop("note"), "experts[1]"),
        (lambda d: d["experts"][1].update(extra=1), "experts[1]"),
        (lambda d: d["experts"][1].update(id="  "), "experts[1].id"),
        (lambda d: d["experts"][1].update(included="yes"), "experts[1].included"),
        (
            lambda d: d["experts"][1]["criteria_judgments"]["goal"]["pairs"][0].update(value=12),
            "experts[1].criteria_judgments.goal.pairs[0].value",
        ),
    ],
)
def test_other_hostile_panels_are_refused_by_path(change, path):
    document = _document()
    change(document)
    assert _refused(document).path == path


def test_session_bytes_refuse_nothing_a_panel_holds():
    """Every weight the window lets a planner type saves and reads back."""
    session = _panel_session(3)
    for weight in (0.0, 1e-9, 1e6):
        heavy = replace(session.experts.experts[2], weight=weight)
        data = session_bytes(with_expert(session, heavy), MODEL, FIXED_INFO)
        assert json.loads(data)["experts"][2]["weight"] == weight


def test_a_blank_node_survives_save_and_open_and_resaves_byte_identical():
    session = _panel_session(3)
    second = session.experts.experts[2]
    kept = {n: j for n, j in second.criteria_judgments.items() if n != MODEL.hierarchy.goal}
    session = with_expert(session, replace(second, criteria_judgments=kept))
    text = json.dumps(session_to_dict(session, MODEL, FIXED_INFO), ensure_ascii=False)
    opened = session_from_dict(json.loads(text), MODEL).session
    assert opened.experts == session.experts
    again = json.dumps(session_to_dict(opened, MODEL, FIXED_INFO), ensure_ascii=False)
    assert again == text
    np.testing.assert_allclose(
        session_evaluation(MODEL, opened).priorities, session_evaluation(MODEL, session).priorities
    )
