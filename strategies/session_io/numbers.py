"""Numbers of a file that no field can take (more digits than a float holds, 1e400) are kept
as their text, so that the field they stand in is refused with its path instead of Python
overflowing (``float(10**400)``) or refusing the conversion (more than 4,300 digits)."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Far beyond every bound of the format (the largest is the seed, 19 digits) and below the
# 308 digits where a float overflows.
_MAX_DIGITS = 300
_SHOWN_DIGITS = 12


@dataclass(frozen=True)
class OversizedNumber:
    """A JSON number too large for any field, as written in the file."""

    text: str

    @property
    def is_whole(self) -> bool:
        return not any(mark in self.text for mark in ".eE")

    def __repr__(self) -> str:
        if len(self.text) <= _SHOWN_DIGITS:
            return self.text
        return f"{self.text[:_SHOWN_DIGITS]}… ({len(self.text):,} characters)"


def parse_int(text: str) -> int | OversizedNumber:
    """json's parse_int: the whole number, or the text when it has too many digits."""
    if len(text) > _MAX_DIGITS:
        return OversizedNumber(text)
    return int(text)


def parse_float(text: str) -> float | OversizedNumber:
    """json's parse_float: the float, or the text when it overflows to infinity."""
    number = float(text)
    return number if math.isfinite(number) else OversizedNumber(text)
