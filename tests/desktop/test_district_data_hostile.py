"""Every hostile data file gets one clear answer through both doors: ``data import`` on the
command line and File → Import district data… in the window. One refusal naming the file (and
sheet, row and column where they apply), nothing applied (the session file and the window's
session and undo stack unchanged), no traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop import cli
from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.session_file import SessionFileInfo, write_session
from tests.desktop.district_data_hostile_cases import CASES, READABLE, written

MODEL = load_model()


def _where(case) -> str:
    parts = [case.file]
    if case.sheet:
        parts.append(f"sheet {case.sheet}")
    if case.row:
        parts.append(f"row {case.row}")
    if case.column:
        parts.append(f"column {case.column}")
    return ", ".join(parts)


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "s.cspsession"
    write_session(path, default_session(MODEL), MODEL, SessionFileInfo.new())
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_command_line_refuses_with_one_message(case, tmp_path, capsys, session_file):
    folder = tmp_path / "files"
    folder.mkdir()
    path = written(case.file, case.build, folder)
    before = session_file.read_bytes()
    code = cli.main(["data", "import", "--session", str(session_file), str(path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    refusals = [line for line in out.splitlines() if line.startswith("! ")]
    assert len(refusals) == 1, out[-2000:]
    assert refusals[0].startswith(f"! {_where(case)}"), refusals[0]
    assert case.why in refusals[0]
    assert "Traceback" not in out
    assert session_file.read_bytes() == before  # nothing half-applied


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_window_refuses_with_one_message(case, window, qtbot, monkeypatch, tmp_path):
    path = written(case.file, case.build, tmp_path)
    document = window.document
    before, depth = document.session, document.undo_stack.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.named_actions["data_import"].trigger()
    preview = window.district_data_actions.preview
    qtbot.waitUntil(preview.isVisible)
    rows = preview.refusal_rows()
    assert len(rows) == 1, rows
    file, sheet, row, column, why = rows[0]
    assert (file, sheet, row) == (case.file, case.sheet, str(case.row) if case.row else "")
    assert column.split(" ")[0] == case.column
    assert case.why in why
    assert preview.refusals.rowCount() == 1 and preview.refusals.isVisibleTo(preview)
    assert not preview.apply_button.isEnabled()
    preview.apply_button.click()  # disabled: nothing happens
    preview.reject()
    qtbot.waitUntil(lambda: window.district_data_actions.preview is None)
    assert document.session is before and document.undo_stack.count() == depth


@pytest.mark.parametrize(("name", "file", "build"), READABLE, ids=[r[0] for r in READABLE])
def test_odd_but_sound_files_import(name, file, build, tmp_path, capsys, session_file):
    path = written(file, build, tmp_path)
    code = cli.main(["data", "import", "--session", str(session_file), str(path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), out
    assert out.startswith(f"{file}: adds 2, changes 0, unchanged 0, refused 0")
