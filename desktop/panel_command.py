"""``cluster-planner panel import``: returned questionnaires into a saved session's panel.

    cluster-planner panel import --session S FILES... [-o OUT] [--replace] [--lang zh|en]
                                 [--model DIR]

The files are read as File → Import answers… reads them (strategies.questionnaire.into_panel.py):
one file or many; a batch imports whole or not at all. Every problem is one line (file, sheet,
cell, why) and then nothing is written. An expert whose name is already in the panel is
replaced only with --replace. The session is written to OUT (default: S itself) through the
atomic session save. Exit codes: 0 done; 1 a file has problems, an expert would be replaced
without --replace, or the session could not be written; 2 bad arguments.
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
    add_model_option,
    model_and_session,
    one_line,
)
from desktop.locale import LANGUAGES, system_language

PROG = "cluster-planner panel"


def _import_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=f"{PROG} import",
        description=say(
            "Import returned questionnaires into a session's expert panel; a file with any "
            "problem stops the whole import."
        ),
    )
    parser.add_argument(
        "--session", required=True, metavar=say("FILE"), help=say("the session to import into")
    )
    parser.add_argument(
        "files", nargs="+", metavar=say("FILE"), help=say("returned questionnaires")
    )
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar=say("OUT"),
        help=say("the session file to write (default: the --session file)"),
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help=say("replace an expert already in the panel under the same name"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of the messages (default: system locale)"),
    )
    add_model_option(parser)
    return parser


def run_panel(argv: Sequence[str]) -> int:
    """The panel command; returns the exit code."""
    if not argv or argv[0] != "import":
        if argv and argv[0] in ("-h", "--help"):
            _import_parser().print_help()
            return 0
        raise UsageError(f"{PROG}: {say('the panel command is: panel import --session S FILES')}")
    return _run_import(argv[1:])


def _run_import(argv: Sequence[str]) -> int:
    from strategies.questionnaire import read_questionnaires
    from strategies.questionnaire.into_panel import import_plan, with_imported

    args = _import_parser().parse_args(argv)
    _refuse_output_onto_answers(args.output, args.files)
    lang = args.lang or system_language()
    model, loaded = model_and_session(args.model, args.session, f"{PROG} import")
    readings = read_questionnaires([Path(f) for f in args.files], model)
    plan = import_plan(readings, loaded.session, model)
    if not plan.ok:
        return _refused(plan, lang)
    if plan.replacing and not args.replace:
        return _would_replace(plan, lang)
    session = with_imported(loaded.session, model, plan.experts)
    return _write(args.output or args.session, session, model, loaded.info, plan, lang)


def _refuse_output_onto_answers(output: str | None, files: Sequence[str]) -> None:
    """-o naming a returned questionnaire would destroy it: a usage error, before any reading."""
    if output is None:
        return
    target = Path(output).resolve()
    if any(Path(file).resolve() == target for file in files):
        raise UsageError(
            f"{PROG} import: {say('the output would overwrite a questionnaire')}: "
            f"{one_line(output)}"
        )


def _refused(plan, lang: str) -> int:
    from desktop.questionnaire_text import problem_text

    for found in plan.problems:
        print(problem_text(found, lang), file=sys.stderr)
    print(f"{PROG} import: {say('nothing was imported', lang)}", file=sys.stderr)
    return EXIT_FAILURE


def _would_replace(plan, lang: str) -> int:
    for item in plan.replacing:
        line = say(
            "{file}: {expert} is already in the panel: give --replace to replace their judgments",
            lang,
        ).format(file=one_line(item.file), expert=item.answers.expert)
        print(f"{PROG} import: {line}", file=sys.stderr)
    print(f"{PROG} import: {say('nothing was imported', lang)}", file=sys.stderr)
    return EXIT_FAILURE


def _write(output: str, session, model, info, plan, lang: str) -> int:
    from desktop.questionnaire_text import summary_text
    from strategies.session_file import SessionFileError, write_session

    try:
        write_session(output, session, model, info.touched())
    except SessionFileError as error:
        print(f"{PROG} import: {one_line(output)}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    for item in plan.experts:
        shown = "{summary} (replaced)" if item.replaces is not None else "{summary} (added)"
        summary = summary_text(one_line(item.file), item.answers, lang)
        print(say(shown, lang).format(summary=summary))
    print(say("wrote {file}", lang).format(file=one_line(output)))
    return 0
