"""The error of a file that could not be written, whatever the file is (a session, an export).

It carries what the operating system said, so that each caller words it for its own file: the
session code as a SessionFileError, the exports as a full disk or a missing permission.
"""

from __future__ import annotations

from pathlib import Path


class FileWriteError(Exception):
    """path could not be written; ``reason`` is the OS's words, ``errno`` its code if known."""

    def __init__(self, path: Path, reason: str, code: int | None = None):
        self.path, self.reason, self.errno = Path(path), reason, code
        super().__init__(f"cannot save {self.path.name} ({reason})")

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> FileWriteError:
        return cls(path, error.strerror or str(error), error.errno)
