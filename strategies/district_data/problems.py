"""What a data file gets refused for: where (file, sheet, row, column) and why.

A reason is an English template with named fields, so that the command line and the window can
show it in the planner's language (they translate the template, then fill it in).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Location:
    """A place in a data file; row is the file's own row number (1 = first line), 0 = none."""

    file: str
    sheet: str = ""
    row: int = 0
    column: str = ""

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    """Why something is refused: ``template.format(**fields)`` is the English sentence."""

    template: str
    fields: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def text(self) -> str:
        return self.template.format(**self.fields)


def problem(template: str, **fields: object) -> Problem:
    return Problem(template, MappingProxyType(fields))


@dataclass(frozen=True)
class Refusal:
    """One refused row (or the whole file, when row is 0) and why."""

    where: Location
    why: Problem

    def __str__(self) -> str:
        return f"{self.where}: {self.why.text}"


class DataFileError(ValueError):
    """The file as a whole cannot be read (empty, not a table, wrong encoding, no sheet…)."""

    def __init__(self, where: Location, why: Problem):
        self.refusal = Refusal(where, why)
        super().__init__(str(self.refusal))
