"""No count, city or model name is written into the code: the report's cover, the indicator
table and the window take them from the model that is open."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.export.content import build_report
from desktop.export.report_html import report_html
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.sensitivity.bundle import sensitivity_bundle
from tests.desktop.model_folders import changed_model

ROOT = Path(__file__).resolve().parents[2]
# Words that would fix the shipped model into code: its city, and counts of its parts.
FIXED_WORDS = re.compile(
    r"Foshan|佛山|\b(?:five|six|eight)\s+(?:strateg|district|criteri)|[五六八](?:项|个)?(?:策略|区|准则)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang, words", [("en", "5 strategies ranked"), ("zh", "排序 5 项策略")])
def test_the_report_cover_counts_the_strategies_of_the_model(tmp_path, lang, words):
    model = load_model(changed_model(tmp_path))
    evaluation = evaluate(model, default_session(model))
    cover = html.unescape(
        report_html(build_report(evaluation, sensitivity_bundle(evaluation), lang))
    )
    cover = cover.split("page-break-before: always")[0]
    assert words in cover and "Six" not in cover and "六项" not in cover


def test_no_user_visible_text_of_the_desktop_names_the_shipped_model():
    """Strings and docstrings of desktop/ and of the core: a comment may cite a measurement."""
    found = []
    for folder in ("desktop", "strategies", "criteria"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if FIXED_WORDS.search(code) and not _about_the_shipped_files(code):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def _about_the_shipped_files(code: str) -> bool:
    # The shipped folder and example are named after the city: resources/foshan, foshan-example.
    return bool(re.search(r'"foshan"|resources/foshan|foshan-example', code))


def test_the_indicator_table_header_names_no_city(qtbot, document, language):
    from desktop.views.indicators_view import IndicatorsView

    view = IndicatorsView(document, language)
    qtbot.addWidget(view)
    model = view.table.model()
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert "City / other" in headers and not any("Foshan" in h for h in headers)
