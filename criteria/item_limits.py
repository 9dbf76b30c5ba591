"""How many items one node of the hierarchy may and should hold: the one home of both numbers."""

from __future__ import annotations

from criteria.batched import MAX_ITEMS

__all__ = ["ADVISED_MAX_ITEMS", "MAX_ITEMS", "beyond_advice"]

# Saaty's advice: people compare 7 ± 2 items reliably, so more than 9 under one node is
# allowed (up to MAX_ITEMS) but shown as a warning, never refused.
ADVISED_MAX_ITEMS = 9


def beyond_advice(items: int) -> bool:
    """True when a node holds more items than Saaty advises comparing at once."""
    return items > ADVISED_MAX_ITEMS
