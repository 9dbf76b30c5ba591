"""Read one answer sheet: check its structure cell by cell, then its answers and notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from criteria.judgments import JudgmentError, PairwiseJudgments
from strategies.model import PlanningModel
from strategies.questionnaire import layout, wording
from strategies.questionnaire.answer_cells import answer_value, rating_level
from strategies.questionnaire.layout import PairRow, SheetKind
from strategies.questionnaire.problems import Problem, QuestionnaireProblem, problem

PairKey = tuple[str, str, str]
Rows = Sequence[tuple[Cell, ...]]


@dataclass
class SheetAnswers:
    """What one sheet holds: answers by (node, a, b) (a level id on the ratings sheet, keyed
    (criterion, strategy, "")), notes, the judgments or ratings they make, and problems."""

    values: dict[PairKey, float | str] = field(default_factory=dict)
    notes: dict[PairKey, str] = field(default_factory=dict)
    judgments: dict[str, PairwiseJudgments] = field(default_factory=dict)
    ratings: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: list[QuestionnaireProblem] = field(default_factory=list)
    pair_count: int = 0


@dataclass(frozen=True)
class _Place:
    """Where problems are found: file and sheet."""

    file: str
    sheet: str

    def __call__(self, kind: Problem, cell: str = "", **values: object) -> QuestionnaireProblem:
        return problem(kind, self.file, self.sheet, cell, **values)


def read_answer_sheet(
    sheet: Worksheet,
    model: PlanningModel,
    kind: SheetKind,
    lang: str,
    file: str,
    criteria: tuple[str, ...] | None = None,
) -> SheetAnswers:
    """``criteria``: those of a strategy pairs or ratings sheet (None: every criterion)."""
    place = _Place(file, sheet.title)
    pairs = layout.pair_rows(model, kind, criteria)
    columns = layout.columns(kind)
    result = SheetAnswers(pair_count=len(pairs))
    last = pairs[-1].row if pairs else layout.HEADER_ROW
    # Only the questionnaire's own block is walked as a grid: iter_rows over the sheet's extent
    # would create every cell of it (one cell at XFD1048576 makes 17 billion).
    rows = list(sheet.iter_rows(min_row=1, max_row=last, max_col=columns.last))
    result.problems += [
        place(Problem.MERGED_CELLS, str(merged)) for merged in sheet.merged_cells.ranges
    ]
    result.problems += _header_problems(rows, wording.headers(lang, kind), place)
    result.problems += _layout_problems(rows, model, kind, lang, pairs, place)
    result.problems += _content_outside(sheet, last, columns.last, place)
    if not result.problems:
        reader = _rating_reader(model) if kind is SheetKind.RATINGS else answer_value
        _read_pairs(rows, pairs, columns, reader, result, place)
        if kind is SheetKind.RATINGS:
            result.ratings = {(a, node): str(v) for (node, a, _), v in result.values.items()}
        else:
            _build_judgments(model, kind, criteria, pairs, result, place)
    return result


def _rating_reader(model: PlanningModel) -> Callable[[object], object]:
    scale = model.rating_scale
    return lambda raw: rating_level(raw, scale)


def _header_problems(
    rows: Rows, headers: tuple[str, ...], place: _Place
) -> list[QuestionnaireProblem]:
    header = _cells(rows, layout.HEADER_ROW)
    return [
        place(
            Problem.CHANGED_CELL,
            _name(layout.HEADER_ROW, column),
            expected=text,
            found=_shown(header, column),
        )
        for column, text in enumerate(headers, start=1)
        if _value(header, column) != text
    ]


def _layout_problems(
    rows: Rows,
    model: PlanningModel,
    kind: SheetKind,
    lang: str,
    pairs: tuple[PairRow, ...],
    place: _Place,
) -> list[QuestionnaireProblem]:
    """The first row whose locked cells differ (rows added, deleted, moved or edited)."""
    problems = []
    columns = layout.columns(kind)
    for pair in pairs:
        found = _cells(rows, pair.row)
        labels = layout.row_labels(model, kind, pair, lang)
        expected = dict(zip(columns.locked, labels, strict=True))
        changed = [column for column, text in expected.items() if _value(found, column) != text]
        if changed:
            problems.append(
                _changed_row(found, pair, columns, changed[0], expected[changed[0]], place)
            )
            break  # the rows after a moved one would all differ: one problem says it
    return problems


def _changed_row(
    found: tuple[Cell, ...],
    pair: PairRow,
    columns: layout.SheetColumns,
    column: int,
    expected: str,
    place: _Place,
) -> QuestionnaireProblem:
    ids = tuple(_shown(found, c) for c in columns.ids)
    same = ids == (pair.node, pair.a, pair.b)[: len(columns.ids)]
    kind = Problem.CHANGED_CELL if same else Problem.ROWS_MOVED
    return place(kind, _name(pair.row, column), expected=expected, found=_shown(found, column))


def _content_outside(
    sheet: Worksheet, last: int, last_column: int, place: _Place
) -> list[QuestionnaireProblem]:
    """Content below the last pair, and content right of the last column: one problem each."""
    outside = sorted(
        (row, column)
        for (row, column), cell in sheet._cells.items()  # the cells the file holds, no grid
        if (row > last or column > last_column) and _filled(cell)
    )
    below = [row for row, column in outside if row > last]
    right = [(row, column) for row, column in outside if column > last_column]
    problems = []
    if below:
        problems.append(
            place(
                Problem.ROWS_ADDED,
                f"A{below[0]}",
                first=below[0],
                last=below[-1],
                count=len(set(below)),
            )
        )
    if right:
        problems.append(place(Problem.OUTSIDE_COLUMNS, _name(*right[0])))
    return problems


def _read_pairs(
    rows: Rows,
    pairs: tuple[PairRow, ...],
    columns: layout.SheetColumns,
    reader: Callable[[object], object],
    result: SheetAnswers,
    place: _Place,
) -> None:
    for pair in pairs:
        found = _cells(rows, pair.row)
        key = (pair.node, pair.a, pair.b)
        answer, note = _cell(found, columns.answer), _cell(found, columns.note)
        for cell in (answer, note):
            if cell is not None and cell.data_type == "f":
                result.problems.append(
                    place(Problem.FORMULA, cell.coordinate, formula=str(cell.value)[:60])
                )
        if answer is not None and answer.data_type != "f":
            _read_answer(answer, key, reader, result, place)
        if (
            note is not None
            and note.data_type != "f"
            and note.value is not None
            and str(note.value).strip()
        ):
            result.notes[key] = str(note.value).strip()


def _read_answer(
    cell: Cell,
    key: PairKey,
    reader: Callable[[object], object],
    result: SheetAnswers,
    place: _Place,
) -> None:
    value = reader(cell.value)
    if isinstance(value, Problem):
        result.problems.append(place(value, cell.coordinate, found=str(cell.value)[:60]))
    elif isinstance(value, float | str):
        result.values[key] = value


def _build_judgments(
    model: PlanningModel,
    kind: SheetKind,
    criteria: tuple[str, ...] | None,
    pairs: tuple[PairRow, ...],
    result: SheetAnswers,
    place: _Place,
) -> None:
    """Each node with at least one answer becomes PairwiseJudgments; answers that leave some
    items unlinked to the rest are refused (the weights would be undetermined)."""
    if result.problems:
        return
    for node, items in layout.judged_nodes(model, kind, criteria):
        given = [(a, b, float(v)) for (n, a, b), v in result.values.items() if n == node]
        if not given:
            continue
        try:
            result.judgments[node] = PairwiseJudgments.from_pairs(node, items, given)
        except JudgmentError:
            rows = [p.row for p in pairs if p.node == node]
            column = get_column_letter(layout.ANSWER)
            result.problems.append(
                place(Problem.UNLINKED_ITEMS, f"{column}{rows[0]}:{column}{rows[-1]}", node=node)
            )


def _cells(rows: Rows, row: int) -> tuple[Cell, ...]:
    return rows[row - 1] if row - 1 < len(rows) else ()


def _cell(cells: tuple[Cell, ...], column: int) -> Cell | None:
    return cells[column - 1] if column - 1 < len(cells) else None


def _value(cells: tuple[Cell, ...], column: int) -> object:
    cell = _cell(cells, column)
    return None if cell is None else cell.value


def _shown(cells: tuple[Cell, ...], column: int) -> str:
    value = _value(cells, column)
    return "" if value is None else str(value)[:60]


def _name(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def _filled(cell: Cell) -> bool:
    return cell.value is not None and bool(str(cell.value).strip())
