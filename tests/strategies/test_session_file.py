"""The session file: round trip, byte-identical resave, atomic save, recovery, Chinese paths."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_file_cases import FIXED_INFO, MODEL, infos, sessions

from strategies.evaluation import default_session
from strategies.session import IndicatorEdit
from strategies.session_file import (
    FILE_EXTENSION,
    FileProblem,
    LoadedSession,
    SessionFileError,
    SessionFileInfo,
    read_recovery,
    read_session,
    session_bytes,
    session_from_dict,
    session_to_dict,
    write_recovery,
    write_session,
)

CHINESE_NOTES = "顺德区优先培育龙头企业；南海区补齐物流短板。\n会议：2024年5月"


@settings(max_examples=100, deadline=None)
@given(sessions(), infos)
def test_dict_round_trip_gives_the_same_session_and_info(session, info):
    document = json.loads(json.dumps(session_to_dict(session, MODEL, info)))
    assert session_from_dict(document, MODEL) == LoadedSession(session, info, ())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(session=sessions(), info=infos)
def test_save_open_save_is_byte_identical(tmp_path, session, info):
    first, second = tmp_path / f"first{FILE_EXTENSION}", tmp_path / f"second{FILE_EXTENSION}"
    write_session(first, session, MODEL, info)
    loaded = read_session(first, MODEL)
    assert (loaded.session, loaded.info, loaded.warnings) == (session, info, ())
    write_session(second, loaded.session, MODEL, loaded.info)
    assert second.read_bytes() == first.read_bytes()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_model_s_sessions_round_trip_byte_identical(tmp_path, any_model, data):
    session = data.draw(sessions(any_model))
    first, second = tmp_path / f"first{FILE_EXTENSION}", tmp_path / f"second{FILE_EXTENSION}"
    write_session(first, session, any_model, FIXED_INFO)
    loaded = read_session(first, any_model)
    assert (loaded.session, loaded.warnings) == (session, ())
    write_session(second, loaded.session, any_model, loaded.info)
    assert second.read_bytes() == first.read_bytes()


def test_file_is_indented_utf8_json_with_the_documented_top_keys(tmp_path):
    path = tmp_path / "s.cspsession"
    session = replace(default_session(MODEL), notes=CHINESE_NOTES)
    write_session(path, session, MODEL, FIXED_INFO)
    text = path.read_bytes().decode("utf-8")
    assert CHINESE_NOTES.splitlines()[0] in text  # written as characters, not \u escapes
    assert text.startswith('{\n  "format": "cluster-strategy-planner/session",\n')
    document = json.loads(text)
    assert list(document)[:6] == [
        "format",
        "schema_version",
        "app_version",
        "created",
        "modified",
        "model",
    ]
    assert document["created"] == "2024-05-02T08:30:00Z"
    assert document["model"]["content_hash"] == MODEL.content_hash


def test_missing_pairs_are_written_as_null():
    session = default_session(MODEL)
    layer = session.criteria_judgments["L1"].with_value("C1", "C3", None)
    document = session_to_dict(session.with_criteria_judgments(layer), MODEL, FIXED_INFO)
    pairs = document["criteria_judgments"]["L1"]["pairs"]
    assert [(p["a"], p["b"], p["value"]) for p in pairs] == [
        ("C1", "C2", 1.0),
        ("C1", "C3", None),
        ("C2", "C3", 1.0),
    ]


def test_touched_info_moves_modified_and_keeps_created():
    later = datetime(2025, 1, 2, 3, 4, 5, 678, tzinfo=UTC)
    touched = FIXED_INFO.touched(later, "0.2.0")
    assert (touched.created, touched.modified, touched.app_version) == (
        FIXED_INFO.created,
        later.replace(microsecond=0),
        "0.2.0",
    )


def test_info_refuses_times_without_time_zone():
    with pytest.raises(ValueError, match="time zone"):
        SessionFileInfo.new(datetime(2024, 1, 1))


def test_chinese_folder_file_name_and_content(tmp_path):
    folder = tmp_path / "佛山 会议"
    folder.mkdir()
    path = folder / f"第一次会议{FILE_EXTENSION}"
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 3.5, "佛山统计年鉴2019，第12页")
    session = replace(default_session(MODEL), notes=CHINESE_NOTES, indicator_edits=(edit,))
    write_session(path, session, MODEL, FIXED_INFO)
    loaded = read_session(str(path), MODEL)
    assert loaded.session.notes == CHINESE_NOTES
    assert loaded.session.indicator_edits == (edit,)
    assert os.listdir(folder) == [path.name]


def test_save_refuses_a_session_that_would_not_read_back(tmp_path):
    path = tmp_path / "s.cspsession"
    edit = IndicatorEdit("x", "city", float("nan"), "typo")
    with pytest.raises(SessionFileError, match="JSON cannot store"):
        write_session(
            path, replace(default_session(MODEL), indicator_edits=(edit,)), MODEL, FIXED_INFO
        )
    assert not path.exists()


def _saved_file(tmp_path):
    path = tmp_path / "会议.cspsession"
    write_session(path, default_session(MODEL), MODEL, FIXED_INFO)
    return path, path.read_bytes()


def _changed_session():
    return replace(default_session(MODEL), alpha=0.9, notes="changed")


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_save_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch, failing):
    path, before = _saved_file(tmp_path)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        def half_writing_fdopen(descriptor, mode, **options):
            handle = real_fdopen(descriptor, mode, **options)

            def write(data):  # half the bytes reach the disk, then the disk is full
                handle.raw.write(data[: len(data) // 2])
                fail()

            handle.write = write
            return handle

        monkeypatch.setattr("strategies.session_io.atomic.os.fdopen", half_writing_fdopen)
    else:
        monkeypatch.setattr(f"strategies.session_io.atomic.os.{failing}", fail)
    with pytest.raises(SessionFileError, match="No space left on device") as raised:
        write_session(path, _changed_session(), MODEL, FIXED_INFO.touched())
    assert raised.value.problem is FileProblem.CANNOT_WRITE
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_interrupted_save_removes_the_temporary_and_lets_the_interrupt_through(
    tmp_path, monkeypatch
):
    path, before = _saved_file(tmp_path)

    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("strategies.session_io.atomic.os.replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_session(path, _changed_session(), MODEL, FIXED_INFO)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]


def test_save_into_a_missing_folder_is_a_session_file_error(tmp_path):
    with pytest.raises(SessionFileError, match="cannot save") as raised:
        write_session(
            tmp_path / "无此目录" / "s.cspsession", default_session(MODEL), MODEL, FIXED_INFO
        )
    assert raised.value.problem is FileProblem.CANNOT_WRITE


def test_save_keeps_the_permissions_of_the_replaced_file(tmp_path):
    path, _ = _saved_file(tmp_path)
    path.chmod(0o640)
    write_session(path, _changed_session(), MODEL, FIXED_INFO)
    assert path.stat().st_mode & 0o777 == 0o640
    assert read_session(path, MODEL).session == _changed_session()


def test_recovery_file_write_read(tmp_path):
    path = tmp_path / "数据" / "Cluster Strategy Planner" / "recovery-x.cspsession"
    document = tmp_path / "佛山 会议" / "第一次会议.cspsession"
    session = replace(default_session(MODEL), notes=CHINESE_NOTES)
    written = write_recovery(path, session, MODEL, FIXED_INFO, document)
    assert written == path and written.is_file()
    recovered = read_recovery(path, MODEL)
    assert recovered.loaded.session == session
    assert recovered.loaded.info == FIXED_INFO
    assert recovered.document_path == document
    assert recovered.autosaved == datetime.fromtimestamp(path.stat().st_mtime, UTC)


def test_recovery_of_an_untitled_session_has_no_document_path(tmp_path):
    path = write_recovery(tmp_path / "r.cspsession", default_session(MODEL), MODEL, FIXED_INFO)
    assert read_recovery(path, MODEL).document_path is None


def test_a_recovery_file_that_cannot_be_written_is_a_session_file_error(tmp_path):
    target = tmp_path / "r.cspsession"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(SessionFileError, match="cannot save r.cspsession") as raised:
        write_recovery(target, default_session(MODEL), MODEL, FIXED_INFO)
    assert raised.value.problem is FileProblem.CANNOT_WRITE


def test_bad_recovery_file_names_the_field_inside_the_session(tmp_path):
    path = write_recovery(tmp_path / "r.cspsession", default_session(MODEL), MODEL, FIXED_INFO)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["session"]["alpha"] = 2
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(SessionFileError) as raised:
        read_recovery(path, MODEL)
    assert raised.value.path == "session.alpha"


def test_a_session_file_is_not_a_recovery_file(tmp_path):
    path = tmp_path / "r.cspsession"
    write_session(path, default_session(MODEL), MODEL, FIXED_INFO)
    with pytest.raises(SessionFileError, match="not a recovery file"):
        read_recovery(path, MODEL)


def test_session_bytes_are_what_write_session_writes(tmp_path):
    path, data = _saved_file(tmp_path)
    assert session_bytes(default_session(MODEL), MODEL, FIXED_INFO) == data
