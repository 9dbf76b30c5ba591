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


# A sheet larger than this is refused before calamine reads it: calamine builds the whole
# rectangle up to the farthest cell with a value, and aborts the process (Rust out of memory)
# when a stray value sits at XFD1048576. 5 million cells: 190,000 rows up to column Z.
MAX_CELLS = 5_000_000
MAX_SHEET_BYTES = 256 << 20  # unpacked XML; a 100,000-row sheet is about 45 MB
_WIDE_REF = re.compile(rb'r="([A-Z]{2,3})([0-9]+)"')  # columns beyond Z: rare, so quick to find
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_CONTENT_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*(?<!/)>")


class SheetTooLarge(ValueError):
    """The sheet reaches farther than MAX_CELLS, or unpacks to more than MAX_SHEET_BYTES."""

    def __init__(self, cell: str, rows: int, columns: int, unpacked: int = 0):
        super().__init__(cell)
        self.cell, self.rows, self.columns, self.unpacked = cell, rows, columns, unpacked


class UnlocatedCell(ValueError):
    """A cell of interest has no reference (r="B2"): only a full parse can place it."""


@dataclass
class SheetMarks:
    """Rows holding a formula; error texts and percent cells by (row, zero-based column)."""

    formula_rows: set[int] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    percent: set[tuple[int, int]] = field(default_factory=set)


def check_extent(archive: zipfile.ZipFile, sheet_name: str) -> None:
    """Raise SheetTooLarge when the sheet is too large to read (see MAX_CELLS)."""
    path = _sheet_path(archive, sheet_name)
    unpacked = archive.getinfo(path).file_size
    if unpacked > MAX_SHEET_BYTES:
        raise SheetTooLarge("", 0, 0, unpacked)
    xml = archive.read(path)
    rows, columns = _last_row(xml), 26
    for match in _WIDE_REF.finditer(xml):
        end = xml.find(b">", match.end())
        if xml[end - 1 : end] != b"/":  # a cell with a value (a styled empty one does not count)
            columns = max(columns, _column_number(match.group(1).decode()))
    if rows * columns > MAX_CELLS:
        raise SheetTooLarge(f"{_letters(columns)}{rows}", rows, columns)


def _last_row(xml: bytes) -> int:
    """The number of the last row holding a cell with a value (0 for none); rows stand in
    order, so the search goes back from the end past rows of styled empty cells only."""
    end = len(xml)
    while (start := max(xml.rfind(b"<row", 0, end), xml.rfind(b":row", 0, end))) >= 0:
        tag_end = xml.find(b">", start)
        if xml[start + 4 : start + 5] in (b" ", b">") and _CONTENT_CELL.search(xml, tag_end, end):
            ref = _ROW_NUMBER.search(xml, start, tag_end)
            return int(ref.group(1)) if ref else xml.count(b"<row")  # unnumbered: count them
        end = start
    return 0


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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
    return int(ref.group(2)), _column_number(ref.group(1).decode()) - 1


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
