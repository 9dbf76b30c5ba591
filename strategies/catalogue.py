"""The strategies the planner ranks, and the districts it ranks them for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from criteria.text import LocalText


@dataclass(frozen=True)
class Strategy:
    id: str
    name: LocalText
    summary: LocalText
    section: str
    measures_zh: tuple[str, ...]
    measures_en: tuple[str, ...]

    def measures(self, lang: str) -> tuple[str, ...]:
        return self.measures_zh if lang == "zh" else self.measures_en


@dataclass(frozen=True)
class District:
    id: str
    name: LocalText


def strategy_from_record(record: Mapping) -> Strategy:
    return Strategy(
        str(record["id"]),
        LocalText.from_record(record, "name"),
        LocalText.from_record(record, "summary"),
        str(record.get("section", "")),
        tuple(str(m) for m in record.get("measures_zh", ())),
        tuple(str(m) for m in record.get("measures_en", ())),
    )


def district_from_record(record: Mapping) -> District:
    return District(str(record["id"]), LocalText.from_record(record, "name"))
