"""``cluster-planner export [--session FILE] -o OUT [--lang zh|en] [--alpha A]
[--synthesis ideal|distributive] [--model DIR] [--samples N] [--seed S]``: write the recommendation in the format of OUT's extension.

Bad arguments raise the shared UsageError (one line, exit 2); a session file that cannot be
read is a usage error too; a file that cannot be written prints one line and exits 1.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop.cli_language import say
from desktop.command_line import (
    EXIT_FAILURE,
    OneLineParser,
    UsageError,
    add_model_option,
    add_synthesis_option,
    fraction,
    model_and_session,
    with_options,
    within,
)
from desktop.display import exit_if_qt_cannot_start
from desktop.export import formats
from desktop.locale import LANGUAGES, system_language
from strategies.sensitivity import montecarlo_bounds

PROG = "cluster-planner export"


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG, description=say("Write the ranked recommendation per district.")
    )
    parser.add_argument("-o", "--output", required=True, metavar=say("OUT"), help=_output_help())
    parser.add_argument(
        "--session",
        default=None,
        metavar=say("FILE"),
        help=say("a saved session file (default: the model's neutral session)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=say("language of the report (default: system locale)"),
    )
    parser.add_argument(
        "--alpha", type=fraction, default=None, metavar="A", help=say("need emphasis α in [0, 1]")
    )
    add_synthesis_option(parser)
    add_model_option(parser)
    parser.add_argument(
        "--samples",
        type=within(montecarlo_bounds.SAMPLES),
        default=None,
        metavar="N",
        help=say("Monte Carlo samples (default: the session's)"),
    )
    parser.add_argument(
        "--seed",
        type=within(montecarlo_bounds.SEED),
        default=None,
        metavar="S",
        help=say("Monte Carlo seed (default: the session's)"),
    )
    return parser


def _output_help() -> str:
    """The -o help, one entry per export format."""
    entries = say(", ").join(
        say("{suffix} ({what})").format(suffix=entry.suffix, what=say(entry.help))
        for entry in formats.FORMATS
    )
    return say("the file to write; its extension chooses the format: {formats}").format(
        formats=entries
    )


def _drawn_by_qt(output: Path) -> bool:
    export = formats.format_for(output.suffix)
    return export is not None and export.drawn_by_qt


def _prepare_display(output: Path) -> None:
    """A format drawn by Qt (the PDF) needs Qt's fonts; with no display, draw offscreen."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if _drawn_by_qt(output) and headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _exit_if_qt_cannot_draw(output: Path):
    """A PDF is drawn by Qt: if Qt cannot start here, one line and exit code 3, not abort."""
    if not _drawn_by_qt(output):
        return contextlib.nullcontext()
    return exit_if_qt_cannot_start(
        "cluster-planner export: cannot draw the PDF",
        "set QT_QPA_PLATFORM=offscreen to draw without a display",
    )


def run_export(argv: Sequence[str]) -> int:
    """The export command; returns the exit code."""
    from desktop.export.output_path import checked_output_path
    from desktop.export.service import ExportError, export_report
    from strategies.evaluation import default_session
    from strategies.panel.session_panel import session_evaluation

    args = _parser().parse_args(argv)
    try:
        output = checked_output_path(args.output)
    except ExportError as error:
        raise UsageError(f"{PROG}: {error}") from None
    model, loaded = model_and_session(args.model, args.session, PROG)
    session = with_options(loaded.session if loaded else default_session(model), args)
    monte_carlo = replace(
        session.monte_carlo,
        samples=args.samples or session.monte_carlo.samples,
        seed=session.monte_carlo.seed if args.seed is None else args.seed,
    )
    open_session = Path(args.session) if args.session else None
    _prepare_display(output)
    try:
        with _exit_if_qt_cannot_draw(output):
            report = export_report(
                session_evaluation(model, session),
                output,
                args.lang or system_language(),
                monte_carlo,
                open_session,
                planner_session=session,  # its panel: the section and the resampling
            )
    except ExportError as error:
        print(f"cluster-planner export: {error}", file=sys.stderr)
        return EXIT_FAILURE
    if report.replaced_characters:
        print(
            f"cluster-planner export: {report.replaced_characters} characters no file format "
            f"can hold (control characters, noncharacters, lone surrogates) were replaced "
            f"by U+FFFD",
            file=sys.stderr,
        )
    return 0
