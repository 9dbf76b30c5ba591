"""Make the questionnaires filled here and re-saved by LibreOffice as Excel 2007-365 workbooks:

- tests/data/questionnaire_zh_libreoffice.xlsx (format 1, kept as written then): a Chinese
  questionnaire, every criteria pair answered (the goal's first pair 5, a note on L1: C1 vs
  C2, the name 王力 written by the expert);
- tests/data/questionnaire_en_ratings_libreoffice.xlsx (format 2): an English questionnaire
  with ratings under every criterion but C2 (a third left blank, a note on C1 / S1, the name
  Zhao Min) and strategy pairs under C2.

    python tests/data/make_questionnaire_fixture.py [zh|ratings]  # needs soffice

Run it from the repository root again when the model's version changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from strategies.model import load_model  # noqa: E402
from strategies.questionnaire import QuestionnaireRequest, questionnaire_bytes  # noqa: E402
from strategies.questionnaire.layout import SheetKind  # noqa: E402
from tests.strategies.questionnaire_filling import (  # noqa: E402
    fill,
    random_judgments,
    random_ratings,
)

TARGET = Path(__file__).parent / "questionnaire_zh_libreoffice.xlsx"
RATINGS_TARGET = Path(__file__).parent / "questionnaire_en_ratings_libreoffice.xlsx"
PAIRED = ("C2",)


def ratings_request(model):
    return QuestionnaireRequest(
        lang="en",
        with_strategies=True,
        paired_criteria=PAIRED,
        with_ratings=True,
        rated_criteria=tuple(c for c in model.criteria if c not in PAIRED),
    )


def ratings_answers(model):
    """The criteria judgments, strategy pairs and ratings the ratings fixture holds."""
    rng = np.random.default_rng(17)
    criteria = random_judgments(model, SheetKind.CRITERIA, rng)
    pairs = {
        c: j for c, j in random_judgments(model, SheetKind.STRATEGIES, rng).items() if c in PAIRED
    }
    rated = ratings_request(model).rated_criteria
    ratings = random_ratings(model, rng, rated, missing=0.33)
    return {SheetKind.CRITERIA: criteria, SheetKind.STRATEGIES: pairs}, ratings


def make_ratings() -> None:
    model = load_model()
    judgments, ratings = ratings_answers(model)
    blank = questionnaire_bytes(model, ratings_request(model))
    notes = {("C1", "S1", ""): "survey of 2023 only"}
    filled = fill(blank, model, "en", judgments, notes, name="Zhao Min", ratings=ratings)
    _resaved(filled, RATINGS_TARGET)


def _resaved(filled: bytes, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "filled" / target.name
        source.parent.mkdir()
        source.write_bytes(filled)
        command = ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", folder, str(source)]
        subprocess.run(command, check=True, capture_output=True)
        shutil.copyfile(Path(folder) / target.name, target)


def main() -> None:
    model = load_model()
    judgments = random_judgments(model, SheetKind.CRITERIA, np.random.default_rng(13))
    goal = model.hierarchy.goal
    first, second = model.hierarchy.children(goal)[:2]
    judgments[goal] = judgments[goal].with_value(first, second, 5.0)
    blank = questionnaire_bytes(model, QuestionnaireRequest(lang="zh"))
    notes = {("L1", "C1", "C2"): "规模数据不全"}
    filled = fill(blank, model, "zh", {SheetKind.CRITERIA: judgments}, notes, name="王力")
    _resaved(filled, TARGET)


if __name__ == "__main__":
    chosen = sys.argv[1:] or ["zh", "ratings"]
    if "zh" in chosen:
        main()
    if "ratings" in chosen:
        make_ratings()
