"""Judgments of items a node no longer has are reported, not dropped in silence: a layer gone
from the goal is not in the saved list of criteria, so only this notice names it."""

from __future__ import annotations

from session_file_cases import FIXED_INFO, MODEL

from strategies.evaluation import default_session
from strategies.session_file import ItemsDropped, session_from_dict, session_to_dict


def _with_extra_item(document: dict, node: str, item: str) -> dict:
    judgments = document["criteria_judgments"][node]
    others = list(judgments["items"])
    judgments["items"] = [*others, item]
    judgments["pairs"] += [{"a": other, "b": item, "value": 3.0} for other in others]
    return document


def test_an_item_a_node_no_longer_has_is_reported():
    document = session_to_dict(default_session(MODEL), MODEL, FIXED_INFO)
    loaded = session_from_dict(_with_extra_item(document, "goal", "L9"), MODEL)
    assert ItemsDropped("goal", ("L9",)) in loaded.warnings
    assert loaded.session.criteria_judgments["goal"].items == MODEL.hierarchy.children("goal")


def test_a_session_of_the_same_items_reports_nothing_dropped():
    document = session_to_dict(default_session(MODEL), MODEL, FIXED_INFO)
    loaded = session_from_dict(document, MODEL)
    assert not any(isinstance(w, ItemsDropped) for w in loaded.warnings)
