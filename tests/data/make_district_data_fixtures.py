"""Make tests/data/district_data_libreoffice.{xlsx,csv}: the Chinese data template with one
value filled in (Sanshui's e-commerce market share 2019: 9.5 %, 三水区统计年鉴), then opened
and re-saved by LibreOffice Calc, once as an Excel workbook and once as CSV in GBK (what Chinese
office suites write):

    python tests/data/make_district_data_fixtures.py   # needs soffice (libreoffice-calc-nogui)

Run it from the repository root again when the model's indicators change. LibreOffice is not
needed by the tests themselves, only to remake these files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from strategies.district_data.template import write_template  # noqa: E402
from strategies.model import load_model  # noqa: E402

HERE = Path(__file__).parent
STEM = "district_data_libreoffice"
GBK_CSV = "csv:Text - txt - csv (StarCalc):44,34,67"  # comma, double quote, GBK (rtl code 67)
FILLED = ("ecommerce_market_share", "三水", 2019, "9.5%", "三水区统计年鉴")


def filled_template(folder: Path) -> Path:
    path = folder / f"{STEM}.xlsx"
    write_template(path, load_model(), "zh")
    book = openpyxl.load_workbook(path)
    indicator, place, *value = FILLED
    for row in book["数据"].iter_rows(min_row=2):
        if (row[0].value, row[8].value) == (indicator, place):
            row[9].value, row[10].value, row[11].value = value
    book.save(path)
    return path


def resave(source: Path, to: str, folder: Path) -> Path:
    profile = (folder / "profile").as_uri()
    command = ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", to]
    subprocess.run(
        [*command, "--outdir", str(folder / "out"), str(source)], check=True, capture_output=True
    )
    return folder / "out" / f"{source.stem}.{to.split(':')[0]}"


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = filled_template(folder)
        for to, suffix in (("xlsx", ".xlsx"), (GBK_CSV, ".csv")):
            shutil.copyfile(resave(source, to, folder), HERE / f"{STEM}{suffix}")


if __name__ == "__main__":
    main()
