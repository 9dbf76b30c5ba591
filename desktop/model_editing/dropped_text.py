"""What a model edit drops, one line each in the planner's language (the core words each
``Dropped`` in both languages; the window only lists them)."""

from __future__ import annotations

from collections.abc import Sequence


def dropped_lines(dropped: Sequence, lang: str) -> list[str]:
    """The planner's own drops first, then each expert's, in the core's order."""
    ordered = sorted(dropped, key=lambda entry: bool(entry.expert))
    return [entry.describe(lang) for entry in ordered]
