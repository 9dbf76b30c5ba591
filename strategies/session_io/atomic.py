"""Replace a file atomically: a crash or a full disk mid-save leaves the old file intact.

Symbolic links are followed to their final target, and the target is replaced (the links stay
links): the temporary file sits beside the target, in the target's folder, so the rename is
atomic there. A dangling link gets its target created; a loop or a chain of more than
``MAX_LINKS`` links is refused (ELOOP). A file with several hard links is replaced by a new
file under the saved name only: its other names keep the previous content, as with every
editor that saves by rename (atomicity first).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from strategies.file_write import FileWriteError
from strategies.session_io.file_lock import try_lock
from strategies.session_io.temporary_files import new_temporary_name, remove_stale_temporaries

_NEW_FILE_MODE = 0o666  # the process umask narrows it, as for any new file
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
MAX_LINKS = 40  # Linux's own limit on a chain of symbolic links


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to a temporary file beside path's final target, fsync it, rename it over the
    target, fsync the folder; on failure remove the temporary file and raise FileWriteError."""
    try:
        target = final_target(Path(path))
    except OSError as error:
        raise FileWriteError.from_os_error(Path(path), error) from error
    remove_stale_temporaries(target.parent, target.name)
    temporary = target.parent / new_temporary_name()
    try:
        _write_and_rename(temporary, target, data)
        _sync_folder(target.parent)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise FileWriteError.from_os_error(Path(path), error) from error
        raise


def final_target(path: Path) -> Path:
    """The file a chain of symbolic links at path ends in (path itself if it is no link)."""
    for _ in range(MAX_LINKS):
        if not path.is_symlink():
            return path
        path = path.parent / os.readlink(path)  # an absolute link replaces the whole path
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


def _write_and_rename(temporary: Path, target: Path, data: bytes) -> None:
    mode = _mode_of(target)
    descriptor = os.open(temporary, _CREATE, _NEW_FILE_MODE)
    still_open = True
    try:
        try_lock(descriptor)  # held until the rename: other saves' clean-up leaves it alone
        if mode is not None:
            os.chmod(temporary, mode)  # keep the permissions of the file it replaces
        with os.fdopen(descriptor, "wb", closefd=False) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name != "posix":  # Windows cannot rename a file that is open
            os.close(descriptor)
            still_open = False
        os.replace(temporary, target)
    finally:
        if still_open:
            os.close(descriptor)


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
