"""Output paths that cannot take an export, and Monte Carlo settings beyond the core's bounds:
one line and exit 2 on the command line, a message in the window, nothing written."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.cli import main
from desktop.export.output_path import checked_output_path
from desktop.export.service import BadOutputPath, UnknownFormat
from strategies.sensitivity import montecarlo_bounds


def _layout(folder):
    (folder / "plain.txt").write_text("a file, not a folder")
    (folder / "existing.json").write_text("{}")
    (folder / "looks-like-a-file.json").mkdir()
    os.mkfifo(folder / "pipe.json")
    (folder / "link-to-folder.json").symlink_to(folder / "looks-like-a-file.json")
    (folder / "link-to-pipe.json").symlink_to(folder / "pipe.json")


# (argument under the folder, the problem named); "/" joins as typed, with no normalising.
REFUSED_PATHS = [
    ("out.json/", BadOutputPath.TRAILING_SEPARATOR),
    ("existing.json/", BadOutputPath.TRAILING_SEPARATOR),
    ("out.json//", BadOutputPath.TRAILING_SEPARATOR),
    ("looks-like-a-file.json", BadOutputPath.FOLDER),
    ("looks-like-a-file.json/.", BadOutputPath.FOLDER),
    ("looks-like-a-file.json/..", BadOutputPath.FOLDER),
    (".", BadOutputPath.FOLDER),
    ("no-such-folder/out.json", BadOutputPath.NO_FOLDER),
    ("no/such/folders/out.pdf", BadOutputPath.NO_FOLDER),
    ("plain.txt/out.csv", BadOutputPath.PARENT_NOT_FOLDER),
    ("pipe.json", BadOutputPath.NOT_REGULAR),
    ("link-to-folder.json", BadOutputPath.FOLDER),
    ("link-to-pipe.json", BadOutputPath.NOT_REGULAR),
    ("link-to-folder.json/", BadOutputPath.TRAILING_SEPARATOR),
]


@pytest.mark.parametrize(("name", "problem"), REFUSED_PATHS)
def test_paths_that_name_no_writable_file_are_refused(tmp_path, name, problem):
    _layout(tmp_path)
    with pytest.raises(BadOutputPath) as refused:
        checked_output_path(f"{tmp_path}/{name}")
    assert refused.value.problem == problem


@pytest.mark.parametrize("text", ["", "   ", "a\0.json"])
def test_empty_and_impossible_names_are_refused(text):
    with pytest.raises(BadOutputPath) as refused:
        checked_output_path(text)
    assert refused.value.problem == BadOutputPath.INVALID


@pytest.mark.parametrize("name", ["out.txt", "out", "out.json.bak", "looks-like-a-file.json/x"])
def test_unknown_extensions_are_refused(tmp_path, name):
    _layout(tmp_path)
    with pytest.raises((UnknownFormat, BadOutputPath)):
        checked_output_path(f"{tmp_path}/{name}")


def test_a_socket_is_not_a_file_to_export_to(tmp_path):
    address = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(address))
        with pytest.raises(BadOutputPath) as refused:
            checked_output_path(address)
    assert refused.value.problem == BadOutputPath.NOT_REGULAR


@pytest.mark.parametrize("name", ["new.json", "existing.json", "REPORT.XLSX", "a b/../c.csv"])
def test_ordinary_names_pass(tmp_path, name):
    _layout(tmp_path)
    (tmp_path / "a b").mkdir()
    assert checked_output_path(f"{tmp_path}/{name}").name == os.path.basename(name)


@pytest.mark.parametrize(("name", "_problem"), REFUSED_PATHS)
def test_cli_refuses_with_one_line_and_exit_2_writing_nothing(tmp_path, capsys, name, _problem):
    _layout(tmp_path)
    before = sorted(os.listdir(tmp_path))
    assert main(["export", "-o", f"{tmp_path}/{name}", "--samples", "10"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("cluster-planner export: ")
    assert "Traceback" not in error
    assert sorted(os.listdir(tmp_path)) == before
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--samples", str(montecarlo_bounds.SAMPLES.high + 1)),
        ("--samples", "1000000000000"),
        ("--samples", "0"),
        ("--samples", "-5"),
        ("--samples", "1e6"),
        ("--seed", "-1"),
        ("--seed", str(montecarlo_bounds.SEED.high + 1)),
        ("--seed", "9" * 400),
    ],
)
def test_cli_monte_carlo_values_beyond_the_core_bounds_exit_2(tmp_path, capsys, option, value):
    assert main(["export", "-o", str(tmp_path / "r.json"), option, value]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and option in error
    assert list(tmp_path.iterdir()) == []


def test_cli_takes_the_largest_seed(tmp_path):
    out = tmp_path / "r.json"
    assert (
        main(
            [
                "export",
                "-o",
                str(out),
                "--samples",
                "10",
                "--seed",
                str(montecarlo_bounds.SEED.high),
            ]
        )
        == 0
    )
    assert out.exists()


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("looks-like-a-file.json", "is a folder"),
        ("no-such-folder/r.xlsx", "does not exist"),
        ("pipe.json", "not a regular file"),
    ],
)
def test_the_window_explains_a_refused_path(window, tmp_path, monkeypatch, name, phrase):
    _layout(tmp_path)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append(text)
    )
    before = sorted(os.listdir(tmp_path))
    assert not window.export_action.export_to(tmp_path / name)
    assert len(shown) == 1 and phrase in shown[0] and "session is unchanged" in shown[0]
    assert sorted(os.listdir(tmp_path)) == before


def test_the_window_explains_a_refused_path_in_chinese(window, language, qtbot, tmp_path):
    language.set("zh")
    explain = window.export_action.explain
    assert "是文件夹" in explain(BadOutputPath(str(tmp_path), BadOutputPath.FOLDER))
    assert "不存在" in explain(BadOutputPath("x/y.pdf", BadOutputPath.NO_FOLDER))
    assert "管道" in explain(BadOutputPath("p.json", BadOutputPath.NOT_REGULAR))
    language.set("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Criteria judgments")
