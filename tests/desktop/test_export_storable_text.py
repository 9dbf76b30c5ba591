"""Characters no export format can hold are replaced, counted and reported in every format;
text longer than a spreadsheet cell is spread over rows, never cut away."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.export.cell_pieces import CELL_LIMIT, pieces, utf16_length
from desktop.export.content import build_report
from desktop.export.csv_export import csv_bytes
from desktop.export.json_export import json_bytes
from desktop.export.labels import labels
from desktop.export.safe_text import REPLACEMENT, storable_text
from desktop.export.service import export_report
from desktop.export.xlsx import xlsx_bytes

from .export_support import engine, planner_session

UNSTORABLE = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + [
    "\ufffe",
    "\uffff",
    "\U0001fffe",
    "\U0010ffff",
    "\ufdd0",
    "\ufdef",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
]
KEPT = [
    "\t",
    "\n",
    "\r",
    " ",
    "\x7f",
    "\ufdcf",
    "\ufdf0",
    "\ufffd",
    "\ue000",
    "\U0001f600",
    "山",
    "\u202e",
    "\U0010fffd",
]
# Seven characters no format can hold, among ordinary ones.
HOSTILE = "A\ufffeB\uffffC\x00D\ud800E\x1bF\U0010ffffG\udc00H"
HOSTILE_COUNT = 7


@pytest.mark.parametrize("character", UNSTORABLE)
def test_each_unstorable_character_is_replaced_and_counted(character):
    assert storable_text(f"a{character}b") == (f"a{REPLACEMENT}b", 1)


@pytest.mark.parametrize("character", KEPT)
def test_storable_characters_are_kept(character):
    assert storable_text(f"a{character}b") == (f"a{character}b", 0)


def test_a_surrogate_pair_in_two_code_points_becomes_its_character():
    assert storable_text("x\ud83d\ude00y") == ("x\U0001f600y", 0)
    assert storable_text("\ude00\ud83d") == (REPLACEMENT * 2, 2)


@given(st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())))
def test_any_text_becomes_strict_utf8_and_xml(text):
    cleaned, count = storable_text(text)
    cleaned.encode("utf-8")  # strict: no lone surrogate left
    ElementTree.fromstring(f"<cell>{escape(cleaned)}</cell>".encode())
    assert len(cleaned) <= len(text)
    assert count == cleaned.count(REPLACEMENT) - text.count(REPLACEMENT)


@pytest.fixture(scope="module")
def hostile(model):
    """A report whose notes, edit source and district names carry unstorable characters."""
    districts = tuple(
        replace(d, name=replace(d.name, en=d.name.en + "\x01")) for d in model.districts
    )
    named = replace(model, districts=districts)
    evaluation, bundle = engine(named, planner_session(named, notes=HOSTILE, source=HOSTILE))
    return evaluation, build_report(evaluation, bundle, "en")


def _expected(text: str) -> str:
    return storable_text(text)[0]


def test_the_report_counts_every_replacement(hostile):
    _, report = hostile
    assert report.notes == _expected(HOSTILE) and REPLACEMENT in report.notes
    assert report.planner_edits[0].source == _expected(HOSTILE)
    names = [d.name for d in report.districts]
    assert all(name.endswith(REPLACEMENT) for name in names)
    # notes, source, and each district name wherever the report repeats it
    assert report.replaced_characters >= 2 * HOSTILE_COUNT + len(names)


def test_xlsx_opens_and_says_how_many_were_replaced(hostile):
    _, report = hostile
    book = load_workbook(io.BytesIO(xlsx_bytes(report)))
    cells = {
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    assert _expected(HOSTILE) in cells
    method = book[labels("en")["sheet_method"]]
    rows = {row[0]: row[1] for row in method.iter_rows(values_only=True)}
    assert rows[labels("en")["replaced_characters"]] == report.replaced_characters


def test_csv_is_strict_utf8_with_the_names_replaced(hostile):
    _, report = hostile
    text = csv_bytes(report).decode("utf-8-sig")  # strict decoding
    assert all(f"{d.name}" in text for d in report.districts)
    assert "\x01" not in text


def test_json_is_strict_utf8_and_carries_the_count(hostile):
    _, report = hostile
    document = json.loads(json_bytes(report).decode("utf-8"))
    assert document["notes"] == _expected(HOSTILE)
    assert document["replaced_characters"] == report.replaced_characters


def test_pdf_is_written_and_says_how_many_were_replaced(hostile, tmp_path):
    from pypdf import PdfReader

    evaluation, report = hostile
    export_report(evaluation, tmp_path / "r.pdf", "en")
    # Spaces and invisible direction marks left out: only the words and the count matter.
    text = re.sub(
        r"[\s\u200e\u200f\u2066-\u2069]", "", PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    )
    assert f"replacedby{REPLACEMENT}{report.replaced_characters}" in text


def test_the_cli_says_how_many_were_replaced(model, tmp_path, capsys):
    from desktop.cli import main
    from strategies.session_file import write_session
    from strategies.session_io.info import SessionFileInfo

    session_file = tmp_path / "plan.cspsession"
    write_session(
        session_file, planner_session(model, notes="a\ufffeb\x07c"), model, SessionFileInfo.new()
    )
    out = tmp_path / "r.json"
    assert main(["export", "--session", str(session_file), "-o", str(out), "--samples", "10"]) == 0
    assert "2 characters" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["replaced_characters"] == 2


def test_a_clean_report_has_no_replacement_line(model):
    evaluation, bundle = engine(model, planner_session(model))
    report = build_report(evaluation, bundle, "en")
    assert report.replaced_characters == 0
    book = load_workbook(io.BytesIO(xlsx_bytes(report)))
    method = book[labels("en")["sheet_method"]]
    assert labels("en")["replaced_characters"] not in [
        r[0] for r in method.iter_rows(values_only=True)
    ]


@given(st.text(st.characters(codec="utf-8"), max_size=300), st.integers(2, 40))
def test_pieces_fit_and_join_to_the_text(text, limit):
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(utf16_length(part) <= limit for part in parts)
    assert all(parts[:-1])


def _long_notes() -> str:
    line = "规划者的说明 planner's note 😀 " * 3
    return "\n".join(f"{n}: {line}" for n in range(2_500))  # about 250,000 characters


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_notes_spread_over_rows_and_lose_nothing(model, lang):
    notes = _long_notes()
    evaluation, bundle = engine(model, planner_session(model, notes=notes))
    book = load_workbook(io.BytesIO(xlsx_bytes(build_report(evaluation, bundle, lang))))
    text = labels(lang)
    method = book[text["sheet_method"]]
    values = [row[1] for row in method.iter_rows(values_only=True)]
    labels_column = [row[0] for row in method.iter_rows(values_only=True)]
    start = labels_column.index(text["notes"])
    parts = [
        v
        for v in values[start:]
        if isinstance(v, str) and v.startswith((notes[:5], text["cell_continued"].split("{")[0]))
    ]
    assert len(parts) >= utf16_length(notes) // CELL_LIMIT + 1
    assert all(utf16_length(p) <= CELL_LIMIT for p in parts)
    total = len(parts)
    joined = ""
    for index, part in enumerate(parts, start=1):
        if index > 1:
            part = part.removeprefix(text["cell_continued"].format(part=index, parts=total) + " ")
        if index < total:
            mark = " " + text["cell_continues"].format(part=index, parts=total)
            assert part.endswith(mark)
            part = part.removesuffix(mark)
        joined += part
    assert joined == notes
    assert all(label is None for label in labels_column[start + 1 : start + total])


def test_notes_that_fit_a_cell_stay_in_one_cell(model):
    notes = "x" * (CELL_LIMIT - 1)
    evaluation, bundle = engine(model, planner_session(model, notes=notes))
    book = load_workbook(io.BytesIO(xlsx_bytes(build_report(evaluation, bundle, "en"))))
    values = [row[1] for row in book[labels("en")["sheet_method"]].iter_rows(values_only=True)]
    assert notes in values
