"""A parsed JSON value that knows its field path, with checked accessors that raise
SessionFileError naming the path and the expected type."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from strategies.session_io.errors import SessionFileError, shown

_JSON_TYPES = {dict: "an object", list: "a list", str: "a text", bool: "true or false",
               int: "a number", float: "a number", type(None): "null"}


_PLAIN_KEY = re.compile(r"\w[\w-]{0,59}")


def _kind(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class Located:
    """A JSON value and where it sits in the document."""

    value: object
    path: str = ""

    def fail(self, message: str) -> SessionFileError:
        return SessionFileError(self.path, message)

    def _expect(self, wanted: str) -> SessionFileError:
        return self.fail(f"expected {wanted}, found {_kind(self.value)} {shown(self.value)}")

    def _join(self, key: str) -> str:
        if not _PLAIN_KEY.fullmatch(key):
            return f"{self.path}[{shown(key)}]"  # keeps the path on one readable line
        return f"{self.path}.{key}" if self.path else key

    def _instance(self, kind: type, wanted: str):
        if not isinstance(self.value, kind):
            raise self._expect(wanted)
        return self.value

    def as_object(self) -> dict:
        return self._instance(dict, "an object")

    def as_list(self) -> list:
        return self._instance(list, "a list")

    def as_text(self) -> str:
        return self._instance(str, "a text")

    def as_bool(self) -> bool:
        return self._instance(bool, "true or false")

    def as_integer(self, low: int, high: int) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self._expect("a whole number")
        if not low <= self.value <= high:
            raise self.fail(f"{shown(self.value)} is outside [{low}, {high}]")
        return self.value

    def as_number(self, low: float = -math.inf, high: float = math.inf) -> float:
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise self._expect("a number")
        number = float(self.value)
        if not math.isfinite(number) or not low <= number <= high:
            raise self.fail(f"{shown(self.value)} is outside [{low:g}, {high:g}]")
        return number

    def as_optional_number(self) -> float | None:
        return None if self.value is None else self.as_number()

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
        return Located(members[name], self._join(name))

    def entries(self) -> Iterator[tuple[str, Located]]:
        """The members of this object, each with its path."""
        for name, value in self.as_object().items():
            yield name, Located(value, self._join(name))

    def elements(self) -> Iterator[Located]:
        """The elements of this list, each with its path."""
        for index, value in enumerate(self.as_list()):
            yield Located(value, f"{self.path}[{index}]")

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        """Refuse members this schema does not define (a typo would otherwise be lost)."""
        for name in self.as_object():
            if name not in allowed:
                raise self.fail(f"unknown key {shown(name)} (allowed: {', '.join(allowed)})")

    def record(self, keys: tuple[str, ...]) -> dict[str, Located]:
        """An object with exactly these keys, each returned with its path."""
        self.check_keys(keys)
        return {name: self.key(name) for name in keys}
