"""The hidden metadata sheet: which format, model and expert a questionnaire was made for."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.workbook.workbook import Workbook

from strategies.model import PlanningModel
from strategies.questionnaire import layout, wording
from strategies.questionnaire.opening import grid_sheets
from strategies.questionnaire.problems import Problem, QuestionnaireProblem, problem


@dataclass(frozen=True)
class Metadata:
    expert: str
    language: str
    strategies: bool


def read_metadata(
    workbook: Workbook, model: PlanningModel, name: str
) -> Metadata | QuestionnaireProblem:
    """The metadata, or the one problem that stops reading: not a questionnaire, a newer
    format, or a questionnaire made for another model or model version."""
    sheet = grid_sheets(workbook).get(layout.META_SHEET_TITLE)
    if sheet is None:
        return problem(Problem.NOT_A_QUESTIONNAIRE, name)
    values = {
        str(sheet.cell(row=row, column=1).value): _text(sheet.cell(row=row, column=2).value)
        for row in range(1, len(layout.META_KEYS) + 1)
    }
    if values.get("format") != layout.FORMAT:
        return problem(Problem.NOT_A_QUESTIONNAIRE, name)
    return _checked(values, model, name, layout.META_SHEET_TITLE)


def _checked(
    values: dict[str, str], model: PlanningModel, name: str, sheet: str
) -> Metadata | QuestionnaireProblem:
    version = values.get("format_version", "")
    if not version.isdigit():
        return problem(Problem.BAD_METADATA, name, sheet, key="format_version", value=version)
    if int(version) > layout.FORMAT_VERSION:
        return problem(Problem.NEWER_FORMAT, name, version=version, supported=layout.FORMAT_VERSION)
    if values.get("model_id") != model.id:
        return problem(
            Problem.OTHER_MODEL, name, found=values.get("model_id", ""), expected=model.id
        )
    made_for = (values.get("model_version", ""), values.get("model_hash", ""))
    if made_for != (model.version, model.content_hash):
        return problem(Problem.OTHER_MODEL_VERSION, name, found=made_for[0], expected=model.version)
    language, strategies = values.get("language", ""), values.get("strategies", "")
    if language not in wording.SHEET_NAMES:
        return problem(Problem.BAD_METADATA, name, sheet, key="language", value=language)
    if strategies not in ("yes", "no"):
        return problem(Problem.BAD_METADATA, name, sheet, key="strategies", value=strategies)
    return Metadata(values.get("expert", ""), language, strategies == "yes")


def _text(value: object) -> str:
    """A metadata value as text; an office suite may have turned '1' into the number 1."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()
