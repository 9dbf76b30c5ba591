"""Rows of a district data file: numbers as planners write them, and every refusal with its
place (file, row, column) and reason."""

from __future__ import annotations

import pytest

from tests.strategies.district_data_files import (
    HEADER_EN,
    HEADER_ZH,
    only_refusal,
    plan_csv,
    refusals,
)


def _one_value(tmp_path, value: str, indicator: str = "district_gdp_2016", unit: str = ""):
    header = HEADER_ZH + ",单位"
    plan = plan_csv(tmp_path, header, f'{indicator},顺德,2018,"{value}",年鉴,{unit}')
    assert not plan.blocked, refusals(plan)
    (record,) = plan.adds
    return record.value


@pytest.mark.parametrize(
    ("written", "unit", "expected"),
    [
        ("2793.22", "", 2793.22),
        ("2,793.22", "", 2793.22),
        ("2,793.22亿元", "", 2793.22),
        ("２，７９３．２２亿元", "", 2793.22),
        ("27,932,200万元", "", 2793.22),
        ("0.279322万亿元", "", 2793.22),
        ("279,322,000,000", "元", 2793.22),
        ("279322000000元", "", 2793.22),
        ("27932200", "万元", 2793.22),
        ("2793.22", "100 million yuan", 2793.22),
        ("1.2万", "万元", 0.00012),  # a bare 万 is 10^4 of the unit's base: 12,000 元
        ("1.2亿", "", 1.2),
        ("+5", "", 5.0),
        ("1e3", "", 1000.0),
    ],
)
def test_numbers_are_read_in_the_indicators_unit(tmp_path, written, unit, expected):
    assert _one_value(tmp_path, written, unit=unit) == expected


@pytest.mark.parametrize(
    ("written", "expected"), [("21.12%", 21.12), ("２１．１２％", 21.12), ("21.12", 21.12)]
)
def test_percent_values(tmp_path, written, expected):
    assert _one_value(tmp_path, written, "ecommerce_market_share") == expected


def test_a_negative_growth_is_accepted_and_full_width_minus_reads(tmp_path):
    plan = plan_csv(tmp_path, HEADER_ZH, "ecommerce_transaction_growth,全市,2018,－５,年鉴")
    assert [r.value for r in plan.adds] == [-5.0]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "'abc' is not a number"),
        ("1,23", "'1,23' is not a number"),
        ("—", "'—' is not a number"),
        ("NaN", "'NaN' is not a finite number (NaN and infinity cannot be used)"),
        ("-inf", "'-inf' is not a finite number (NaN and infinity cannot be used)"),
        ("#DIV/0!", "'#DIV/0!' is an Excel error value, not a number"),
        ("1e400", "'1e400' is outside ±1e+15"),
        ("－5", "'－5' is negative, but district_gdp_2016 cannot be below zero"),
        ("12%", "'12%' is in %, but district_gdp_2016 is in 亿元"),
        ("3万人", "'3万人' is in 万人, but district_gdp_2016 is in 亿元"),
    ],
)
def test_a_bad_number_names_its_cell(tmp_path, value, reason):
    plan = plan_csv(tmp_path, HEADER_ZH, f'district_gdp_2016,顺德,2018,"{value}",年鉴')
    assert only_refusal(plan) == f"data.csv, row 2, column D (数值): {reason}"


