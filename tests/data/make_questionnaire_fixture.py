"""Make tests/data/questionnaire_zh_libreoffice.xlsx: a Chinese questionnaire, every criteria
pair answered (the goal's first pair 5, a note on L1: C1 vs C2, the name 王力 written by the
expert), then opened and re-saved by LibreOffice as an Excel 2007-365 workbook:

    python tests/data/make_questionnaire_fixture.py      # needs soffice (libreoffice-calc-nogui)

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
from tests.strategies.questionnaire_filling import fill, random_judgments  # noqa: E402

TARGET = Path(__file__).parent / "questionnaire_zh_libreoffice.xlsx"


def main() -> None:
    model = load_model()
    judgments = random_judgments(model, SheetKind.CRITERIA, np.random.default_rng(13))
    goal = model.hierarchy.goal
    first, second = model.hierarchy.children(goal)[:2]
    judgments[goal] = judgments[goal].with_value(first, second, 5.0)
    blank = questionnaire_bytes(model, QuestionnaireRequest(lang="zh"))
    notes = {("L1", "C1", "C2"): "规模数据不全"}
    filled = fill(blank, model, "zh", {SheetKind.CRITERIA: judgments}, notes, name="王力")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "filled" / TARGET.name
        source.parent.mkdir()
        source.write_bytes(filled)
        command = ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", folder, str(source)]
        subprocess.run(command, check=True, capture_output=True)
        shutil.copyfile(Path(folder) / TARGET.name, TARGET)


if __name__ == "__main__":
    main()
