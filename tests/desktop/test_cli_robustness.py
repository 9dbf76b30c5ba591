"""The command line with bad input, odd locales and no display: one line, a clear exit code,
never a traceback nor Qt's abort (issue 9). Where the behaviour depends on the process's
environment (locale, display, closed pipe) the command runs in a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.display import EXIT_NO_DISPLAY, missing_display
from strategies.sensitivity.montecarlo_bounds import SEED

MAX_SEED = SEED.high

ROOT = Path(__file__).resolve().parents[2]
NUMBERS_THAT_ARE_NOT_FRACTIONS = [
    "-0.1",
    "1.01",
    "nan",
    "inf",
    "-inf",
    "1e400",
    "x",
    "",
    "0,5",
    "1/2",
    "0x1",
]
NUMBERS_THAT_ARE_NOT_SEEDS = [
    "-1",
    "abc",
    "1.5",
    "1e3",
    str(MAX_SEED + 1),
    "9" * 5000,
    "",
    "nan",
    "0x10",
]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


@pytest.fixture
def window_opened(monkeypatch):
    """Records the files the window would open, instead of opening it."""
    opened = []
    monkeypatch.setattr(
        "desktop.app.run_app", lambda file, lang, model=None: opened.append(file) or 0
    )
    return opened


@pytest.mark.parametrize(
    "argv, says",
    [
        (["ranks"], "unknown command 'ranks' (did you mean 'rank'?"),
        (["exprot"], "did you mean 'export'?"),
        (["help"], "unknown command 'help'"),
        ([""], "unknown command ''"),
        (["--lang", "zh", "rank"], "'rank' is a command: give it first"),
        (["missing.cspsession"], "no such file: missing.cspsession"),
        (["no/such/folder/session"], "no such file"),
        (["./rank"], "no such file: ./rank"),
        (["a", "b"], "unrecognized arguments: b"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["\udcff\udcfe"], "unknown command"),  # bytes that are not UTF-8 in argv
    ],
)
def test_what_is_neither_command_nor_file_gets_one_line_and_exit_2(
    capsys, window_opened, argv, says
):
    code, out, err = run(capsys, *argv)
    assert (code, out, window_opened) == (2, "", [])
    assert says in err
    assert_one_line(err)


def test_a_folder_or_fifo_is_not_opened_and_nothing_blocks(capsys, window_opened, tmp_path):
    fifo = tmp_path / "session.cspsession"
    os.mkfifo(fifo)  # opening it for reading would block until a writer comes
    for path, says in ((tmp_path, "a folder"), (fifo, "not a regular file")):
        code, out, err = run(capsys, str(path))
        assert (code, out, window_opened) == (2, "", [])
        assert says in err
        assert_one_line(err)


def test_an_existing_file_opens_the_window_even_without_suffix(
    capsys, window_opened, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    Path("mysession").write_text("{}", encoding="utf-8")  # its contents are the window's task
    Path("ranks.cspsession").write_text("{}", encoding="utf-8")
    assert run(capsys, "mysession") == (0, "", "")
    assert run(capsys, "--lang", "zh", "ranks.cspsession") == (0, "", "")
    assert run(capsys) == (0, "", "")
    assert window_opened == ["mysession", "ranks.cspsession", None]


@pytest.mark.parametrize("value", NUMBERS_THAT_ARE_NOT_FRACTIONS)
@pytest.mark.parametrize("command", ["rank", "export"])
def test_alpha_outside_0_to_1_or_not_a_number_gets_one_line_and_exit_2(
    capsys, tmp_path, command, value
):
    output = ["-o", str(tmp_path / "report.json")] if command == "export" else []
    code, out, err = run(capsys, command, *output, f"--alpha={value}")
    assert (code, out) == (2, "")
    assert "argument --alpha" in err
    assert_one_line(err)
    assert not (tmp_path / "report.json").exists()


@pytest.mark.parametrize("value", NUMBERS_THAT_ARE_NOT_SEEDS)
def test_seed_outside_the_file_formats_range_gets_one_line_and_exit_2(capsys, tmp_path, value):
    code, out, err = run(capsys, "export", "-o", str(tmp_path / "report.json"), "--seed", value)
    assert (code, out) == (2, "")
    assert "argument --seed" in err
    assert_one_line(err)
    assert not (tmp_path / "report.json").exists()


@pytest.mark.parametrize("seed", [0, 7, MAX_SEED])
def test_every_seed_in_range_is_used(capsys, tmp_path, seed):
    output = tmp_path / "report.json"
    code, _, err = run(capsys, "export", "-o", str(output), "--samples", "20", "--seed", str(seed))
    assert (code, err) == (0, "")
    assert f'"seed": {seed}' in output.read_text(encoding="utf-8")


def test_a_bug_still_gives_one_line_not_a_traceback(capsys, monkeypatch):
    def broken(_document):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("desktop.rank_report.rank_text", broken)
    code, out, err = run(capsys, "rank")
    assert (code, out) == (1, "")
    assert "unexpected error: RuntimeError: simulated bug" in err
    assert_one_line(err)


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, "no display"),
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ],
)
def test_missing_display_is_known_before_qt_starts(monkeypatch, env, expected):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    reason = missing_display()
    assert reason is None if expected is None else expected in reason


def _environment(tmp_path, **changes) -> dict[str, str]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env.update(changes)
    return env


def _cli(argv, env, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        **kwargs,
    )


def _unused_x_display() -> str:
    number = next(n for n in range(4000, 5000) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


@pytest.mark.parametrize(
    "changes, says",
    [
        ({}, "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"),
        ({"DISPLAY": "unused"}, "could not connect to display"),
        ({"QT_QPA_PLATFORM": "no-such-platform"}, 'Qt platform plugin "no-such-platform"'),
    ],
)
def test_window_without_a_usable_display_says_so_in_one_line(tmp_path, changes, says):
    if changes.get("DISPLAY") == "unused":
        changes = {"DISPLAY": _unused_x_display()}
    session = tmp_path / "plan.cspsession"
    session.write_text("{}", encoding="utf-8")
    result = _cli([str(session)], _environment(tmp_path, **changes), text=True)
    assert (result.returncode, result.stdout) == (EXIT_NO_DISPLAY, "")
    assert result.stderr.startswith("cluster-planner: cannot open the window: ")
    assert says in result.stderr
    assert_one_line(result.stderr)


def test_pdf_export_with_an_unreachable_display_says_so_in_one_line(tmp_path):
    output = tmp_path / "report.pdf"
    result = _cli(
        ["export", "-o", str(output), "--samples", "20"],
        _environment(tmp_path, DISPLAY=_unused_x_display()),
        text=True,
    )
    assert (result.returncode, result.stdout) == (EXIT_NO_DISPLAY, "")
    assert "cannot draw the PDF: could not connect to display" in result.stderr
    assert_one_line(result.stderr)
    assert not output.exists()


# Python's UTF-8 mode would hide the C locale's ASCII (PYTHONUTF8=0 turns it off, as a
# system Python configured without it has).
ASCII_LOCALES = [{"LC_ALL": "C", "PYTHONUTF8": "0"}, {"PYTHONIOENCODING": "latin-1"}]


@pytest.mark.parametrize("locale", ASCII_LOCALES, ids=["C", "latin-1"])
@pytest.mark.parametrize(
    "argv, code, shows",
    [
        (["rank", "--lang", "zh"], 0, "各区策略排序"),
        (["rank", "--lang", "zh", "--json"], 0, "顺德"),
        (["rank", "--help"], 0, "α"),
        (["export", "--help"], 0, "α"),
        (["--help"], 0, "cluster-planner"),
        (["rank", "--district", "佛山x"], 2, "unknown district '佛山x'"),
        (["export", "-o", "报告.unknown"], 2, "报告.unknown"),
    ],
)
def test_output_is_utf8_in_any_locale(tmp_path, locale, argv, code, shows):
    result = _cli(argv, _environment(tmp_path, QT_QPA_PLATFORM="offscreen", **locale))
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert result.returncode == code, err
    assert shows in (out if code == 0 else err)
    assert "Traceback" not in err and "Error" not in err
    if argv[-1] == "--json":
        assert json.loads(out)["districts"]


def test_bytes_that_are_not_utf8_in_arguments_give_one_line(tmp_path):
    argv = [sys.executable, "-m", "desktop.cli", "rank", "--district", b"\xff\xfe"]
    result = subprocess.run(
        argv, cwd=ROOT, env=_environment(tmp_path), capture_output=True, timeout=120
    )
    err = result.stderr.decode("utf-8")
    assert (result.returncode, result.stdout) == (2, b"")
    assert "unknown district" in err
    assert_one_line(err)


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    with subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "rank", "--lang", "zh"],
        cwd=ROOT,
        env=_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        process.stdout.close()  # like 'cluster-planner rank | head -0'
        err = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=120)
    assert (code, err) == (1, "")
