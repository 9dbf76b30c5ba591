"""What can be wrong with a returned questionnaire: typed problems with file, sheet and cell.

The core names the problem and its values; the desktop words it in the planner's language
(desktop/questionnaire_text.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType


class Problem(Enum):
    # the file as a whole
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    TEXT_FILE = "text_file"  # e.g. a CSV renamed .xlsx
    OLD_EXCEL = "old_excel"  # an .xls (Excel 97-2003) renamed or saved by mistake
    NOT_A_WORKBOOK = "not_a_workbook"
    CANNOT_READ = "cannot_read"
    NOT_A_QUESTIONNAIRE = "not_a_questionnaire"
    NEWER_FORMAT = "newer_format"
    OTHER_MODEL = "other_model"
    OTHER_MODEL_VERSION = "other_model_version"
    BAD_METADATA = "bad_metadata"
    # sheets
    MISSING_SHEET = "missing_sheet"
    UNEXPECTED_SHEET = "unexpected_sheet"
    MERGED_CELLS = "merged_cells"
    CHANGED_CELL = "changed_cell"  # a locked cell (header, pair, id) no longer says what it did
    ROWS_MOVED = "rows_moved"  # rows added, deleted or moved inside the pairs
    ROWS_ADDED = "rows_added"  # content below the last pair
    OUTSIDE_COLUMNS = "outside_columns"  # content right of the questionnaire's columns
    # answers
    FORMULA = "formula"
    NOT_AN_ANSWER = "not_an_answer"
    OFF_SCALE = "off_scale"
    NOT_A_LEVEL = "not_a_level"  # a rating that is none of the model's levels
    UNLINKED_ITEMS = "unlinked_items"  # a node's answers leave items unlinked
    NO_ANSWERS = "no_answers"
    NO_NAME = "no_name"
    SAME_EXPERT = "same_expert"  # two files of one batch name the same expert
    # importing into a panel (strategies/questionnaire/into_panel.py)
    # the panel's first expert (whose judgments are the session's own) judges every node
    UNANSWERED_NODE = "unanswered_node"
    NOBODY_JUDGES_NODE = "nobody_judges_node"  # after the import no expert counted judges it


@dataclass(frozen=True)
class QuestionnaireProblem:
    """One problem: what, in which file, on which sheet and at which cell (empty when the
    problem is the whole file or sheet), with the values the message needs."""

    problem: Problem
    file: str
    sheet: str = ""
    cell: str = ""
    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:  # for logs and assertions; the planner reads the desktop's words
        where = ", ".join(part for part in (self.file, self.sheet, self.cell) if part)
        shown = ", ".join(f"{key}={value}" for key, value in self.values.items())
        return f"{where}: {self.problem.value}" + (f" ({shown})" if shown else "")


def problem(
    kind: Problem, file: str, sheet: str = "", cell: str = "", **values: object
) -> QuestionnaireProblem:
    """A QuestionnaireProblem with its values as text."""
    text = MappingProxyType({key: str(value) for key, value in values.items()})
    return QuestionnaireProblem(kind, file, sheet, cell, text)
