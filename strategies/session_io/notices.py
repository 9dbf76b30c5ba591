"""What a reader tells the planner about a file that opened: typed values, no display text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormatMigrated:
    """The file was written in an older schema; saving writes the current one."""

    from_version: int
    to_version: int


@dataclass(frozen=True)
class ModelChanged:
    """The file was made for other model data (content hash differs)."""

    saved_version: str
    current_version: str
    added_criteria: tuple[str, ...]
    removed_criteria: tuple[str, ...]
    added_strategies: tuple[str, ...]
    removed_strategies: tuple[str, ...]


@dataclass(frozen=True)
class JudgmentsDropped:
    """A node of the file's hierarchy is gone from the model; its judgments were dropped."""

    node: str


@dataclass(frozen=True)
class ItemsDropped:
    """Items of a node the model no longer has there; their judgments were dropped."""

    node: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class NeutralJudgmentsAdded:
    """Items new to a node were judged equal to every other item (1)."""

    node: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class JudgmentsReset:
    """What remained of a node's judgments no longer linked all items: reset to neutral."""

    node: str


@dataclass(frozen=True)
class RatingsDefaulted:
    """Strategies without a rating on a criterion got the model's default rating."""

    criterion: str
    strategies: tuple[str, ...]


@dataclass(frozen=True)
class UnknownIndicatorEdits:
    """Edits of indicators the model no longer has: kept in the session, unused."""

    indicators: tuple[str, ...]


@dataclass(frozen=True)
class DistributiveKept:
    """The file predates the synthesis setting: it opens in distributive mode, the mode its
    results were computed in, although new sessions start in ideal mode."""


SessionFileWarning = (
    FormatMigrated
    | ModelChanged
    | JudgmentsDropped
    | ItemsDropped
    | NeutralJudgmentsAdded
    | JudgmentsReset
    | RatingsDefaulted
    | UnknownIndicatorEdits
    | DistributiveKept
)
