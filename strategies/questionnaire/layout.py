"""The questionnaire's layout: which sheets, which columns, which row holds which pair.

The writer and the reader both build the rows from the model with ``pair_rows``, so a returned
file is checked against exactly the layout it was written with (one home for the format).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from strategies.model import PlanningModel

FORMAT = "cluster-strategy-planner questionnaire"
FORMAT_VERSION = 2  # 2: the ratings sheet, and strategy pairs for chosen criteria only
# Sheet protection without a password (documented): it guards against slips, not against a
# facilitator who needs to unprotect a sheet (Review → Unprotect Sheet).
PASSWORD = None


class SheetKind(Enum):
    """The sheets of a questionnaire; their names are in the file's language (wording.py)."""

    INSTRUCTIONS = "instructions"
    HIERARCHY = "hierarchy"
    CRITERIA = "criteria"
    STRATEGIES = "strategies"
    RATINGS = "ratings"
    META = "meta"


ANSWER_SHEETS = (SheetKind.CRITERIA, SheetKind.STRATEGIES, SheetKind.RATINGS)
META_SHEET_TITLE = "_meta"  # the same in both languages: the reader finds it before the language

# Columns of a pairs sheet (1-based): what the expert sees, then the hidden ids.
NODE, ITEM_A, ITEM_B, ANSWER, NOTE, NODE_ID, ITEM_A_ID, ITEM_B_ID = range(1, 9)
LAST_COLUMN = ITEM_B_ID
HEADER_ROW = 1


@dataclass(frozen=True)
class SheetColumns:
    """Where an answer sheet keeps what: the locked label and id columns (in the order of
    ``row_labels``), the answer and note columns, and the hidden id columns."""

    locked: tuple[int, ...]
    answer: int
    note: int
    ids: tuple[int, ...]

    @property
    def last(self) -> int:
        return max(*self.locked, self.answer, self.note)


PAIR_COLUMNS = SheetColumns(
    (NODE, ITEM_A, ITEM_B, NODE_ID, ITEM_A_ID, ITEM_B_ID), ANSWER, NOTE, (6, 7, 8)
)
# The ratings sheet: criterion, strategy, the rating, a note, then criterion and strategy ids.
RATING_COLUMNS = SheetColumns((1, 2, 5, 6), 3, 4, (5, 6))


def columns(kind: SheetKind) -> SheetColumns:
    return RATING_COLUMNS if kind is SheetKind.RATINGS else PAIR_COLUMNS


FIRST_PAIR_ROW = 2

# The expert's name on the instructions sheet (unlocked, prefilled with --expert).
NAME_CELL = "B3"

# Metadata sheet: key in column A, value in column B; the answer list in column D.
META_KEYS = (
    "format",
    "format_version",
    "model_id",
    "model_version",
    "model_hash",
    "expert",
    "language",
    "strategies",
    "paired_criteria",  # format 2: the criteria whose strategy pairs are asked (ids, spaced)
    "ratings",  # format 2: yes or no
    "rated_criteria",  # format 2: the criteria whose ratings are asked (ids, spaced)
)
SCALE_LIST_COLUMN = "D"
SCALE_LIST_NAME = "ScaleAnswers"  # the defined name the drop-downs point at
LEVEL_LIST_COLUMN = "E"
LEVEL_LIST_NAME = "RatingLevels"  # the rating levels' names in the file's language


# What XML 1.0 and UTF-8 cannot hold (C0 controls, lone surrogates, e.g. from an undecodable
# command-line argument) becomes U+FFFD, so that the writer never fails on a name.
_UNSTORABLE = re.compile(f"{ILLEGAL_CHARACTERS_RE.pattern}|[\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text)


@dataclass(frozen=True)
class PairRow:
    """One row of an answer sheet: a pair (a, b) of the node's items; on the ratings sheet
    one strategy (a) under one criterion (node), b empty."""

    row: int
    node: str
    a: str
    b: str = ""


def pair_rows(
    model: PlanningModel, kind: SheetKind, criteria: tuple[str, ...] | None = None
) -> tuple[PairRow, ...]:
    """The rows of an answer sheet, in order: every pair of every judged node, or on the
    ratings sheet every strategy under every rated criterion. ``criteria``: the criteria of
    the strategy pairs or ratings sheet (None: every criterion of the model)."""
    if kind is SheetKind.RATINGS:
        rated = model.criteria if criteria is None else criteria
        rows = [(c, s) for c in rated for s in model.strategy_ids]
        return tuple(PairRow(FIRST_PAIR_ROW + i, *row) for i, row in enumerate(rows))
    pairs = [
        (node, a, b)
        for node, items in judged_nodes(model, kind, criteria)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
    ]
    return tuple(PairRow(FIRST_PAIR_ROW + i, *pair) for i, pair in enumerate(pairs))


def judged_nodes(
    model: PlanningModel, kind: SheetKind, criteria: tuple[str, ...] | None = None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(node, items) of each node judged on the sheet: the hierarchy's inner nodes with their
    children, or each leaf criterion (of ``criteria``) with the strategies judged under it. A
    node of one item has no pair to ask about and is left out."""
    hierarchy = model.hierarchy
    if kind is SheetKind.CRITERIA:
        nodes = tuple((node, hierarchy.children(node)) for node in hierarchy.inner_nodes)
    else:
        chosen = model.criteria if criteria is None else criteria
        nodes = tuple((criterion, model.strategy_ids) for criterion in chosen)
    return tuple((node, items) for node, items in nodes if len(items) > 1)


def node_label(model: PlanningModel, node: str, lang: str) -> str:
    """'L1 产业核心层': the id and the name in the file's language (a node or a criterion)."""
    return storable(f"{node} {model.hierarchy.name(node, lang)}")


def item_label(model: PlanningModel, kind: SheetKind, item: str, lang: str) -> str:
    """The label of a compared item: a criterion or layer, or a strategy on the strategy
    sheets."""
    if kind in (SheetKind.STRATEGIES, SheetKind.RATINGS):
        return storable(f"{item} {model.strategy(item).name.get(lang)}")
    return node_label(model, item, lang)


def row_labels(model: PlanningModel, kind: SheetKind, pair: PairRow, lang: str) -> tuple[str, ...]:
    """The locked cells of a row, in the order of ``columns(kind).locked`` (the answer and
    note left out)."""
    if kind is SheetKind.RATINGS:
        return (
            node_label(model, pair.node, lang),
            item_label(model, kind, pair.a, lang),
            pair.node,
            pair.a,
        )
    return (
        node_label(model, pair.node, lang),
        item_label(model, kind, pair.a, lang),
        item_label(model, kind, pair.b, lang),
        pair.node,
        pair.a,
        pair.b,
    )


LOCKED_COLUMNS = PAIR_COLUMNS.locked
