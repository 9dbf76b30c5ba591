"""Why a district data file or row is refused, in the window's language.

The core (strategies/district_data) gives an English template with named fields; its Chinese
comes from the .ts translation like every other window text (the command line has the same
words in cli_language). A test checks that every template the core can give is here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from strategies.district_data import Problem

CONTEXT = "DataProblem"
TEMPLATES = (
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is not a number"),
    QT_TRANSLATE_NOOP("DataProblem", "cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("DataProblem", "is larger than {limit} MB"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "unpacks to {size} MB, more than the {limit} MB read: split the file"
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "reaches cell {cell} ({rows} rows × {columns} columns, more than the {limit} cells read): delete what lies beyond the table",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "is empty"),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "is an old Excel 97–2003 (.xls) file or a workbook with a password: save it as .xlsx without a password",
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem", "is not a table: a quote opened in line {line} is never closed"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "is not a table ({reason})"),
    QT_TRANSLATE_NOOP("DataProblem", "is named {suffix} but is not an Excel workbook"),
    QT_TRANSLATE_NOOP("DataProblem", "is not a readable Excel workbook ({reason})"),
    QT_TRANSLATE_NOOP("DataProblem", "is not a table: line {line} has more cells than the header"),
    QT_TRANSLATE_NOOP("DataProblem", "has no sheet with the columns {columns} (sheets: {sheets})"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "has no header row with the columns {columns} in its first {count} rows"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "repeats the column {name} (also column {other})"),
    QT_TRANSLATE_NOOP("DataProblem", "holds a formula ({formula}): paste its value instead"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "is part of merged cells {cells}: unmerge them and fill every row"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "is UTF-16 text: save it as CSV (UTF-8) instead"),
    QT_TRANSLATE_NOOP("DataProblem", "is not a text file (a zero byte in line {line})"),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "has a byte-order mark (BOM) in the middle, in line {line}: were two files joined? Remove it and save again",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "is not GBK/GB18030 text: byte 0x{byte:02X} in line {line}"),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "starts with a UTF-8 mark (BOM) but is not UTF-8: byte 0x{byte:02X} in line {line}",
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem", "is neither UTF-8 nor GBK/GB18030 text: byte 0x{byte:02X} in line {line}"
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "is named UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding",
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "is declared UTF-8 but is not: byte 0x{byte:02X} in line {line} (GBK?); save it as UTF-8, or name or declare its real encoding",
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "mixes encodings: line {utf8} is UTF-8, line {other} is not (GBK?); save the whole file in one encoding",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "has no values to import"),
    QT_TRANSLATE_NOOP("DataProblem", "columns not read: {columns}"),
    QT_TRANSLATE_NOOP("DataProblem", "{count} rows without a value add nothing"),
    QT_TRANSLATE_NOOP("DataProblem", "{count} rows repeat another row exactly and count once"),
    QT_TRANSLATE_NOOP("DataProblem", "a value needs its indicator id"),
    QT_TRANSLATE_NOOP("DataProblem", "a value needs its place (a district, or city)"),
    QT_TRANSLATE_NOOP("DataProblem", "a value needs its year"),
    QT_TRANSLATE_NOOP("DataProblem", "a value needs its source"),
    QT_TRANSLATE_NOOP("DataProblem", "unknown place {text!r} (places: {known})"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "{indicator} has values per district: {place} is not a district"
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem", "{indicator} has one value for the whole city: write city, not {place}"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{place} is not a peer city of {indicator}"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "unit {text!r} does not measure {indicator}, which is in {unit}"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{indicator} holds a text, not values"),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is in {written}, but {indicator} is in {unit}"),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is negative, but {indicator} cannot be below zero"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "unknown indicator {text!r} (a new one needs an id of letters, digits and _)"
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "unknown indicator {text!r}: to add it, give its name, direction and kind (and criterion, unit, and levels if ordinal)",
    ),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "{indicator} has {column} {held} in the model, not {text!r}: a data file cannot change it",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "an ordinal indicator needs its levels, worst first"),
    QT_TRANSLATE_NOOP("DataProblem", "{indicator} is defined with another {column} in row {row}"),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "gives {indicator} at {place} in {year} again, with another value than row {row} ({old} ≠ {new})",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is outside ±{limit:g}"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "{text!r} is not a finite number (NaN and infinity cannot be used)"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is an Excel error value, not a number"),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is not a year (write 2017, or 2017-05 for a month)"),
    QT_TRANSLATE_NOOP("DataProblem", "unknown criterion {text!r} (criteria: {known})"),
    QT_TRANSLATE_NOOP(
        "DataProblem", "{text!r} is not a direction (higher_is_better or lower_is_better)"
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is not a kind (ratio or ordinal)"),
    QT_TRANSLATE_NOOP(
        "DataProblem",
        "levels {text!r} must name two or more different levels, worst first, separated by ;",
    ),
    QT_TRANSLATE_NOOP("DataProblem", "{text!r} is not one of the levels {levels}"),
)


def problem_text(why: Problem) -> str:
    """why in the current language: its template translated, then filled in."""
    return QCoreApplication.translate(CONTEXT, why.template).format(**why.fields)
