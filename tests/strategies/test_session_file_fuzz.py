"""Fuzzing: mutated and random files never raise anything but SessionFileError, and a file
that does open gives a session that evaluates and saves again. 2,400 cases in all."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hostile_corpus import rich_session as _rich_session
from hypothesis import event, given, settings
from hypothesis import strategies as st
from session_file_cases import FIXED_INFO, MODEL

from strategies.evaluation import default_session, evaluate
from strategies.session_file import (
    LoadedSession,
    SessionFileError,
    read_session,
    session_bytes,
)

FROZEN_V1 = Path(__file__).parents[1] / "data" / "session_v1.cspsession"
FUZZ_SETTINGS = settings(max_examples=400, deadline=None)


VALID_FILES = (
    session_bytes(default_session(MODEL), MODEL, FIXED_INFO),
    session_bytes(_rich_session(), MODEL, FIXED_INFO),
    FROZEN_V1.read_bytes(),
)
VALID_DOCUMENTS = tuple(json.loads(data) for data in VALID_FILES)
_FOLDER = Path(tempfile.mkdtemp(prefix="session-fuzz-"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


# Mostly bytes that JSON gives meaning to, so that mutations get past the parser.
json_bytes = st.sampled_from(b'{}[]",:0123456789.-eE tnflrua\\') | st.integers(0, 255)


def open_bytes(data: bytes) -> LoadedSession | SessionFileError:
    """Open data as a file; any exception but SessionFileError fails the test."""
    path = _FOLDER / "fuzzed.cspsession"
    path.write_bytes(data)
    try:
        loaded = read_session(path, MODEL)
    except SessionFileError as error:
        assert error.message.strip() and "\n" not in str(error)
        event(f"refused: {error.problem.value}")
        return error
    event("opened")
    evaluate(MODEL, loaded.session)  # whatever opens can be used ...
    session_bytes(loaded.session, MODEL, loaded.info)  # ... and saved again
    return loaded


def _paths(value, prefix=()):
    """Every place in a JSON value: (key or index, ...)."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _replaced(document, path, value):
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return copy


@FUZZ_SETTINGS
@given(st.sampled_from(VALID_FILES), st.data())
def test_truncated_files(data, draw):
    cut = draw.draw(st.integers(0, len(data) - 1))
    outcome = open_bytes(data[:cut])
    if data[:cut].strip() != data.strip():  # only cutting the final newline leaves it whole
        assert isinstance(outcome, SessionFileError)


@FUZZ_SETTINGS
@given(
    st.sampled_from(VALID_FILES),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), json_bytes), min_size=1, max_size=6),
)
def test_flipped_bytes(data, flips):
    mutated = bytearray(data)
    for where, byte in flips:
        mutated[int(where * len(mutated))] = byte
    open_bytes(bytes(mutated))


@FUZZ_SETTINGS
@given(st.sampled_from(VALID_DOCUMENTS), st.data(), json_values)
def test_values_replaced_at_random_places(document, draw, value):
    path = draw.draw(st.sampled_from([p for p in _paths(document) if p]))
    text = json.dumps(_replaced(document, path, value), ensure_ascii=False, indent=2)
    open_bytes(text.encode("utf-8"))


@FUZZ_SETTINGS
@given(st.sampled_from(VALID_DOCUMENTS), st.data())
def test_keys_removed_at_random_places(document, draw):
    path = draw.draw(st.sampled_from([p for p in _paths(document) if p]))
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    outcome = open_bytes(json.dumps(copy).encode("utf-8"))
    if _is_id_map(path[:-1]):  # a missing node or rating is filled in, with a warning
        assert isinstance(outcome, SessionFileError) or outcome.warnings
    elif isinstance(path[-1], str):  # every other key of the format is required
        assert isinstance(outcome, SessionFileError)


def _is_id_map(path: tuple) -> bool:
    """Objects keyed by node, criterion or strategy id (the others have fixed keys)."""
    return path in (("criteria_judgments",), ("strategy_effectiveness",)) or (
        len(path) == 3 and path[::2] == ("strategy_effectiveness", "ratings")
    )


@FUZZ_SETTINGS
@given(json_values, st.sampled_from([None, 1, 2]))
def test_random_documents(value, version):
    if version is not None:  # get past the header and into the body
        value = {
            "format": "cluster-strategy-planner/session",
            "schema_version": version,
            "body": value,
        }
    assert isinstance(open_bytes(json.dumps(value).encode("utf-8")), SessionFileError)


@FUZZ_SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes(data):
    assert isinstance(open_bytes(data), SessionFileError)


@pytest.mark.parametrize("data", VALID_FILES)
def test_the_unmutated_files_open(data):
    path = _FOLDER / "valid.cspsession"
    path.write_bytes(data)
    assert isinstance(read_session(path, MODEL), LoadedSession)
