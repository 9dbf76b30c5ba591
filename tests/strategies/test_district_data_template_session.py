"""The template of a session: the values in use (model's, imported, edited, of the chosen year),
the other years kept, file-defined indicators; exported and read back unchanged it plans
nothing, as XLSX, CSV with a BOM and CSV saved as GBK."""

from __future__ import annotations

from dataclasses import replace

import pytest

from strategies.district_data import plan_file
from strategies.district_data.apply import applied
from strategies.district_data.columns import COLUMNS
from strategies.district_data.template import template_rows, write_template
from strategies.evaluation import default_session, effective_indicators
from strategies.session import IndicatorEdit
from tests.strategies.district_data_files import MODEL

SHARE = "ecommerce_market_share"
DATA = """indicator,name_zh,name_en,criterion,direction,kind,levels,unit,place,year,value,source
ecommerce_market_share,,,,,,,,gaoming,2019,12.5,高明区统计年鉴2020
ecommerce_market_share,,,,,,,,gaoming,2018,11.25,高明区统计年鉴2019
ecommerce_market_share,,,,,,,,shunde,2019,22.75,顺德区统计年鉴2020
express_outlets,快递网点,express outlets,C4,higher_is_better,ratio,,个,shunde,2019,1234,顺德区邮政管理局
express_outlets,,,,,,,,nanhai,2019,987,南海区邮政管理局
express_outlets,,,,,,,,nanhai,2018,900,南海区邮政管理局
logistics_level,物流水平,logistics level,C4,higher_is_better,ordinal,weak;fair;strong,,shunde,2019,strong,市商务局评估
logistics_level,,,,,,,,sanshui,2019,weak,市商务局评估
national_pilot_towns,,,,,,,,chancheng,2019,1,市商务局
"""


def _session(tmp_path, year_choice: bool = True):
    path = tmp_path / "data.csv"
    path.write_text(DATA, encoding="utf-8")
    session = default_session(MODEL)
    plan = plan_file(path, MODEL, session)
    assert not plan.blocked, [str(r) for r in plan.refused]
    session = applied(session, plan)
    session = session.with_indicator_edit(IndicatorEdit(SHARE, "nanhai", 20.5, "南海区商务局"))
    session = session.with_indicator_edit(IndicatorEdit("express_outlets", "gaoming", 55, "估计"))
    if year_choice:  # express outlets: the 2018 figures count, not the latest
        data = session.district_data.with_year("2018", "express_outlets")
        session = replace(session, district_data=data)
    return session


def _rows(session, lang="en"):
    return [dict(zip(COLUMNS, row, strict=True)) for row in template_rows(MODEL, lang, session)]


def test_the_template_carries_the_values_in_use_and_the_other_years(tmp_path):
    rows = _rows(_session(tmp_path))
    share = [
        (r["place"], r["year"], r["value"], r["source"], r["note"] != "")
        for r in rows
        if r["indicator"] == SHARE
    ]
    paper = next(i for i in MODEL.indicators if i.id == SHARE).source.en
    assert share == [
        ("Chancheng", "2017", 18.33, paper, False),
        ("Nanhai", "2017", 20.5, "南海区商务局", False),  # the planner's edit
        ("Shunde", "2019", 22.75, "顺德区统计年鉴2020", False),  # latest: the file's
        ("Shunde", "2017", 21.12, paper, True),  # the paper's, kept
        ("Gaoming", "2019", 12.5, "高明区统计年鉴2020", False),
        ("Gaoming", "2018", 11.25, "高明区统计年鉴2019", True),
        ("Sanshui", "", "", "", False),
    ]
    outlets = [
        (r["place"], r["year"], r["value"], r["note"] != "")
        for r in rows
        if r["indicator"] == "express_outlets"
    ]
    assert outlets == [
        ("Chancheng", "", "", False),
        ("Nanhai", "2018", 900.0, False),  # the year chosen
        ("Nanhai", "2019", 987.0, True),
        ("Shunde", "", "", False),  # no 2018 figure: missing in the year chosen
        ("Shunde", "2019", 1234.0, True),
        ("Gaoming", "2018", 55, False),  # the planner's edit, in the year chosen
        ("Sanshui", "", "", False),
    ]
    logistics = next(
        r for r in rows if r["indicator"] == "logistics_level" and r["place"] == "Shunde"
    )
    assert (logistics["kind"], logistics["levels"], logistics["value"]) == (
        "ordinal",
        "weak; fair; strong",
        "strong",
    )


def test_every_value_in_use_is_in_the_template(tmp_path):
    session = _session(tmp_path)
    rows = _rows(session, "zh")
    in_use = {
        (r["indicator"], r["place"]): r["value"] for r in rows if not r["note"] and r["value"] != ""
    }
    names = {d.id: d.name.zh for d in MODEL.districts}
    for indicator in effective_indicators(MODEL, replace(session, use_public_supplement=True)):
        if indicator.kind == "text" or indicator.scope != "district":
            continue
        for place, value in indicator.values.items():
            shown = in_use[(indicator.id, names[place])]
            if indicator.kind == "ordinal" and indicator.level_names:
                shown = next(k for k, n in indicator.level_names.items() if n.zh == shown)
            assert shown == value, (indicator.id, place)


def _written(tmp_path, session, lang, form):
    suffix = ".xlsx" if form == "xlsx" else ".csv"
    path = tmp_path / f"template-{lang}-{form}{suffix}"
    write_template(path, MODEL, lang, session)
    if form == "gbk":  # what Chinese Excel or WPS writes when it saves the CSV again
        path.write_bytes(path.read_bytes().decode("utf-8-sig").encode("gbk"))
    return path


@pytest.mark.parametrize("form", ["xlsx", "csv", "gbk"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("year_choice", [True, False])
def test_a_session_template_read_back_unchanged_changes_nothing(tmp_path, form, lang, year_choice):
    session = _session(tmp_path, year_choice)
    path = _written(tmp_path, session, lang, form)
    if form == "gbk":
        assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
        path.read_bytes().decode("gbk")
    plan = plan_file(path, MODEL, session)
    assert not plan.blocked, [str(r) for r in plan.refused]
    assert not plan.adds and not plan.changes and not plan.new_indicators
    kept = len(session.district_data.values)
    assert len(plan.unchanged) >= kept + 3  # every imported value, and the paper's too
    again = applied(session, plan)
    before = effective_indicators(MODEL, replace(session, use_public_supplement=True))
    after = effective_indicators(MODEL, replace(again, use_public_supplement=True))
    assert [dict(i.values) for i in after] == [dict(i.values) for i in before]
    assert [i.value for i in after] == [i.value for i in before]


def test_a_changed_value_in_the_session_template_is_the_one_change(tmp_path):
    session = _session(tmp_path)
    path = tmp_path / "t.csv"
    write_template(path, MODEL, "en", session)
    text = path.read_text(encoding="utf-8-sig").replace(",2019,22.75,", ",2019,23.5,", 1)
    path.write_text(text, encoding="utf-8-sig")
    plan = plan_file(path, MODEL, session)
    assert not plan.blocked and not plan.adds
    assert [(c.record.place, c.old.value, c.record.value) for c in plan.changes] == [
        ("shunde", 22.75, 23.5)
    ]
