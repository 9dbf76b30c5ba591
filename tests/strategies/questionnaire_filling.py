"""Fill a written questionnaire as an expert would: open it with openpyxl, choose answers from
the drop-down list (or type numbers), write notes, save. Shared by the questionnaire tests and
the benchmark."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from openpyxl import load_workbook

from criteria.judgments import PairwiseJudgments
from criteria.verbal_scale import value_from_step
from strategies.model import PlanningModel
from strategies.questionnaire import QuestionnaireRequest, layout, questionnaire_bytes, wording
from strategies.questionnaire.layout import SheetKind


def random_judgments(
    model: PlanningModel, kind: SheetKind, rng: np.random.Generator, missing: float = 0.0
) -> dict[str, PairwiseJudgments]:
    """Scale values for every node's pairs; a share left missing where the rest stay linked."""
    result = {}
    for node, items in layout.judged_nodes(model, kind):
        pairs = [(a, b) for i, a in enumerate(items) for b in items[i + 1 :]]
        values = [(a, b, value_from_step(int(rng.integers(-8, 9)))) for a, b in pairs]
        judgments = PairwiseJudgments.from_pairs(node, items, values)
        for a, b in pairs:
            if rng.random() < missing:
                with contextlib.suppress(ValueError):  # would unlink an item: keep the pair
                    judgments = judgments.with_value(a, b, None)
        result[node] = judgments
    return result


def fill(
    blank: bytes,
    model: PlanningModel,
    lang: str,
    judgments: Mapping[SheetKind, Mapping[str, PairwiseJudgments]],
    notes: Mapping[tuple[str, str, str], str] = {},
    name: str | None = None,
    ratings: Mapping[tuple[str, str], str] | None = None,
) -> bytes:
    """The questionnaire with each given judgment chosen from the list and the notes written;
    ratings ((strategy, criterion) → level) chosen by their names in lang on the ratings sheet."""
    workbook = load_workbook(io.BytesIO(blank))
    if ratings is not None:
        _fill_ratings(workbook, model, lang, ratings, notes)
    texts = dict((value, text) for text, value in wording.scale_answers(lang))
    for kind, by_node in judgments.items():
        sheet = workbook[wording.SHEET_NAMES[lang][kind]]
        # The rows as the sheet names them (its hidden ids): a strategy pairs sheet may ask
        # about some criteria only.
        for row in range(layout.FIRST_PAIR_ROW, sheet.max_row + 1):
            node, a, b = (sheet.cell(row, c).value for c in layout.PAIR_COLUMNS.ids)
            given = by_node.get(node)
            value = None if given is None else given.value(a, b)
            sheet.cell(row=row, column=layout.ANSWER, value=_answer(value, texts))
            note = notes.get((node, a, b))
            if note is not None:
                sheet.cell(row=row, column=layout.NOTE, value=note)
    if name is not None:
        workbook[wording.SHEET_NAMES[lang][SheetKind.INSTRUCTIONS]][layout.NAME_CELL] = name
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fill_ratings(workbook, model, lang, ratings, notes) -> None:
    sheet = workbook[wording.SHEET_NAMES[lang][SheetKind.RATINGS]]
    columns = layout.columns(SheetKind.RATINGS)
    for row in range(layout.FIRST_PAIR_ROW, sheet.max_row + 1):
        criterion, strategy = (sheet.cell(row, c).value for c in columns.ids)
        level = ratings.get((strategy, criterion))
        label = None if level is None else model.rating_scale.label(level, lang)
        sheet.cell(row=row, column=columns.answer, value=label)
        note = notes.get((criterion, strategy, ""))
        if note is not None:
            sheet.cell(row=row, column=columns.note, value=note)


def random_ratings(
    model: PlanningModel, rng: np.random.Generator, criteria=None, missing: float = 0.0
) -> dict[tuple[str, str], str]:
    """A random level for every strategy under every criterion (of criteria); a share left out."""
    levels = model.rating_scale.levels
    return {
        (strategy, criterion): levels[int(rng.integers(len(levels)))]
        for criterion in (model.criteria if criteria is None else criteria)
        for strategy in model.strategy_ids
        if rng.random() >= missing
    }


def _answer(value: float | None, texts: Mapping[float, str]) -> object:
    if value is None:
        return None
    for listed, text in texts.items():
        if abs(listed - value) < 1e-9:
            return text
    return value


def filled_file(
    folder: Path,
    model: PlanningModel,
    lang: str,
    expert: str,
    seed: int,
    strategies: bool = True,
    ratings: bool = False,
) -> tuple[Path, dict[SheetKind, dict[str, PairwiseJudgments]]]:
    """A returned questionnaire with random answers, and the judgments it holds (with
    ``ratings``, also a ratings sheet under every criterion, a fifth left empty)."""
    rng = np.random.default_rng(seed)
    request = QuestionnaireRequest(
        lang=lang, expert=expert, with_strategies=strategies, with_ratings=ratings
    )
    kinds = (SheetKind.CRITERIA, SheetKind.STRATEGIES) if strategies else (SheetKind.CRITERIA,)
    judgments = {kind: random_judgments(model, kind, rng, missing=0.2) for kind in kinds}
    given = random_ratings(model, rng, missing=0.2) if ratings else None
    path = folder / f"{expert}.xlsx"
    blank = questionnaire_bytes(model, request)
    path.write_bytes(fill(blank, model, lang, judgments, ratings=given))
    return path, judgments
