"""The session's panel as JSON-ready data, for ``rank --json`` (key ``panel``): the experts,
their weights and CR per node, the aggregation and when it fits, S* per node and on the
global weights with Goepel's band, the most disputed pairs and each expert's top strategy
per district with Kendall's W. The same value as the exports' panel section
(desktop/export/panel_content.py), so that the two never disagree."""

from __future__ import annotations

import dataclasses

from desktop.export.panel_content import BAND_NAMES, panel_section
from strategies.model import PlanningModel
from strategies.session import Session

__all__ = ["BAND_NAMES", "panel_entry"]


def panel_entry(model: PlanningModel, session: Session, lang: str) -> dict:
    return dataclasses.asdict(panel_section(model, session, lang))
