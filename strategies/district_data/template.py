"""The data template: every indicator of the model (and those data files defined) × every place
it has, with the value in use, its year and source, then the other years a session keeps, and
empty rows for new indicators. XLSX (a data sheet and a sheet of
notes) or CSV (UTF-8 with BOM, so that Excel opens it as UTF-8); headers in Chinese or English.

Reading the template back unchanged adds and changes nothing (tests check the round trip).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from criteria.indicators import Indicator
from strategies.district_data import fields, held
from strategies.district_data.columns import COLUMNS, header
from strategies.district_data.plan import Current
from strategies.model import PlanningModel
from strategies.session import Session
from strategies.session_io.atomic import write_atomically

NEW_INDICATOR_BLOCKS = 2  # empty rows for new indicators: one per district, this many times
SHEET = {"zh": "数据", "en": "data"}
NOTES_SHEET = {"zh": "说明", "en": "notes"}
_KIND = {
    "zh": {"number": "数值", "ordinal": "等级"},
    "en": {"number": "ratio", "ordinal": "ordinal"},
}
_CITY = {"zh": "全市", "en": "city"}
OTHER_YEAR = {
    "zh": "会话中保留的其他年份（未在用）",
    "en": "another year kept in the session (not in use)",
}
NOTES = {
    "en": (
        "One row is one value: an indicator at a place (district or city) in a year, with its source.",
        "Required in every row with a value: indicator, place, year, value, source.",
        "Numbers may be written 1,234 / 21.12% / 2,793.22亿元 / 1.2万 / full-width digits; "
        "a unit written in the cell or the unit column is converted into the indicator's unit.",
        "Another year of an indicator: add a row with that year; every year is kept.",
        "A new indicator: a new id (letters, digits, _), its names, criterion, direction "
        "(higher_is_better or lower_is_better), kind (ratio or ordinal), unit, and for ordinal "
        "its levels worst first, separated by ;.",
        "Rows without a value are skipped. A file with any refused row imports nothing.",
    ),
    "zh": (
        "每行一个数值：某指标在某个区（或全市）某年份的数值及其来源。",
        "有数值的行必须填写：指标代码、区、年份、数值、来源。",
        "数值可写作 1,234、21.12%、2,793.22亿元、1.2万 或全角数字；单元格或“单位”列中写明的单位会换算为指标的单位。",
        "同一指标的其他年份：另加一行并填写该年份；各年份的数值均会保留。",
        "新指标：填写新的指标代码（字母、数字、下划线）、名称、准则、方向（越高越好或越低越好）、"
        "类型（数值或等级）、单位；等级型指标另填等级，从差到好，用 ; 分隔。",
        "没有数值的行会被跳过。只要有一行被拒绝，整个文件都不会导入。",
    ),
}


def template_rows(
    model: PlanningModel, lang: str, session: Session | None = None
) -> Iterator[list[object]]:
    """The template's data rows in column order (header not included): each place's value in
    use, then the other years the session keeps, newest first."""
    now, kept = held.in_use(model, session), _by_place(held.every_year(model, session))
    for indicator in held.known(model, session):
        if indicator.kind == "text":
            continue  # a text says something, it has no value to fill in
        for place in _places(indicator, model):
            current = now.get((indicator.id, place))
            yield _row(indicator, place, current, model, lang)
            year = current.year if current else None
            for other in kept.get((indicator.id, place), ()):
                if other.year == year:
                    continue  # the value in use, written above
                yield _row(indicator, place, other, model, lang, note=OTHER_YEAR[lang])
    for _ in range(NEW_INDICATOR_BLOCKS):
        for district in model.districts:
            yield [district.name.get(lang) if name == "place" else "" for name in COLUMNS]


def _by_place(
    kept: Mapping[tuple[str, str, str], Current],
) -> dict[tuple[str, str], list[Current]]:
    """(indicator, place) → its values of every year, newest first."""
    grouped: dict[tuple[str, str], list[Current]] = {}
    for (ident, place, _), value in kept.items():
        if value.value is not None:
            grouped.setdefault((ident, place), []).append(value)
    for values in grouped.values():
        values.sort(key=lambda value: value.year, reverse=True)
    return grouped


def _places(indicator: Indicator, model: PlanningModel) -> Sequence[str]:
    if indicator.scope == "district":
        return model.district_ids
    if indicator.scope == "city":
        return (fields.CITY,)
    return tuple(indicator.values)


def _row(
    indicator: Indicator,
    place: str,
    current: Current | None,
    model: PlanningModel,
    lang: str,
    note: str = "",
) -> list[object]:
    held = current if current is not None and current.value is not None else None
    cells = {
        "indicator": indicator.id,
        "name_zh": indicator.name.zh,
        "name_en": indicator.name.en,
        "criterion": indicator.criterion or "",
        "direction": indicator.direction,
        "kind": _KIND[lang][indicator.kind],
        "levels": "; ".join(indicator.levels),
        "unit": indicator.unit.get(lang),
        "place": _place_name(place, indicator, model, lang),
        "year": held.year if held else "",
        "value": _shown(indicator, held.value, lang) if held else "",
        "source": held.source.get(lang) if held else "",
        "note": note,
    }
    return [cells[name] for name in COLUMNS]


def _shown(indicator: Indicator, value: object, lang: str) -> object:
    """An ordinal value by its level's name in lang where the level has one, else its key."""
    if indicator.kind != "ordinal" or lang != "zh":
        return value
    name = indicator.level_names.get(str(value))
    return name.get(lang) if name else value


def _place_name(place: str, indicator: Indicator, model: PlanningModel, lang: str) -> str:
    if place == fields.CITY:
        return _CITY[lang]
    if place in model.district_ids:
        return model.district(place).name.get(lang)
    return indicator.place_names[place].get(lang) if place in indicator.place_names else place


def write_template(
    path: Path, model: PlanningModel, lang: str, session: Session | None = None
) -> None:
    """The template at path, XLSX or CSV by its suffix (anything else is a ValueError), with
    the session's values when one is given."""
    suffix = path.suffix.lower()
    rows = list(template_rows(model, lang, session))
    if suffix == ".xlsx":
        data = _xlsx(rows, lang)
    elif suffix == ".csv":
        data = _csv(rows, lang)
    else:
        raise ValueError(f"{path.name}: a template is .xlsx or .csv, not {suffix or 'no suffix'}")
    write_atomically(path, data)


def _headers(lang: str) -> list[str]:
    return [header(name, lang) for name in COLUMNS]


def _csv(rows: list[list[object]], lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_headers(lang))
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _xlsx(rows: list[list[object]], lang: str) -> bytes:
    """Written row by row (write-only): a session's template may hold 10,000s of values."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(SHEET[lang])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_bold(sheet, text, bold) for text in _headers(lang)])
    for row in rows:
        sheet.append(row)
    notes = book.create_sheet(NOTES_SHEET[lang])
    for line in NOTES[lang]:
        notes.append([line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _bold(sheet: Any, text: str, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = font
    return cell
