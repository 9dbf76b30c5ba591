"""The ``cluster-planner`` command: open the window, or rank / export from the terminal.

    cluster-planner [FILE]                 open the window (optionally a session file)
    cluster-planner rank [options]         print the ranking per district
    cluster-planner export -o OUT [...]    write a recommendation (issue: export)

A command is the first argument. Any other word is a session FILE when it names something that
exists, or looks like a path (has a folder separator or a suffix such as .cspsession); a bare
word that is neither (``ranks``) is an unknown command. To open a file named like a command,
write ./rank.

Exit codes: 0 done; 1 failed (e.g. a file could not be written); 2 bad arguments, unknown
command or missing file; 3 no display to open the window on (see desktop/display.py). Every
problem is one line on stderr, never a traceback. Output is UTF-8 whatever the locale (with
LC_ALL=C Python would write ASCII, and Chinese names would crash the command).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli_language import cli_language, say, speaking
from desktop.command_line import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    OneLineParser,
    UsageError,
    add_model_option,
    add_synthesis_option,
    fraction,
    load_model_option,
    model_and_session,
    readable,
    with_options,
)
from desktop.display import CANNOT_OPEN_WINDOW, EXIT_NO_DISPLAY, NO_WINDOW_HINT, missing_display
from desktop.locale import LANGUAGES, system_language


def _rank_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="cluster-planner rank", description=say("Rank the strategies for every district.")
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of names and labels (default: system locale)"),
    )
    parser.add_argument(
        "--alpha",
        type=fraction,
        default=None,
        metavar="A",
        help=say("need emphasis α in [0, 1] (default: the session's, 0.5)"),
    )
    parser.add_argument(
        "--district",
        action="append",
        default=None,
        metavar=say("ID|NAME"),
        help=say("district id or name; repeat for several (default: all)"),
    )
    parser.add_argument(
        "--normalisation",
        choices=("ratio_to_best", "min_max"),
        default=None,
        help=say("normalisation of indicator values (default: the session's, ratio_to_best)"),
    )
    add_synthesis_option(parser)
    add_model_option(parser)
    parser.add_argument(
        "--session", default=None, metavar=say("FILE"), help=say("rank from a saved session file")
    )
    parser.add_argument("--json", action="store_true", help=say("print the documented JSON shape"))
    return parser


def _resolve_districts(model, wanted: list[str] | None) -> tuple[str, ...]:
    if not wanted:
        return model.district_ids
    lookup = {}
    for district in model.districts:
        for key in (district.id, district.name.zh, district.name.en):
            lookup[key.lower()] = district.id
    chosen = []
    for name in map(readable, wanted):
        if name.lower() not in lookup:
            known = ", ".join(model.district_ids)
            raise UsageError(f"cluster-planner rank: unknown district {name!r} (known: {known})")
        chosen.append(lookup[name.lower()])
    return tuple(dict.fromkeys(chosen))


def run_rank(argv: Sequence[str]) -> int:
    from desktop.panel_report import panel_entry
    from desktop.rank_report import rank_document, rank_text
    from strategies.evaluation import default_session
    from strategies.panel.session_panel import session_evaluation

    args = _rank_parser().parse_args(argv)
    model, loaded = model_and_session(
        args.model, args.session, "cluster-planner rank", "cluster-planner"
    )
    districts = _resolve_districts(model, args.district)
    session = with_options(loaded.session if loaded else default_session(model), args)
    lang = args.lang or system_language()
    document = rank_document(session_evaluation(model, session), lang, districts)
    if args.json:
        document["panel"] = panel_entry(model, session, lang)
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rank_text(document))
    return 0


def _window_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="cluster-planner",
        description=say(
            "Open the planner window, or run a command: 'cluster-planner rank --help', "
            "'cluster-planner export --help'."
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=say("FILE"),
        help=say(
            "a session file to open: a path that exists, or with a folder or suffix (a bare word "
            "is a command)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of the window (default: the remembered choice, else the system locale)"),
    )
    add_model_option(parser)
    return parser


def _session_file_argument(text: str) -> str:
    """text if it names a regular file; else the one-line usage error that fits."""
    try:
        mode = os.stat(text).st_mode
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise UsageError(_not_found(text)) from None
    except OSError as error:
        raise UsageError(f"cluster-planner: cannot open {text}: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise UsageError(f"cluster-planner: cannot open {text}: {kind}, not a session file")
    return text


def _not_found(text: str) -> str:
    if text in COMMANDS:
        return (
            f"cluster-planner: {text!r} is a command: give it first ('cluster-planner {text} ...')"
        )
    if os.sep in text or (os.altsep and os.altsep in text) or Path(text).suffix:
        return f"cluster-planner: no such file: {text}"
    close = difflib.get_close_matches(text, COMMANDS, n=1)
    suggestion = f"did you mean {close[0]!r}? " if close else ""
    return (
        f"cluster-planner: unknown command {text!r} ({suggestion}commands: "
        f"{', '.join(COMMANDS)}; or a session file to open)"
    )


def run_window(argv: Sequence[str]) -> int:
    args = _window_parser().parse_args(argv)
    file = None if args.file is None else _session_file_argument(args.file)
    if args.model is not None:  # checked before any window: a bad folder is one line here
        load_model_option(args.model, "cluster-planner")
    reason = missing_display()
    if reason is not None:
        print(f"{CANNOT_OPEN_WINDOW}: {reason}; {NO_WINDOW_HINT}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from desktop.app import run_app

    return run_app(file, args.lang, args.model)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _write_utf8()
    try:
        with speaking(cli_language(argv)):  # help and argument errors in the planner's language
            code = _dispatch(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that has gone shows here, not in Python's last flush
        return code
    except UsageError as error:
        print(readable(str(error)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. 'cluster-planner rank | head -3'
        _silence_stdout()
        return EXIT_FAILURE
    except Exception as error:  # last resort: a bug must still not show a traceback
        print(
            readable(f"cluster-planner: unexpected error: {type(error).__name__}: {error}"),
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return run_window(argv)


def _write_utf8() -> None:
    # Chinese names and JSON must survive any locale; a lone surrogate is escaped, not fatal.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def _silence_stdout() -> None:
    # The reader has gone: point stdout at nothing so that Python's final flush stays quiet.
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):  # not a real file: no pipe to quieten
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _run_export(argv: Sequence[str]) -> int:
    from desktop.export.command import run_export

    return run_export(argv)


def _run_questionnaire(argv: Sequence[str]) -> int:
    from desktop.questionnaire_command import run_questionnaire

    return run_questionnaire(argv)


def _run_panel(argv: Sequence[str]) -> int:
    from desktop.panel_command import run_panel

    return run_panel(argv)


def _run_data(argv: Sequence[str]) -> int:
    from desktop.data_command import run_data

    return run_data(argv)


COMMANDS = {
    "rank": run_rank,
    "export": _run_export,
    "questionnaire": _run_questionnaire,
    "data": _run_data,
    "panel": _run_panel,
}


if __name__ == "__main__":
    sys.exit(main())
