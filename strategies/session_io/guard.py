"""Turn the bytes of a file into plain JSON values without ever being hurt by them: a size
cap checked before reading, strict UTF-8, a nesting cap checked without recursion, no NaN or
duplicate keys. Plain ``json`` only: nothing in a file is executed."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from strategies.session_io.errors import FileProblem, SessionFileError, shown

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_OPENING = frozenset("[{")


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files over the size cap before reading them."""
    try:
        with path.open("rb") as handle:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(size)
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow after stat
    except OSError as error:
        raise SessionFileError("", f"cannot read the file ({error.strerror or error})",
                               FileProblem.CANNOT_READ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    return data


def parse_json(data: bytes) -> object:
    """Decode UTF-8 and parse JSON, raising SessionFileError for anything that is not plain,
    reasonably sized JSON."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SessionFileError("", f"the file is not UTF-8 text (byte {error.start} is "
                                   f"invalid)", FileProblem.NOT_UTF8) from None
    _check_depth(text)
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise SessionFileError("", f"the file is not valid JSON ({error.msg} at line "
                                   f"{error.lineno}, column {error.colno})",
                               FileProblem.NOT_JSON) from None
    except (ValueError, RecursionError) as error:  # huge integers, NaN, duplicate keys
        raise SessionFileError("", f"the file is not valid JSON ({_first_line(error)})",
                               FileProblem.NOT_JSON) from None


def nesting_depth(text: str) -> int:
    """The deepest nesting of lists and objects, counted outside strings without recursion."""
    brackets = (m.group() for m in _BRACKET.finditer(_STRING.sub('""', text)))
    steps = (1 if bracket in _OPENING else -1 for bracket in brackets)
    return max(itertools.accumulate(steps, initial=0))


def _check_depth(text: str) -> None:
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise SessionFileError("", f"the file is nested {depth} levels deep; a session file "
                                   f"has at most {MAX_DEPTH}", FileProblem.TOO_DEEP)


def _too_large(size: int) -> SessionFileError:
    return SessionFileError("", f"the file has {size:,} bytes; a session file has at most "
                                f"{MAX_FILE_BYTES:,}", FileProblem.TOO_LARGE)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _object(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {shown(key)} appears twice in one object")
        result[key] = value
    return result


def _first_line(error: Exception) -> str:
    lines = str(error).splitlines()
    return lines[0][:120] if lines else type(error).__name__
