"""Write a questionnaire: an XLSX an expert fills in Excel, WPS or LibreOffice.

Sheets: instructions (with the expert's name cell), the hierarchy, the criteria pairs, the
strategy pairs when asked, and a hidden metadata sheet (see docs/questionnaire-format.md).
Only the name, answer and note cells are unlocked; the sheets and the workbook structure are
protected without a password.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from criteria.judgments import PairwiseJudgments
from criteria.verbal_scale import is_scale_value, step_from_value
from strategies.model import PlanningModel
from strategies.questionnaire import layout, wording
from strategies.questionnaire.layout import SheetKind
from strategies.session_io.atomic import write_atomically

_BOLD = Font(bold=True)
_OPEN = PatternFill("solid", fgColor="FFF2CC")  # the cells the expert fills in
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class QuestionnaireRequest:
    """What to put in a questionnaire: language, expert, which strategy judgments are asked
    (strategy pairs under ``paired_criteria``, ratings under ``rated_criteria``; None: every
    criterion), and the judgments to prefill (empty: every answer blank)."""

    lang: str = "en"
    expert: str = ""
    with_strategies: bool = False  # the strategy pairs sheet
    criteria_judgments: Mapping[str, PairwiseJudgments] = field(
        default_factory=lambda: MappingProxyType({})
    )
    strategy_judgments: Mapping[str, PairwiseJudgments] = field(
        default_factory=lambda: MappingProxyType({})
    )
    paired_criteria: tuple[str, ...] | None = None
    with_ratings: bool = False  # the ratings sheet
    rated_criteria: tuple[str, ...] | None = None
    ratings: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))

    def asked(self, kind: SheetKind) -> bool:
        """Whether the questionnaire has this answer sheet."""
        return {
            SheetKind.CRITERIA: True,
            SheetKind.STRATEGIES: self.with_strategies,
            SheetKind.RATINGS: self.with_ratings,
        }[kind]

    def criteria_of(self, kind: SheetKind, model: PlanningModel) -> tuple[str, ...] | None:
        """The criteria a strategy sheet asks about, in model order (None on the criteria one)."""
        if kind is SheetKind.CRITERIA:
            return None
        chosen = self.paired_criteria if kind is SheetKind.STRATEGIES else self.rated_criteria
        return model.criteria if chosen is None else tuple(c for c in model.criteria if c in chosen)


def write_questionnaire(path: Path, model: PlanningModel, request: QuestionnaireRequest) -> None:
    """Write the questionnaire atomically; raise FileWriteError when it cannot be saved."""
    write_atomically(Path(path), questionnaire_bytes(model, request))


def questionnaire_bytes(model: PlanningModel, request: QuestionnaireRequest) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _instructions(workbook.create_sheet(), model, request)
    _hierarchy(workbook.create_sheet(), model, request)
    for kind in layout.ANSWER_SHEETS:
        if request.asked(kind):
            _answers(workbook.create_sheet(), model, request, kind)
    _meta(workbook, model, request)
    workbook.security = WorkbookProtection(lockStructure=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _instructions(sheet: Worksheet, model: PlanningModel, request: QuestionnaireRequest) -> None:
    lang = request.lang
    sheet.title = wording.SHEET_NAMES[lang][SheetKind.INSTRUCTIONS]
    _put(sheet["A1"], wording.TITLE[lang].format(model=model.name.get(lang)))
    sheet["A1"].font = Font(bold=True, size=14)
    _put(sheet["A2"], wording.MODEL_LABEL[lang].format(id=model.id, version=model.version))
    name_label = sheet.cell(row=sheet[layout.NAME_CELL].row, column=1)
    _put(name_label, wording.NAME_LABEL[lang])
    name_label.font = _BOLD
    _open_cell(sheet[layout.NAME_CELL], request.expert)
    lines = _instruction_lines(request)
    for row, line in enumerate(lines, start=5):
        _put(sheet.cell(row=row, column=1), line)
    _table(sheet, 5 + len(lines), wording.SCALE_HEADERS[lang], wording.scale_table(lang))
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 40
    _protect(sheet)


def _instruction_lines(request: QuestionnaireRequest) -> list[str]:
    names = wording.SHEET_NAMES[request.lang]
    lines = [
        line.format(criteria=names[SheetKind.CRITERIA])
        for line in wording.INSTRUCTIONS[request.lang]
    ]
    if request.with_ratings:
        ratings = names[SheetKind.RATINGS]
        lines.insert(3, wording.RATING_INSTRUCTION[request.lang].format(ratings=ratings))
    if request.with_strategies:
        strategies = names[SheetKind.STRATEGIES]
        lines.insert(3, wording.STRATEGY_INSTRUCTION[request.lang].format(strategies=strategies))
    return lines


def _hierarchy(sheet: Worksheet, model: PlanningModel, request: QuestionnaireRequest) -> None:
    lang = request.lang
    sheet.title = wording.SHEET_NAMES[lang][SheetKind.HIERARCHY]
    levels = wording.LEVEL_NAMES[lang]
    hierarchy = model.hierarchy
    rows = [
        (
            levels[min(len(hierarchy.path(node)) - 1, 2)],
            node,
            hierarchy.name(node, lang),
            hierarchy.nodes[node].description.get(lang),
        )
        for node in hierarchy.walk()
    ]
    if request.with_strategies or request.with_ratings:
        rows += [(levels[3], s.id, s.name.get(lang), s.summary.get(lang)) for s in model.strategies]
    _table(sheet, 1, wording.HIERARCHY_HEADERS[lang], rows)
    for column, width in zip("ABCD", (10, 8, 36, 80), strict=True):
        sheet.column_dimensions[column].width = width
    _protect(sheet)


def _answers(
    sheet: Worksheet, model: PlanningModel, request: QuestionnaireRequest, kind: SheetKind
) -> None:
    lang = request.lang
    sheet.title = wording.SHEET_NAMES[lang][kind]
    for column, text in enumerate(wording.headers(lang, kind), start=1):
        _put(sheet.cell(row=layout.HEADER_ROW, column=column), text)
        sheet.cell(row=layout.HEADER_ROW, column=column).font = _BOLD
    columns = layout.columns(kind)
    rows = layout.pair_rows(model, kind, request.criteria_of(kind, model))
    for pair in rows:
        labels = layout.row_labels(model, kind, pair, lang)
        for column, value in zip(columns.locked, labels, strict=True):
            _put(sheet.cell(row=pair.row, column=column), value)
        given = _prefilled(model, request, kind, pair)
        _open_cell(sheet.cell(row=pair.row, column=columns.answer), given)
        _open_cell(sheet.cell(row=pair.row, column=columns.note), None)
    _answer_validation(sheet, lang, kind, len(rows))
    _answer_sheet_look(sheet, kind)
    _protect(sheet)


def _prefilled(
    model: PlanningModel, request: QuestionnaireRequest, kind: SheetKind, pair: layout.PairRow
) -> str | float | None:
    """The answer a row starts with: the request's judgment or rating in the file's words."""
    if kind is SheetKind.RATINGS:
        level = request.ratings.get((pair.a, pair.node))
        return None if level is None else model.rating_scale.label(level, request.lang)
    prefill = (
        request.criteria_judgments if kind is SheetKind.CRITERIA else request.strategy_judgments
    )
    judgments = prefill.get(pair.node)
    given = None if judgments is None else judgments.value(pair.a, pair.b)
    return _prefill(given, [text for text, _ in wording.scale_answers(request.lang)])


def _prefill(value: float | None, texts: list[str]) -> str | float | None:
    """The list text of a scale value; a value between the steps as its number (exact)."""
    if value is None:
        return None
    if is_scale_value(value):
        return texts[step_from_value(value) + len(texts) // 2]
    return value


def _answer_validation(sheet: Worksheet, lang: str, kind: SheetKind, count: int) -> None:
    if count == 0:
        return
    column = sheet.cell(row=1, column=layout.columns(kind).answer).column_letter
    rated = kind is SheetKind.RATINGS
    prompts = wording.RATING_VALIDATION_PROMPT if rated else wording.VALIDATION_PROMPT
    errors = wording.RATING_VALIDATION_ERROR if rated else wording.VALIDATION_ERROR
    prompt_title, prompt = prompts[lang]
    error_title, error = errors[lang]
    validation = DataValidation(
        type="list",
        formula1=f"={layout.LEVEL_LIST_NAME if rated else layout.SCALE_LIST_NAME}",
        allow_blank=True,
        showDropDown=False,  # openpyxl's name for "hide the in-cell arrow": False shows it
        showErrorMessage=True,
        # A typed number (3, 1/3) is an accepted judgment; a rating is one of the levels only.
        errorStyle="stop" if rated else "warning",
        errorTitle=error_title,
        error=error,
        promptTitle=prompt_title,
        prompt=prompt,
        showInputMessage=True,
    )
    validation.add(f"{column}{layout.FIRST_PAIR_ROW}:{column}{layout.FIRST_PAIR_ROW + count - 1}")
    sheet.add_data_validation(validation)


def _answer_sheet_look(sheet: Worksheet, kind: SheetKind) -> None:
    columns = layout.columns(kind)
    shown = [c for c in columns.locked if c not in columns.ids]
    widths = [(shown[0], 36)] + [(c, 28) for c in shown[1:]]
    answer_width = 20 if kind is SheetKind.RATINGS else 44
    for column, width in (*widths, (columns.answer, answer_width), (columns.note, 36)):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
    for column in columns.ids:
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].hidden = True
    sheet.freeze_panes = sheet.cell(row=layout.FIRST_PAIR_ROW, column=1)
    sheet.print_title_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"


def _meta(workbook: Workbook, model: PlanningModel, request: QuestionnaireRequest) -> None:
    sheet = workbook.create_sheet(layout.META_SHEET_TITLE)
    values = {
        "format": layout.FORMAT,
        "format_version": str(layout.FORMAT_VERSION),
        "model_id": model.id,
        "model_version": model.version,
        "model_hash": model.content_hash,
        "expert": request.expert,
        "language": request.lang,
        "strategies": "yes" if request.with_strategies else "no",
        "paired_criteria": " ".join(request.criteria_of(SheetKind.STRATEGIES, model) or ()),
        "ratings": "yes" if request.with_ratings else "no",
        "rated_criteria": " ".join(request.criteria_of(SheetKind.RATINGS, model) or ()),
    }
    for row, key in enumerate(layout.META_KEYS, start=1):
        _put(sheet.cell(row=row, column=1), key)
        _put(sheet.cell(row=row, column=2), values[key])
    answers = wording.scale_answers(request.lang)
    for row, (text, _) in enumerate(answers, start=1):
        _put(sheet[f"{layout.SCALE_LIST_COLUMN}{row}"], text)
    _named_list(workbook, layout.SCALE_LIST_NAME, layout.SCALE_LIST_COLUMN, len(answers))
    levels = model.rating_scale.levels
    for row, level in enumerate(levels, start=1):
        _put(
            sheet[f"{layout.LEVEL_LIST_COLUMN}{row}"], model.rating_scale.label(level, request.lang)
        )
    _named_list(workbook, layout.LEVEL_LIST_NAME, layout.LEVEL_LIST_COLUMN, len(levels))
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


def _named_list(workbook: Workbook, name: str, column: str, count: int) -> None:
    """A defined name for rows 1…count of a column of the metadata sheet (a drop-down's list)."""
    reference = f"'{layout.META_SHEET_TITLE}'!${column}$1:${column}${count}"
    workbook.defined_names[name] = DefinedName(name, attr_text=reference)


def _table(
    sheet: Worksheet, first_row: int, header: tuple[str, ...], rows: Iterable[Sequence[str]]
) -> None:
    for column, text in enumerate(header, start=1):
        _put(sheet.cell(row=first_row, column=column), text)
        sheet.cell(row=first_row, column=column).font = _BOLD
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=first_row + offset, column=column)
            _put(cell, value)
            cell.alignment = _WRAP


def _put(cell: Cell, value: object) -> None:
    """value in cell, text always as text: a name starting with '=' is no formula."""
    if isinstance(value, str):
        value = layout.storable(value)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _open_cell(cell: Cell, value: object) -> None:
    _put(cell, value)
    cell.protection = _UNLOCKED
    cell.fill = _OPEN


def _printable(sheet: Worksheet) -> None:
    """Printed for a paper answer: landscape, one page wide, the header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(sheet: Worksheet) -> None:
    _printable(sheet)
    sheet.protection.sheet = True
    if layout.PASSWORD:
        sheet.protection.password = layout.PASSWORD
