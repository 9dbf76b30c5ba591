"""The one error a session file raises: what is wrong, and where (a field path)."""

from __future__ import annotations

from enum import Enum

_SHOWN_LENGTH = 60


class FileProblem(Enum):
    """What kind of problem; the desktop picks its translated wording from this."""

    CANNOT_READ = "cannot_read"
    CANNOT_WRITE = "cannot_write"
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    NOT_A_SESSION = "not_a_session"
    FUTURE_VERSION = "future_version"
    OTHER_MODEL = "other_model"
    INVALID_VALUE = "invalid_value"


class SessionFileError(ValueError):
    """A session file that cannot be read or written.

    ``path`` is the field path inside the document ("criteria_judgments.L1.pairs[2].value"),
    empty when the problem concerns the whole file.
    """

    def __init__(self, path: str, message: str,
                 problem: FileProblem = FileProblem.INVALID_VALUE):
        self.path = path
        self.message = message
        self.problem = problem
        super().__init__(f"{path}: {message}" if path else message)


def shown(value: object) -> str:
    """A short one-line repr of a value for a message (long values are cut)."""
    text = repr(value)
    if len(text) <= _SHOWN_LENGTH:
        return text
    return text[:_SHOWN_LENGTH - 1] + "…"
