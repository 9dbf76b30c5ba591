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
FORMAT_VERSION = 1
# Sheet protection without a password (documented): it guards against slips, not against a
# facilitator who needs to unprotect a sheet (Review → Unprotect Sheet).
PASSWORD = None


class SheetKind(Enum):
    """The sheets of a questionnaire; their names are in the file's language (wording.py)."""

    INSTRUCTIONS = "instructions"
    HIERARCHY = "hierarchy"
    CRITERIA = "criteria"
    STRATEGIES = "strategies"
    META = "meta"


ANSWER_SHEETS = (SheetKind.CRITERIA, SheetKind.STRATEGIES)
META_SHEET_TITLE = "_meta"  # the same in both languages: the reader finds it before the language

# Columns of an answer sheet (1-based): what the expert sees, then the hidden ids.
NODE, ITEM_A, ITEM_B, ANSWER, NOTE, NODE_ID, ITEM_A_ID, ITEM_B_ID = range(1, 9)
LAST_COLUMN = ITEM_B_ID
HEADER_ROW = 1
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
)
SCALE_LIST_COLUMN = "D"
SCALE_LIST_NAME = "ScaleAnswers"  # the defined name the drop-downs point at


# What XML 1.0 and UTF-8 cannot hold (C0 controls, lone surrogates, e.g. from an undecodable
# command-line argument) becomes U+FFFD, so that the writer never fails on a name.
_UNSTORABLE = re.compile(f"{ILLEGAL_CHARACTERS_RE.pattern}|[\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text)


@dataclass(frozen=True)
class PairRow:
    """One row of an answer sheet: a pair (a, b) of the node's items."""

    row: int
    node: str
    a: str
    b: str


def pair_rows(model: PlanningModel, kind: SheetKind) -> tuple[PairRow, ...]:
    """The rows of an answer sheet, in order: every pair of every judged node."""
    pairs = [
        (node, a, b)
        for node, items in judged_nodes(model, kind)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
    ]
    return tuple(PairRow(FIRST_PAIR_ROW + i, *pair) for i, pair in enumerate(pairs))


def judged_nodes(model: PlanningModel, kind: SheetKind) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(node, items) of each node judged on the sheet: the hierarchy's inner nodes with their
    children, or each leaf criterion with the strategies judged under it. A node of one item
    has no pair to ask about and is left out."""
    hierarchy = model.hierarchy
    if kind is SheetKind.CRITERIA:
        nodes = tuple((node, hierarchy.children(node)) for node in hierarchy.inner_nodes)
    else:
        nodes = tuple((criterion, model.strategy_ids) for criterion in model.criteria)
    return tuple((node, items) for node, items in nodes if len(items) > 1)


def node_label(model: PlanningModel, node: str, lang: str) -> str:
    """'L1 产业核心层': the id and the name in the file's language (a node or a criterion)."""
    return storable(f"{node} {model.hierarchy.name(node, lang)}")


def item_label(model: PlanningModel, kind: SheetKind, item: str, lang: str) -> str:
    """The label of a compared item: a criterion or layer, or a strategy on the strategy sheet."""
    if kind is SheetKind.STRATEGIES:
        return storable(f"{item} {model.strategy(item).name.get(lang)}")
    return node_label(model, item, lang)


def row_labels(model: PlanningModel, kind: SheetKind, pair: PairRow, lang: str) -> tuple[str, ...]:
    """The locked cells of a pair's row, NODE to ITEM_B_ID (the answer and note left out)."""
    return (
        node_label(model, pair.node, lang),
        item_label(model, kind, pair.a, lang),
        item_label(model, kind, pair.b, lang),
        pair.node,
        pair.a,
        pair.b,
    )


LOCKED_COLUMNS = (NODE, ITEM_A, ITEM_B, NODE_ID, ITEM_A_ID, ITEM_B_ID)
