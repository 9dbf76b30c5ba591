"""Helpers of the district data tests: write a data file in tmp_path and plan it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from strategies.district_data import ImportPlan, plan_file
from strategies.model import load_model

MODEL = load_model()
HEADER_ZH = "指标代码,地区,年份,数值,来源"
HEADER_EN = "indicator,place,year,value,source"


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return "".join(line + "\r\n" for line in lines).encode(encoding)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def plan_bytes(folder: Path, name: str, data: bytes, encoding: str | None = None) -> ImportPlan:
    return plan_file(write(folder, name, data), MODEL, encoding=encoding)


def plan_csv(folder: Path, *lines: str, name: str = "data.csv") -> ImportPlan:
    return plan_bytes(folder, name, csv_bytes(*lines))


def workbook(rows: list[list[object]], title: str = "data") -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return book


def plan_book(folder: Path, book: openpyxl.Workbook, name: str = "data.xlsx") -> ImportPlan:
    path = folder / name
    book.save(path)
    return plan_file(path, MODEL)


def refusals(plan: ImportPlan) -> list[str]:
    return [str(refusal) for refusal in plan.refused]


def only_refusal(plan: ImportPlan) -> str:
    assert plan.blocked
    assert len(plan.refused) == 1, refusals(plan)
    return str(plan.refused[0])
