"""The panel section of every export: a session of five experts gets the Panel sheet, the CSV's
added columns, the JSON's panel key (the value rank --json prints) and the PDF's panel pages,
holding the core's figures; a session of one exports exactly as before."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.export.content import build_report
from desktop.export.labels import labels
from desktop.export.panel_labels import panel_labels
from desktop.export.pdf import pdf_bytes
from desktop.export.service import export_report
from desktop.export.tables import ranking_table, sheets
from desktop.panel_report import panel_entry
from strategies.panel.session_panel import session_evaluation
from strategies.panel.summary import panel_summary
from strategies.sensitivity.bundle import sensitivity_bundle

from .export_support import PANEL_EXPERTS, panel_session, planner_session

SUFFIXES = (".xlsx", ".csv", ".json", ".pdf")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _export_all(model, session, folder, lang):
    evaluation = session_evaluation(model, session)
    for suffix in SUFFIXES:
        path = folder / f"report-{lang}{suffix}"
        report = export_report(evaluation, path, lang, now=NOW, planner_session=session)
    return evaluation, report


@pytest.fixture(scope="module", params=["zh", "en"])
def panel_exports(request, model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("panel")
    session = panel_session(model)
    _, report = _export_all(model, session, folder, request.param)
    return request.param, folder, session, panel_summary(model, session), report


def _first_panel_page(pages: list[str], lang: str) -> int:
    """The panel follows the overview, and the map's own page when the overview had no room
    left for the map (the pages of the report count from 0 here)."""
    title = re.sub(r"\s+", "", labels(lang)["map_title"])
    return 1 + max(i for i, page in enumerate(pages) if title in re.sub(r"\s+", "", page))


def _page_texts(path) -> list[str]:
    shown = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return shown.split("\f")[:-1]


def _names(session, lang):
    unnamed = {"zh": "规划师", "en": "Planner"}[lang]
    return [e.name or unnamed for e in session.experts.experts]


def test_the_session_has_five_experts_who_disagree_and_some_judge_inconsistently(model):
    session = panel_session(model)
    summary = panel_summary(model, session)
    assert len(session.experts.experts) == 1 + len(PANEL_EXPERTS) == 5
    assert any(c.too_inconsistent for rows in summary.consistency.values() for c in rows)
    assert summary.disputed and summary.disputed[0].geometric_sd > 1.5


def test_xlsx_has_a_panel_sheet_after_the_summary_with_the_core_figures(panel_exports, model):
    lang, folder, session, summary, _ = panel_exports
    workbook = load_workbook(folder / f"report-{lang}.xlsx")
    text = panel_labels(lang)
    assert workbook.sheetnames[1] == text["sheet_panel"]
    rows = list(workbook[text["sheet_panel"]].iter_rows(values_only=True))
    cells = [c for row in rows for c in row if c is not None]
    for name in _names(session, lang):
        assert name in cells
    for _, organisation, _ in PANEL_EXPERTS:
        assert organisation in cells
    flagged = [r for r in rows if isinstance(r[5], str) and r[5].startswith("! ")]
    expected = sum(c.too_inconsistent for cs in summary.consistency.values() for c in cs)
    assert len(flagged) == expected > 0
    node_stars = [r[2] for r in rows if r[0] in {"L1", "L2", "L3"} and isinstance(r[2], float)]
    consensus = summary.consensus
    assert node_stars[:3] == pytest.approx([consensus.nodes[n].s_star for n in ("L1", "L2", "L3")])
    sds = [r[4] for r in rows if isinstance(r[1], str) and " : " in r[1]]
    assert sds == pytest.approx([d.geometric_sd for d in summary.disputed])
    assert max(sds) == sds[0]


def test_xlsx_tops_and_kendall_w_per_district(panel_exports, model):
    lang, folder, session, summary, _ = panel_exports
    sheet = load_workbook(folder / f"report-{lang}.xlsx")[panel_labels(lang)["sheet_panel"]]
    rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r[0] in model.district_ids}
    assert list(rows) == list(model.district_ids)
    for index, district in enumerate(model.district_ids):
        row = rows[district]
        tops = [" = ".join(summary.top_strategies[e][index]) for e in summary.participants]
        assert list(row[2 : 2 + len(tops)]) == tops
        assert row[2 + len(tops)] == pytest.approx(summary.concordance[index])


def test_csv_only_adds_columns_and_names_the_experts_ranking_each_strategy_first(
    panel_exports, model
):
    lang, folder, session, summary, _ = panel_exports
    rows = list(csv.reader(io.StringIO((folder / f"report-{lang}.csv").read_text("utf-8-sig"))))
    alone = session_evaluation(model, planner_session(model))
    plain = ranking_table(build_report(alone, sensitivity_bundle(alone), lang))
    assert tuple(rows[0][: len(plain.headers)]) == plain.headers
    assert len(rows[0]) == len(plain.headers) + 7
    names = dict(zip([e.id for e in session.experts.experts], _names(session, lang), strict=True))
    separator = labels(lang)["name_separator"]
    for row in rows[1:]:
        district, strategy = row[0], row[3]
        index = model.district_ids.index(district)
        first = [
            names[e] for e in summary.participants if strategy in summary.top_strategies[e][index]
        ]
        assert row[-2] == separator.join(first)
        assert float(row[-1]) == pytest.approx(summary.concordance[index])
    for name in _names(session, lang):
        assert name in rows[1][-6]


def test_json_panel_is_what_rank_json_prints(panel_exports, model):
    lang, folder, session, summary, _ = panel_exports
    exported = json.loads((folder / f"report-{lang}.json").read_text("utf-8"))
    assert exported["panel"] == json.loads(json.dumps(panel_entry(model, session, lang)))
    panel = exported["panel"]
    assert [d["furthest_expert"] for d in panel["disputed"]] == [
        d.furthest_expert for d in summary.disputed
    ]
    assert [d["id"] for d in panel["districts"]] == list(model.district_ids)
    assert panel["consensus"]["global_weights"]["s_star"] == pytest.approx(
        summary.consensus.global_weights.s_star
    )


def test_every_panel_json_key_is_documented(panel_exports):
    lang, folder, _, _, _ = panel_exports
    documented = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text("utf-8")
    panel = json.loads((folder / f"report-{lang}.json").read_text("utf-8"))["panel"]

    def keys(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from keys(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from keys(inner)

    assert {key for key in keys(panel) if f'"{key}"' not in documented} == set()


def test_pdf_panel_pages_come_after_the_summary_and_before_the_districts(panel_exports, model):
    lang, folder, session, summary, report = panel_exports
    pages = _page_texts(folder / f"report-{lang}.pdf")
    text = panel_labels(lang)
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - cells wrap long names
    panel_pages = [i for i, page in enumerate(pages) if squeeze(text["panel_cr"]) in squeeze(page)]
    start = _first_panel_page(pages, lang)
    assert panel_pages == [start]
    assert squeeze(pages[start]).startswith(squeeze(text["panel"]))
    district_pages = [
        i
        for i, page in enumerate(pages)
        if squeeze(page).startswith(squeeze(model.districts[0].name.get(lang)))
    ]
    first_district = district_pages[0]
    panel = "".join(squeeze(p) for p in pages[start:first_district])
    for heading in ("panel_experts", "panel_consensus", "panel_disputed", "panel_tops"):
        assert squeeze(text[heading]) in panel, heading
    for name in _names(session, lang):
        assert name in panel
    # Nothing of the panel spills onto a district page, and the districts keep a page each.
    for page in pages[first_district:]:
        assert squeeze(text["panel_tops"]) not in squeeze(page)
    # The panel pages are added and nothing else moves: the same report without its panel
    # has as many pages fewer.
    alone = folder / f"alone-{lang}.pdf"
    alone.write_bytes(pdf_bytes(replace(report, panel=None)))
    assert len(pages) == len(_page_texts(alone)) + first_district - start


def test_pdf_panel_pages_have_no_overlapping_words(panel_exports):
    lang, folder, _, _, _ = panel_exports
    path = folder / f"report-{lang}.pdf"
    start = _first_panel_page(_page_texts(path), lang) + 1  # pdftotext counts from 1
    for page in (start, start + 1):
        shown = subprocess.run(
            ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        boxes = [tuple(map(float, m.groups()[:4])) for m in _WORD.finditer(shown)]
        assert len(boxes) > 30
        for a, b in combinations(boxes, 2):
            width = min(a[2], b[2]) - max(a[0], b[0])
            height = min(a[3], b[3]) - max(a[1], b[1])
            # Glyph boxes of wrapped lines touch (a CJK face's box is taller than the fixed
            # line height); words drawn over each other share most of their height.
            shorter = min(a[3] - a[1], b[3] - b[1])
            assert width <= 0.5 or height <= 0.4 * shorter, (a, b)


def test_a_session_of_one_exports_as_before(model, tmp_path):
    session = planner_session(model)
    evaluation = session_evaluation(model, session)
    for lang in ("zh", "en"):
        report = build_report(evaluation, sensitivity_bundle(evaluation), lang, None, None, session)
        assert report.panel is None
        exported, _ = _export_all(model, session, tmp_path, lang)
        assert exported.priorities.tolist() == evaluation.priorities.tolist()
        data = json.loads((tmp_path / f"report-{lang}.json").read_text("utf-8"))
        assert "panel" not in data
        workbook = load_workbook(tmp_path / f"report-{lang}.xlsx")
        assert workbook.sheetnames == [s.title for s in sheets(report)]
        header = next(
            csv.reader(io.StringIO((tmp_path / f"report-{lang}.csv").read_text("utf-8-sig")))
        )
        assert tuple(header) == ranking_table(report).headers
    # The PDF reads page for page as one exported without the planner's session.
    export_report(evaluation, tmp_path / "plain.pdf", "zh", now=NOW)
    assert _page_texts(tmp_path / "report-zh.pdf") == _page_texts(tmp_path / "plain.pdf")


def test_a_panel_with_one_expert_counted_says_there_is_nothing_to_compare(model, tmp_path):
    session = panel_session(model)
    others = [replace(e, included=False) for e in session.experts.experts[1:]]
    session = replace(
        session, experts=replace(session.experts, experts=(session.experts.experts[0], *others))
    )
    for lang in ("zh", "en"):
        _export_all(model, session, tmp_path, lang)
        panel = json.loads((tmp_path / f"report-{lang}.json").read_text("utf-8"))["panel"]
        assert panel["consensus"] is None and panel["disputed"] == [] and panel["districts"] == []
        assert [e["counted_share"] for e in panel["experts"]] == [1.0, None, None, None, None]
        pages = "".join(_page_texts(tmp_path / f"report-{lang}.pdf"))
        assert re.sub(r"\s+", "", panel_labels(lang)["no_consensus"]) in re.sub(r"\s+", "", pages)
        sheet = load_workbook(tmp_path / f"report-{lang}.xlsx")[panel_labels(lang)["sheet_panel"]]
        counted = [
            r[4]
            for r in sheet.iter_rows(values_only=True)
            if r[0] in PANEL_NAMES and isinstance(r[4], str)
        ]
        assert counted == [labels(lang)["no"]] * len(PANEL_EXPERTS)


PANEL_NAMES = {name for name, _, _ in PANEL_EXPERTS}


def test_the_command_lines_export_and_rank_print_the_same_panel(model, tmp_path, capsys):
    from desktop.cli import main
    from strategies.session_file import SessionFileInfo, write_session

    path = tmp_path / "panel.cspsession"
    write_session(path, panel_session(model), model, SessionFileInfo.new())
    output = tmp_path / "out.json"
    assert main(["export", "--session", str(path), "-o", str(output), "--lang", "zh"]) == 0
    capsys.readouterr()
    assert main(["rank", "--json", "--lang", "zh", "--session", str(path)]) == 0
    ranked = json.loads(capsys.readouterr().out)["panel"]
    assert json.loads(output.read_text("utf-8"))["panel"] == ranked
    assert len(ranked["experts"]) == 5 and ranked["disputed"]


def test_the_windows_export_holds_the_documents_panel(window, model, tmp_path):
    session = panel_session(model)
    for expert in session.experts.experts[1:]:
        window.document.put_expert(expert, "add")
    output = tmp_path / "window.json"
    assert window.export_action.export_to(output)
    exported = json.loads(output.read_text("utf-8"))["panel"]
    expected = panel_entry(model, window.document.session, window.language.code)
    assert exported == json.loads(json.dumps(expected))
    assert [e["shown_name"] for e in exported["experts"][1:]] == [n for n, _, _ in PANEL_EXPERTS]


def test_a_panels_report_without_the_planners_session_is_refused_not_misread(model):
    """The evaluation of a panel holds the combined judgments where the lead's were: a panel
    section read from it would show the combination as the lead's judgments."""
    session = panel_session(model)
    evaluation = session_evaluation(model, session)
    bundle = sensitivity_bundle(evaluation)
    with pytest.raises(ValueError, match="planner_session"):
        build_report(evaluation, bundle, "en")
    assert build_report(evaluation, bundle, "en", planner_session=session).panel is not None
