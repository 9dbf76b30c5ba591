"""Returned questionnaires into the panel: each file's answers become an expert of the session,
matched by name with the experts already there.

A batch imports whole or not at all: when any file of it has a problem, ``import_plan`` holds
every problem and no expert, so that a panel never holds half a batch (the planner fixes or
drops that file and imports the batch again). An expert already in the panel under the same
name (letter case and spacing aside) is replaced only when the caller chooses to: the answers
replace their criteria judgments, and their strategy pairs and ratings under the criteria the
questionnaire asked about (a criterion left blank there then has none of theirs); their id,
organisation, weight, inclusion, and strategy judgments under the other criteria stay.

An expert may leave a whole criteria node blank: they are then left out of that node's
combination (``strategies.panel.combined``). Two cases are refused, at the node's first answer
cell: a file replacing the panel's first expert, whose judgments are the session's own and
cover every node (filling the node would keep judgments they did not make now), and a batch
after which no expert counted in the panel would judge a node.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from openpyxl.utils import get_column_letter

from strategies.model import PlanningModel
from strategies.panel.experts import Expert, unanswered_nodes
from strategies.panel.session_panel import (
    checked_answered,
    fresh_expert_id,
    judging_panel,
    lead,
    placed_expert,
)
from strategies.questionnaire import (
    ExpertAnswers,
    Problem,
    QuestionnaireProblem,
    QuestionnaireReading,
    layout,
    wording,
)
from strategies.questionnaire.layout import SheetKind
from strategies.questionnaire.problems import problem
from strategies.session import Session


@dataclass(frozen=True)
class ImportedExpert:
    """One file's answers, and the expert of the same name already in the panel, if any."""

    file: str
    answers: ExpertAnswers
    replaces: Expert | None


@dataclass(frozen=True)
class ImportPlan:
    """What a batch would import, or every problem that stops it (then no expert)."""

    experts: tuple[ImportedExpert, ...]
    problems: tuple[QuestionnaireProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def replacing(self) -> tuple[ImportedExpert, ...]:
        return tuple(item for item in self.experts if item.replaces is not None)


def import_plan(
    readings: Iterable[QuestionnaireReading], session: Session, model: PlanningModel
) -> ImportPlan:
    """The experts a batch of readings would add or replace; nothing when any file has a problem."""
    readings = tuple(readings)
    problems = [found for reading in readings for found in reading.problems]
    experts = tuple(
        ImportedExpert(r.file, r.answers, matching_expert(session, r.answers.expert))
        for r in readings
        if r.answers is not None
    )
    if not problems:
        problems = _panel_problems(experts, session, model)
    if problems:
        return ImportPlan((), tuple(problems))
    return ImportPlan(experts, ())


def _panel_problems(
    experts: tuple[ImportedExpert, ...], session: Session, model: PlanningModel
) -> list[QuestionnaireProblem]:
    """Blank nodes of a file replacing the lead; nodes nobody counted would judge afterwards."""
    lead_id = lead(session).id
    problems = [
        found
        for item in experts
        if item.replaces is not None and item.replaces.id == lead_id
        for found in blank_node_problems(item, model, Problem.UNANSWERED_NODE)
    ]
    if problems:
        return problems
    after = unchecked_imported(session, experts)
    nobody = unanswered_nodes(judging_panel(after), model.hierarchy.inner_nodes)
    return [
        found
        for item in experts
        for found in blank_node_problems(item, model, Problem.NOBODY_JUDGES_NODE, nobody)
    ]


def blank_node_problems(
    item: ImportedExpert,
    model: PlanningModel,
    kind: Problem,
    among: tuple[str, ...] | None = None,
) -> tuple[QuestionnaireProblem, ...]:
    """A problem at the first answer cell of each criteria node (of among, default every
    node) the file left wholly empty."""
    answers = item.answers
    sheet = wording.SHEET_NAMES[answers.language][SheetKind.CRITERIA]
    first_rows: dict[str, int] = {}
    for pair in layout.pair_rows(model, SheetKind.CRITERIA):
        first_rows.setdefault(pair.node, pair.row)
    column = get_column_letter(layout.ANSWER)
    return tuple(
        problem(
            kind,
            item.file,
            sheet,
            f"{column}{row}",
            node=layout.node_label(model, node, answers.language),
        )
        for node, row in first_rows.items()
        if node not in answers.criteria_judgments and (among is None or node in among)
    )


def same_name(one: str, other: str) -> bool:
    """Names that mean the same expert: equal but for letter case and spacing."""
    return _folded(one) == _folded(other) != ""


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def matching_expert(session: Session, name: str) -> Expert | None:
    """The panel's expert of that name, if any."""
    return next((e for e in session.experts.experts if same_name(e.name, name)), None)


def with_imported(
    session: Session, model: PlanningModel, experts: Iterable[ImportedExpert]
) -> Session:
    """session with each imported expert added at the end or put in the place of the one
    they replace, in the order given. UnansweredNodeError when afterwards no expert counted
    would judge some criteria node (``import_plan`` reports that as a problem first)."""
    return checked_answered(unchecked_imported(session, experts))


def unchecked_imported(session: Session, experts: Iterable[ImportedExpert]) -> Session:
    for item in experts:
        session = placed_expert(session, expert_from_answers(session, item))
    return session


def expert_from_answers(session: Session, item: ImportedExpert) -> Expert:
    """The Expert the answers make: new, or the expert they replace with these judgments."""
    answers = item.answers
    if item.replaces is None:
        return Expert(
            fresh_expert_id(session),
            answers.expert,
            note=notes_text(answers),
            criteria_judgments=answers.criteria_judgments,
            strategy_judgments=answers.strategy_judgments,
            ratings=answers.ratings,
        )
    held = session.experts.expert(item.replaces.id)
    paired, rated = set(answers.paired_criteria), set(answers.rated_criteria)
    kept_judgments = {c: j for c, j in held.strategy_judgments.items() if c not in paired}
    kept_ratings = {k: level for k, level in held.ratings.items() if k[1] not in rated}
    return replace(
        held,
        criteria_judgments=answers.criteria_judgments,
        strategy_judgments={**kept_judgments, **answers.strategy_judgments},
        ratings={**kept_ratings, **answers.ratings},
        note=notes_text(answers) or held.note,
    )


def notes_text(answers: ExpertAnswers) -> str:
    """The expert's notes on pairs, one line each: 'node: a – b: note' (a rating's note:
    'criterion: strategy: note')."""
    return "\n".join(
        f"{node}: {' – '.join(x for x in (a, b) if x)}: {' '.join(text.split())}"
        for (node, a, b), text in answers.notes.items()
        if text.strip()
    )
