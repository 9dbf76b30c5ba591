"""XLSX data files: the sheet that is read, cells that cannot be trusted (formulas, merged
cells), Excel's own number forms, and files that are not workbooks."""

from __future__ import annotations

import datetime

from tests.strategies.district_data_files import (
    only_refusal,
    plan_book,
    plan_bytes,
    refusals,
    workbook,
)

HEADER = ["indicator", "place", "year", "value", "source"]


def test_a_workbook_row_is_read(tmp_path):
    plan = plan_book(
        tmp_path, workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900.5, "年鉴"]])
    )
    assert [(r.place, r.year, r.value, r.where.sheet, r.where.row) for r in plan.adds] == [
        ("shunde", "2018", 2900.5, "data", 2)
    ]


def test_a_percent_formatted_cell_is_read_as_percent(tmp_path):
    book = workbook([HEADER, ["ecommerce_market_share", "高明", 2019, 0.2112, "年鉴"]])
    book.active["D2"].number_format = "0.00%"
    assert [r.value for r in plan_book(tmp_path, book).adds] == [21.12]


def test_a_formula_is_refused_with_its_cell(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, "=1000+1900", "年鉴"]])
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 2, column D: holds a formula (=1000+1900): paste its value instead",
    ]


def test_merged_cells_are_refused_with_their_range(tmp_path):
    book = workbook(
        [
            HEADER,
            ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"],
            ["district_gdp_2016", "南海", 2018, 2500, None],
        ]
    )
    book.active.merge_cells("E2:E3")
    plan = plan_book(tmp_path, book)
    assert refusals(plan) == [  # once: the cells the range covers add no refusal of their own
        "data.xlsx, sheet data, row 2, column E: is part of merged cells E2:E3: unmerge them "
        "and fill every row",
    ]
    assert plan.blocked


def test_the_data_sheet_is_found_behind_another_sheet(tmp_path):
    book = workbook([["Notes on the figures"], ["collected 2020"]], title="notes")
    data = book.create_sheet("figures")
    data.append(HEADER)
    data.append(["district_gdp_2016", "顺德", 2018, 2900, "年鉴"])
    assert [r.where.sheet for r in plan_book(tmp_path, book).adds] == ["figures"]


def test_a_workbook_without_a_data_sheet_is_refused_naming_its_sheets(tmp_path):
    book = workbook([["Notes on the figures"]], title="notes")
    book.create_sheet("chart")
    assert only_refusal(plan_book(tmp_path, book)) == (
        "data.xlsx: has no sheet with the columns indicator/指标代码, place/区, year/年份, "
        "value/数值, source/来源 (sheets: notes, chart)"
    )


def test_dates_and_booleans_in_number_cells_are_refused(tmp_path):
    book = workbook(
        [
            HEADER,
            ["district_gdp_2016", "顺德", 2018, datetime.datetime(2018, 5, 1), "年鉴"],
            ["district_gdp_2016", "南海", 2018, True, "年鉴"],
        ]
    )
    assert refusals(plan_book(tmp_path, book)) == [
        "data.xlsx, sheet data, row 2, column D (value): '2018-05-01' is not a number",
        "data.xlsx, sheet data, row 3, column D (value): 'TRUE' is not a number",
    ]


def test_a_workbook_with_only_a_header_is_refused(tmp_path):
    assert only_refusal(plan_book(tmp_path, workbook([HEADER]))) == (
        "data.xlsx, sheet data: has no values to import"
    )


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    book = workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]])
    assert len(plan_book(tmp_path, book, name="data.csv").adds) == 1


def test_an_old_xls_file_is_refused(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    assert only_refusal(plan_bytes(tmp_path, "data.xls", data)) == (
        "data.xls: is an old Excel 97–2003 (.xls) file or a workbook with a password: save it "
        "as .xlsx without a password"
    )


def test_text_named_xlsx_is_refused(tmp_path):
    assert only_refusal(plan_bytes(tmp_path, "data.xlsx", b"indicator,place\n")) == (
        "data.xlsx: is named .xlsx but is not an Excel workbook"
    )


def test_a_broken_zip_is_refused(tmp_path):
    data = b"PK\x03\x04" + bytes(100)
    assert only_refusal(plan_bytes(tmp_path, "data.xlsx", data)).startswith(
        "data.xlsx: is not a readable Excel workbook ("
    )


def test_a_month_excel_turned_into_a_date_is_read_as_that_month(tmp_path):
    book = workbook(
        [HEADER, ["district_gdp_2016", "顺德", datetime.datetime(2017, 5, 1), 2900, "年鉴"]]
    )
    assert [r.year for r in plan_book(tmp_path, book).adds] == ["2017-05"]


def test_a_merged_title_and_a_formula_above_the_header_are_no_trouble(tmp_path):
    book = workbook(
        [
            ["佛山各区统计数据", None, None, None, "=TODAY()"],
            HEADER,
            ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"],
        ]
    )
    book.active.merge_cells("A1:D1")
    plan = plan_book(tmp_path, book)
    assert not plan.blocked, refusals(plan)
    assert [r.where.row for r in plan.adds] == [3]


def test_a_merged_range_from_the_header_into_the_data_is_refused_at_its_first_data_row(tmp_path):
    book = workbook(
        [
            HEADER,
            ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"],
            ["", "南海", 2018, 2500, "年鉴"],
        ]
    )
    book.active.merge_cells("A1:A3")
    assert refusals(plan_book(tmp_path, book))[0] == (
        "data.xlsx, sheet data, row 2, column A: is part of merged cells A1:A3: unmerge them "
        "and fill every row"
    )


def test_a_workbook_with_a_damaged_sheet_is_refused(tmp_path):
    import zipfile

    good = tmp_path / "good.xlsx"
    workbook([HEADER, ["district_gdp_2016", "顺德", 2018, 2900, "年鉴"]]).save(good)
    damaged = tmp_path / "data.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off mid-row
            target.writestr(item, data)
    assert only_refusal(plan_bytes(tmp_path, "data.xlsx", damaged.read_bytes())).startswith(
        "data.xlsx: is not a readable Excel workbook ("
    )
