"""CSV data files in the encodings Chinese Excel and WPS write, and the ones that go wrong."""

from __future__ import annotations

import codecs

import pytest

from tests.strategies.district_data_files import (
    HEADER_EN,
    HEADER_ZH,
    csv_bytes,
    only_refusal,
    plan_bytes,
)

ROWS = (HEADER_ZH, "ecommerce_market_share,高明,2019,12.5%,统计年鉴（2020）")


def _added(plan) -> list[tuple]:
    assert not plan.blocked, [str(r) for r in plan.refused]
    return [(r.indicator, r.place, r.year, r.value, r.source) for r in plan.adds]


EXPECTED = [("ecommerce_market_share", "gaoming", "2019", 12.5, "统计年鉴（2020）")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_each_encoding_reads_the_same_rows(tmp_path, encoding):
    plan = plan_bytes(tmp_path, "data.csv", csv_bytes(*ROWS, encoding=encoding))
    assert _added(plan) == EXPECTED


def test_gb18030_characters_outside_gbk_survive(tmp_path):
    source = "䶮𠀀 年鉴"  # U+4DAE and U+20000 are in GB18030, not in GBK
    data = csv_bytes(
        HEADER_ZH, f"ecommerce_market_share,高明,2019,12.5,{source}", encoding="gb18030"
    )
    with pytest.raises(UnicodeEncodeError):
        source.encode("gbk")
    assert _added(plan_bytes(tmp_path, "data.csv", data))[0][4] == source


def test_a_gbk_file_named_utf8_is_refused_with_the_line(tmp_path):
    plan = plan_bytes(tmp_path, "data-utf8.csv", csv_bytes(*ROWS, encoding="gbk"))
    assert only_refusal(plan) == (
        "data-utf8.csv: is named UTF-8 but is not: byte 0xB1 in line 1 (GBK?); save it as "
        "UTF-8, or name or declare its real encoding"
    )


def test_a_gbk_file_declared_utf8_is_refused(tmp_path):
    plan = plan_bytes(tmp_path, "data.csv", csv_bytes(*ROWS, encoding="gbk"), encoding="utf-8")
    assert "is declared UTF-8 but is not: byte 0xB1 in line 1" in only_refusal(plan)


def test_a_declared_gbk_file_reads(tmp_path):
    plan = plan_bytes(tmp_path, "data.csv", csv_bytes(*ROWS, encoding="gbk"), encoding="gbk")
    assert _added(plan) == EXPECTED


def test_a_bom_in_the_middle_is_refused_with_its_line(tmp_path):
    data = csv_bytes(*ROWS, encoding="utf-8-sig") + csv_bytes(*ROWS, encoding="utf-8-sig")
    assert only_refusal(plan_bytes(tmp_path, "joined.csv", data)) == (
        "joined.csv: has a byte-order mark (BOM) in the middle, in line 3: were two files "
        "joined? Remove it and save again"
    )


def test_a_utf8_bom_before_gbk_text_is_refused(tmp_path):
    data = codecs.BOM_UTF8 + csv_bytes(*ROWS, encoding="gbk")
    assert only_refusal(plan_bytes(tmp_path, "data.csv", data)) == (
        "data.csv: starts with a UTF-8 mark (BOM) but is not UTF-8: byte 0xB1 in line 1"
    )


def test_a_file_mixing_gbk_and_utf8_lines_is_refused(tmp_path):
    data = csv_bytes(HEADER_ZH) + csv_bytes(ROWS[1], encoding="gbk") + csv_bytes(ROWS[1])
    assert only_refusal(plan_bytes(tmp_path, "mixed.csv", data)) == (
        "mixed.csv: mixes encodings: line 1 is UTF-8, line 2 is not (GBK?); save the whole "
        "file in one encoding"
    )


def test_utf16_text_is_refused(tmp_path):
    data = "\n".join(ROWS).encode("utf-16")
    assert only_refusal(plan_bytes(tmp_path, "data.csv", data)) == (
        "data.csv: is UTF-16 text: save it as CSV (UTF-8) instead"
    )


def test_a_binary_file_named_csv_is_refused(tmp_path):
    data = bytes(range(256)) * 4
    assert only_refusal(plan_bytes(tmp_path, "data.csv", data)) == (
        "data.csv: is not a text file (a zero byte in line 1)"
    )


def test_bytes_that_are_neither_utf8_nor_gb18030_are_refused(tmp_path):
    data = csv_bytes(HEADER_EN) + b"ecommerce_market_share,\x81\x20,2019,1,x\r\n"
    assert only_refusal(plan_bytes(tmp_path, "data.csv", data)) == (
        "data.csv: is neither UTF-8 nor GBK/GB18030 text: byte 0x81 in line 2"
    )


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n"])
def test_an_empty_file_is_refused(tmp_path, content):
    assert only_refusal(plan_bytes(tmp_path, "data.csv", content)) == "data.csv: is empty"


def test_a_header_without_values_is_refused(tmp_path):
    assert only_refusal(plan_bytes(tmp_path, "data.csv", csv_bytes(HEADER_ZH))) == (
        "data.csv: has no values to import"
    )
