"""The one error a session file raises: what is wrong, and where (a field path)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import Enum

from strategies.file_write import FileWriteError

_SHOWN_LENGTH = 60
_SHOWN_ITEMS = 8
_LONGEST_INT_BITS = 1000  # repr of far longer ints is slow, or refused beyond 4,300 digits


class FileProblem(Enum):
    """What kind of problem; the desktop picks its translated wording from this."""

    CANNOT_READ = "cannot_read"
    NOT_A_FILE = "not_a_file"
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

    def __init__(self, path: str, message: str, problem: FileProblem = FileProblem.INVALID_VALUE):
        self.path = one_line(path)
        self.message = one_line(message)
        self.problem = problem
        super().__init__(f"{self.path}: {self.message}" if path else self.message)


class OtherModelError(SessionFileError):
    """A file made for another model (another id): which model it names, for the message."""

    def __init__(self, path: str, saved_id: str, saved_version: str, current: tuple[str, str]):
        super().__init__(
            path,
            f"the file was made for the model {shown(saved_id)} (version "
            f"{shown(saved_version)}), not for the open model {current[0]!r} (version "
            f"{current[1]!r})",
            FileProblem.OTHER_MODEL,
        )
        self.saved_id = one_line(saved_id)
        self.saved_version = one_line(saved_version)


def cannot_save(error: FileWriteError) -> SessionFileError:
    """A failed write of a session or recovery file, as the session file's own error."""
    return SessionFileError("", str(error), FileProblem.CANNOT_WRITE)


def one_line(text: str) -> str:
    """text with line breaks and other unprintable characters escaped (names from a file can
    hold any of them), so that a message stays on one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def shown(value: object) -> str:
    """A short one-line repr of a value for a message (long values are cut)."""
    if isinstance(value, int) and value.bit_length() > _LONGEST_INT_BITS:
        return f"a whole number of about {int(value.bit_length() * math.log10(2)):,} digits"
    try:
        text = repr(value)
    except ValueError:  # a huge int inside a list or object
        return f"{type(value).__name__} holding a huge number"
    if len(text) <= _SHOWN_LENGTH:
        return text
    return text[: _SHOWN_LENGTH - 1] + "…"


def listing(names: Sequence[str]) -> str:
    """Names for a message, comma-separated; a long list is cut."""
    if len(names) <= _SHOWN_ITEMS:
        return ", ".join(names)
    return f"{', '.join(names[:_SHOWN_ITEMS])} … ({len(names):,} in all)"
