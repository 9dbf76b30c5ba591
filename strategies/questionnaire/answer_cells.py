"""One answer cell → a judgment value: a list text of either language, or a number; or, on the
ratings sheet, a rating level (its name in either language, or its id).

Numbers are what the window accepts (criteria.verbal_scale.parse_judgment): 3, '1/3', '1:3',
0.5, full-width forms. A decimal within 1.5 % of a scale value (0.333, 0.143, 0.11) is read as
that value: the expert typed a rounded reciprocal. Other values between the steps (2.5) stay
as typed, as Saaty allows.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache

from criteria.judgments import JudgmentError, JudgmentProblem, check_scale_value
from criteria.verbal_scale import nearest_scale_value, parse_judgment
from strategies.effectiveness import RatingScale
from strategies.questionnaire import wording
from strategies.questionnaire.problems import Problem

_SNAP_TOLERANCE = 0.015  # log ratio; 0.33 for 1/3 is 1.0 % off, two steps are ≥ 11.8 % apart


def answer_value(raw: object) -> float | None | Problem:
    """The judgment of A compared with B, None for an empty cell, or why it is no answer."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return Problem.NOT_AN_ANSWER  # dates, times, TRUE/FALSE
    if isinstance(raw, str):
        listed = _list_values().get(_normal(raw))
        return listed if listed is not None else _typed(raw)
    return _number(raw)


def _typed(text: str) -> float | Problem:
    try:
        value = parse_judgment(text)
    except JudgmentError as error:
        return _refusal(error)
    return Problem.NOT_AN_ANSWER if value is None else _snapped(value)


def _number(number: float) -> float | Problem:
    try:
        return _snapped(check_scale_value(number))
    except JudgmentError as error:
        return _refusal(error)


def _refusal(error: JudgmentError) -> Problem:
    if error.problem is JudgmentProblem.NOT_A_NUMBER:
        return Problem.NOT_AN_ANSWER
    return Problem.OFF_SCALE


def _snapped(value: float) -> float:
    nearest = nearest_scale_value(value)
    return nearest if abs(math.log(value / nearest)) <= _SNAP_TOLERANCE else value


@cache
def _list_values() -> dict[str, float]:
    """Every list text of both languages → its value (an answer copied across files counts)."""
    return {
        _normal(text): value
        for lang in wording.PHRASES
        for text, value in wording.scale_answers(lang)
    }


def _normal(text: str) -> str:
    """text with full-width forms folded (（ → () and runs of spaces made one, for matching."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def rating_level(raw: object, scale: RatingScale) -> str | None | Problem:
    """The level a ratings cell names, None for an empty cell, or NOT_A_LEVEL."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if not isinstance(raw, str):
        return Problem.NOT_A_LEVEL  # a number, a date: the levels are words
    return _level_names(scale).get(_normal(raw).casefold(), Problem.NOT_A_LEVEL)


def _level_names(scale: RatingScale) -> dict[str, str]:
    """Every name of every level (ids, and labels in each language) → the level."""
    names = {}
    for level, label in zip(scale.levels, scale.labels, strict=True):
        for text in (level, *(label.get(lang) for lang in wording.PHRASES)):
            names[_normal(text).casefold()] = level
    return names
