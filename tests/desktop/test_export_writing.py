"""Writing exports: atomic, refused onto the open session, clear failures; the CLI's exit codes."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.export import service
from desktop.export.content import REPORT_SCHEMA
from desktop.export.service import CannotWrite, OntoOpenSession, export_report
from strategies.session_file import SessionFileInfo, write_session
from strategies.session_io import atomic

from .export_support import engine, planner_session


@pytest.fixture(scope="module")
def evaluation(model):
    return engine(model, planner_session(model))[0]


def _no_space(_descriptor):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_a_full_disk_gives_a_clear_error_and_leaves_no_file(
    evaluation, tmp_path, monkeypatch, suffix
):
    monkeypatch.setattr(atomic.os, "fsync", _no_space)
    with pytest.raises(CannotWrite) as caught:
        export_report(evaluation, tmp_path / f"report{suffix}", "en")
    assert caught.value.disk_full
    assert "No space left on device" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary


def test_a_full_disk_keeps_the_previous_file_whole(evaluation, tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_bytes(b"previous export")
    monkeypatch.setattr(atomic.os, "fsync", _no_space)
    with pytest.raises(CannotWrite):
        export_report(evaluation, target, "en")
    assert target.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [target]


def _write_as_nobody(evaluation, target) -> int | None:
    """Export as an unprivileged user in a child process (root ignores folder permissions);
    return the errno of the CannotWrite it met, or None if it wrote the file."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            os.setgid(65534)
            os.setuid(65534)
            export_report(evaluation, target, "en")
            code = 255
        except CannotWrite as error:
            code = error.errno or 254
        finally:
            os.write(write_end, bytes([code]))
            os._exit(0)
    os.close(write_end)
    os.waitpid(child, 0)
    code = os.read(read_end, 1)[0]
    os.close(read_end)
    return None if code == 255 else code


def test_an_unwritable_folder_gives_permission_denied_and_no_file(evaluation, tmp_path):
    from desktop.export import csv_export  # noqa: F401 - loaded before any change of user

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(
        stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    )
    tmp_path.chmod(0o755)
    target = folder / "report.csv"
    if os.geteuid() == 0:
        found = _write_as_nobody(evaluation, target)
    else:
        with pytest.raises(CannotWrite) as caught:
            export_report(evaluation, target, "en")
        found = caught.value.errno
    assert found == errno.EACCES
    assert list(folder.iterdir()) == []


def test_exporting_onto_the_open_session_file_is_refused(model, evaluation, tmp_path):
    session_file = tmp_path / "plan.json"
    write_session(session_file, evaluation.session, model, SessionFileInfo.new())
    before = session_file.read_bytes()
    with pytest.raises(OntoOpenSession):
        export_report(evaluation, tmp_path / "." / "plan.json", "en", open_session=session_file)
    link = tmp_path / "link.json"
    link.symlink_to(session_file)
    with pytest.raises(OntoOpenSession):
        export_report(evaluation, link, "en", open_session=session_file)
    assert session_file.read_bytes() == before


def test_cli_writes_json_with_the_chosen_settings(tmp_path, capsys):
    out = tmp_path / "r.json"
    code = main(
        [
            "export",
            "-o",
            str(out),
            "--lang",
            "zh",
            "--alpha",
            "0.25",
            "--samples",
            "50",
            "--seed",
            "3",
        ]
    )
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema"] == REPORT_SCHEMA
    assert document["language"] == "zh"
    assert document["settings"]["alpha"] == 0.25
    assert document["settings"]["monte_carlo"]["samples"] == 50
    assert document["settings"]["monte_carlo"]["seed"] == 3
    assert capsys.readouterr().err == ""


def test_cli_reads_a_session_file(model, evaluation, tmp_path):
    session_file = tmp_path / "plan.cspsession"
    write_session(session_file, evaluation.session, model, SessionFileInfo.new())
    out = tmp_path / "r.json"
    assert main(["export", "--session", str(session_file), "-o", str(out), "--samples", "20"]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["settings"]["alpha"] == 0.7
    assert document["planner_edits"][0]["source"] == "survey 2023"


@pytest.mark.parametrize(
    "arguments",
    [
        ["export"],  # no -o
        ["export", "-o", "report.txt"],
        ["export", "-o", "r.csv", "--alpha", "2"],
        ["export", "-o", "r.csv", "--samples", "0"],
        ["export", "-o", "r.csv", "--lang", "fr"],
        ["export", "-o", "r.csv", "--session", "no-such-file.cspsession"],
    ],
)
def test_cli_bad_arguments_print_one_line_and_exit_2(arguments, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("cluster-planner")
    assert list(tmp_path.iterdir()) == []


def test_cli_failures_to_write_print_one_line_and_exit_1(
    model, evaluation, tmp_path, monkeypatch, capsys
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    session_file = tmp_path / "plan.json"
    write_session(session_file, evaluation.session, model, SessionFileInfo.new())
    before = session_file.read_bytes()
    assert main(["export", "--session", str(session_file), "-o", str(session_file)]) == 1
    assert "open session" in capsys.readouterr().err
    assert session_file.read_bytes() == before
    monkeypatch.setattr(atomic.os, "fsync", _no_space)
    assert main(["export", "-o", str(tmp_path / "r.csv"), "--samples", "10"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "No space left on device" in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "plan.json"]


def test_formats_are_chosen_by_extension_case_insensitively():
    assert service.export_format("R.XLSX").suffix == ".xlsx"
    with pytest.raises(service.UnknownFormat):
        service.export_format("report")


def test_cli_writes_a_pdf_with_no_window_and_no_display(tmp_path):
    out = tmp_path / "r.pdf"
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "export",
            "-o",
            str(out),
            "--lang",
            "en",
            "--samples",
            "20",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == [out]
