"""The one definition of what a Monte Carlo run may ask for: samples, spread, seed.

The session file format, the command line and the window's spin boxes all read these bounds,
so a value one accepts the others accept too. The sample maximum is what the chunked run
keeps within bounded memory (about 120 MB of stored priorities for the shipped model).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

# A whole-number setting has whole-number bounds (the session reader asks for an int).
Number = TypeVar("Number", int, float)


@dataclass(frozen=True)
class Bound(Generic[Number]):
    """Inclusive range of one setting."""

    name: str
    low: Number
    high: Number

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def check(self, value: float) -> None:
        """Raise ValueError naming the setting and its range when value is outside it."""
        if not self.contains(value):
            raise ValueError(f"{self.name} {value!r} is outside [{self.low:,}, {self.high:,}]")


SAMPLES = Bound("samples", 1, 1_000_000)
# A log-scale σ of 10 already sends almost every judgment to the scale's ends (1/9 or 9).
SPREAD = Bound("spread", 0.0, 10.0)
SEED = Bound("seed", 0, 2**63 - 1)  # numpy's default_rng takes any non-negative integer
