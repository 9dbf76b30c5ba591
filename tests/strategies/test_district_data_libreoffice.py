"""Files written by another spreadsheet program: the template with one value filled in, opened
and re-saved by LibreOffice Calc as XLSX and as CSV in GBK (what Chinese office suites write).
The two files are stored in tests/data (made by tests/data/make_district_data_fixtures.py), so
the tests need no office suite."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from strategies.district_data import plan_file
from tests.data.make_district_data_fixtures import FILLED, STEM, filled_template
from tests.strategies.district_data_files import MODEL

DATA = Path(__file__).parents[1] / "data"


def test_the_fixtures_were_written_by_libreoffice_in_gbk():
    with zipfile.ZipFile(DATA / f"{STEM}.xlsx") as book:
        assert b"<Application>LibreOffice" in book.read("docProps/app.xml")
    text = (DATA / f"{STEM}.csv").read_bytes()
    assert "三水区统计年鉴".encode("gbk") in text
    with pytest.raises(UnicodeDecodeError):
        text.decode("utf-8")


@pytest.mark.parametrize("made_by", ["openpyxl", "libreoffice xlsx", "libreoffice gbk csv"])
def test_files_resaved_by_libreoffice_read_the_same(tmp_path, made_by):
    path = {
        "openpyxl": lambda: filled_template(tmp_path),
        "libreoffice xlsx": lambda: DATA / f"{STEM}.xlsx",
        "libreoffice gbk csv": lambda: DATA / f"{STEM}.csv",
    }[made_by]()
    plan = plan_file(path, MODEL)
    assert not plan.blocked, [str(r) for r in plan.refused]
    indicator, _place, year, _text, source = FILLED
    assert [(r.indicator, r.place, r.year, r.value, r.source) for r in plan.adds] == [
        (indicator, "sanshui", str(year), 9.5, source)
    ]
    assert not plan.changes
