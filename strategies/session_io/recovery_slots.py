"""One recovery file per window in the shared data folder, and the orphans that crashes leave.

A window's file is ``recovery-<owner>.cspsession``; the window owns it by holding a lock on
``recovery-<owner>.lock`` for as long as the file is its own. The kernel drops the lock when the
process dies, so after a crash the file is an orphan: no live window holds its lock. A window
only ever writes and removes its own file; another window's save or discard never touches it.
``recovery.cspsession`` of earlier versions (one per user, never locked) counts as an orphan.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from pathlib import Path

from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io.errors import SessionFileError
from strategies.session_io.file_lock import is_held, try_lock
from strategies.session_io.info import SessionFileInfo
from strategies.session_io.recovery import cannot, write_recovery
from strategies.session_io.schema import FILE_EXTENSION

LOCK_SUFFIX = ".lock"
_OWNER = r"recovery-[0-9a-f]{32}"
_RECOVERY = re.compile(rf"(?:{_OWNER}|recovery){re.escape(FILE_EXTENSION)}")
_LOCK = re.compile(rf"{_OWNER}{re.escape(LOCK_SUFFIX)}")
_CLAIM_ATTEMPTS = 20


class RecoverySlot:
    """A window's own recovery file, claimed (locked) on first write or on adopting an orphan,
    and given up (file removed, lock released) on discard."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path: Path | None = None
        self._lock: int | None = None

    def write(
        self,
        session: Session,
        model: PlanningModel,
        info: SessionFileInfo,
        document_path: str | Path | None = None,
    ) -> Path:
        """Write the session to this window's recovery file (claiming one if needed)."""
        path = self.path if self.path is not None else self._claim()
        return write_recovery(path, session, model, info, document_path)

    def adopt(self, orphan: Path) -> bool:
        """Make an orphan this window's own file, where it stays until a save or discard;
        False if another window took it first."""
        descriptor = _take_lock(lock_path(orphan))
        if descriptor is None:
            return False
        if not orphan.is_file():  # another window adopted and discarded it meanwhile
            _unlink_and_close(lock_path(orphan), descriptor)
            return False
        with contextlib.suppress(SessionFileError):
            self.discard()  # the window's own earlier file: its session has just been replaced
        self.path, self._lock = orphan, descriptor
        return True

    def discard(self) -> None:
        """Remove this window's recovery file and release its lock; no error if there is none."""
        if self.path is None:
            return
        path, descriptor = self.path, self._lock
        self.path = self._lock = None
        _remove_with_lock(path, descriptor)

    def _claim(self) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise cannot(f"create {self.folder}", error) from None
        for _ in range(_CLAIM_ATTEMPTS):
            owner = f"recovery-{secrets.token_hex(16)}"
            lock = self.folder / f"{owner}{LOCK_SUFFIX}"
            try:
                descriptor = _locked_open(
                    lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, own_new_file=True
                )
            except OSError as error:
                raise cannot(f"create {lock}", error) from None
            if descriptor is not None:
                self.path, self._lock = self.folder / f"{owner}{FILE_EXTENSION}", descriptor
                return self.path
        raise cannot("lock a recovery file", OSError("no lock could be taken"))


def lock_path(recovery: Path) -> Path:
    return recovery.with_name(recovery.name.removesuffix(FILE_EXTENSION) + LOCK_SUFFIX)


def orphaned_recoveries(folder: str | Path) -> list[Path]:
    """The recovery files no live window owns, newest first; removes stale lock files."""
    folder = Path(folder)
    found = []
    for path in _entries(folder, _RECOVERY):
        with contextlib.suppress(OSError):
            status = path.lstat()
            if stat.S_ISREG(status.st_mode) and not is_held(lock_path(path)):
                found.append((status.st_mtime, path.name, path))
    _remove_stale_locks(folder)
    return [path for *_key, path in sorted(found, reverse=True)]


def remove_orphan(path: Path) -> None:
    """Remove an orphaned recovery file (the planner discarded it) unless a window took it."""
    descriptor = _take_lock(lock_path(path))
    if descriptor is None:
        return
    _remove_with_lock(path, descriptor)


def _remove_with_lock(path: Path, descriptor: int | None) -> None:
    """Remove a recovery file, then its lock file, releasing the lock held on it."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise cannot("remove the recovery file", error) from None
    finally:
        _unlink_and_close(lock_path(path), descriptor)


def _entries(folder: Path, pattern: re.Pattern) -> list[Path]:
    try:
        return [folder / name for name in os.listdir(folder) if pattern.fullmatch(name)]
    except OSError:
        return []


def _remove_stale_locks(folder: Path) -> None:
    """Lock files of windows that died without a recovery file (a crash after a save)."""
    for lock in _entries(folder, _LOCK):
        recovery = lock.with_name(lock.name.removesuffix(LOCK_SUFFIX) + FILE_EXTENSION)
        if not recovery.exists():
            descriptor = _take_lock(lock, os.O_RDWR)
            if descriptor is not None:
                _unlink_and_close(lock, descriptor)


def _locked_open(lock: Path, flags: int, own_new_file: bool = False) -> int | None:
    """Open and lock the lock file; None if a live owner holds it (OSError if it cannot be
    opened). The file must still be the one at lock afterwards: a clean-up may have removed it
    just before the lock was taken. A window's own new file is kept even where the file system
    cannot lock (its autosave still reaches the disk; such files are never offered, see
    is_held)."""
    descriptor = os.open(lock, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        locked = try_lock(descriptor)
        if (locked or (locked is None and own_new_file)) and _same_file(descriptor, lock):
            return descriptor
    except OSError:
        pass
    os.close(descriptor)
    return None


def _take_lock(lock: Path, flags: int = os.O_RDWR | os.O_CREAT) -> int | None:
    """The lock of another window's file, if it can be taken now (any problem: it cannot)."""
    try:
        return _locked_open(lock, flags)
    except OSError:
        return None


def _same_file(descriptor: int, path: Path) -> bool:
    opened, named = os.fstat(descriptor), os.stat(path, follow_symlinks=False)
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


def _unlink_and_close(lock: Path, descriptor: int | None) -> None:
    if descriptor is None:
        return
    with contextlib.suppress(OSError):
        lock.unlink()  # while still holding it, so no one locks a file that is going away
    os.close(descriptor)
