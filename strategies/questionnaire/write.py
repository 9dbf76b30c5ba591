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
    """What to put in a questionnaire: language, expert, whether strategies are judged, and
    the judgments to prefill (node → judgments; empty: every answer blank)."""

    lang: str = "en"
    expert: str = ""
    with_strategies: bool = False
    criteria_judgments: Mapping[str, PairwiseJudgments] = field(
        default_factory=lambda: MappingProxyType({})
    )
    strategy_judgments: Mapping[str, PairwiseJudgments] = field(
        default_factory=lambda: MappingProxyType({})
    )


def write_questionnaire(path: Path, model: PlanningModel, request: QuestionnaireRequest) -> None:
    """Write the questionnaire atomically; raise FileWriteError when it cannot be saved."""
    write_atomically(Path(path), questionnaire_bytes(model, request))


def questionnaire_bytes(model: PlanningModel, request: QuestionnaireRequest) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _instructions(workbook.create_sheet(), model, request)
    _hierarchy(workbook.create_sheet(), model, request)
    _answers(workbook.create_sheet(), model, request, SheetKind.CRITERIA)
    if request.with_strategies:
        _answers(workbook.create_sheet(), model, request, SheetKind.STRATEGIES)
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
    if request.with_strategies:
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
    prefill = (
        request.criteria_judgments if kind is SheetKind.CRITERIA else request.strategy_judgments
    )
    texts = [text for text, _ in wording.scale_answers(lang)]
    for pair in layout.pair_rows(model, kind):
        labels = layout.row_labels(model, kind, pair, lang)
        for column, value in zip(layout.LOCKED_COLUMNS, labels, strict=True):
            _put(sheet.cell(row=pair.row, column=column), value)
        judgments = prefill.get(pair.node)
        given = None if judgments is None else judgments.value(pair.a, pair.b)
        _open_cell(sheet.cell(row=pair.row, column=layout.ANSWER), _prefill(given, texts))
        _open_cell(sheet.cell(row=pair.row, column=layout.NOTE), None)
    _answer_validation(sheet, lang, len(layout.pair_rows(model, kind)))
    _answer_sheet_look(sheet)
    _protect(sheet)


def _prefill(value: float | None, texts: list[str]) -> str | float | None:
    """The list text of a scale value; a value between the steps as its number (exact)."""
    if value is None:
        return None
    if is_scale_value(value):
        return texts[step_from_value(value) + len(texts) // 2]
    return value


def _answer_validation(sheet: Worksheet, lang: str, count: int) -> None:
    if count == 0:
        return
    column = sheet.cell(row=1, column=layout.ANSWER).column_letter
    prompt_title, prompt = wording.VALIDATION_PROMPT[lang]
    error_title, error = wording.VALIDATION_ERROR[lang]
    validation = DataValidation(
        type="list",
        formula1=f"={layout.SCALE_LIST_NAME}",
        allow_blank=True,
        showDropDown=False,  # openpyxl's name for "hide the in-cell arrow": False shows it
        showErrorMessage=True,
        errorStyle="warning",  # a typed number (3, 1/3) is an accepted answer too
        errorTitle=error_title,
        error=error,
        promptTitle=prompt_title,
        prompt=prompt,
        showInputMessage=True,
    )
    validation.add(f"{column}{layout.FIRST_PAIR_ROW}:{column}{layout.FIRST_PAIR_ROW + count - 1}")
    sheet.add_data_validation(validation)


def _answer_sheet_look(sheet: Worksheet) -> None:
    for column, width in (
        (layout.NODE, 36),
        (layout.ITEM_A, 28),
        (layout.ITEM_B, 28),
        (layout.ANSWER, 44),
        (layout.NOTE, 36),
    ):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
    for column in (layout.NODE_ID, layout.ITEM_A_ID, layout.ITEM_B_ID):
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
    }
    for row, key in enumerate(layout.META_KEYS, start=1):
        _put(sheet.cell(row=row, column=1), key)
        _put(sheet.cell(row=row, column=2), values[key])
    answers = wording.scale_answers(request.lang)
    for row, (text, _) in enumerate(answers, start=1):
        _put(sheet[f"{layout.SCALE_LIST_COLUMN}{row}"], text)
    column = layout.SCALE_LIST_COLUMN
    reference = f"'{layout.META_SHEET_TITLE}'!${column}$1:${column}${len(answers)}"
    workbook.defined_names[layout.SCALE_LIST_NAME] = DefinedName(
        layout.SCALE_LIST_NAME, attr_text=reference
    )
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


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
