"""The data template: every indicator × place with its current value, read back unchanged;
filled in, it plans exactly what was filled in."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from strategies.district_data import plan_file
from strategies.district_data.columns import COLUMNS, header
from strategies.district_data.latest import with_latest_values
from strategies.district_data.template import NEW_INDICATOR_BLOCKS, template_rows, write_template
from tests.strategies.district_data_files import MODEL


def _expected_rows() -> int:
    places = {"district": len(MODEL.district_ids), "city": 1}
    return sum(
        places.get(i.scope, len(i.values))
        for i in (*MODEL.indicators, *MODEL.supplement)
        if i.kind != "text"
    ) + NEW_INDICATOR_BLOCKS * len(MODEL.district_ids)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_template_reads_back_unchanged(tmp_path, lang, suffix):
    path = tmp_path / f"template{suffix}"
    write_template(path, MODEL, lang)
    plan = plan_file(path, MODEL)
    assert not plan.blocked, [str(r) for r in plan.refused]
    assert not plan.adds and not plan.changes
    values = sum(
        1
        for i in (*MODEL.indicators, *MODEL.supplement)
        if i.kind != "text"
        for _ in ([i.value] if i.scope == "city" and i.value is not None else i.values.values())
    )
    assert len(plan.unchanged) == values


def test_the_csv_template_has_a_bom_and_the_headers_of_its_language(tmp_path):
    for lang in ("zh", "en"):
        path = tmp_path / f"{lang}.csv"
        write_template(path, MODEL, lang)
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows[0] == [header(name, lang) for name in COLUMNS]
        assert len(rows) - 1 == _expected_rows()


def test_the_template_lists_every_indicator_with_its_definition():
    rows = [dict(zip(COLUMNS, row, strict=True)) for row in template_rows(MODEL, "en")]
    share = [r for r in rows if r["indicator"] == "ecommerce_market_share"]
    assert [(r["place"], r["value"], r["year"]) for r in share] == [
        ("Chancheng", 18.33, "2017"),
        ("Nanhai", 19.8, "2017"),
        ("Shunde", 21.12, "2017"),
        ("Gaoming", "", ""),
        ("Sanshui", "", ""),
    ]
    assert (share[0]["criterion"], share[0]["kind"], share[0]["unit"]) == ("C1", "ratio", "%")
    ordinal = next(r for r in rows if r["indicator"] == "ecommerce_firms_and_express_services")
    assert (ordinal["kind"], ordinal["levels"]) == ("ordinal", "low; high")
    ids = {r["indicator"] for r in rows}
    assert ids == {i.id for i in (*MODEL.indicators, *MODEL.supplement) if i.kind != "text"} | {""}


def test_a_filled_template_plans_what_was_filled_in(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, MODEL, "zh")
    book = openpyxl.load_workbook(path)
    sheet = book["数据"]
    names = [c.value for c in sheet[1]]
    col = {name: names.index(header(name, "zh")) + 1 for name in COLUMNS}
    for row in sheet.iter_rows(min_row=2):
        ident, place = row[col["indicator"] - 1].value, row[col["place"] - 1].value
        if (ident, place) == ("ecommerce_market_share", "高明"):
            for name, value in (("year", 2019), ("value", "12.5%"), ("source", "高明区统计年鉴")):
                row[col[name] - 1].value = value
        if ident is None and place == "顺德":  # the first empty row: a new indicator
            cells = {
                "indicator": "express_outlets",
                "name_zh": "快递网点",
                "criterion": "C4",
                "direction": "越高越好",
                "kind": "数值",
                "unit": "个",
                "year": "2019",
                "value": "1,234",
                "source": "顺德区邮政管理局",
            }
            for name, value in cells.items():
                row[col[name] - 1].value = value
            break
    book.save(path)
    plan = plan_file(path, MODEL)
    assert not plan.blocked, [str(r) for r in plan.refused]
    assert [(r.indicator, r.place, r.year, r.value) for r in plan.adds] == [
        ("ecommerce_market_share", "gaoming", "2019", 12.5),
        ("express_outlets", "shunde", "2019", 1234.0),
    ]
    latest = {i.id: i for i in with_latest_values(MODEL.indicators, plan)}
    assert latest["ecommerce_market_share"].values["gaoming"] == 12.5
    assert latest["express_outlets"].criterion == "C4"


def test_a_template_is_xlsx_or_csv(tmp_path):
    with pytest.raises(ValueError, match="a template is .xlsx or .csv, not .txt"):
        write_template(tmp_path / "t.txt", MODEL, "en")
