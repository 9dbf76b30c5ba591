"""A parsed JSON value that knows its field path, with checked accessors that raise
SessionFileError naming the path and the expected type."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TypeVar

from strategies.session_io.errors import SessionFileError, shown
from strategies.session_io.numbers import OversizedNumber

_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a text",
    bool: "true or false",
    int: "a number",
    float: "a number",
    OversizedNumber: "a number",
    type(None): "null",
}


Wanted = TypeVar("Wanted")
_PLAIN_KEY = re.compile(r"\w[\w-]{0,59}")
# JSON may escape half of a UTF-16 pair ("\ud800"): not a character, and UTF-8 cannot store it,
# so a session holding one could never be saved again.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _kind(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


class Located:
    """A JSON value and where it sits in the document.

    The path is spelled out only when asked for (mostly for an error): a file has hundreds of
    thousands of values, and formatting a path for each would be most of the cost of reading.
    """

    __slots__ = ("_parent", "_path", "_step", "value")

    def __init__(
        self, value: object, path: str = "", *, parent: Located | None = None, step: str | int = ""
    ):
        self.value = value
        self._path = path if parent is None else None
        self._parent = parent
        self._step = step

    @property
    def path(self) -> str:
        path = self._path
        if path is None:
            assert self._parent is not None, "only a child leaves its path to be spelled out later"
            path = self._path = self._parent._child_path(self._step)
        return path

    def fail(self, message: str) -> SessionFileError:
        return SessionFileError(self.path, message)

    def _expect(self, wanted: str) -> SessionFileError:
        return self.fail(f"expected {wanted}, found {_kind(self.value)} {shown(self.value)}")

    def _child_path(self, step: str | int) -> str:
        if isinstance(step, int):
            return f"{self.path}[{step}]"
        if not _PLAIN_KEY.fullmatch(step):
            return f"{self.path}[{shown(step)}]"  # keeps the path on one readable line
        return f"{self.path}.{step}" if self.path else step

    def _instance(self, kind: type[Wanted], wanted: str) -> Wanted:
        if not isinstance(self.value, kind):
            raise self._expect(wanted)
        return self.value

    def as_object(self) -> dict:
        return self._instance(dict, "an object")

    def as_list(self) -> list:
        return self._instance(list, "a list")

    def as_text(self) -> str:
        text = self._instance(str, "a text")
        _check_characters(self, text)
        return text

    def as_bool(self) -> bool:
        return self._instance(bool, "true or false")

    def as_integer(self, low: int, high: int) -> int:
        value = self.value
        if isinstance(value, OversizedNumber) and value.is_whole:
            raise self._outside(f"[{low}, {high}]")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._expect("a whole number")
        if not low <= value <= high:
            raise self._outside(f"[{low}, {high}]")
        return value

    def as_number(self, low: float, high: float) -> float:
        """A finite number in [low, high] (every number of the format has its bounds)."""
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float | OversizedNumber):
            raise self._expect("a number")
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, OverflowError):  # OversizedNumber, an int of 309 digits or more
            number = math.nan
        if math.isfinite(number) and low <= number <= high:
            return number
        if math.isinf(low) and math.isinf(high):
            raise self.fail(f"{shown(value)} is not a finite number")
        raise self._outside(f"[{low:g}, {high:g}]")

    def as_optional_number(self, low: float, high: float) -> float | None:
        return None if self.value is None else self.as_number(low, high)

    def _outside(self, bounds: str) -> SessionFileError:
        return self.fail(f"{shown(self.value)} is outside {bounds}")

    def as_choice(self, choices: tuple[str, ...]) -> str:
        text = self.as_text()
        if text not in choices:
            raise self.fail(f"{shown(text)} is not one of {', '.join(choices)}")
        return text

    def key(self, name: str) -> Located:
        """The required member name of this object."""
        members = self.as_object()
        if name not in members:
            raise self.fail(f"the key {name!r} is missing")
        return Located(members[name], parent=self, step=name)

    def entries(self) -> Iterator[tuple[str, Located]]:
        """The members of this object, each with its path."""
        for name, value in self.as_object().items():
            located = Located(value, parent=self, step=name)
            _check_characters(located, name)
            yield name, located

    def elements(self) -> Iterator[Located]:
        """The elements of this list, each with its path."""
        for index, value in enumerate(self.as_list()):
            yield Located(value, parent=self, step=index)

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        """Refuse members this schema does not define (a typo would otherwise be lost)."""
        for name in self.as_object():
            if name not in allowed:
                raise self.fail(f"unknown key {shown(name)} (allowed: {', '.join(allowed)})")

    def record(self, keys: tuple[str, ...]) -> dict[str, Located]:
        """An object with exactly these keys, each returned with its path."""
        members = self.as_object()
        if len(members) != len(keys) or not all(map(members.__contains__, keys)):
            self.check_keys(keys)
            missing = next(name for name in keys if name not in members)
            raise self.fail(f"the key {missing!r} is missing")
        return {name: Located(members[name], parent=self, step=name) for name in keys}


def _check_characters(located: Located, text: str) -> None:
    found = _LONE_SURROGATE.search(text)
    if found is not None:
        raise located.fail(
            f"holds {ascii(found.group())[1:-1]} at character {found.start()}, "
            f"half of a UTF-16 pair: not a character (a text cannot be saved "
            f"with it)"
        )
