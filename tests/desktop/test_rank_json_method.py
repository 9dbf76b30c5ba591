"""`rank --json` shows every consistency figure and the method's notes (keys only added)."""

import pytest

from desktop.rank_report import rank_document, rank_text
from strategies.evaluation import evaluate

from .export_support import CIRCULAR, UNSERVED, hostile_session


def test_rank_json_gives_the_completed_cr_of_strategy_judgments(model):
    evaluation = evaluate(model, hostile_session(model))
    document = rank_document(evaluation, "en", model.district_ids)
    nodes = {n["id"]: n for n in document["strategy_nodes"]}
    node = evaluation.effectiveness_nodes[CIRCULAR]
    assert nodes[CIRCULAR]["consistency_ratio"] == pytest.approx(node.consistency_ratio)
    assert (nodes[CIRCULAR]["status"], nodes[CIRCULAR]["cr_status"]) == (
        "incomplete",
        "too_inconsistent",
    )
    assert all(n["kind"] == "criteria" and "cr_status" in n for n in document["nodes"])
    assert {"unserved_criterion", "off_scale_judgment", "indicator_scoring"} == {
        n["rule"] for n in document["method_notes"]
    }
    text = rank_text(document)
    assert f"{node.consistency_ratio:.4f}" in text and "too inconsistent" in text
    assert UNSERVED in text
