"""Is this a file an export can be written to? Checked before any work, for the command line
and the window alike: a name that denotes a folder, a missing folder, something that is not a
regular file or an unknown extension is refused with one clear line.

Only what can be known beforehand is checked; what the write itself finds (no permission, a
full disk) is reported by the write.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.export.errors import BadOutputPath, UnknownFormat
from desktop.export.formats import ExportFormat, format_for

_FOLDER_NAMES = ("", ".", "..")


def checked_output_path(raw: str | os.PathLike) -> Path:
    """raw as a Path when an export may be written there; raise BadOutputPath (or
    UnknownFormat) otherwise. Give the text as typed: Path() drops a trailing '/'."""
    text = os.fspath(raw)
    if not text.strip() or "\0" in text:
        raise BadOutputPath(text, BadOutputPath.INVALID)
    if text.endswith(tuple(filter(None, (os.sep, os.altsep)))):
        raise BadOutputPath(text, BadOutputPath.TRAILING_SEPARATOR)
    if os.path.basename(text) in _FOLDER_NAMES:
        raise BadOutputPath(text, BadOutputPath.FOLDER)
    path = Path(text)
    if _kind(path) == "folder":
        raise BadOutputPath(text, BadOutputPath.FOLDER)
    export_format(path)
    parent = _kind(path.parent)
    if parent == "missing":
        raise BadOutputPath(text, BadOutputPath.NO_FOLDER)
    if parent not in ("folder", "unknown"):
        raise BadOutputPath(text, BadOutputPath.PARENT_NOT_FOLDER)
    if _kind(path) == "special":
        raise BadOutputPath(text, BadOutputPath.NOT_REGULAR)
    return path


def _kind(path: Path) -> str:
    """'missing', 'folder', 'file', 'special' (FIFO, socket, device) or 'unknown'."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except (OSError, ValueError):
        return "unknown"  # no permission to look, a name too long …: the write will say
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "special"


def export_format(path: str | os.PathLike) -> ExportFormat:
    """The format of path by its extension; raise UnknownFormat when it has none we write."""
    found = format_for(Path(path).suffix)
    if found is None:
        raise UnknownFormat(Path(path))
    return found
