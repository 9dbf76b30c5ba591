"""Why an export cannot be done: one line for the planner, with what the window needs to
explain it in the planner's language."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.export.formats import suffixes


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the planner."""


class UnknownFormat(ExportError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            f"{path.name}: unknown format {path.suffix or '(no extension)'!r}; "
            f"use one of {', '.join(suffixes())}"
        )


class BadOutputPath(ExportError):
    """The output path cannot take an export; ``problem`` says why (one of the names below)."""

    FOLDER = "names a folder, not a file"
    TRAILING_SEPARATOR = "ends in a path separator, so it names a folder, not a file"
    NO_FOLDER = "is in a folder that does not exist"
    PARENT_NOT_FOLDER = "is in something that is not a folder"
    NOT_REGULAR = "is not a regular file (a pipe, socket or device)"
    INVALID = "is not a valid file name"

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path!r} {problem}")


class OntoOpenSession(ExportError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"{path} is the open session file; choose another name")


class CannotWrite(ExportError):
    """The file could not be written; ``errno`` tells why (ENOSPC, EACCES, …) when known."""

    def __init__(self, path: Path, reason: str, code: int | None):
        self.path, self.reason, self.errno = path, reason, code
        super().__init__(f"cannot write {path}: {reason}")

    @property
    def disk_full(self) -> bool:
        return self.errno in (errno.ENOSPC, errno.EDQUOT)

    @property
    def not_permitted(self) -> bool:
        return self.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
