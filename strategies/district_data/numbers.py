"""Numbers as planners write them: "1,234", "21.12%", "2,793.22亿元", "1.2万", "１２３", "－5".

A cell becomes a number and the unit written after it (if any); units are compared and
converted in ``units``. Full-width forms are folded by Unicode NFKC, so "１２３", "－５" and
"２１．１２％" read like their ASCII spellings.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from criteria.indicators import MAX_VALUE_MAGNITUDE
from strategies.district_data.problems import Problem, problem

# A sign, digits with optional groups of three, decimals, an exponent, then any unit (which
# cannot start with a digit, comma, point or sign: "1,23" and "12,5%" are not numbers).
_NUMBER = re.compile(
    r"([+-]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?\s*([^\d,.+\-\s].*)?"
)
_NOT_FINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
_EXCEL_ERRORS = {"#div/0!", "#n/a", "#name?", "#null!", "#num!", "#ref!", "#value!", "#spill!"}
# Minus signs NFKC leaves alone.
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-"})


@lru_cache(maxsize=4096)  # a file repeats its units, years and places
def folded(text: str) -> str:
    """text with full-width forms folded (NFKC), other minus signs made '-', trimmed."""
    return unicodedata.normalize("NFKC", text).translate(_MINUS).strip()


def parse_number(text: str) -> tuple[float, str] | Problem:
    """(number, unit written after it) of a cell's text, or why it is not a number."""
    cleaned = folded(text)
    match = _NUMBER.fullmatch(cleaned)
    if match is None:
        return _not_a_number(text, cleaned)
    sign, digits, exponent, unit = match.groups()
    number = float(f"{sign}{digits.replace(',', '')}e{exponent or 0}")
    if not math.isfinite(number) or abs(number) > MAX_VALUE_MAGNITUDE:
        return problem("{text!r} is outside ±{limit:g}", text=text, limit=MAX_VALUE_MAGNITUDE)
    return number, (unit or "").strip()


def _not_a_number(text: str, cleaned: str) -> Problem:
    key = cleaned.lower().replace(" ", "")
    if key in _NOT_FINITE:
        return problem(
            "{text!r} is not a finite number (NaN and infinity cannot be used)", text=text
        )
    if key in _EXCEL_ERRORS:
        return problem("{text!r} is an Excel error value, not a number", text=text)
    return problem("{text!r} is not a number", text=text)
