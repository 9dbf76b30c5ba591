"""Export one evaluation to a file: the code the window and the command line both run.

The format follows the file name's extension. Bytes are made in memory first and then written
atomically (temporary file, fsync, rename), so a failure leaves no partial file behind.
"""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.formats import ExportFormat, format_for, suffixes
from strategies.file_write import FileWriteError
from strategies.session_io.atomic import write_atomically

if TYPE_CHECKING:  # the analyses and the report are imported when an export runs,
    # so that File → Export… costs the window's start nothing
    from desktop.export.content import Report
    from strategies.evaluation import Evaluation
    from strategies.sensitivity.analyses import Analyses
    from strategies.sensitivity.bundle import SensitivityBundle
    from strategies.session import MonteCarloSettings


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the planner."""


class UnknownFormat(ExportError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            f"{path.name}: unknown format {path.suffix or '(no extension)'!r}; "
            f"use one of {', '.join(suffixes())}"
        )


class BadOutputPath(ExportError):
    """The output path cannot take an export; ``problem`` says why (one of the names below)."""

    FOLDER = "names a folder, not a file"
    TRAILING_SEPARATOR = "ends in a path separator, so it names a folder, not a file"
    NO_FOLDER = "is in a folder that does not exist"
    PARENT_NOT_FOLDER = "is in something that is not a folder"
    NOT_REGULAR = "is not a regular file (a pipe, socket or device)"
    INVALID = "is not a valid file name"

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path!r} {problem}")


class OntoOpenSession(ExportError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"{path} is the open session file; choose another name")


class CannotWrite(ExportError):
    """The file could not be written; ``errno`` tells why (ENOSPC, EACCES, …) when known."""

    def __init__(self, path: Path, reason: str, code: int | None):
        self.path, self.reason, self.errno = path, reason, code
        super().__init__(f"cannot write {path}: {reason}")

    @property
    def disk_full(self) -> bool:
        return self.errno in (errno.ENOSPC, errno.EDQUOT)

    @property
    def not_permitted(self) -> bool:
        return self.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def export_format(path: str | os.PathLike) -> ExportFormat:
    """The format of path by its extension; raise UnknownFormat when it has none we write."""
    found = format_for(Path(path).suffix)
    if found is None:
        raise UnknownFormat(Path(path))
    return found


def refuse_open_session(path: Path, open_session: Path | None) -> None:
    """Raise OntoOpenSession when path names the session file that is open."""
    if open_session is None:
        return
    same = path.resolve() == Path(open_session).resolve()
    if not same and path.exists() and Path(open_session).exists():
        same = os.path.samefile(path, open_session)
    if same:
        raise OntoOpenSession(path)


def write_file(path: Path, data: bytes) -> None:
    """Write atomically; raise CannotWrite (with the OS's reason) on failure."""
    try:
        write_atomically(path, data)
    except FileWriteError as error:
        raise CannotWrite(path, error.reason, error.errno) from error


def export_report(
    evaluation: Evaluation,
    path: str | os.PathLike,
    lang: str,
    settings: MonteCarloSettings | None = None,
    open_session: Path | None = None,
    now: datetime | None = None,
    analyses: Analyses | None = None,
) -> Report:
    """Analyse, render and write the recommendation of evaluation to path; return it.

    analyses: the evaluation's analyses when the caller keeps them (the window's document
    does), so that nothing already computed for the pages is computed again."""
    from desktop.export.content import build_report
    from desktop.export.output_path import checked_output_path

    refuse_open_session(Path(path), open_session)  # first: whatever its extension says
    target = checked_output_path(path)
    export = export_format(target)
    settings = settings or evaluation.session.monte_carlo
    bundle = _analyse(evaluation, settings, analyses)
    report = build_report(evaluation, bundle, lang, now, settings)
    write_file(target, export.render(report))
    return report


def _analyse(
    evaluation: Evaluation, settings: MonteCarloSettings | None, analyses: Analyses | None
) -> SensitivityBundle:
    """Every analysis; one that gives nothing (a Monte Carlo that kept no sample) is marked
    unavailable in the report instead of stopping the export."""
    from strategies.sensitivity.bundle import sensitivity_bundle

    return sensitivity_bundle(evaluation, settings, analyses=analyses)
