"""Edits of the criteria tree: each gives a model the loader accepts, or a ModelEditError."""

import pytest

from criteria.text import LocalText
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.model_edit import (
    ModelEditError,
    add_node,
    describe_node,
    model_tables,
    move_node,
    remove_node,
    rename_node,
)

NEW = LocalText("新准则", "New criterion")
FOSHAN = load_model()


def test_a_new_leaf_gets_the_next_id_defaults_and_missing_pairs():
    model, node = add_node(FOSHAN, "L3", NEW, description=LocalText("说明", "About it"))
    assert node == "C9"
    assert model.hierarchy.children("L3") == ("C6", "C7", "C8", "C9")
    assert model.hierarchy.nodes["C9"].description == LocalText("说明", "About it")
    assert {model.default_ratings[(s, "C9")].level for s in model.strategy_ids} == {"moderate"}
    assert model.default_judgments["L3"].missing_pairs() == (
        ("C6", "C9"),
        ("C7", "C9"),
        ("C8", "C9"),
    )
    assert model.content_hash != FOSHAN.content_hash
    assert FOSHAN.hierarchy.children("L3") == ("C6", "C7", "C8")  # the old model is untouched


def test_a_node_is_added_at_the_position_asked():
    model, node = add_node(FOSHAN, "goal", NEW, position=0)
    assert model.hierarchy.children("goal") == (node, "L1", "L2", "L3")  # a leaf before layers
    assert model.hierarchy.leaves[0] == node
    assert model_tables(model)["criteria"]["goal"]["order"] == [node, "L1", "L2", "L3"]


def test_a_leaf_that_gets_a_child_becomes_a_layer():
    model, node = add_node(FOSHAN, "C7", NEW)
    assert model.hierarchy.children("C7") == (node,)
    assert "C7" not in model.criteria and node in model.criteria
    assert not any(c == "C7" for _, c in model.default_ratings)
    assert all(i.criterion != "C7" for i in (*model.indicators, *model.supplement))
    assert evaluate(model, default_session(model)).priorities.shape[1] == len(model.strategy_ids)


def test_rename_and_describe_change_only_the_texts():
    model = rename_node(FOSHAN, "C2", LocalText("龙头", "Leaders"))
    model = describe_node(model, "C2", None)
    assert model.hierarchy.nodes["C2"].name == LocalText("龙头", "Leaders")
    assert model.hierarchy.nodes["C2"].description == LocalText("", "")
    assert model.hierarchy.walk() == FOSHAN.hierarchy.walk()
    assert rename_node(FOSHAN, "goal", NEW).hierarchy.name("goal", "en") == "New criterion"


def test_move_between_parents_and_within_one():
    model = move_node(FOSHAN, "C1", "L3", 1)
    assert model.hierarchy.children("L1") == ("C2", "C3")
    assert model.hierarchy.children("L3") == ("C6", "C1", "C7", "C8")
    assert model.default_judgments["L3"].value("C6", "C1") is None
    assert model.default_judgments["L1"].value("C2", "C3") == 1.0
    reordered = move_node(FOSHAN, "L3", "goal", 0)
    assert reordered.hierarchy.children("goal") == ("L3", "L1", "L2")


def test_a_layer_moves_with_its_subtree_and_its_emptied_parent_becomes_a_leaf():
    model = move_node(FOSHAN, "C4", "L1")
    model = move_node(model, "C5", "L1")
    assert "L2" in model.criteria  # L2 lost its children: a leaf criterion now
    assert {model.default_ratings[(s, "L2")].level for s in model.strategy_ids} == {"moderate"}
    deeper = move_node(model, "L3", "L1", 0)
    assert deeper.hierarchy.path("C7") == ("goal", "L1", "L3", "C7")


def test_removing_a_layer_removes_its_subtree_and_links():
    model = remove_node(FOSHAN, "L2")
    assert "C4" not in model.hierarchy.nodes and "C5" not in model.hierarchy.nodes
    assert model.hierarchy.children("goal") == ("L1", "L3")
    linked = {i.id for i in FOSHAN.indicators if i.criterion in ("C4", "C5")}
    assert linked and all(
        i.criterion is None for i in model.indicators if i.id in linked
    )  # unlinked, kept as context
    assert not any(c in ("C4", "C5") for _, c in model.default_ratings)


def test_removing_the_last_child_of_a_layer_makes_it_a_leaf():
    model = remove_node(remove_node(FOSHAN, "C4"), "C5")
    assert "L2" in model.criteria


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda m: remove_node(m, "goal"), "goal cannot be removed"),
        (lambda m: move_node(m, "goal", "L1"), "goal cannot be moved"),
        (lambda m: move_node(m, "L1", "C1"), "under itself"),
        (lambda m: move_node(m, "L1", "L1"), "under itself"),
        (lambda m: add_node(m, "L1", NEW, node_id="C2"), "already used"),
        (lambda m: add_node(m, "L1", NEW, node_id="goal"), "already used"),
        (lambda m: add_node(m, "L1", NEW, node_id=" x"), "spaces"),
        (lambda m: add_node(m, "L1", NEW, node_id="a\nb"), "control"),
        (lambda m: add_node(m, "L1", NEW, node_id=""), "non-empty"),
        (lambda m: add_node(m, "L1", NEW, node_id=7), "non-empty"),
        (lambda m: add_node(m, "nowhere", NEW), "not a node"),
        (lambda m: add_node(m, "L1", LocalText("", "x")), "Chinese and an English"),
        (lambda m: add_node(m, "L1", "plain text"), "Chinese and English"),
        (lambda m: add_node(m, "L1", LocalText("a\ud800", "x")), "surrogate"),
        (lambda m: add_node(m, "L1", NEW, position=4), "position"),
        (lambda m: add_node(m, "L1", NEW, position=-1), "position"),
        (lambda m: add_node(m, "L1", NEW, position=True), "position"),
        (lambda m: add_node(m, "L1", NEW, position="1"), "position"),
        (lambda m: move_node(m, "C1", "L2", 9), "position"),
        (lambda m: rename_node(m, "C1", None), "Chinese and an English"),
        (lambda m: rename_node(m, ["C1"], NEW), "not a node"),
        (lambda m: describe_node(m, "C1", "text"), "Chinese and English"),
    ],
)
def test_malformed_or_impossible_edits_are_refused_plainly(edit, words):
    with pytest.raises(ModelEditError, match=words):
        edit(FOSHAN)


def test_the_goal_keeps_at_least_one_criterion():
    small = load_model_small()
    model = small
    for node in ("people", "place", "market"):
        model = remove_node(model, node)
    with pytest.raises(ModelEditError, match="at least one criterion"):
        remove_node(model, "logistics")


def test_more_children_than_the_loader_takes_is_refused_with_its_reason():
    model = FOSHAN
    with pytest.raises(ModelEditError, match="would not load"):
        for _ in range(20):
            model, _node = add_node(model, "L1", NEW)


def load_model_small():
    from tests.conftest import MODEL_FOLDERS

    return load_model(MODEL_FOLDERS["small"])
