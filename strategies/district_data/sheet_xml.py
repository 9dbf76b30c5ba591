"""What a workbook's sheet says beyond its cell values, read from its XML: the cells holding a
formula, an Excel error value or a percent-formatted number, by row and column.

calamine (the fast reader) gives a formula's cached value, an error as an empty cell and a
percent as its fraction; the data rows must refuse the first, name the second and read the
third as a percent, so these few cells are found here. A regular expression over the sheet's
XML finds them without parsing the whole sheet into objects (a 100,000-row sheet takes ~0.1 s).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PERCENT_BUILTIN = {9, 10}  # 0% and 0.00%
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_TYPE = re.compile(rb'\bt="e"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)<")


class UnlocatedCell(ValueError):
    """A cell of interest has no reference (r="B2"): only a full parse can place it."""


@dataclass
class SheetMarks:
    """Rows holding a formula; error texts and percent cells by (row, zero-based column)."""

    formula_rows: set[int] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    percent: set[tuple[int, int]] = field(default_factory=set)


def sheet_marks(archive: zipfile.ZipFile, sheet_name: str) -> SheetMarks:
    """The marks of the worksheet named sheet_name; UnlocatedCell when a cell cannot be placed."""
    xml = archive.read(_sheet_path(archive, sheet_name))
    marks = SheetMarks()
    if _FORMULA.search(xml) or _ERROR_TYPE.search(xml):  # rare: only then every cell is looked at
        for cell in _CELL.finditer(xml):
            attributes, content = cell.group(1), cell.group(2) or b""
            if _FORMULA.search(content):
                marks.formula_rows.add(_place(attributes)[0])
            if _ERROR_TYPE.search(attributes) and (value := _VALUE.search(content)):
                marks.errors[_place(attributes)] = unescape(value.group(1).decode())
    styles = _percent_styles(archive)
    if styles:
        tag = re.compile(rb'<(?:\w+:)?c\b([^>]*\ss="(?:%s)"[^>]*)>' % b"|".join(styles))
        marks.percent = {_place(match.group(1)) for match in tag.finditer(xml)}
    return marks


def _place(attributes: bytes) -> tuple[int, int]:
    """(row, zero-based column) of a cell from its attributes."""
    ref = _REF.search(attributes)
    if ref is None:
        raise UnlocatedCell(attributes.decode(errors="replace"))
    column = 0
    for letter in ref.group(1).decode():
        column = column * 26 + ord(letter) - 64
    return int(ref.group(2)), column - 1


def is_percent_format(code: str) -> bool:
    """True when a number format scales by 100 (a % outside quotes and escapes: 0.0"%" only
    writes a sign after the number)."""
    return "%" in re.sub(r'"[^"]*"|\\.', "", code)


def _sheet_path(archive: zipfile.ZipFile, name: str) -> str:
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_RELS}Relationship")}
    for sheet in book.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == name:
            target = targets[sheet.get(_OFFICE_REL)]
            return target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    raise KeyError(name)


def _percent_styles(archive: zipfile.ZipFile) -> list[bytes]:
    """The style indices (s="…") whose number format shows a percent."""
    try:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return []
    percent = set(_PERCENT_BUILTIN)
    for form in styles.iter(f"{_MAIN}numFmt"):
        if is_percent_format(form.get("formatCode", "")):
            percent.add(int(form.get("numFmtId", "-1")))
    found = []
    cell_formats = styles.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(() if cell_formats is None else cell_formats):
        if int(xf.get("numFmtId", "0")) in percent:
            found.append(str(index).encode())
    return found
