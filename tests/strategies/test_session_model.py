"""Schema 6: a session file carries the model it was made with, so that it opens the same
anywhere; files of schemas 1–5 open as before."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from session_file_cases import FIXED_INFO, MODEL

from criteria.text import LocalText
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.model_edit import add_node, add_strategy, empty_model, reconcile, remove_district
from strategies.panel.session_panel import session_evaluation
from strategies.session_file import (
    FormatMigrated,
    SessionFileError,
    example_session_path,
    read_session,
    session_bytes,
    session_to_dict,
    write_session,
)
from strategies.session_io import schema

DATA = Path(__file__).parent.parent / "data"
OLD_FILES = ("v1", "v2", "v3", "v3_edits", "v4", "v5")
NEW = LocalText("新准则", "New criterion")


def edited_model():
    model, node = add_node(MODEL, "L1", NEW)
    model, _ = add_strategy(model, LocalText("新策略", "New strategy"))
    return remove_district(model, "sanshui"), node


@pytest.mark.parametrize("name", OLD_FILES)
def test_files_of_every_older_schema_still_open_and_rank(name):
    loaded = read_session(DATA / f"session_{name}.cspsession", MODEL)
    version = 3 if name == "v3_edits" else int(name[1])
    assert loaded.schema_version == version and loaded.model is MODEL
    assert loaded.warnings[0] == FormatMigrated(version, schema.SCHEMA_VERSION)
    assert not loaded.carries_other_model(MODEL)
    evaluation = session_evaluation(MODEL, loaded.session)
    assert evaluation.priorities.shape == (5, 6)
    resaved = json.loads(session_bytes(loaded.session, MODEL, loaded.info))
    assert resaved["model"]["tables"] == dict(MODEL.tables)


def test_the_frozen_v5_file_differs_from_the_current_only_by_the_model_it_carries():
    old = json.loads((DATA / "session_v5.cspsession").read_text(encoding="utf-8"))
    loaded = read_session(DATA / "session_v5.cspsession", MODEL)
    assert loaded.session.experts.experts[0].id == "planner"
    new = session_to_dict(loaded.session, MODEL, loaded.info)
    assert (old.pop("schema_version"), new.pop("schema_version")) == (5, 6)
    assert new["model"].pop("tables") == dict(MODEL.tables)
    assert new == old


def test_a_v6_file_resaves_byte_for_byte(tmp_path):
    model, _ = edited_model()
    path = tmp_path / "edited.cspsession"
    session = reconcile(default_session(MODEL), MODEL, model).session
    write_session(path, session, model, FIXED_INFO)
    loaded = read_session(path, model)
    write_session(tmp_path / "again.cspsession", loaded.session, loaded.model, loaded.info)
    assert (tmp_path / "again.cspsession").read_bytes() == path.read_bytes()
    example = example_session_path()
    shipped = read_session(example, MODEL)
    assert shipped.schema_version == schema.SCHEMA_VERSION
    assert session_bytes(shipped.session, MODEL, shipped.info) == example.read_bytes()


def test_a_file_of_an_edited_model_opens_with_that_model_anywhere(tmp_path):
    model, node = edited_model()
    before = reconcile(default_session(MODEL), MODEL, model).session
    path = tmp_path / "edited.cspsession"
    write_session(path, before, model, FIXED_INFO)
    loaded = read_session(path, MODEL)  # opened where the shipped model is at hand
    assert loaded.carries_other_model(MODEL) and not loaded.carries_other_model(model)
    assert loaded.model.content_hash == model.content_hash
    assert node in loaded.model.criteria and "sanshui" not in loaded.model.district_ids
    assert loaded.session == before and loaded.warnings == ()
    assert evaluate(loaded.model, loaded.session).weights.nodes["L1"].provisional


def test_a_file_of_another_model_id_opens_with_its_own_model(tmp_path):
    other = empty_model(LocalText("莲花", "Lotus"), "lotus")
    path = tmp_path / "lotus.cspsession"
    write_session(path, default_session(other), other, FIXED_INFO)
    loaded = read_session(path, MODEL)
    assert loaded.model.id == "lotus" and loaded.model.content_hash == other.content_hash
    old_style = json.loads(path.read_text(encoding="utf-8"))
    old_style["model"]["tables"] = None  # names its model only: refused as before
    (tmp_path / "named.cspsession").write_text(json.dumps(old_style), encoding="utf-8")
    with pytest.raises(SessionFileError, match="lotus"):
        read_session(tmp_path / "named.cspsession", MODEL)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda m: m["tables"]["model"]["model"].update(version="9"), "not the one it names"),
        (lambda m: m["tables"]["criteria"].pop("goal"), "cannot be used"),
        (lambda m: m["tables"].update(extra={}), "cannot be used"),
        (
            lambda m: m["tables"]["districts"].update(districts=[{"id": "x", "name_en": None}]),
            "cannot be used",
        ),
        (lambda m: m.update(tables=[1]), "expected an object"),
        (lambda m: m.update(content_hash="0" * 64), "not the one it names"),
        (lambda m: m.update(content_hash="x"), "64 hexadecimal digits"),
        (lambda m: m.update(content_hash=m["content_hash"].upper()), "64 hexadecimal digits"),
    ],
)
def test_a_carried_model_changed_by_hand_is_refused_at_its_path(tmp_path, change, words):
    document = session_to_dict(default_session(MODEL), MODEL, FIXED_INFO)
    change(document["model"])
    path = tmp_path / "bad.cspsession"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SessionFileError, match=words) as raised:
        read_session(path, MODEL)
    where = "model.content_hash" if "digits" in words else "model.tables"
    assert raised.value.path.startswith(where)


def test_a_v6_file_may_leave_a_node_s_new_pairs_missing(tmp_path):
    model, node = add_node(MODEL, "L3", NEW)
    session = reconcile(default_session(MODEL), MODEL, model).session
    assert not session.criteria_judgments["L3"].is_connected()
    write_session(tmp_path / "s.cspsession", session, model, FIXED_INFO)
    loaded = read_session(tmp_path / "s.cspsession", model)
    assert loaded.session.criteria_judgments["L3"] == session.criteria_judgments["L3"]
    weights = evaluate(model, loaded.session).weights.nodes["L3"]
    assert weights.provisional and weights.missing_pairs == 3


def test_a_model_without_its_own_tables_writes_a_file_that_names_it_only():
    for bare in (replace(load_model(), tables={}), replace(load_model(), content_hash="0" * 64)):
        document = session_to_dict(default_session(bare), bare, FIXED_INFO)
        assert document["model"]["tables"] is None
        assert session_bytes(default_session(bare), bare, FIXED_INFO)  # reads back
