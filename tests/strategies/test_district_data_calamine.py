"""The fast workbook reader (calamine, with the sheet's XML for what calamine does not say) gives
the same cells as openpyxl, and keeps the hostile-file answers: formulas, error values, percent
formats, merged cells, sheet names, rows and columns where the data does not start at A1."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import openpyxl
import pytest

from strategies.district_data.problems import Location
from strategies.district_data.template import write_template
from strategies.district_data.workbook import _openpyxl_cells, workbook_cells
from tests.strategies.district_data_files import MODEL, plan_book, refusals, workbook

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["indicator", "place", "year", "value", "source"]
WHERE = Location("data.xlsx")


def _bytes(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _varied() -> openpyxl.Workbook:
    book = workbook([["区县数据（2019）"], [], HEADER], title="数据")
    sheet = book.active
    rows = [
        ["district_gdp_2016", "顺德", 2018, 2900.5, "年鉴"],
        ["district_gdp_2016", "南海", datetime.datetime(2017, 5, 1), 0.1 + 0.2, "年鉴"],
        ["district_gdp_2016", "禅城", 2019.0, 12345678901234, "统计局 “公报”"],
        ["ecommerce_market_share", "高明", "2019年", 0.2112, None],
        ["ecommerce_market_share", "三水", 2019, "２１．１２％", "x&y <z>"],
        [None, None, None, True, "  spaces  "],
        ["district_gdp_2016", "Gaoming", 2020, -1.5e-7, "年鉴"],
    ]
    for row in rows:
        sheet.append(row)
    sheet["D7"].number_format = "0.00%"
    sheet["D5"].number_format = "#,##0.0"
    sheet["D10"].number_format = '0.0"%"'  # a quoted % is a sign after the number, no scaling
    book.create_sheet("说明").append(["notes"])
    return book


def _shifted() -> openpyxl.Workbook:
    """The table starts at C4, under a merged title and a formula above the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "data"
    sheet["C1"] = "标题"
    sheet.merge_cells("C1:G1")
    sheet["H2"] = "=TODAY()"
    for offset, name in enumerate(HEADER):
        sheet.cell(4, 3 + offset, name)
    for offset, value in enumerate(["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]):
        sheet.cell(5, 3 + offset, value)
    return book


def _percent_custom() -> openpyxl.Workbook:
    book = workbook([HEADER, ["ecommerce_market_share", "高明", 2019, 0.125, "年鉴"]])
    book.active["D2"].number_format = "0.0%;[Red]-0.0%"
    return book


def _template(lang: str) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        write_template(path, MODEL, lang)
        return path.read_bytes()


CASES = {
    "varied": lambda: _bytes(_varied()),
    "shifted": lambda: _bytes(_shifted()),
    "percent_custom": lambda: _bytes(_percent_custom()),
    "template_zh": lambda: _template("zh"),
    "template_en": lambda: _template("en"),
    "libreoffice": lambda: (ROOT / "tests/data/district_data_libreoffice.xlsx").read_bytes(),
}


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Rows without trailing empty cells and rows: the readers' sheet extents may differ."""
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] == "":
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


@pytest.mark.parametrize("case", sorted(CASES))
def test_calamine_gives_the_cells_openpyxl_gives(case):
    data = CASES[case]()
    fast, slow = workbook_cells(data, WHERE), _openpyxl_cells(data, WHERE)
    assert fast.sheet == slow.sheet
    assert _trimmed(fast.rows) == _trimmed(slow.rows)
    assert sorted(fast.merged) == sorted(slow.merged)


def test_the_varied_cells_read_as_written():
    rows = _trimmed(workbook_cells(_bytes(_varied()), WHERE).rows)
    assert rows[3] == ["district_gdp_2016", "顺德", "2018", "2900.5", "年鉴"]
    assert rows[4][2:4] == ["2017-05-01", "0.3"]  # as openpyxl stored 0.1 + 0.2
    assert rows[5][2:4] == ["2019", "12345678901234"]
    assert rows[6][3] == "21.12%"
    assert rows[8][3:] == ["TRUE", "  spaces  "]
    assert rows[9][3] == "-1.5e-07"


def test_a_table_away_from_a1_names_its_own_rows_and_columns(tmp_path):
    book = _shifted()
    book.active["F5"] = "tbd"
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 5, column F (value): 'tbd' is not a number"
    ]


def test_a_custom_percent_format_reads_as_percent(tmp_path):
    assert [r.value for r in plan_book(tmp_path, _percent_custom()).adds] == [12.5]


def test_an_excel_error_value_is_named_with_its_cell(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, "#DIV/0!", "年鉴"]])
    assert book.active["D2"].data_type == "e"
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 2, column D (value): '#DIV/0!' is an Excel error value, "
        "not a number"
    ]


def test_a_formula_typed_as_text_is_refused_too(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, "2900", "年鉴"]])
    book.active["D2"].value = "=1000+1900"
    book.active["D2"].data_type = "s"
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 2, column D: holds a formula (=1000+1900): paste its value "
        "instead"
    ]


def test_a_formula_among_many_rows_is_found_with_its_text(tmp_path):
    places = ("禅城", "南海", "顺德", "高明", "三水")
    rows = [HEADER] + [
        ["district_gdp_2016", places[i % 5], 1950 + i // 5, 2900 + i, "年鉴"] for i in range(400)
    ]
    book = workbook(rows)
    book.active["D300"] = "=SUM(D2:D3)"
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 300, column D: holds a formula (=SUM(D2:D3)): paste its "
        "value instead"
    ]


def test_a_stray_value_far_away_is_refused_before_it_is_read(tmp_path):
    """calamine would build the whole rectangle up to XFD1048576 and abort the process."""
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]])
    book.active["XFD1048576"] = "stray"
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data: reaches cell XFD1048576 (1048576 rows × 16384 columns, more "
        "than the 5000000 cells read): delete what lies beyond the table"
    ]


def test_far_styled_empty_cells_do_not_count(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]])
    book.active["XFD1048576"].font = openpyxl.styles.Font(bold=True)
    book.active["AB900000"].number_format = "0.00"
    plan = plan_book(tmp_path, book)
    assert not plan.blocked and len(plan.adds) == 1


def test_a_far_sheet_behind_the_data_sheet_is_not_opened(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]])
    book.create_sheet("scratch")["ZZ999999"] = "stray"
    assert len(plan_book(tmp_path, book).adds) == 1


def test_wide_but_short_sheets_are_read(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]])
    book.active["ZZ3"] = "a note far to the right"
    plan = plan_book(tmp_path, book)
    assert not plan.blocked and len(plan.adds) == 1
