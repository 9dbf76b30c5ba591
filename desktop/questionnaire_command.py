"""``cluster-planner questionnaire``: write a questionnaire, or check returned ones.

    cluster-planner questionnaire -o FILE.xlsx [--expert NAME] [--lang zh|en]
                                  [--strategies | --criteria-only] [--session FILE]

By default the questionnaire asks, besides the criteria pairs, each criterion's strategy
judgments as the session (--session, else a new one) judges them: ratings, or strategy pairs
under the criteria it judges pairwise.
    cluster-planner questionnaire check FILES... [--lang zh|en]

``check`` reads the files as the panel import will and prints, per file, the expert and how
many pairs were answered, or every problem by file, sheet and cell; it changes nothing. Exit
codes: 0 done (every checked file is importable); 1 a file could not be written, or a checked
file has problems; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli_language import say
from desktop.command_line import (
    EXIT_FAILURE,
    OneLineParser,
    UsageError,
    model_and_session,
    one_line,
    readable,
)
from desktop.locale import LANGUAGES, system_language

PROG = "cluster-planner questionnaire"
SUFFIX = ".xlsx"


def _write_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description=say(
            "Write an expert questionnaire (XLSX) to fill in Excel, WPS or LibreOffice; "
            "'cluster-planner questionnaire check FILES' checks returned ones."
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=say("FILE.xlsx"),
        help=say("the questionnaire to write"),
    )
    parser.add_argument(
        "--expert",
        default="",
        metavar=say("NAME"),
        help=say("the expert's name, written in the questionnaire"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of the questionnaire (default: system locale)"),
    )
    asked = parser.add_mutually_exclusive_group()
    asked.add_argument(
        "--strategies",
        action="store_true",
        help=say(
            "ask for pairwise judgments of the strategies under every criterion (instead of "
            "the session's ratings)"
        ),
    )
    asked.add_argument(
        "--criteria-only",
        action="store_true",
        help=say("ask for the criteria judgments only, no strategy judgments"),
    )
    parser.add_argument(
        "--session",
        default=None,
        metavar=say("FILE"),
        help=say("prefill the answers with this session's judgments"),
    )
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=f"{PROG} check",
        description=say(
            "Check returned questionnaires and print what each holds or what is wrong."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar=say("FILE"), help=say("returned questionnaires")
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of the messages (default: system locale)"),
    )
    return parser


def run_questionnaire(argv: Sequence[str]) -> int:
    """The questionnaire command; returns the exit code."""
    if argv and argv[0] == "check":
        return _run_check(argv[1:])
    return _run_write(argv)


def _run_write(argv: Sequence[str]) -> int:
    from desktop.export.output_path import checked_output_path
    from desktop.export.service import ExportError
    from strategies.file_write import FileWriteError
    from strategies.questionnaire import write_questionnaire

    args = _write_parser().parse_args(argv)
    if Path(args.output).suffix.lower() != SUFFIX:
        raise UsageError(
            f"{PROG}: {say('the questionnaire is an .xlsx file')}: {one_line(args.output)}"
        )
    try:
        output = checked_output_path(args.output)
    except ExportError as error:
        raise UsageError(f"{PROG}: {error}") from None
    model, loaded = model_and_session(None, args.session, PROG)  # the session's own model
    request = _request(model, None if loaded is None else loaded.session, args)
    try:
        write_questionnaire(output, model, request)
    except FileWriteError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    return 0


def _request(model, session, args: argparse.Namespace):
    """What to write: the language, the expert, the strategy judgments as --session (or a new
    session) judges them, and the judgments of --session to prefill."""
    from dataclasses import replace

    from strategies.evaluation import default_session
    from strategies.questionnaire.request import session_request

    request = session_request(
        model,
        session or default_session(model),
        args.lang or system_language(),
        " ".join(readable(args.expert).split()),
        session,
        strategy_judgments=not args.criteria_only,
    )
    if not args.strategies:
        return request
    return replace(  # the format 1 way: strategy pairs under every criterion, no ratings
        request,
        with_strategies=True,
        paired_criteria=None,
        with_ratings=False,
        strategy_judgments=session.strategy_judgments if session else {},
        ratings={},
    )


def _run_check(argv: Sequence[str]) -> int:
    from desktop.questionnaire_text import problem_text, summary_text
    from strategies.model import load_model
    from strategies.questionnaire import read_questionnaires

    args = _check_parser().parse_args(argv)
    lang = args.lang or system_language()
    readings = read_questionnaires([Path(f) for f in args.files], load_model())
    for reading in readings:
        if reading.answers is not None:
            print(summary_text(one_line(reading.file), reading.answers, lang))
        for found in reading.problems:
            print(problem_text(found, lang))
    return 0 if all(r.ok for r in readings) else EXIT_FAILURE
