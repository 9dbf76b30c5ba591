"""Export one evaluation to a file: the code the window and the command line both run.

The format follows the file name's extension. Bytes are made in memory first and then written
atomically (temporary file, fsync, rename), so a failure leaves no partial file behind.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.errors import (
    BadOutputPath,
    CannotWrite,
    ExportError,
    OntoOpenSession,
    UnknownFormat,
)
from desktop.export.output_path import checked_output_path, export_format
from strategies.file_write import FileWriteError
from strategies.session_io.atomic import write_atomically

# The callers' one door: the errors and the format check are named here for them.
__all__ = [
    "BadOutputPath",
    "CannotWrite",
    "ExportError",
    "OntoOpenSession",
    "UnknownFormat",
    "export_format",
    "export_report",
    "refuse_open_session",
    "write_file",
]

if TYPE_CHECKING:  # the analyses and the report are imported when an export runs,
    # so that File → Export… costs the window's start nothing
    from desktop.export.content import Report
    from strategies.evaluation import Evaluation
    from strategies.sensitivity.analyses import Analyses
    from strategies.sensitivity.bundle import SensitivityBundle
    from strategies.session import MonteCarloSettings, Session


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
    planner_session: Session | None = None,
) -> Report:
    """Analyse, render and write the recommendation of evaluation to path; return it.

    analyses: the evaluation's analyses when the caller keeps them (the window's document
    does), so that nothing already computed for the pages is computed again.
    planner_session: the session the evaluation was made of, with each expert's own
    judgments: for the panel section (see build_report) and the panel's resampling."""
    from desktop.export.content import build_report

    refuse_open_session(Path(path), open_session)  # first: whatever its extension says
    target = checked_output_path(path)
    export = export_format(target)
    settings = settings or evaluation.session.monte_carlo
    bundle = _analyse(evaluation, settings, analyses, planner_session)
    report = build_report(evaluation, bundle, lang, now, settings, planner_session)
    write_file(target, export.render(report))
    return report


def _analyse(
    evaluation: Evaluation,
    settings: MonteCarloSettings | None,
    analyses: Analyses | None,
    session: Session | None,
) -> SensitivityBundle:
    """Every analysis; one that gives nothing (a Monte Carlo that kept no sample) is marked
    unavailable in the report instead of stopping the export."""
    from strategies.sensitivity.bundle import sensitivity_bundle

    return sensitivity_bundle(evaluation, settings, analyses=analyses, session=session)
