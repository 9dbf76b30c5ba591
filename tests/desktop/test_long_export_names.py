"""Exports and sessions with the longest legal file names (up to 255 bytes), through the same
atomic writer: the temporary name beside them must never exceed the limit."""

from __future__ import annotations

import pytest

from desktop.cli import main
from strategies.evaluation import default_session
from strategies.session_file import SessionFileInfo, read_session, write_session


def _name(length: int, suffix: str) -> str:
    stem = "会" * ((length - len(suffix)) // 3)
    return stem + "x" * (length - len(suffix) - len(stem.encode())) + suffix


@pytest.mark.parametrize(
    ("suffix", "length"),
    [(".json", 242), (".json", 255), (".csv", 255), (".xlsx", 250), (".xlsx", 255), (".pdf", 255)],
)
def test_cli_exports_to_the_longest_legal_names(tmp_path, suffix, length):
    out = tmp_path / _name(length, suffix)
    assert len(out.name.encode()) == length
    assert main(["export", "-o", str(out), "--samples", "20", "--lang", "zh"]) == 0
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@pytest.mark.parametrize("length", [242, 255])
def test_sessions_save_and_open_with_the_longest_legal_names(model, tmp_path, length):
    path = tmp_path / _name(length, ".cspsession")
    session = default_session(model)
    write_session(path, session, model, SessionFileInfo.new())
    write_session(path, session, model, SessionFileInfo.new())  # replacing it too
    assert read_session(path, model).session == session
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
