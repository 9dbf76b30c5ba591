"""Replace a file atomically: a crash or a full disk mid-save leaves the old file intact."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from strategies.session_io.errors import FileProblem, SessionFileError

_NEW_FILE_MODE = 0o666  # the process umask narrows it, as for any new file


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to a temporary file beside path, fsync it, rename it over path, fsync the
    folder; on failure remove the temporary file and raise SessionFileError."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_synced(temporary, data, _mode_of(path))
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise SessionFileError("", f"cannot save {path.name} "
                                       f"({error.strerror or error})",
                                   FileProblem.CANNOT_WRITE) from None
        raise


def _write_synced(temporary: Path, data: bytes, mode: int | None) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, _NEW_FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        if mode is not None:
            os.chmod(temporary, mode)  # keep the permissions of the file it replaces
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _mode_of(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows cannot open folders)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
