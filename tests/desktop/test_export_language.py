"""A Chinese export or ranking holds no English words, an English one no Chinese (XLSX, CSV,
PDF, JSON text fields, `rank` text and JSON), apart from what tests/language_words.py allows,
the model's ids in columns and fields that hold ids, and the planner's own text."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.export.service import export_report
from strategies.evaluation import default_session
from strategies.panel.methods import AGGREGATIONS
from strategies.panel.session_panel import session_evaluation
from strategies.session import IndicatorEdit
from tests.desktop.export_support import panel_session as five_experts
from tests.language_words import CJK_RUN, foreign

WRAPPED_CJK = re.compile(rf"(?<={CJK_RUN.pattern[:-1]})\n(?={CJK_RUN.pattern[:-1]})")

PLANNER_TEXTS = ("高明区统计局 2018 survey", "研讨会记录 workshop notes")
# JSON fields whose values are ids or documented enumerations, the same in every language.
MACHINE_FIELDS = frozenset(
    {
        "id",
        "schema",
        "language",
        "content_hash",
        "status",
        "normalisation",
        "random_index",
        "scope",
        "origin",
        "district",
        "strategy",
        "criterion",
        "layer",
        "indicators",
        "missing_districts",
        "neutral_criteria",
        "measured_criteria",
        "kind",
        "items",
        "place",
        "indicator",
        "values",
        "first",
        "second",
        "nodes_failing",
        "top",
        "new_top",
        # enumerations and keys added by the method work (values a program reads, not a reader)
        "synthesis",
        "cr_status",
        "need_source",
        "rule",
        "subject",
        "node_kind",
        "analysis",
        "reason",
        # the panel's ids and enumerations (panel key of the JSON and of rank --json)
        "aggregation",
        "band",
        "expert",
        "furthest_expert",
        "strategies",
    }
)


def planner_session(model):
    session = default_session(model)
    goal = session.criteria_judgments["goal"]
    for first, second, value in (("L1", "L2", 5.0), ("L2", "L3", 5.0), ("L1", "L3", 0.2)):
        goal = goal.with_value(first, second, value)
    judgments = {**session.criteria_judgments, "goal": goal}
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 5.0, PLANNER_TEXTS[0])
    return replace(
        session,
        criteria_judgments=judgments,
        notes=PLANNER_TEXTS[1],
        indicator_edits=(edit,),
        monte_carlo=replace(session.monte_carlo, samples=200, seed=3),
    )


def model_ids(model) -> frozenset[str]:
    ids = {
        model.id,
        *model.criteria,
        *model.strategy_ids,
        *model.district_ids,
        *model.hierarchy.nodes,
    }
    for indicator in (*model.indicators, *model.supplement):
        ids |= {indicator.id, *indicator.values}
    return frozenset(ids)


def problems(texts: list[str], lang: str, ids: frozenset[str]) -> list[str]:
    found = []
    for text in texts:
        if text in ids:
            continue
        for planner_text in PLANNER_TEXTS:
            text = text.replace(planner_text, " ")
        found += [f"{text[:120]!r}: {foreign(text, lang)}"] if foreign(text, lang) else []
    return sorted(set(found))


def workbook_texts(path, ids) -> list[str]:
    texts = []
    for sheet in load_workbook(path):
        texts.append(sheet.title)
        texts += [
            cell
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if isinstance(cell, str)
        ]
    return texts


def json_texts(node, key: str = "") -> list[str]:
    if key in MACHINE_FIELDS:
        return []
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [text for k, value in node.items() for text in json_texts(value, k)]
    if isinstance(node, list):
        return [text for value in node for text in json_texts(value, key)]
    return []


def pdf_texts(path) -> list[str]:
    shown = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # A line broken inside a Chinese phrase is one phrase again (as a reader sees it).
    return WRAPPED_CJK.sub("", shown).splitlines()


def exported_texts(model, tmp_path, lang: str, session=None) -> dict[str, list[str]]:
    session = session or planner_session(model)
    evaluation = session_evaluation(model, session)
    texts = {}
    for suffix in (".xlsx", ".csv", ".json", ".pdf"):
        path = tmp_path / f"report-{lang}{suffix}"
        export_report(evaluation, path, lang, planner_session=session)
        if suffix == ".xlsx":
            texts[suffix] = workbook_texts(path, model_ids(model))
        elif suffix == ".csv":
            texts[suffix] = [
                cell
                for line in path.read_text(encoding="utf-8-sig").splitlines()
                for cell in line.split(",")
            ]
        elif suffix == ".json":
            texts[suffix] = json_texts(json.loads(path.read_text(encoding="utf-8")))
        else:
            texts[suffix] = pdf_texts(path)
    return texts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_export_is_in_one_language(model, tmp_path, lang):
    ids = model_ids(model)
    for suffix, texts in exported_texts(model, tmp_path, lang).items():
        assert len(texts) > 20, suffix
        assert problems(texts, lang, ids) == [], suffix


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_export_of_a_panel_is_in_one_language(model, tmp_path, lang):
    """The panel section too: its headings, verdicts, bands and the unnamed lead's name."""
    ids = model_ids(model)
    session = five_experts(model, base=planner_session(model))
    when = AGGREGATIONS[session.aggregation].when_appropriate.get(lang)
    for suffix, texts in exported_texts(model, tmp_path, lang, session).items():
        assert any(when in text for text in texts), suffix  # the panel section is there
        assert problems(texts, lang, ids) == [], suffix


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rank_output_is_in_one_language(model, capsys, lang):
    ids = model_ids(model)
    assert main(["rank", "--lang", lang]) == 0
    text = capsys.readouterr().out
    assert problems(text.splitlines(), lang, ids) == []
    assert main(["rank", "--lang", lang, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert problems(json_texts(document), lang, ids) == []


def test_the_check_finds_words_of_the_other_language(model):
    """The checks above can fail: what the issue saw is caught."""
    ids = model_ids(model)
    assert problems(["顺德: high … 高明: low"], "zh", ids) != []
    assert problems(["missing", "Judgments that most disturb consistency"], "zh", ids) != []
    assert problems(["缺失", "比较对"], "en", ids) != []
    assert problems(["C1 电商规模", "S1", "shunde", "CR = 0.078（阈值 0.05）"], "zh", ids) == []
