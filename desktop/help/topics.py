"""The guide's topics, in reading order, and where their text lives (no Qt).

One table: the guide's list, the "?" buttons and the tests all read TOPICS. Each topic is a
Markdown file resources/help/<folder>/<topic>.md whose first line is its "# Title".
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

TOPICS = (
    "workflow",
    "judgments",
    "consistency",
    "missing",
    "ratings",
    "indicators",
    "alpha",
    "ranking",
    "sweep",
    "thresholds",
    "alpha_sweep",
    "monte_carlo",
    "panel_resampling",
    "dynamic",
    "sessions",
    "exports",
)
FIRST_TOPIC = TOPICS[0]
# Interface language code -> folder under resources/help (named like the translations).
FOLDERS = {"en": "en", "zh": "zh_CN"}
TOPIC_LINK = "topic:"  # links between topics are written [words](topic:alpha)


def help_dir(lang: str) -> Path:
    return Path(str(resources.files("resources") / "help" / FOLDERS.get(lang, "en")))


def topic_text(topic: str, lang: str) -> str:
    """The Markdown of topic in lang; an unknown topic is a programming error."""
    if topic not in TOPICS:
        raise KeyError(f"unknown help topic {topic!r}")
    return (help_dir(lang) / f"{topic}.md").read_text(encoding="utf-8")


def topic_title(topic: str, lang: str) -> str:
    """The topic's first heading, without the '#'."""
    first_line = topic_text(topic, lang).splitlines()[0]
    return first_line.lstrip("#").strip()
