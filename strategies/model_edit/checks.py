"""Checks of an edit's arguments, before any table is touched: a malformed argument is a
ModelEditError naming it, never a TypeError deep inside."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

from criteria.text import LocalText
from strategies.model_edit.errors import ModelEditError

MAX_ID_LENGTH = 64


def name_text(value: object, what: str = "name") -> LocalText:
    """A name: a LocalText with both languages given (the loader asks for both)."""
    text = optional_text(value, what)
    if text is None or not text.zh.strip() or not text.en.strip():
        raise ModelEditError(f"the {what} needs both a Chinese and an English text")
    return text


def optional_text(value: object, what: str) -> LocalText | None:
    if value is None:
        return None
    if not isinstance(value, LocalText) or not all(
        isinstance(part, str) for part in (value.zh, value.en)
    ):
        raise ModelEditError(f"the {what} must be a text in Chinese and English")
    for part in (value.zh, value.en):
        if any(unicodedata.category(c) == "Cs" for c in part):
            raise ModelEditError(f"the {what} holds a broken character (a lone surrogate)")
    return value


def new_id(value: object, taken: Collection[str], what: str) -> str:
    """A planner's id for a new item: a short text without spaces at its ends, not yet used."""
    if not isinstance(value, str) or not value.strip():
        raise ModelEditError(f"the id of the new {what} must be a non-empty text")
    if value != value.strip() or len(value) > MAX_ID_LENGTH:
        raise ModelEditError(f"the id {value!r} must have no spaces at its ends and be short")
    if any(unicodedata.category(c)[0] in "CZ" and c != " " for c in value):
        raise ModelEditError(f"the id {value!r} holds a control or separator character")
    if value in taken:
        raise ModelEditError(f"the id {value!r} is already used in this model")
    return value


def generated_id(prefix: str, taken: Collection[str]) -> str:
    """prefix + the next number after the largest in use (C9 after C8): deterministic, so
    the same edit of the same model always gives the same id."""
    numbers = [int(t[len(prefix) :]) for t in taken if _numbered(t, prefix)]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _numbered(ident: str, prefix: str) -> bool:
    rest = ident[len(prefix) :]
    return ident.startswith(prefix) and rest.isascii() and rest.isdigit() and len(rest) < 9


def known(value: object, ids: Sequence[str], what: str) -> str:
    if not isinstance(value, str) or value not in ids:
        raise ModelEditError(f"{value!r} is not a {what} of this model")
    return value


def position(value: object, length: int) -> int:
    """An insertion index 0…length; None is the end."""
    if value is None:
        return length
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= length:
        raise ModelEditError(f"position {value!r} is not between 0 and {length}")
    return value
