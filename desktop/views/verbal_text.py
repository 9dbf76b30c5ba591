"""Words for Saaty's scale in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from criteria.verbal_scale import (
    INTENSITY_KEYS,
    favoured_ratio,
    format_judgment,
    intensity,
    is_scale_value,
)

# English source strings per intensity key; Chinese comes from the .ts translation.
_PHRASES = {
    "equal": QT_TRANSLATE_NOOP("VerbalScale", "equally important"),
    "equal_to_moderate": QT_TRANSLATE_NOOP("VerbalScale", "equally to moderately more important"),
    "moderate": QT_TRANSLATE_NOOP("VerbalScale", "moderately more important"),
    "moderate_to_strong": QT_TRANSLATE_NOOP("VerbalScale", "moderately to strongly more important"),
    "strong": QT_TRANSLATE_NOOP("VerbalScale", "strongly more important"),
    "strong_to_very_strong": QT_TRANSLATE_NOOP(
        "VerbalScale", "strongly to very strongly more important"
    ),
    "very_strong": QT_TRANSLATE_NOOP("VerbalScale", "very strongly more important"),
    "very_strong_to_extreme": QT_TRANSLATE_NOOP(
        "VerbalScale", "very strongly to extremely more important"
    ),
    "extreme": QT_TRANSLATE_NOOP("VerbalScale", "extremely more important"),
}


def phrase(key: str) -> str:
    return QCoreApplication.translate("VerbalScale", _PHRASES[key])


def describe(first: str, second: str, value: float) -> str:
    """A sentence such as 'Talent is strongly more important than Finance (5)'; a value off the
    scale is given exactly, with its nearest step after '≈'."""
    level, favours_first = intensity(value)
    winner, loser = (first, second) if favours_first else (second, first)
    words = phrase(INTENSITY_KEYS[level - 1])
    if not is_scale_value(value):
        return QCoreApplication.translate(
            "VerbalScale", "{a} is {value} times as important as {b}: ≈ {phrase} ({n})"
        ).format(
            a=winner, b=loser, value=format_judgment(favoured_ratio(value)), phrase=words, n=level
        )
    if level == 1:
        return QCoreApplication.translate(
            "VerbalScale", "{a} and {b} are equally important"
        ).format(a=first, b=second)
    return QCoreApplication.translate("VerbalScale", "{a} is {phrase} than {b} ({n})").format(
        a=winner, b=loser, phrase=words, n=level
    )


def missing_text() -> str:
    return QCoreApplication.translate(
        "VerbalScale", "not judged (missing): estimated from the other judgments"
    )
