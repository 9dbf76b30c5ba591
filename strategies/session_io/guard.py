"""Turn the bytes of a file into plain JSON values without ever being hurt by them: only
regular files, a size cap checked before reading, strict UTF-8, a nesting cap checked without
recursion, no NaN or duplicate keys, numbers too large for any field kept aside as text. Every
step is linear in the size of the file. Plain ``json`` only: nothing in a file is executed."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from strategies.session_io.errors import FileProblem, SessionFileError, shown
from strategies.session_io.numbers import parse_float, parse_int

# A real session is about 10 KiB; 1 MiB leaves room for notes of a few hundred thousand
# characters, and the worst file of that size is decided in about half a second of CPU
# (tests/benchmarks/hostile_files.py).
MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32
# A string runs to its closing quote or, unterminated, to the end of the text: every quote is
# then scanned once (a pattern that must find the closing quote retries from every quote of an
# unterminated string, quadratic in its escaped quotes). Possessive quantifiers keep no
# backtracking state per escape (which took 128 MB for a string of a million escapes).
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = np.zeros(256, dtype=np.int8)
_STEP[[ord("["), ord("{")]] = 1
_STEP[[ord("]"), ord("}")]] = -1
_NON_BLOCKING = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a regular file, refusing anything else and files over the size cap before
    reading (a FIFO or a device would block or never end)."""
    _check_status(path, _status(path, os.stat))
    try:
        descriptor = os.open(path, _NON_BLOCKING)
    except OSError as error:
        raise _cannot_read(error) from None
    with os.fdopen(descriptor, "rb") as handle:
        # The path may have been replaced since the stat: judge what was actually opened.
        _check_status(path, _status(handle.fileno(), os.fstat))
        try:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow after the stat
        except OSError as error:
            raise _cannot_read(error) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    return data


def parse_json(data: bytes) -> object:
    """Decode UTF-8 and parse JSON, raising SessionFileError for anything that is not plain,
    reasonably sized JSON."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    text = _utf8_text(data)
    _check_depth(text)
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=parse_int,
            parse_float=parse_float,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as error:
        raise SessionFileError(
            "",
            f"the file is not valid JSON ({error.msg} at line "
            f"{error.lineno}, column {error.colno})",
            FileProblem.NOT_JSON,
        ) from None
    except (ValueError, RecursionError) as error:  # NaN, duplicate keys
        raise SessionFileError(
            "", f"the file is not valid JSON ({_first_line(error)})", FileProblem.NOT_JSON
        ) from None


def nesting_depth(text: str) -> int:
    """The deepest nesting of lists and objects, counted outside strings without recursion."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii")
    if not brackets:
        return 0
    steps = _STEP[np.frombuffer(brackets, dtype=np.uint8)].astype(np.int64)
    return max(int(np.cumsum(steps).max()), 0)


Target = TypeVar("Target")  # a path for os.stat, a descriptor for os.fstat


def _status(target: Target, status_of: Callable[[Target], os.stat_result]) -> os.stat_result:
    try:
        return status_of(target)
    except OSError as error:
        raise _cannot_read(error) from None


def _check_status(path: Path, status: os.stat_result) -> None:
    mode = status.st_mode
    for is_kind, kind in _KINDS:
        if is_kind(mode):
            raise SessionFileError(
                "", f"{shown(path.name)} is {kind}, not a file", FileProblem.NOT_A_FILE
            )
    if not stat.S_ISREG(mode):
        raise SessionFileError(
            "", f"{shown(path.name)} is not a regular file", FileProblem.NOT_A_FILE
        )
    if status.st_size > MAX_FILE_BYTES:
        raise _too_large(status.st_size)


def _utf8_text(data: bytes) -> str:
    if data.startswith(_UTF16_MARKS):
        raise SessionFileError(
            "",
            "the file is UTF-16 text (byte-order mark); a session file is UTF-8",
            FileProblem.NOT_UTF8,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SessionFileError(
            "", f"the file is not UTF-8 text (byte {error.start} is invalid)", FileProblem.NOT_UTF8
        ) from None


def _check_depth(text: str) -> None:
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise SessionFileError(
            "",
            f"the file is nested {depth} levels deep; a session file has at most {MAX_DEPTH}",
            FileProblem.TOO_DEEP,
        )


def _cannot_read(error: OSError) -> SessionFileError:
    return SessionFileError(
        "", f"cannot read the file ({error.strerror or error})", FileProblem.CANNOT_READ
    )


def _too_large(size: int) -> SessionFileError:
    return SessionFileError(
        "",
        f"the file has {size:,} bytes; a session file has at most {MAX_FILE_BYTES:,}",
        FileProblem.TOO_LARGE,
    )


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _object(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError(f"the key {shown(_first_repeated(pairs))} appears twice in one object")
    return result


def _first_repeated(pairs: list[tuple[str, object]]) -> str:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            return key
        seen.add(key)
    return ""


def _first_line(error: Exception) -> str:
    lines = str(error).splitlines()
    return lines[0][:120] if lines else type(error).__name__
