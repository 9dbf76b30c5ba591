"""Read and write whole session documents: header checks, migration, decoding, fitting to the
model, and the bytes written (checked by reading them back before any file is touched)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from strategies.file_write import FileWriteError
from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io import schema
from strategies.session_io.atomic import write_atomically
from strategies.session_io.decode import decode_document
from strategies.session_io.embedded import file_model
from strategies.session_io.encode import session_to_dict
from strategies.session_io.errors import (
    FileProblem,
    OtherModelError,
    SessionFileError,
    cannot_save,
    shown,
)
from strategies.session_io.experts import decode_experts, fit_experts
from strategies.session_io.guard import parse_json, read_file_bytes
from strategies.session_io.info import SessionFileInfo
from strategies.session_io.located import Located
from strategies.session_io.migrations import SYNTHESIS_SINCE, migrate
from strategies.session_io.notices import DistributiveKept, FormatMigrated, SessionFileWarning
from strategies.session_io.reconcile import fit_to_model


@dataclass(frozen=True)
class LoadedSession:
    """A session read from a file, its metadata, and what the planner should be told."""

    session: Session
    info: SessionFileInfo
    warnings: tuple[SessionFileWarning, ...] = ()
    schema_version: int = schema.SCHEMA_VERSION  # the version the file was written in
    # The model the session is for: the model at hand, or the one the file carries when that
    # differs (its content_hash then differs from the model at hand's).
    model: PlanningModel | None = field(default=None, compare=False)

    def carries_other_model(self, model: PlanningModel) -> bool:
        """Whether the session is for another model than model (the file's own)."""
        return self.model is not None and self.model.content_hash != model.content_hash


def session_from_dict(document: object, model: PlanningModel) -> LoadedSession:
    """Check, migrate and decode a parsed document for model (pure: no file)."""
    return load_located(Located(document), model)


def load_located(root: Located, model: PlanningModel) -> LoadedSession:
    version = _schema_version(root)
    document = migrate(root, version)
    located = Located(document, root.path)
    unlinked = version >= schema.UNLINKED_JUDGMENTS_SINCE
    try:
        model = file_model(located, model)
        decoded = decode_document(located, model, unlinked)
        experts = decode_experts(located.key("experts"), model, unlinked)
    except SessionFileError as error:
        if version == schema.SCHEMA_VERSION or isinstance(error, OtherModelError):
            raise
        raise SessionFileError(
            error.path,
            f"{error.message} (in the file as migrated from schema version {version})",
            error.problem,
        ) from None
    session, fitted = fit_to_model(
        replace(decoded.session, experts=experts), decoded.saved_model, model
    )
    session = fit_experts(session, model, found := list(fitted))
    warnings = tuple(found)
    _check_evaluates(session, model)
    if version < SYNTHESIS_SINCE:
        warnings = (DistributiveKept(), *warnings)
    if version < schema.SCHEMA_VERSION:
        warnings = (FormatMigrated(version, schema.SCHEMA_VERSION), *warnings)
    return LoadedSession(session, decoded.info, warnings, version, model)


def _check_evaluates(session: Session, model: PlanningModel) -> None:
    """The last guard: a session that opens can be evaluated (a value the checks above let
    through must not crash the ranking later, as an ordinal indicator's number once did)."""
    # numpy and ahpy: only once a file is read
    from strategies.panel.session_panel import session_evaluation

    try:
        session_evaluation(model, session)
    except Exception as error:  # whatever it is, the file is the cause: say so, in one line
        first_line = (str(error).splitlines() or [""])[0][:120]
        raise SessionFileError(
            "", f"the session cannot be evaluated ({type(error).__name__}: {first_line})"
        ) from None


def _schema_version(root: Located) -> int:
    if not isinstance(root.value, dict) or "format" not in root.value:
        raise SessionFileError(
            root.path,
            'this is not a session file of Cluster Strategy Planner (no "format" key)',
            FileProblem.NOT_A_SESSION,
        )
    marker = root.key("format")
    if marker.value != schema.FORMAT:
        raise SessionFileError(
            marker.path,
            f"{shown(marker.value)} is not {schema.FORMAT!r}",
            FileProblem.NOT_A_SESSION,
        )
    located = root.key("schema_version")
    version = located.as_integer(1, 2**31)
    if version > schema.SCHEMA_VERSION:
        raise SessionFileError(
            located.path,
            f"version {version} is newer than this app "
            f"reads (up to {schema.SCHEMA_VERSION}); update "
            f"the app",
            FileProblem.FUTURE_VERSION,
        )
    return version


def session_bytes(session: Session, model: PlanningModel, info: SessionFileInfo) -> bytes:
    """The file's bytes; refuses a session that would not read back (NaN, bad values)."""
    document = session_to_dict(session, model, info)
    try:
        text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError as error:
        raise SessionFileError(
            "", f"the session holds a value JSON cannot store ({error})"
        ) from None
    load_located(Located(json.loads(text)), model)
    return text.encode("utf-8")


def read_session(path: str | os.PathLike, model: PlanningModel) -> LoadedSession:
    """Open a session file for model; any problem raises SessionFileError. A file that carries
    another model opens with that one (``LoadedSession.model``)."""
    return load_located(Located(parse_json(read_file_bytes(Path(path)))), model)


def write_session(
    path: str | os.PathLike, session: Session, model: PlanningModel, info: SessionFileInfo
) -> None:
    """Save atomically: the previous file stays intact if anything fails."""
    data = session_bytes(session, model, info)
    try:
        write_atomically(Path(path), data)
    except FileWriteError as error:
        raise cannot_save(error) from error
