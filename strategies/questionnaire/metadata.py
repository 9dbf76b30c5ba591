"""The hidden metadata sheet: which format, model and expert a questionnaire was made for."""

from __future__ import annotations

from dataclasses import dataclass, replace

from openpyxl.workbook.workbook import Workbook

from strategies.model import PlanningModel
from strategies.questionnaire import layout, wording
from strategies.questionnaire.layout import SheetKind
from strategies.questionnaire.opening import grid_sheets
from strategies.questionnaire.problems import Problem, QuestionnaireProblem, problem


@dataclass(frozen=True)
class Metadata:
    """``strategies``/``ratings``: whether the strategy pairs / ratings sheet was written, and
    under which criteria (``paired``/``rated``; a format 1 file asks pairs under every one)."""

    expert: str
    language: str
    strategies: bool
    paired: tuple[str, ...] | None = None
    ratings: bool = False
    rated: tuple[str, ...] | None = None

    def criteria_of(self, kind: SheetKind) -> tuple[str, ...] | None:
        """The criteria of a strategy sheet (None on the criteria sheet, or: every one)."""
        return {SheetKind.STRATEGIES: self.paired, SheetKind.RATINGS: self.rated}.get(kind)

    def asked(self, kind: SheetKind) -> bool:
        return {
            SheetKind.CRITERIA: True,
            SheetKind.STRATEGIES: self.strategies,
            SheetKind.RATINGS: self.ratings,
        }[kind]


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
    metadata = Metadata(values.get("expert", ""), language, strategies == "yes")
    if int(version) < 2:
        return metadata
    return _strategy_questions(metadata, values, model, name, sheet)


def _strategy_questions(
    metadata: Metadata, values: dict[str, str], model: PlanningModel, name: str, sheet: str
) -> Metadata | QuestionnaireProblem:
    """Format 2: whether ratings are asked, and under which criteria pairs and ratings are."""
    ratings = values.get("ratings", "")
    if ratings not in ("yes", "no"):
        return problem(Problem.BAD_METADATA, name, sheet, key="ratings", value=ratings)
    lists = {}
    for key in ("paired_criteria", "rated_criteria"):
        ids = tuple(values.get(key, "").split())
        if any(c not in model.criteria for c in ids) or len(set(ids)) != len(ids):
            return problem(Problem.BAD_METADATA, name, sheet, key=key, value=values.get(key, ""))
        lists[key] = tuple(c for c in model.criteria if c in ids)  # model order
    return replace(
        metadata,
        paired=lists["paired_criteria"],
        ratings=ratings == "yes",
        rated=lists["rated_criteria"],
    )


def _text(value: object) -> str:
    """A metadata value as text; an office suite may have turned '1' into the number 1."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()
