"""What every ``cluster-planner`` command shares: the one-line parser, the usage error, exit
codes, option types and the options that change a session.

desktop/cli.py dispatches the commands and desktop/export/command.py is one of them; both import
this module and neither imports the other.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from desktop.cli_language import say, spoken_language
from strategies.sensitivity import montecarlo_bounds

EXIT_USAGE = 2
EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl+C
_UNDECODED = re.compile("[\udc80-\udcff]+")  # how os.fsdecode keeps undecodable bytes


class UsageError(Exception):
    """Bad arguments: main prints the message as one line and exits with EXIT_USAGE."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage block
        raise UsageError(f"{self.prog}: {message}")


def fraction(text: str) -> float:
    """An argparse type: a number in [0, 1]."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say("{text!r} is not a number").format(text=text)
        ) from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(say("{text} is outside [0, 1]").format(text=text))
    return value


def within(bound: montecarlo_bounds.Bound):
    """An argparse type: a whole number within the core's bound."""

    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                say("{text!r} is not a whole number").format(text=text)
            ) from None
        if not bound.contains(value):
            raise argparse.ArgumentTypeError(
                say("{text} is outside [{low:,}, {high:,}]").format(
                    text=text, low=bound.low, high=bound.high
                )
            ) from None
        return value

    whole_number.__name__ = bound.name  # argparse names the type in its messages
    return whole_number


def add_synthesis_option(parser: argparse.ArgumentParser) -> None:
    """``--synthesis`` (alias ``--mode``) ideal|distributive, overriding the session's."""
    parser.add_argument(
        "--synthesis",
        "--mode",
        dest="synthesis",
        default=None,
        choices=("ideal", "distributive"),
        help=say(
            "scale each criterion's strategy priorities by the best "
            "strategy (ideal) or to shares summing to 1 (distributive); "
            "default: the session's (ideal for a new session)"
        ),
    )


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """``--model DIR``: the model folder to plan with (default: the model that ships with the app)."""
    parser.add_argument(
        "--model",
        default=None,
        metavar=say("DIR"),
        help=say("a model folder (default: the model that ships with the app)"),
    )


def load_model_option(folder: str | None, prog: str):
    """The model in folder (the shipped one when None); a folder that cannot be used is a
    usage error naming the folder and the problem, in one line."""
    from strategies.model import load_model

    if folder is not None and not Path(folder).is_dir():
        what = "not a folder" if Path(folder).exists() else "no such folder"
        raise UsageError(f"{prog}: cannot use the model folder {one_line(folder)}: {what}")
    try:
        return load_model(None if folder is None else Path(folder))
    except Exception as error:  # ModelError, or a folder the loader did not foresee: input
        raise UsageError(f"{prog}: {model_problem(folder, error)}") from None


def model_problem(folder: str | None, error: Exception) -> str:
    """One line naming the model folder and what is wrong with it."""
    from strategies.model import ModelError

    text = str(error) if isinstance(error, ModelError) else f"{type(error).__name__}: {error}"
    text = one_line((text.splitlines() or [""])[0])
    name = one_line(str(Path(folder))) if folder is not None else ""
    if name and name not in text:
        text = f"model folder {name}: {text}"
    return f"cannot use the model: {text}"


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


def model_and_session(
    folder: str | None, path: str | None, prog: str, session_prog: str | None = None
):
    """The model and the LoadedSession (None without path) a command works on: the model the
    session file carries, unless ``--model DIR`` is given: then DIR's model, the session fitted
    to it and what that dropped said on stderr."""
    model = load_model_option(folder, prog)
    if path is None:
        return model, None
    loaded = load_session_file(model, path, session_prog or prog, fit=folder is not None)
    return (loaded.model or model), loaded


def load_session_file(model, path: str, prog: str, fit: bool = True):
    """The LoadedSession at path (session, file metadata), its warnings said on stderr; a file
    that cannot be read is a usage error that names prog. A file made with another model is
    fitted to model (``fit``; what that drops is said on stderr) or kept with its own."""
    from strategies.session_file import SessionFileError, read_session

    try:
        loaded = read_session(path, model)
    except SessionFileError as error:
        raise UsageError(f"{prog}: cannot open session {one_line(path)}: {error}") from None
    from desktop.session_warnings import warning_lines

    own = loaded.model or model
    for line in warning_lines(loaded.warnings, own):  # said, never silently applied
        print(f"{prog}: {say('warning')}: {one_line(path)}: {line}", file=sys.stderr)
    if fit and loaded.carries_other_model(model):
        return _fitted(loaded, model, path, prog)
    return loaded


def _fitted(loaded, model, path: str, prog: str):
    """The loaded session fitted to model (another version or an edit of its own model), what
    changed and each thing dropped said on stderr. A session of another model (another id) is
    refused: an id both models use need not mean the same thing there."""
    from desktop.session_warnings import warning_lines
    from strategies.model_edit import reconcile
    from strategies.session_file import OtherModelError
    from strategies.session_io.decode import SavedModel
    from strategies.session_io.reconcile import model_changes

    own = loaded.model
    if own.id != model.id:
        error = OtherModelError("model.id", own.id, own.version, (model.id, model.version))
        raise UsageError(f"{prog}: cannot open session {one_line(path)}: {error}")
    saved = SavedModel(own.id, own.version, own.content_hash, own.criteria, own.strategy_ids)
    fitted = reconcile(loaded.session, own, model)
    lines = [*warning_lines([model_changes(saved, model)], model)]
    lines += [dropped.describe(spoken_language()) for dropped in fitted.dropped]
    for line in lines:
        print(f"{prog}: {say('warning')}: {one_line(path)}: {line}", file=sys.stderr)
    return replace(loaded, session=fitted.session, model=model)


def one_line(path: str) -> str:
    """A file name as typed, or escaped when it holds a line break or other control."""
    return path if path.isprintable() else repr(path)


def readable(text: str) -> str:
    """text with the bytes Python could not decode in the locale (kept as surrogates, e.g.
    UTF-8 in an ASCII locale) decoded as UTF-8, or shown as \\x escapes."""
    return _UNDECODED.sub(
        lambda run: bytes(ord(c) - 0xDC00 for c in run.group()).decode("utf-8", "backslashreplace"),
        text,
    )
