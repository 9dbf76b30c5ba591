"""Text in the planner's two languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class LocalText:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in lang ('zh' or 'en'); the other language when this one is empty."""
        text = self.zh if lang == "zh" else self.en
        return text or self.en or self.zh

    @classmethod
    def from_record(cls, record: Mapping[str, object], key: str) -> LocalText:
        """Read record[key_zh] and record[key_en] (missing ones become empty)."""
        return cls(str(record.get(f"{key}_zh", "")), str(record.get(f"{key}_en", "")))
