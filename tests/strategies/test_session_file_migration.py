"""Older files and changed models: the frozen schema-1 file migrates, and a file made for
other model data keeps every judgment that still applies and says what changed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from session_file_cases import (
    FIXED_INFO,
    MODEL,
    add_criterion,
    copy_model,
    drop_record,
    write_fitted_ratings,
    write_neutral_judgments,
)

from criteria.judgments import PairwiseJudgments
from strategies.effectiveness import Synthesis
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.session import PAIRWISE_MODE
from strategies.session_file import (
    DistributiveKept,
    FormatMigrated,
    JudgmentsDropped,
    JudgmentsReset,
    ModelChanged,
    NeutralJudgmentsAdded,
    RatingsDefaulted,
    SessionFileError,
    UnknownIndicatorEdits,
    example_session_path,
    read_session,
    session_from_dict,
    session_to_dict,
    write_session,
)
from strategies.session_io import schema

DATA = Path(__file__).parents[1] / "data"
NO_DISTRICT_DATA = {"indicators": [], "values": [], "year": "latest", "years": {}}


def test_frozen_v1_file_migrates_with_every_judgment():
    loaded = read_session(DATA / "session_v1.cspsession", MODEL)
    session = loaded.session
    assert loaded.schema_version == 1
    assert loaded.warnings[:2] == (FormatMigrated(1, schema.SCHEMA_VERSION), DistributiveKept())
    assert session.synthesis is Synthesis.DISTRIBUTIVE
    goal = session.criteria_judgments["goal"]
    assert (goal.value("L1", "L2"), goal.value("L1", "L3"), goal.value("L2", "L3")) == (
        3.0,
        5.0,
        2.0,
    )
    layer = session.criteria_judgments["L1"]
    assert layer.missing_pairs() == (("C1", "C3"),)
    assert layer.value("C2", "C1") == pytest.approx(3.0)
    assert session.criteria_judgments["L2"].value("C4", "C5") == 0.25
    assert session.ratings[("S2", "C2")] == "very_strong"
    assert session.ratings[("S1", "C1")] == "moderate"  # as frozen in the file
    assert session.indicator_edits[0].source == "高明区统计局，2018年电子商务统计快报"
    assert (session.alpha, session.normalisation.value, session.notes[:6]) == (
        0.7,
        "min_max",
        "第一次研讨会",
    )
    assert session.random_index == "saaty" and session.strategy_judgments == {}
    created = datetime(2024, 5, 2, 8, 30, tzinfo=UTC)
    assert (loaded.info.created, loaded.info.modified, loaded.info.app_version) == (
        created,
        created,
        "0.0.9",
    )
    assert evaluate(MODEL, session).priorities.shape == (5, 6)


def test_v1_file_made_for_older_model_data_says_so_without_listing_changes():
    warnings = read_session(DATA / "session_v1.cspsession", MODEL).warnings
    changed = [w for w in warnings if isinstance(w, ModelChanged)]
    assert changed == [ModelChanged("0.9.0", MODEL.version, (), (), (), ())]


def test_migrated_file_saves_as_the_current_schema(tmp_path):
    loaded = read_session(DATA / "session_v1.cspsession", MODEL)
    path = tmp_path / "migrated.cspsession"
    write_session(path, loaded.session, MODEL, loaded.info)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert (saved["schema_version"], saved["synthesis"]) == (schema.SCHEMA_VERSION, "distributive")
    again = read_session(path, MODEL)
    current = schema.SCHEMA_VERSION
    assert (again.session, again.schema_version, again.warnings) == (loaded.session, current, ())


def test_frozen_v2_file_opens_as_distributive_and_keeps_its_results():
    """Schema 2 had no synthesis mode and its results were distributive: they stay so."""
    loaded = read_session(DATA / "session_v2.cspsession", MODEL)
    assert loaded.schema_version == 2
    assert loaded.warnings[:2] == (FormatMigrated(2, schema.SCHEMA_VERSION), DistributiveKept())
    assert loaded.session.synthesis is Synthesis.DISTRIBUTIVE
    evaluation = evaluate(MODEL, loaded.session)
    assert evaluation.effectiveness.sum(axis=0) == pytest.approx(np.ones(len(MODEL.criteria)))
    assert evaluation.priorities.sum(axis=1) == pytest.approx(np.ones(len(MODEL.districts)))
    assert loaded.session.alpha == 0.6 and loaded.session.notes


def test_v2_document_differs_from_the_current_only_by_added_keys_and_version():
    old = json.loads((DATA / "session_v2.cspsession").read_text(encoding="utf-8"))
    loaded = session_from_dict(old, MODEL)
    new = session_to_dict(loaded.session, MODEL, loaded.info)
    keys = list(old)
    assert list(new) == [
        *keys[:8],
        "experts",
        "aggregation",
        *keys[8:9],
        "district_data",
        *keys[9:11],
        "synthesis",
        *keys[11:],
    ]
    assert new.pop("district_data") == NO_DISTRICT_DATA
    assert new.pop("synthesis") == "distributive"
    assert new.pop("schema_version") == schema.SCHEMA_VERSION
    assert [e["id"] for e in new.pop("experts")] == ["planner"]
    assert new.pop("aggregation") == "aij"
    old.pop("schema_version")
    # A resave records the model it was saved with; the frozen file names an earlier edition.
    assert new["model"].pop("content_hash") == MODEL.content_hash
    assert new["model"].pop("tables") == dict(MODEL.tables)  # schema 6 carries the model
    old["model"].pop("content_hash")
    assert new == old


def test_a_session_of_the_current_schema_keeps_its_mode_without_notice():
    for synthesis in Synthesis:
        session = replace(default_session(MODEL), synthesis=synthesis)
        loaded = session_from_dict(session_to_dict(session, MODEL, FIXED_INFO), MODEL)
        assert (loaded.session.synthesis, loaded.warnings) == (synthesis, ())


def test_error_in_a_migrated_file_names_the_version():
    document = json.loads((DATA / "session_v1.cspsession").read_text(encoding="utf-8"))
    document["judgments"][0]["value"] = 10
    with pytest.raises(SessionFileError, match="migrated from schema version 1") as raised:
        session_from_dict(document, MODEL)
    assert raised.value.path == "criteria_judgments.goal.pairs[0].value"


def test_error_in_the_v1_structure_names_the_v1_field():
    document = json.loads((DATA / "session_v1.cspsession").read_text(encoding="utf-8"))
    document["ratings"][3] = "S1 C4 strong"
    with pytest.raises(SessionFileError) as raised:
        session_from_dict(document, MODEL)
    assert raised.value.path == "ratings[3]"


def test_example_session_opens_and_ranks():
    loaded = read_session(example_session_path(), MODEL)
    assert all(
        isinstance(w, ModelChanged)
        and not (
            w.added_criteria or w.removed_criteria or w.added_strategies or w.removed_strategies
        )
        for w in loaded.warnings
    )
    assert loaded.session.notes and loaded.session.criteria_judgments["L1"].missing_pairs()
    assert evaluate(MODEL, loaded.session).priorities.shape == (5, 6)


@pytest.fixture(scope="module")
def changed_model(tmp_path_factory):
    """The Foshan model without strategy S6 and with a new criterion C9 in layer L3."""
    folder = copy_model(tmp_path_factory.mktemp("model") / "foshan")
    drop_record(folder, "strategies.toml", "strategies", "S6")
    add_criterion(folder, "C9", "L3")
    write_neutral_judgments(folder)
    write_fitted_ratings(folder)
    return load_model(folder)


def _naming_its_model_only(document: dict) -> dict:
    """The document as a file that names its model but does not carry it (schemas 1–5, as
    migrated): it opens with the model at hand, fitted to it (new items judged 1). A file that
    carries its model opens with that one (tests/strategies/test_session_model.py)."""
    document["model"]["tables"] = None
    return document


def _judged_session():
    session = default_session(MODEL).with_mode("C1", PAIRWISE_MODE)
    layer = session.criteria_judgments["L3"].with_value("C6", "C7", 5).with_value("C6", "C8", None)
    strategies = (
        PairwiseJudgments.neutral("C1", MODEL.strategy_ids)
        .with_value("S1", "S6", 9)
        .with_value("S1", "S2", 4)
    )
    return replace(
        session.with_criteria_judgments(layer).with_strategy_judgments(strategies), alpha=0.8
    )


def test_changed_model_is_noticed_with_what_changed(changed_model):
    document = _naming_its_model_only(session_to_dict(_judged_session(), MODEL, FIXED_INFO))
    loaded = session_from_dict(document, changed_model)
    assert loaded.warnings[0] == ModelChanged(
        MODEL.version, changed_model.version, ("C9",), (), (), ("S6",)
    )
    assert NeutralJudgmentsAdded("L3", ("C9",)) in loaded.warnings
    assert RatingsDefaulted("C9", changed_model.strategy_ids) in loaded.warnings


def test_changed_model_keeps_every_judgment_that_still_applies(changed_model):
    before = _judged_session()
    document = _naming_its_model_only(session_to_dict(before, MODEL, FIXED_INFO))
    session = session_from_dict(document, changed_model).session
    layer = session.criteria_judgments["L3"]
    assert layer.items == ("C6", "C7", "C8", "C9")
    assert (layer.value("C6", "C7"), layer.value("C6", "C8")) == (5.0, None)
    assert {layer.value(c, "C9") for c in ("C6", "C7", "C8")} == {1.0}
    assert session.criteria_judgments["goal"] == before.criteria_judgments["goal"]
    strategies = session.strategy_judgments["C1"]
    assert strategies.items == changed_model.strategy_ids
    assert strategies.value("S1", "S2") == 4.0
    assert session.mode("C1") == PAIRWISE_MODE and session.alpha == 0.8
    assert ("S6", "C1") not in session.ratings
    assert session.ratings[("S1", "C1")] == before.ratings[("S1", "C1")]
    assert evaluate(changed_model, session).priorities.shape == (5, 5)


@pytest.fixture(scope="module")
def model_without_c8(tmp_path_factory):
    folder = copy_model(tmp_path_factory.mktemp("model") / "foshan")
    drop_record(folder, "criteria.toml", "criteria", "C8")
    write_neutral_judgments(folder)
    write_fitted_ratings(folder)
    return load_model(folder)


def test_node_left_disconnected_falls_back_to_neutral(model_without_c8):
    session = default_session(MODEL)
    layer = session.criteria_judgments["L3"].with_value("C6", "C7", None).with_value("C6", "C8", 3)
    document = session_to_dict(session.with_criteria_judgments(layer), MODEL, FIXED_INFO)
    loaded = session_from_dict(_naming_its_model_only(document), model_without_c8)
    assert JudgmentsReset("L3") in loaded.warnings
    assert loaded.session.criteria_judgments["L3"].all_pairs() == (("C6", "C7", 1.0),)
    assert loaded.warnings[0].removed_criteria == ("C8",)


def test_nodes_and_indicators_the_model_lacks_are_reported():
    document = session_to_dict(default_session(MODEL), MODEL, FIXED_INFO)
    document["criteria_judgments"]["L9"] = {
        "items": ["A", "B"],
        "pairs": [{"a": "A", "b": "B", "value": 2.0}],
    }
    document["indicator_edits"] = [
        {"indicator": "no_such_figure", "place": "city", "value": 1.0, "source": "memo"}
    ]
    loaded = session_from_dict(document, MODEL)
    assert JudgmentsDropped("L9") in loaded.warnings
    assert UnknownIndicatorEdits(("no_such_figure",)) in loaded.warnings
    assert "L9" not in loaded.session.criteria_judgments
    assert loaded.session.indicator_edits[0].indicator == "no_such_figure"  # kept, unused


def test_frozen_v3_file_differs_from_the_current_only_by_its_panel_data_and_version():
    """Schema 3 had no panel and no imported district data: it opens as a panel of the planner
    with none, everything else kept."""
    old = json.loads((DATA / "session_v3_edits.cspsession").read_text(encoding="utf-8"))
    loaded = session_from_dict(old, MODEL)
    assert loaded.warnings == (FormatMigrated(3, schema.SCHEMA_VERSION),)
    assert loaded.session.indicator_edits[-1].value == 12.5
    new = session_to_dict(loaded.session, MODEL, loaded.info)
    at = list(new).index("district_data")
    assert list(new)[at - 1] == "indicator_edits"
    assert new.pop("district_data") == NO_DISTRICT_DATA
    assert [e["id"] for e in new.pop("experts")] == ["planner"]
    assert new.pop("aggregation") == "aij"
    old.pop("schema_version"), new.pop("schema_version")
    new["model"].pop("content_hash"), old["model"].pop("content_hash")
    assert new["model"].pop("tables") == dict(MODEL.tables)
    assert new == old


def test_frozen_v4_file_differs_from_the_current_only_by_its_district_data_and_version():
    """Schema 4 (the panel) had no imported district data: it opens with none."""
    old = json.loads((DATA / "session_v4.cspsession").read_text(encoding="utf-8"))
    loaded = session_from_dict(old, MODEL)
    assert loaded.warnings[0] == FormatMigrated(4, schema.SCHEMA_VERSION)
    new = session_to_dict(loaded.session, MODEL, loaded.info)
    at = list(new).index("district_data")
    assert list(new)[at - 1] == "indicator_edits"
    assert new.pop("district_data") == NO_DISTRICT_DATA
    assert (old.pop("schema_version"), new.pop("schema_version")) == (4, schema.SCHEMA_VERSION)
    assert new["model"].pop("tables") == dict(MODEL.tables)
    assert new == old
