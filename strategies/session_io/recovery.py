"""The autosave recovery file: the unsaved session of one window and the path of the document it
belongs to (none for an untitled session). Which file belongs to which window is the business of
``recovery_slots``. Qt-free: the desktop passes its data folder (QStandardPaths.AppDataLocation).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from strategies.file_write import FileWriteError
from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io.atomic import write_atomically
from strategies.session_io.errors import FileProblem, SessionFileError, cannot_save
from strategies.session_io.guard import parse_json, read_file_bytes
from strategies.session_io.info import SessionFileInfo
from strategies.session_io.loading import LoadedSession, load_located, session_bytes
from strategies.session_io.located import Located

RECOVERY_FORMAT = "cluster-strategy-planner/recovery"


@dataclass(frozen=True)
class RecoveredSession:
    """What a recovery file gives back: the loaded session, the file it was open as, and when
    it was autosaved (the recovery file's modification time, UTC)."""

    loaded: LoadedSession
    document_path: Path | None
    autosaved: datetime


def write_recovery(
    path: str | Path,
    session: Session,
    model: PlanningModel,
    info: SessionFileInfo,
    document_path: str | Path | None = None,
) -> Path:
    """Write the recovery file at path atomically (creating its folder) and return path."""
    path = Path(path)
    document = json.loads(session_bytes(session, model, info))
    envelope = {
        "format": RECOVERY_FORMAT,
        "document": None if document_path is None else _stored_path(document_path),
        "session": document,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot(f"create {path.parent}", error) from None
    data = json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(path, data.encode("utf-8"))
    except FileWriteError as error:
        raise cannot_save(error) from error
    return path


def read_recovery(path: str | Path, model: PlanningModel) -> RecoveredSession:
    """The session of the recovery file at path; SessionFileError if it cannot be used."""
    path = Path(path)
    data = read_file_bytes(path)
    root = Located(parse_json(data))
    if not isinstance(root.value, dict) or root.value.get("format") != RECOVERY_FORMAT:
        raise SessionFileError("", "this is not a recovery file", FileProblem.NOT_A_SESSION)
    fields = root.record(("format", "document", "session"))
    document = fields["document"]
    return RecoveredSession(
        load_located(fields["session"], model), _read_path(document), _modified(path)
    )


def _stored_path(path: str | Path) -> str | dict[str, str]:
    """The path as text, or as its bytes in hex when it is no UTF-8 text (a file name in
    another encoding): JSON holds only UTF-8, and the planner's file must still be found."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return {"bytes_hex": os.fsencode(text).hex()}
    return text


def _read_path(document: Located) -> Path | None:
    if document.value is None:
        return None
    if isinstance(document.value, dict):
        encoded = document.record(("bytes_hex",))["bytes_hex"]
        try:
            return Path(os.fsdecode(bytes.fromhex(encoded.as_text())))
        except ValueError:
            raise encoded.fail("is not a file name in hexadecimal bytes") from None
    return Path(document.as_text())


def _modified(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as error:
        raise SessionFileError(
            "", f"cannot read the file ({error.strerror or error})", FileProblem.CANNOT_READ
        ) from None


def cannot(what: str, error: OSError) -> SessionFileError:
    return SessionFileError(
        "", f"cannot {what} ({error.strerror or error})", FileProblem.CANNOT_WRITE
    )
