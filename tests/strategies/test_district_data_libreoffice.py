"""Files written by another spreadsheet program: the template re-saved by LibreOffice as XLSX,
and as CSV in GBK (what Chinese office suites write), with a value filled in, read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl

from strategies.district_data import plan_file
from strategies.district_data.template import write_template
from tests.strategies.district_data_files import MODEL

GBK_CSV = "csv:Text - txt - csv (StarCalc):44,34,67"  # comma, double quote, GBK (rtl code 67)


def _convert(source: Path, to: str, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (libreoffice-calc-nogui) is needed: .ci/run installs it"
    profile = (folder / "profile").as_uri()  # its own profile: parallel runs do not collide
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            to,
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / "out" / f"{source.stem}.{to.split(':')[0]}"


def _filled_template(folder: Path) -> Path:
    path = folder / "filled.xlsx"
    write_template(path, MODEL, "zh")
    book = openpyxl.load_workbook(path)
    for row in book["数据"].iter_rows(min_row=2):
        if (row[0].value, row[8].value) == ("ecommerce_market_share", "三水"):
            row[9].value, row[10].value, row[11].value = 2019, "9.5%", "三水区统计年鉴"
    book.save(path)
    return path


def test_files_resaved_by_libreoffice_read_the_same(tmp_path):
    source = _filled_template(tmp_path)
    resaved = _convert(source, "xlsx", tmp_path)
    csv = _convert(source, GBK_CSV, tmp_path)
    data = csv.read_bytes()
    assert "三水区统计年鉴".encode("gbk") in data, "LibreOffice wrote GBK"
    for path in (source, resaved, csv):
        plan = plan_file(path, MODEL)
        assert not plan.blocked, [str(r) for r in plan.refused]
        assert [(r.indicator, r.place, r.year, r.value, r.source) for r in plan.adds] == [
            ("ecommerce_market_share", "sanshui", "2019", 9.5, "三水区统计年鉴")
        ], path.name
        assert not plan.changes
