"""How many strategies and districts a model may hold (the loader refuses more, and the charts,
reports and analyses are built and tested for every size up to these)."""

from __future__ import annotations

from criteria.item_limits import MAX_ITEMS

__all__ = ["MAX_DISTRICTS", "MAX_ITEMS", "MAX_STRATEGIES"]

# One strategy is ranked first with nothing to compare; twelve still get colours a reader tells
# apart (desktop/palette.py) and fit the charts' legends.
MAX_STRATEGIES = 12
# Forty districts (e.g. a city's towns, 镇街) keep a readable row each in tables and charts.
MAX_DISTRICTS = 40
