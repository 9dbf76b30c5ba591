"""The text of a CSV file: UTF-8 (with or without BOM), else GBK/GB18030, else a clear refusal.

UTF-8 is tried strictly first: Chinese text in GBK is almost never valid UTF-8, so a file that
decodes as UTF-8 is UTF-8. A file named or declared UTF-8 that is not, a file that mixes both
encodings line by line, UTF-16, a BOM in the middle (two files joined) and binary bytes are
refused with where the trouble starts.
"""

from __future__ import annotations

import codecs
import re

from strategies.district_data.problems import DataFileError, Location, problem

_SAYS_UTF8 = re.compile(r"utf-?8", re.IGNORECASE)
_GB = ("gbk", "gb2312", "gb18030", "cp936")
_NAMED = (
    "is named UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, "
    "or name or declare its real encoding"
)
_DECLARED = (
    "is declared UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, "
    "or name or declare its real encoding"
)


def decoded(data: bytes, where: Location, declared: str | None = None) -> str:
    """The text of data; DataFileError naming the line where it cannot be read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataFileError(where, problem("is UTF-16 text: save it as CSV (UTF-8) instead"))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DataFileError(
            where, problem("is not a text file (a zero byte in line {line})", line=line)
        )
    text = _decode(data, where, declared)
    if "\ufeff" in text:
        line = text[: text.index("\ufeff")].count("\n") + 1
        raise DataFileError(
            where,
            problem(
                "has a byte-order mark (BOM) in the middle, in line {line}: were two files "
                "joined? Remove it and save again",
                line=line,
            ),
        )
    return text


def _decode(data: bytes, where: Location, declared: str | None) -> str:
    wanted = (declared or "").lower().replace("_", "-")
    if wanted in _GB:
        return _strict(
            data, "gb18030", where, "is not GBK/GB18030 text: byte 0x{byte:02X} in line {line}"
        )
    if data.startswith(codecs.BOM_UTF8):
        return _strict(
            data[3:],
            "utf-8",
            where,
            "starts with a UTF-8 mark (BOM) but is not UTF-8: byte 0x{byte:02X} in line {line}",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line(data, error.start)
        if wanted in ("utf-8", "utf8") or _SAYS_UTF8.search(where.file):
            template = _DECLARED if wanted else _NAMED
            raise DataFileError(
                where, problem(template, byte=data[error.start], line=line)
            ) from None
    _refuse_mixed(data, where)
    return _strict(
        data,
        "gb18030",
        where,
        "is neither UTF-8 nor GBK/GB18030 text: byte 0x{byte:02X} in line {line}",
    )


def _strict(data: bytes, encoding: str, where: Location, template: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DataFileError(
            where,
            problem(
                template,
                byte=data[error.start],
                line=_line(data, error.start),
            ),
        ) from None


def _refuse_mixed(data: bytes, where: Location) -> None:
    """A GBK file with some lines in UTF-8 (pasted from elsewhere) would read as garbage there."""
    lines = data.split(b"\n")
    utf8 = next((n for n, line in enumerate(lines, 1) if _is_utf8(line)), None)
    if utf8 is None:
        return
    other = next(n for n, line in enumerate(lines, 1) if not _decodes(line))
    raise DataFileError(
        where,
        problem(
            "mixes encodings: line {utf8} is UTF-8, line {other} is not (GBK?); save the whole "
            "file in one encoding",
            utf8=utf8,
            other=other,
        ),
    )


def _decodes(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CJK = re.compile("[\u4e00-\u9fff]")


def _is_utf8(line: bytes) -> bool:
    """True for a line that is UTF-8 with Chinese in it (a short GBK line may pass as UTF-8
    by chance, but then decodes to Latin letters, not Chinese)."""
    try:
        return bool(_CJK.search(line.decode("utf-8")))
    except UnicodeDecodeError:
        return False


def _line(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1
