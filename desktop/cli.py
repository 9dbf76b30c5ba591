"""The ``cluster-planner`` command: open the window, or rank / export from the terminal.

    cluster-planner [FILE]                 open the window (optionally a session file)
    cluster-planner rank [options]         print the ranking per district
    cluster-planner export -o OUT [...]    write a recommendation (issue: export)

Bad arguments print one line to stderr and exit with code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace

from desktop.locale import LANGUAGES, system_language

EXIT_USAGE = 2
EXIT_FAILURE = 1


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage block
        raise _UsageError(f"{self.prog}: {message}")


class _UsageError(Exception):
    pass


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is outside [0, 1]")
    return value


def _rank_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="cluster-planner rank",
                            description="Rank the strategies for every district.")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of names and labels (default: system locale)")
    parser.add_argument("--alpha", type=_fraction, default=None,
                        help="need emphasis α in [0, 1] (default: the session's, 0.5)")
    parser.add_argument("--district", action="append", default=None,
                        help="district id or name; repeat for several (default: all)")
    parser.add_argument("--normalisation", choices=("ratio_to_best", "min_max"), default=None)
    add_synthesis_option(parser)
    parser.add_argument("--session", default=None, help="rank from a saved session file")
    parser.add_argument("--json", action="store_true", help="print the documented JSON shape")
    return parser


def add_synthesis_option(parser: argparse.ArgumentParser) -> None:
    """``--synthesis`` (alias ``--mode``) ideal|distributive, overriding the session's."""
    parser.add_argument("--synthesis", "--mode", dest="synthesis", default=None,
                        choices=("ideal", "distributive"),
                        help="scale each criterion's strategy priorities by the best strategy "
                             "(ideal) or to shares summing to 1 (distributive); default: the "
                             "session's (ideal for a new session)")


def with_options(session, args):
    """The session with the --alpha, --normalisation and --synthesis given on the command line."""
    from criteria.indicators import Normalisation
    from strategies.effectiveness import Synthesis

    if args.alpha is not None:
        session = replace(session, alpha=args.alpha)
    if getattr(args, "normalisation", None) is not None:
        session = replace(session, normalisation=Normalisation(args.normalisation))
    if args.synthesis is not None:
        session = replace(session, synthesis=Synthesis(args.synthesis))
    return session


def _resolve_districts(model, wanted: list[str] | None) -> tuple[str, ...]:
    if not wanted:
        return model.district_ids
    lookup = {}
    for district in model.districts:
        for key in (district.id, district.name.zh, district.name.en):
            lookup[key.lower()] = district.id
    chosen = []
    for name in wanted:
        if name.lower() not in lookup:
            known = ", ".join(model.district_ids)
            raise _UsageError(f"cluster-planner rank: unknown district {name!r} "
                              f"(known: {known})")
        chosen.append(lookup[name.lower()])
    return tuple(dict.fromkeys(chosen))


def _load_session(model, path: str | None):
    from strategies.evaluation import default_session

    if path is None:
        return default_session(model)
    from strategies.session_file import SessionFileError, read_session

    try:
        return read_session(path, model).session
    except SessionFileError as error:
        raise _UsageError(f"cluster-planner: cannot open session {path}: {error}") from None


def run_rank(argv: Sequence[str]) -> int:
    from desktop.rank_report import rank_document, rank_text
    from strategies.evaluation import evaluate
    from strategies.model import load_model

    args = _rank_parser().parse_args(argv)
    model = load_model()
    districts = _resolve_districts(model, args.district)
    session = with_options(_load_session(model, args.session), args)
    lang = args.lang or system_language()
    document = rank_document(evaluate(model, session), lang, districts)
    if args.json:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rank_text(document))
    return 0


def run_window(argv: Sequence[str]) -> int:
    parser = _OneLineParser(prog="cluster-planner",
                            description="Open the planner window; see also 'rank', 'export'.")
    parser.add_argument("file", nargs="?", help="a session file to open")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    args = parser.parse_args(argv)
    from desktop.app import run_app

    return run_app(args.file, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"rank": run_rank, "export": _run_export}
    try:
        if argv and argv[0] in commands:
            return commands[argv[0]](argv[1:])
        return run_window(argv)
    except _UsageError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE


def _run_export(argv: Sequence[str]) -> int:
    from desktop.export.command import run_export

    return run_export(argv, _UsageError)


if __name__ == "__main__":
    sys.exit(main())
