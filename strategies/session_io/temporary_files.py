"""The temporary files of atomic saves: their names, and the clean-up of those a killed save left.

Names are short and of fixed length (37 bytes), so that a target name of up to NAME_MAX
(255 bytes) still gets a legal temporary name beside it.

A leftover is removed on the next save to its folder only when all of these hold:
- its name is ours: ``.cluster-planner-<16 hex>.tmp``, or the pattern of earlier versions
  ``.<target name>.<8 hex>.tmp`` for the very file being saved;
- it is a regular file (never a link, folder, FIFO or device);
- no live save holds its lock (every save locks its temporary file from creation to rename, and
  the kernel drops the lock of a killed process);
- it has content or is older than ``EMPTY_GRACE_SECONDS``: a save creates its file an instant
  before it locks it, and an empty file may be in that instant.
On a file system that cannot lock, only files older than ``UNLOCKABLE_STALE_SECONDS`` go.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from pathlib import Path

from strategies.session_io.file_lock import try_lock

PREFIX, SUFFIX = ".cluster-planner-", ".tmp"
_TOKEN_BYTES = 8
_OURS = re.compile(re.escape(PREFIX) + r"[0-9a-f]{16}" + re.escape(SUFFIX))
EMPTY_GRACE_SECONDS = 10
UNLOCKABLE_STALE_SECONDS = 3600


def new_temporary_name() -> str:
    return f"{PREFIX}{secrets.token_hex(_TOKEN_BYTES)}{SUFFIX}"


def is_temporary_name(name: str, target_name: str) -> bool:
    """Whether name is one of our temporary files for saves of target_name's folder."""
    if _OURS.fullmatch(name):
        return True
    earlier = re.escape(f".{target_name}.") + r"[0-9a-f]{8}" + re.escape(SUFFIX)
    return re.fullmatch(earlier, name) is not None


def remove_stale_temporaries(folder: Path, target_name: str) -> list[Path]:
    """Remove the leftovers of killed saves in folder (see the module doc); return them.
    Never raises: clean-up must not stop a save."""
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if is_temporary_name(entry.name, target_name) and _remove_if_stale(Path(entry.path)):
                removed.append(Path(entry.path))
    return removed


def _remove_if_stale(path: Path) -> bool:
    try:
        status = path.lstat()
        if not stat.S_ISREG(status.st_mode):
            return False
        descriptor = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except OSError:
        return False
    try:
        if not _is_stale(try_lock(descriptor), status):
            return False
        path.unlink()  # while holding its lock: no save can be using it
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _is_stale(locked: bool | None, status: os.stat_result) -> bool:
    age = time.time() - status.st_mtime
    if locked is None:
        return age > UNLOCKABLE_STALE_SECONDS
    return locked and (status.st_size > 0 or age > EMPTY_GRACE_SECONDS)
