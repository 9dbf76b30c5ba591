"""An indicator's values as a reader sees them, in one language: level names rather than the
model's level keys, peer cities by name, and the paper's printed form where it differs."""

from __future__ import annotations

from criteria.indicators import Indicator

_QUALIFIERS = {"exact": "", "about": "≈ ", "more_than": "> "}


def format_value(indicator: Indicator, raw, lang: str, place: str = "") -> str:
    """A value as the paper printed it: qualifier, number or level, and any printed form."""
    if indicator.kind == "ordinal":  # a data file's levels have no names: their keys are shown
        name = indicator.level_names.get(str(raw))
        return name.get(lang) if name else str(raw)
    text = f"{_QUALIFIERS.get(indicator.qualifier, '')}{raw:g}"
    printed = indicator.printed.get(place)
    return f"{text} (“{printed}”)" if printed else text


def place_name(indicator: Indicator, place: str, district_names: dict[str, str], lang: str) -> str:
    """A district's or peer city's name in lang (the key itself only if the model has none)."""
    if place in indicator.place_names:
        return indicator.place_names[place].get(lang)
    return district_names.get(place, place)


def shown_values(
    indicator: Indicator, district_names: dict[str, str], lang: str
) -> tuple[tuple[str, str], ...]:
    """(place name, value text) of every place that has a value, in lang."""
    return tuple(
        (
            place_name(indicator, place, district_names, lang),
            format_value(indicator, raw, lang, place),
        )
        for place, raw in indicator.values.items()
    )