def test_a_unit_column_that_measures_something_else_is_refused(tmp_path):
    plan = plan_csv(tmp_path, HEADER_EN + ",unit", "district_gdp_2016,shunde,2018,5,book,万人")
    assert only_refusal(plan) == (
        "data.csv, row 2, column F (unit): unit '万人' does not measure district_gdp_2016, "
        "which is in 亿元"
    )


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            "district_gdp_2016,Foshan West,2018,5,book",
            "column B (place): unknown place 'Foshan West' (places: chancheng, nanhai, shunde, "
            "gaoming, sanshui, city)",
        ),
        (
            "district_gdp_2016,city,2018,5,book",
            "column B (place): district_gdp_2016 has values per district: city is not a district",
        ),
        (
            "gdp,shunde,2018,5,book",
            "column B (place): gdp has one value for the whole city: write city, not shunde",
        ),
        ("district_gdp_2016,shunde,,5,book", "column C (year): a value needs its year"),
        ("district_gdp_2016,shunde,2018,5,", "column E (source): a value needs its source"),
        (
            "district_gdp_2016,shunde,18,5,book",
            "column C (year): '18' is not a year (write 2017, or 2017-05 for a month)",
        ),
        (",shunde,2018,5,book", "column A (indicator): a value needs its indicator id"),
        (
            "gdp per head,shunde,2018,5,book",
            "column A (indicator): unknown indicator 'gdp per head' (a new one needs an id of "
            "letters, digits and _)",
        ),
        (
            "gdp_per_head,shunde,2018,5,book",
            "column A (indicator): unknown indicator 'gdp_per_head': to add it, give its name, "
            "direction and kind (and criterion, unit, and levels if ordinal)",
        ),
        (
            "ecommerce_firms_and_express_services,shunde,2018,medium,book",
            "column D (value): 'medium' is not one of the levels low, high",
        ),
        (
            "provincial_top100_firms,city,2018,5,book",
            "column D (value): provincial_top100_firms holds a text, not values",
        ),
    ],
)
def test_a_bad_row_names_file_row_column_and_why(tmp_path, row, reason):
    plan = plan_csv(tmp_path, HEADER_EN, "ecommerce_market_share,shunde,2018,20,book", row)
    assert only_refusal(plan) == f"data.csv, row 3, {reason}"
    assert plan.adds, "the good row is still planned, to be shown beside the refusal"


def test_an_unknown_criterion_is_refused(tmp_path):
    plan = plan_csv(
        tmp_path,
        HEADER_EN + ",name_en,criterion,direction,kind,unit",
        "parcels_per_firm,shunde,2018,5,book,Parcels per firm,C99,higher_is_better,ratio,件",
    )
    assert only_refusal(plan) == (
        "data.csv, row 2, column G (criterion): unknown criterion 'C99' (criteria: "
        + ", ".join(plan_criteria())
        + ")"
    )


def plan_criteria() -> tuple[str, ...]:
    from tests.strategies.district_data_files import MODEL

    return MODEL.criteria


def test_a_file_cannot_move_a_model_indicator_to_another_criterion(tmp_path):
    plan = plan_csv(
        tmp_path, HEADER_EN + ",criterion", "ecommerce_market_share,shunde,2018,20,b,C3"
    )
    assert only_refusal(plan) == (
        "data.csv, row 2, column F (criterion): ecommerce_market_share has criterion C1 in the "
        "model, not 'C3': a data file cannot change it"
    )


def test_duplicate_rows_with_different_values_are_refused_and_exact_repeats_count_once(tmp_path):
    plan = plan_csv(
        tmp_path,
        HEADER_EN,
        "district_gdp_2016,shunde,2018,5,book",
        "district_gdp_2016,顺德,2018,6,book",
        "district_gdp_2016,nanhai,2018,7,book",
        "district_gdp_2016,Nanhai,2018,7,book",
    )
    assert only_refusal(plan) == (
        "data.csv, row 3, column D (value): gives district_gdp_2016 at shunde in 2018 again, "
        "with another value than row 2 (5.0 ≠ 6.0)"
    )
    assert [n.text for n in plan.notes] == ["1 rows repeat another row exactly and count once"]


def test_every_problem_of_a_row_is_named(tmp_path):
    plan = plan_csv(tmp_path, HEADER_EN, "district_gdp_2016,Atlantis,,abc,")
    assert refusals(plan) == [
        "data.csv, row 2, column B (place): unknown place 'Atlantis' (places: chancheng, "
        "nanhai, shunde, gaoming, sanshui, city)",
        "data.csv, row 2, column C (year): a value needs its year",
        "data.csv, row 2, column D (value): 'abc' is not a number",
        "data.csv, row 2, column E (source): a value needs its source",
    ]


def test_a_file_with_one_refused_row_imports_nothing(tmp_path):
    plan = plan_csv(
        tmp_path, HEADER_EN, "district_gdp_2016,shunde,2018,5,book", "district_gdp_2016,x,2018,5,b"
    )
    assert plan.blocked and len(plan.adds) == 1


@pytest.mark.parametrize(
    ("written", "year"),
    [
        ("2018", "2018"),
        ("2018年", "2018"),
        ("2018.0", "2018"),
        ("2017-05", "2017-05"),
        ("2017年5月", "2017-05"),
        ("２０１８", "2018"),
    ],
)
def test_year_forms(tmp_path, written, year):
    plan = plan_csv(tmp_path, HEADER_EN, f"district_gdp_2016,shunde,{written},5,book")
    assert [r.year for r in plan.adds] == [year]


