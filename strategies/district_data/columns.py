"""The columns of a district data file, their headers in both languages and accepted aliases.

One row is one value: an indicator at a place in a year, with its source. The definition
columns (names, criterion, direction, kind, levels, unit) describe a new indicator; for one the
model already has they may repeat its definition (the template fills them in).
"""

from __future__ import annotations

from collections.abc import Sequence

from strategies.district_data.numbers import folded

HEADER_SEARCH_ROWS = 10  # a title or a note may stand above the header row

# canonical name → (Chinese header, English header, further aliases)
COLUMNS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "indicator": (
        "指标代码",
        "indicator",
        ("id", "indicator id", "指标", "指标id", "指标编号", "代码"),
    ),
    "name_zh": ("指标名称（中文）", "name_zh", ("中文名称", "指标名称", "名称", "name (chinese)")),
    "name_en": ("指标名称（英文）", "name_en", ("英文名称", "name", "name (english)")),
    "criterion": ("准则", "criterion", ("准则代码", "criterion id")),
    "direction": ("方向", "direction", ("指标方向",)),
    "kind": ("类型", "kind", ("type", "指标类型")),
    "levels": ("等级（从差到好）", "levels", ("等级", "levels (worst to best)")),
    "unit": ("单位", "unit", ("units", "计量单位")),
    "place": ("区", "place", ("district", "地区", "区县", "行政区", "区域", "region", "area")),
    "year": ("年份", "year", ("年", "年度", "统计年份", "数据年份")),
    "value": ("数值", "value", ("值", "数据")),
    "source": ("来源", "source", ("数据来源", "出处", "data source", "source of data")),
    "note": ("备注", "note", ("notes", "remark", "说明")),
}
REQUIRED = ("indicator", "place", "year", "value", "source")
DEFINITION = ("name_zh", "name_en", "criterion", "direction", "kind", "levels", "unit")


def header_key(text: str) -> str:
    """A header as compared: full-width folded, lower case, without spaces, _ - or * marks."""
    return "".join(c for c in folded(text).lower() if c not in " _-*\t")


ALIASES: dict[str, str] = {
    header_key(alias): name for name, (zh, en, more) in COLUMNS.items() for alias in (zh, en, *more)
}


def header(name: str, lang: str) -> str:
    zh, en, _ = COLUMNS[name]
    return zh if lang == "zh" else en


def column_letter(index: int) -> str:
    """Spreadsheet letters of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the first row (of the first HEADER_SEARCH_ROWS) naming every required column."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = {ALIASES.get(header_key(text)) for text in row}
        if all(name in names for name in REQUIRED):
            return index
    return None


def required_names() -> str:
    """The required columns as English/Chinese headers, for a message."""
    return ", ".join(f"{COLUMNS[n][1]}/{COLUMNS[n][0]}" for n in REQUIRED)
