"""Read returned questionnaires into each expert's judgments and notes, or the list of what is
wrong with each file, by file, sheet and cell. A file with any problem yields no answers.

The returned value is ready for the panel: ``answers.criteria_judgments`` and
``answers.strategy_judgments`` are the PairwiseJudgments an expert holds in a session.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from openpyxl.workbook.workbook import Workbook

from criteria.judgments import PairwiseJudgments
from strategies.model import PlanningModel
from strategies.questionnaire import layout, wording
from strategies.questionnaire.layout import SheetKind
from strategies.questionnaire.metadata import Metadata, read_metadata
from strategies.questionnaire.opening import grid_sheets, open_workbook
from strategies.questionnaire.problems import Problem, QuestionnaireProblem, problem
from strategies.questionnaire.sheet_reading import SheetAnswers, read_answer_sheet

PairKey = tuple[str, str, str]  # (node, a, b); a criterion's strategy pairs use its id as node


@dataclass(frozen=True)
class ExpertAnswers:
    """One expert's returned questionnaire: judgments per node (nodes left wholly empty are
    absent), ratings by (strategy, criterion) (those left empty absent), notes per pair (a
    rating's note under (criterion, strategy, "")), the name the file was made for, and the
    criteria whose strategy pairs and ratings it asked (the answers replace those)."""

    expert: str
    made_for: str
    language: str
    criteria_judgments: Mapping[str, PairwiseJudgments]
    strategy_judgments: Mapping[str, PairwiseJudgments]
    notes: Mapping[PairKey, str]
    answered_pairs: int
    total_pairs: int
    ratings: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))
    paired_criteria: tuple[str, ...] = ()
    rated_criteria: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionnaireReading:
    file: str
    answers: ExpertAnswers | None
    problems: tuple[QuestionnaireProblem, ...]

    @property
    def ok(self) -> bool:
        return self.answers is not None


def read_questionnaires(
    paths: Iterable[Path], model: PlanningModel
) -> tuple[QuestionnaireReading, ...]:
    """Read each file; two files answering for the same expert are both refused."""
    readings = [read_questionnaire(Path(path), model) for path in paths]
    names = Counter(r.answers.expert.casefold() for r in readings if r.answers is not None)
    return tuple(_refused_if_twice(reading, names) for reading in readings)


def read_questionnaire(path: Path, model: PlanningModel) -> QuestionnaireReading:
    """The answers in one returned file, or every problem found in it."""
    name = str(path)
    workbook = open_workbook(Path(path))
    if isinstance(workbook, QuestionnaireProblem):
        return QuestionnaireReading(name, None, (workbook,))
    metadata = read_metadata(workbook, model, name)
    if isinstance(metadata, QuestionnaireProblem):
        return QuestionnaireReading(name, None, (metadata,))
    return _read_workbook(workbook, model, metadata, name)


def _read_workbook(
    workbook: Workbook, model: PlanningModel, metadata: Metadata, name: str
) -> QuestionnaireReading:
    problems = _sheet_problems(workbook, metadata, name)
    sheets = {}
    grids = grid_sheets(workbook)
    for kind in (k for k in layout.ANSWER_SHEETS if metadata.asked(k)):
        title = wording.SHEET_NAMES[metadata.language][kind]
        if title in grids:
            sheets[kind] = read_answer_sheet(
                grids[title], model, kind, metadata.language, name, metadata.criteria_of(kind)
            )
            problems += sheets[kind].problems
    expert = _expert_name(workbook, metadata, name, problems)
    if not problems and not any(s.values for s in sheets.values()):
        problems.append(problem(Problem.NO_ANSWERS, name))
    if problems:
        return QuestionnaireReading(name, None, tuple(problems))
    return QuestionnaireReading(name, _answers(model, metadata, expert, sheets), ())


def _sheet_problems(
    workbook: Workbook, metadata: Metadata, name: str
) -> list[QuestionnaireProblem]:
    titles = wording.SHEET_NAMES[metadata.language]
    expected = [
        titles[kind]
        for kind in SheetKind
        if kind in titles and (kind not in layout.ANSWER_SHEETS or metadata.asked(kind))
    ]
    expected.append(layout.META_SHEET_TITLE)
    missing = [
        problem(Problem.MISSING_SHEET, name, title)
        for title in expected
        if title not in grid_sheets(workbook)
    ]
    unexpected = [
        problem(Problem.UNEXPECTED_SHEET, name, title)
        for title in workbook.sheetnames
        if title not in expected
    ]
    return missing + unexpected


def _expert_name(
    workbook: Workbook, metadata: Metadata, name: str, problems: list[QuestionnaireProblem]
) -> str:
    """The name written in the name cell, else the one the file was made for."""
    title = wording.SHEET_NAMES[metadata.language][SheetKind.INSTRUCTIONS]
    sheet = grid_sheets(workbook).get(title)
    if sheet is None:
        return metadata.expert
    cell = sheet[layout.NAME_CELL]
    if cell.data_type == "f":
        formula = str(cell.value)[:60]
        problems.append(problem(Problem.FORMULA, name, title, layout.NAME_CELL, formula=formula))
        return ""
    written = "" if cell.value is None else " ".join(str(cell.value).split())
    if not (written or metadata.expert):
        problems.append(problem(Problem.NO_NAME, name, title, layout.NAME_CELL))
    return written or metadata.expert


def _answers(
    model: PlanningModel, metadata: Metadata, expert: str, sheets: Mapping[SheetKind, SheetAnswers]
) -> ExpertAnswers:
    empty = SheetAnswers()
    criteria, strategies, ratings = (
        sheets.get(kind, empty)
        for kind in (SheetKind.CRITERIA, SheetKind.STRATEGIES, SheetKind.RATINGS)
    )
    every = model.criteria
    return ExpertAnswers(
        expert=expert,
        made_for=metadata.expert,
        language=metadata.language,
        criteria_judgments=MappingProxyType(dict(criteria.judgments)),
        strategy_judgments=MappingProxyType(dict(strategies.judgments)),
        notes=MappingProxyType({**criteria.notes, **strategies.notes, **ratings.notes}),
        answered_pairs=sum(len(s.values) for s in (criteria, strategies, ratings)),
        total_pairs=sum(s.pair_count for s in (criteria, strategies, ratings)),
        ratings=MappingProxyType(dict(ratings.ratings)),
        paired_criteria=_asked(metadata, SheetKind.STRATEGIES, every),
        rated_criteria=_asked(metadata, SheetKind.RATINGS, every),
    )


def _asked(metadata: Metadata, kind: SheetKind, every: tuple[str, ...]) -> tuple[str, ...]:
    """The criteria a strategy sheet asked about (none when the sheet was not written)."""
    if not metadata.asked(kind):
        return ()
    chosen = metadata.criteria_of(kind)
    return every if chosen is None else chosen


def _refused_if_twice(reading: QuestionnaireReading, names: Counter) -> QuestionnaireReading:
    if reading.answers is None or names[reading.answers.expert.casefold()] < 2:
        return reading
    same = problem(Problem.SAME_EXPERT, reading.file, expert=reading.answers.expert)
    return QuestionnaireReading(reading.file, None, (same,))