def test_several_years_of_one_indicator_are_kept_and_the_models_year_is_a_change(tmp_path):
    plan = plan_csv(
        tmp_path,
        HEADER_EN,
        "ecommerce_market_share,shunde,2017,22.5,bureau",
        "ecommerce_market_share,shunde,2018,23.5,bureau",
        "ecommerce_market_share,shunde,2019,24.5,bureau",
    )
    assert [(r.year, r.value) for r in plan.adds] == [("2018", 23.5), ("2019", 24.5)]
    (change,) = plan.changes
    assert (change.old.value, change.record.value, change.record.source) == (21.12, 22.5, "bureau")
    assert change.old.source.en.startswith("Paper, section")


def test_new_indicators_ratio_and_ordinal(tmp_path):
    header = (
        "indicator,name_zh,name_en,criterion,direction,kind,levels,unit,place,year,value,source"
    )
    plan = plan_csv(
        tmp_path,
        header,
        "express_outlets,快递网点,Express outlets,C4,higher_is_better,ratio,,个,顺德,2019,1.2万,邮政局",
        "express_outlets,,,,,,,,南海,2019,9800,邮政局",
        "broadband,宽带,Broadband,物流仓储,越高越好,等级,差;中;好,,禅城,2019,中,通信局",
    )
    assert not plan.blocked, refusals(plan)
    new = {n.id: n for n in plan.new_indicators}
    assert (new["express_outlets"].criterion, new["express_outlets"].kind) == ("C4", "number")
    assert new["broadband"].levels == ("差", "中", "好")
    assert [(r.indicator, r.place, r.value) for r in plan.adds] == [
        ("express_outlets", "shunde", 12000.0),
        ("express_outlets", "nanhai", 9800.0),
        ("broadband", "chancheng", "中"),
    ]


def test_a_new_indicator_defined_twice_differently_is_refused(tmp_path):
    header = "indicator,name_en,direction,kind,place,year,value,source"
    plan = plan_csv(
        tmp_path,
        header,
        "outlets,Outlets,higher_is_better,ratio,shunde,2019,5,b",
        "outlets,Outlets,lower_is_better,ratio,nanhai,2019,5,b",
    )
    assert only_refusal(plan) == (
        "data.csv, row 3, column C (direction): outlets is defined with another direction in row 2"
    )


def test_english_aliases_and_a_title_above_the_header(tmp_path):
    plan = plan_csv(
        tmp_path,
        "District statistics 2019,,,,",
        "ID,District,Year,Value,Data source",
        "ecommerce_market_share,Gaoming,2019,12.5,yearbook",
    )
    assert [(r.place, r.where.row) for r in plan.adds] == [("gaoming", 3)]


def test_unknown_columns_are_named_in_a_note(tmp_path):
    plan = plan_csv(
        tmp_path, HEADER_EN + ",checked by", "ecommerce_market_share,高明,2019,12.5,b,li"
    )
    assert [n.text for n in plan.notes] == ["columns not read: checked by"]


def test_a_file_without_the_required_columns_is_refused(tmp_path):
    plan = plan_csv(tmp_path, "indicator,place,value", "ecommerce_market_share,高明,12.5")
    assert only_refusal(plan) == (
        "data.csv: has no header row with the columns indicator/指标代码, place/区, "
        "year/年份, value/数值, source/来源 in its first 10 rows"
    )


def test_a_ragged_csv_is_refused_with_its_line(tmp_path):
    plan = plan_csv(tmp_path, HEADER_EN, "ecommerce_market_share,高明,2019,12.5,b,extra,more")
    assert only_refusal(plan) == ("data.csv: is not a table: line 2 has more cells than the header")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files(tmp_path, separator):
    plan = plan_csv(
        tmp_path,
        HEADER_EN.replace(",", separator),
        separator.join(
            ["ecommerce_market_share", "高明", "2019", "12,5%" if separator == ";" else "12.5", "b"]
        ),
    )
    if separator == ";":
        assert only_refusal(plan).endswith("'12,5%' is not a number")
    else:
        assert [r.value for r in plan.adds] == [12.5]


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path):
    plan = plan_csv(tmp_path, HEADER_EN, 'ecommerce_market_share,高明,2019,12.5,"book', "x,y,z,1,2")
    assert only_refusal(plan) == (
        "data.csv: is not a table: a quote opened in line 2 is never closed"
    )
