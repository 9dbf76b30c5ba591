"""The session file: one UTF-8 JSON document per session (see docs/session-format.md).

The public door to ``strategies.session_io``: read and write files atomically, convert to and
from plain dicts, and keep an autosave recovery file. Every problem with a file raises
SessionFileError naming the field path; nothing in a file is ever executed.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from strategies.session_io.encode import session_to_dict
from strategies.session_io.errors import FileProblem, OtherModelError, SessionFileError
from strategies.session_io.guard import MAX_DEPTH, MAX_FILE_BYTES
from strategies.session_io.info import SessionFileInfo, current_app_version
from strategies.session_io.loading import (
    LoadedSession,
    read_session,
    session_bytes,
    session_from_dict,
    write_session,
)
from strategies.session_io.notices import (
    DistributiveKept,
    FormatMigrated,
    ItemsDropped,
    JudgmentsDropped,
    JudgmentsReset,
    ModelChanged,
    NeutralJudgmentsAdded,
    RatingsDefaulted,
    SessionFileWarning,
    UnknownIndicatorEdits,
)
from strategies.session_io.recovery import RecoveredSession, read_recovery, write_recovery
from strategies.session_io.recovery_slots import RecoverySlot, orphaned_recoveries, remove_orphan
from strategies.session_io.schema import FILE_EXTENSION, FORMAT, SCHEMA_VERSION

EXAMPLE_FILE_NAME = f"foshan-example{FILE_EXTENSION}"


def example_session_path() -> Path:
    """The example session shipped with the app (made for the model that ships)."""
    return Path(str(resources.files("resources") / "examples" / EXAMPLE_FILE_NAME))


__all__ = [
    "FILE_EXTENSION",
    "FORMAT",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "SCHEMA_VERSION",
    "DistributiveKept",
    "FileProblem",
    "FormatMigrated",
    "ItemsDropped",
    "JudgmentsDropped",
    "JudgmentsReset",
    "LoadedSession",
    "ModelChanged",
    "NeutralJudgmentsAdded",
    "RatingsDefaulted",
    "RecoveredSession",
    "RecoverySlot",
    "OtherModelError",
    "SessionFileError",
    "SessionFileInfo",
    "SessionFileWarning",
    "UnknownIndicatorEdits",
    "current_app_version",
    "example_session_path",
    "orphaned_recoveries",
    "read_recovery",
    "read_session",
    "remove_orphan",
    "session_bytes",
    "session_from_dict",
    "session_to_dict",
    "write_recovery",
    "write_session",
]
