"""Advisory locks on open files, without waiting: the kernel drops a lock when its holder dies,
so a lock that can be taken means its owner is gone (a crash leaves no stale lock).

POSIX: ``flock``, which conflicts between separate opens even inside one process (two windows
of one process are two owners). Windows: ``msvcrt.locking`` on the first byte.
"""

from __future__ import annotations

import errno
import os
import sys

# Chosen by platform (not by a failed import) so that a type checker knows which one exists.
if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


def try_lock(descriptor: int) -> bool | None:
    """Take an exclusive lock on the open file: True if taken, False if another open file
    holds it, None if this file system cannot lock (the caller must then assume it is held)."""
    try:
        if sys.platform == "win32":
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        return False if error.errno in _HELD_ELSEWHERE else None
    return True


def is_held(path: os.PathLike | str) -> bool:
    """Whether a live owner holds the lock of the file at path (a missing file is not held)."""
    try:
        descriptor = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot look: treat as in use, never take it away
    try:
        return try_lock(descriptor) is not True
    finally:
        os.close(descriptor)
