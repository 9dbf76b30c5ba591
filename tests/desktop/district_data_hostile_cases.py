"""Hostile district data files, each with the one refusal it must get: where (file, sheet, row,
column) and a part of why. Shared by the command-line and the window tests, so that both
answer every case the same way."""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

HEADER = "indicator,place,year,value,source"
GOOD = "district_gdp_2016,顺德,2018,2900.5,顺德统计年鉴"
GOOD_2 = "district_gdp_2016,南海,2018,2500,南海统计年鉴"


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    build: Callable[[Path], bytes]
    sheet: str  # "" for a CSV or a file that is not read as a workbook
    row: int  # 0 when the file as a whole is refused
    column: str  # the column's letter, "" when none applies
    why: str  # a part of the reason, in English


def _csv(*lines: str, encoding: str = "utf-8") -> bytes:
    return "".join(line + "\r\n" for line in lines).encode(encoding)


def _book(rows: list[list[object]], title: str = "data", edit=None) -> bytes:
    import io

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if edit is not None:
        edit(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


HEADER_CELLS = HEADER.split(",")
GOOD_CELLS = ["district_gdp_2016", "顺德", 2018, 2900.5, "顺德统计年鉴"]
GOOD_CELLS_2 = ["district_gdp_2016", "南海", 2018, 2500, "南海统计年鉴"]


def _merged(book) -> None:
    book.active.merge_cells("E2:E3")


def _formula(book) -> None:
    book.active["D3"] = "=2000+500"


def _stray(book) -> None:
    book.active["XFD1048576"] = "stray"  # calamine would build the whole sheet and abort


def _big(_: Path) -> bytes:
    """100,000 rows: new indicators of 100 values each (5 districts × 20 years), the last row
    wrong."""
    places = ("禅城", "南海", "顺德", "高明", "三水")
    lines = ["indicator,name_en,criterion,direction,kind,unit,place,year,value,source"]
    for index in range(100_000 - 1):
        indicator, rest = divmod(index, 100)
        year, place = divmod(rest, 5)
        definition = f"indicator {indicator},C3,higher,ratio" if rest == 0 else ",,,"
        lines.append(
            f"bench_{indicator},{definition},个,{places[place]},{2000 + year},{1000 + index},年鉴"
        )
    lines.append("bench_0,,,,,个,顺德,2020,abc,年鉴")
    return _csv(*lines)


def _utf16_unicode_text(_: Path) -> bytes:
    """What Excel's "Unicode text" writes: tab-separated UTF-16LE with a BOM."""
    text = "\r\n".join(line.replace(",", "\t") for line in (HEADER, GOOD, GOOD_2)) + "\r\n"
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def _broken_zip(_: Path) -> bytes:
    good = _book([HEADER_CELLS, GOOD_CELLS])
    return good[: len(good) // 2]


def _no_sheet_xml(folder: Path) -> bytes:
    import io

    source = zipfile.ZipFile(io.BytesIO(_book([HEADER_CELLS, GOOD_CELLS])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
    return out.getvalue()


CASES = [
    Case("zero-byte file", "data.csv", lambda _: b"", "", 0, "", "is empty"),
    Case("blank lines only", "data.csv", lambda _: b"\r\n \r\n\t\r\n", "", 0, "", "is empty"),
    Case("header only", "data.csv", lambda _: _csv(HEADER), "", 0, "", "has no values to import"),
    Case(
        "no header row",
        "data.csv",
        lambda _: _csv("a,b,c", "1,2,3"),
        "",
        0,
        "",
        "has no header row with the columns",
    ),
    Case(
        "empty workbook",
        "data.xlsx",
        lambda _: _book([]),
        "",
        0,
        "",
        "has no sheet with the columns",
    ),
    Case(
        "wrong sheet",
        "data.xlsx",
        lambda _: _book([["区县数据说明"], ["见第二页"]], title="说明"),
        "",
        0,
        "",
        "(sheets: 说明)",
    ),
    Case(
        "merged cells",
        "data.xlsx",
        lambda _: _book([HEADER_CELLS, GOOD_CELLS, [*GOOD_CELLS_2[:4], None]], edit=_merged),
        "data",
        2,
        "E",
        "is part of merged cells E2:E3",
    ),
    Case(
        "formula",
        "data.xlsx",
        lambda _: _book([HEADER_CELLS, GOOD_CELLS, GOOD_CELLS_2], edit=_formula),
        "data",
        3,
        "D",
        "holds a formula (=2000+500)",
    ),
    Case(
        "text in a number cell",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, "district_gdp_2016,南海,2018,约2500,年鉴"),
        "",
        3,
        "D",
        "is not a number",
    ),
    Case(
        "negative value",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, "district_gdp_2016,南海,2018,-2500,年鉴"),
        "",
        3,
        "D",
        "is negative",
    ),
    Case(
        "NaN",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, "district_gdp_2016,南海,2018,NaN,年鉴"),
        "",
        3,
        "D",
        "NaN",
    ),
    Case(
        "infinity",
        "data.xlsx",
        lambda _: _book(
            [HEADER_CELLS, GOOD_CELLS, ["district_gdp_2016", "南海", 2018, "inf", "年鉴"]]
        ),
        "data",
        3,
        "D",
        "inf",
    ),
    Case(
        "duplicate rows with different values",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, GOOD_2, "district_gdp_2016,顺德,2018,2901,另一本年鉴"),
        "",
        4,
        "D",
        "again, with another value than row 2",
    ),
    Case(
        "unknown district",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, "district_gdp_2016,番禺,2018,2500,年鉴"),
        "",
        3,
        "B",
        "unknown place '番禺'",
    ),
    Case(
        "unknown criterion",
        "data.csv",
        lambda _: _csv(
            "indicator,name_en,criterion,direction,kind,place,year,value,source",
            "outlets,outlets,C99,higher,ratio,顺德,2019,12,邮政局",
        ),
        "",
        2,
        "C",
        "C99",
    ),
    Case(
        "100,000 rows, the last one wrong",
        "data.csv",
        _big,
        "",
        100_001,
        "I",
        "'abc' is not a number",
    ),
    Case(
        "BOM in the middle",
        "data.csv",
        lambda _: _csv(HEADER, GOOD) + codecs.BOM_UTF8 + _csv(GOOD_2),
        "",
        0,
        "",
        "in the middle, in line 3",
    ),
    Case(
        "GBK named UTF-8",
        "data-utf8.csv",
        lambda _: _csv(HEADER, GOOD, GOOD_2, encoding="gbk"),
        "",
        0,
        "",
        "is named UTF-8 but is not",
    ),
    Case(
        "UTF-16 (Excel's Unicode text)",
        "data.csv",
        _utf16_unicode_text,
        "",
        0,
        "",
        "is UTF-16 text",
    ),
    Case(
        "semicolons and decimal commas",
        "data.csv",
        lambda _: _csv(
            HEADER.replace(",", ";"),
            GOOD.replace(",", ";"),
            "district_gdp_2016;南海;2018;2500,5;年鉴",
        ),
        "",
        3,
        "D",
        "'2500,5' is not a number",
    ),
    Case(
        "an XLSX that is really a CSV",
        "data.xlsx",
        lambda _: _csv(HEADER, GOOD),
        "",
        0,
        "",
        "is named .xlsx but is not an Excel workbook",
    ),
    Case(
        "an old .xls",
        "data.xls",
        lambda _: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        "",
        0,
        "",
        "old Excel 97–2003 (.xls)",
    ),
    Case(
        "a stray value at the sheet's last cell",
        "data.xlsx",
        lambda _: _book([HEADER_CELLS, GOOD_CELLS], edit=_stray),
        "data",
        0,
        "",
        "reaches cell XFD1048576",
    ),
    Case(
        "a workbook cut in half",
        "data.xlsx",
        _broken_zip,
        "",
        0,
        "",
        "is not a readable Excel workbook",
    ),
    Case(
        "a workbook without its sheet",
        "data.xlsx",
        _no_sheet_xml,
        "",
        0,
        "",
        "is not a readable Excel workbook",
    ),
]

# Files that look odd but are fine: they import (nothing refused).
READABLE = [
    (
        "semicolon-separated",
        "data.csv",
        lambda _: _csv(*(line.replace(",", ";") for line in (HEADER, GOOD, GOOD_2))),
    ),
    (
        "a workbook named .csv",
        "data.csv",
        lambda _: _book([HEADER_CELLS, GOOD_CELLS, GOOD_CELLS_2]),
    ),
    (
        "GBK without a name saying so",
        "data.csv",
        lambda _: _csv(HEADER, GOOD, GOOD_2, encoding="gbk"),
    ),
]


def written(case_file: str, build, folder: Path) -> Path:
    path = folder / case_file
    path.write_bytes(build(folder))
    return path
