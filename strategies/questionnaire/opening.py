"""Open a returned file as a workbook, or say in one problem why it is none.

A file is looked at before openpyxl sees it: empty, too large, a text file (a CSV renamed
.xlsx), an old .xls, a damaged archive or one that unpacks to more than a questionnaire can
hold (a zip bomb) are each one clear problem, never a traceback.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from strategies.questionnaire.problems import Problem, QuestionnaireProblem, problem

# A questionnaire is some 20 kB (150 kB unpacked); 10,000 rows of answers about 1 MB unpacked.
# The caps keep openpyxl's load of a hostile file to seconds.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 and other OLE documents


def open_workbook(path: Path) -> Workbook | QuestionnaireProblem:
    """The workbook at path (formulas kept as formulas), or the problem that stops reading."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return problem(Problem.TOO_LARGE, name, size=size, limit=MAX_FILE_BYTES)
        data = path.read_bytes()
    except OSError as error:
        return problem(Problem.CANNOT_READ, name, reason=error.strerror or error)
    refusal = _refusal(name, data)
    if refusal is not None:
        return refusal
    try:
        return load_workbook(io.BytesIO(data), data_only=False)
    except Exception as error:  # openpyxl raises many kinds on damaged parts: all mean "damaged"
        return problem(Problem.NOT_A_WORKBOOK, name, reason=type(error).__name__)


def grid_sheets(workbook: Workbook) -> dict[str, Worksheet]:
    """The sheets with cells, by title (a chart sheet of the same name does not count)."""
    return {sheet.title: sheet for sheet in workbook.worksheets if isinstance(sheet, Worksheet)}


def _refusal(name: str, data: bytes) -> QuestionnaireProblem | None:
    if not data.strip():
        return problem(Problem.EMPTY_FILE, name)
    if data.startswith(_OLE_MAGIC):
        return problem(Problem.OLD_EXCEL, name)
    if not data.startswith(_ZIP_MAGIC):
        kind = Problem.TEXT_FILE if _looks_like_text(data) else Problem.NOT_A_WORKBOOK
        return problem(kind, name, reason="no zip archive")
    return _archive_refusal(name, data)


def _archive_refusal(name: str, data: bytes) -> QuestionnaireProblem | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        return problem(Problem.NOT_A_WORKBOOK, name, reason=type(error).__name__)
    if unpacked > MAX_UNPACKED_BYTES:
        return problem(Problem.TOO_LARGE, name, size=unpacked, limit=MAX_UNPACKED_BYTES)
    if "xl/workbook.xml" not in names:
        return problem(Problem.NOT_A_WORKBOOK, name, reason="no xl/workbook.xml")
    return None


def _looks_like_text(data: bytes) -> bool:
    """Whether the start of data decodes as text in one of the encodings a CSV comes in."""
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:  # final=False: the 4096th byte may cut a character in two
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
            return True
        except UnicodeDecodeError:
            continue
    return False
