"""The autosave recovery file: one per data folder, holding the unsaved session and the path
of the document it belongs to (none for an untitled session). Qt-free: the desktop passes
its data folder (QStandardPaths.AppDataLocation)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io.atomic import write_atomically
from strategies.session_io.errors import FileProblem, SessionFileError
from strategies.session_io.guard import parse_json, read_file_bytes
from strategies.session_io.info import SessionFileInfo
from strategies.session_io.loading import LoadedSession, load_located, session_bytes
from strategies.session_io.located import Located
from strategies.session_io.schema import FILE_EXTENSION

RECOVERY_FORMAT = "cluster-strategy-planner/recovery"
RECOVERY_FILE_NAME = f"recovery{FILE_EXTENSION}"


@dataclass(frozen=True)
class RecoveredSession:
    """What a recovery file gives back: the loaded session and the file it was open as."""

    loaded: LoadedSession
    document_path: Path | None


def recovery_path(folder: str | Path) -> Path:
    return Path(folder) / RECOVERY_FILE_NAME


def write_recovery(folder: str | Path, session: Session, model: PlanningModel,
                   info: SessionFileInfo, document_path: str | Path | None = None) -> Path:
    """Write the recovery file atomically (creating the folder) and return its path."""
    document = json.loads(session_bytes(session, model, info))
    envelope = {"format": RECOVERY_FORMAT,
                "document": None if document_path is None else str(document_path),
                "session": document}
    path = recovery_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot(f"create {path.parent}", error) from None
    data = json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, data.encode("utf-8"))
    return path


def read_recovery(folder: str | Path, model: PlanningModel) -> RecoveredSession | None:
    """The session of the recovery file, or None when there is none."""
    path = recovery_path(folder)
    if not path.is_file():
        return None
    root = Located(parse_json(read_file_bytes(path)))
    if not isinstance(root.value, dict) or root.value.get("format") != RECOVERY_FORMAT:
        raise SessionFileError("", "this is not a recovery file", FileProblem.NOT_A_SESSION)
    fields = root.record(("format", "document", "session"))
    document = fields["document"]
    return RecoveredSession(load_located(fields["session"], model),
                            None if document.value is None else Path(document.as_text()))


def remove_recovery(folder: str | Path) -> None:
    """Remove the recovery file (after a normal save or a discard); no error if absent."""
    try:
        recovery_path(folder).unlink(missing_ok=True)
    except OSError as error:
        raise _cannot("remove the recovery file", error) from None


def _cannot(what: str, error: OSError) -> SessionFileError:
    return SessionFileError("", f"cannot {what} ({error.strerror or error})",
                            FileProblem.CANNOT_WRITE)
