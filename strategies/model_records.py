"""Typed reading of a model folder's TOML tables: every value is checked where it is read, and
every problem is a ModelError that names the file, the table and the record's id."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from criteria.text import LANGUAGES, LocalText


class ModelError(ValueError):
    """The model data cannot be used: which file, which table, which id, what is wrong."""

    def __init__(
        self, message: str, file: str = "", table: str = "", id: str = "", folder: str = ""
    ):
        self.file = file
        self.table = table
        self.id = id
        self.problem = message
        self.folder = folder
        path = f"{folder.rstrip('/')}/{file}" if folder and file else file or folder
        where = " ".join(
            part for part in (path, f"[{table}]" if table else "", repr(id) if id else "") if part
        )
        super().__init__(f"{where}: {message}" if where else message)

    def in_folder(self, folder: str) -> ModelError:
        """The same error, its message naming the model folder too."""
        return ModelError(self.problem, self.file, self.table, self.id, folder)


@dataclass(frozen=True)
class Where:
    """The place of one record: file, table and (once known) its id."""

    file: str
    table: str
    id: str = ""

    def error(self, message: str) -> ModelError:
        return ModelError(message, self.file, self.table, self.id)

    def at(self, record_id: str) -> Where:
        return Where(self.file, self.table, record_id)


def table(data: Mapping, file: str, name: str, required: bool = True) -> Mapping:
    """data[name] as a TOML table ({} when absent and not required)."""
    value = data.get(name)
    if value is None and not required:
        return {}
    if not isinstance(value, Mapping):
        problem = "is missing" if value is None else f"must be a table, not {_kind(value)}"
        raise ModelError(f"table {problem}", file, name)
    return value


def records(data: Mapping, file: str, name: str, required: bool = True) -> list[Mapping]:
    """data[name] as a non-empty array of tables ([] when absent and not required)."""
    value = data.get(name)
    if value is None and not required:
        return []
    where = Where(file, name)
    if value is None:
        raise where.error(f"array of tables is missing (write [[{name}]] entries)")
    if not isinstance(value, list) or not all(isinstance(r, Mapping) for r in value):
        raise where.error(f"must be an array of tables [[{name}]], not {_kind(value)}")
    if required and not value:
        raise where.error("is empty")
    return value


def ids(rows: Sequence[Mapping], where: Where, key: str = "id") -> list[str]:
    """The records' ids: non-empty strings, each used once."""
    seen: list[str] = []
    taken: set[str] = set()  # a set beside the list: linear in the records, not quadratic
    for index, record in enumerate(rows):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            raise where.at(f"#{index + 1}").error(f"{key} must be a non-empty string")
        if value in taken:
            raise where.at(value).error(f"{key} {value!r} is used twice")
        seen.append(value)
        taken.add(value)
    return seen


def text(record: Mapping, where: Where, key: str, default: str | None = None) -> str:
    """record[key] as a string; required unless a default is given."""
    value = record.get(key, default)
    if value is None:
        raise where.error(f"{key} is missing")
    if not isinstance(value, str):
        raise where.error(f"{key} must be a string, not {_kind(value)}")
    return value


def required_text(record: Mapping, where: Where, key: str) -> str:
    """record[key] as a string with more than white space."""
    value = text(record, where, key)
    if not value.strip():
        raise where.error(f"{key} is empty")
    return value


def choice(record: Mapping, where: Where, key: str, allowed: Sequence[str], default: str) -> str:
    value = text(record, where, key, default)
    if value not in allowed:
        raise where.error(f"{key} {value!r} is not one of {', '.join(allowed)}")
    return value


def texts(record: Mapping, where: Where, key: str) -> list[str]:
    """record[key] as a list of strings (empty when absent)."""
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(f"{key} must be a list of strings")
    return value


def numbers(record: Mapping, where: Where, key: str) -> list[float]:
    """record[key] as a list of finite numbers (required)."""
    value = record.get(key)
    if not isinstance(value, list) or not all(is_number(v) for v in value):
        raise where.error(f"{key} must be a list of finite numbers")
    return [float(v) for v in value]


def is_number(value: object) -> bool:
    """A finite int or float (a TOML bool is not a number)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def local_text(record: Mapping, where: Where, key: str, required: bool = False) -> LocalText:
    """key_zh and key_en as strings; a required text must be given in both languages."""
    zh, en = (text(record, where, f"{key}_{lang}", "") for lang in LANGUAGES)
    for lang, value in zip(LANGUAGES, (zh, en), strict=True):
        if required and not value.strip():
            raise where.error(f"{key}_{lang} is missing or empty ({key} in every language)")
    return LocalText(zh, en)


def _kind(value: object) -> str:
    names = {str: "a string", list: "an array", bool: "a boolean", int: "a number"}
    return names.get(type(value), "a table" if isinstance(value, Mapping) else type(value).__name__)
