"""Edits of the strategies and the districts."""

import pytest

from criteria.text import LocalText
from strategies.model import load_model
from strategies.model_edit import (
    ModelEditError,
    add_district,
    add_strategy,
    edit_strategy,
    move_district,
    move_strategy,
    remove_district,
    remove_strategy,
    rename_district,
    rename_strategy,
)

FOSHAN = load_model()
NAME = LocalText("新策略", "New strategy")


def test_a_new_strategy_is_rated_in_the_middle_under_every_criterion():
    measures = (LocalText("措施一", "Measure one"), LocalText("措施二", "Measure two"))
    model, strategy = add_strategy(
        FOSHAN, NAME, measures=measures, summary=LocalText("摘要", "Summary"), position=1
    )
    assert strategy == "S7" and model.strategy_ids[:3] == ("S1", "S7", "S2")
    added = model.strategy("S7")
    assert added.measures("en") == ("Measure one", "Measure two")
    assert added.measures_zh == ("措施一", "措施二") and added.summary.en == "Summary"
    assert {model.default_ratings[("S7", c)].level for c in model.criteria} == {"moderate"}


def test_edit_rename_move_and_remove_a_strategy():
    model = edit_strategy(FOSHAN, "S2", measures=(LocalText("甲", "A"),))
    assert model.strategy("S2").measures_en == ("A",)
    assert model.strategy("S2").summary == FOSHAN.strategy("S2").summary  # not given: kept
    model = edit_strategy(model, "S2", summary=None)
    assert model.strategy("S2").summary == LocalText("", "")
    model = rename_strategy(model, "S2", NAME)
    assert model.strategy("S2").name == NAME
    model = move_strategy(model, "S2", 5)
    assert model.strategy_ids == ("S1", "S3", "S4", "S5", "S6", "S2")
    model = remove_strategy(model, "S4")
    assert "S4" not in model.strategy_ids
    assert not any(s == "S4" for s, _ in model.default_ratings)


def test_districts_are_added_renamed_moved_and_removed_with_their_values():
    model, district = add_district(FOSHAN, LocalText("新区", "New district"), position=0)
    assert district == "D1" and model.district_ids[0] == "D1"
    model = rename_district(model, "D1", LocalText("镇", "Town"))
    assert model.district("D1").name.en == "Town"
    model = move_district(model, "D1", 5)
    assert model.district_ids[-1] == "D1"
    had = [i for i in FOSHAN.indicators if "shunde" in i.values]
    model = remove_district(model, "shunde")
    assert had and "shunde" not in model.district_ids
    assert all("shunde" not in i.values for i in model.indicators if i.scope == "district")


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda m: add_strategy(m, NAME, strategy_id="S1"), "already used"),
        (lambda m: add_strategy(m, NAME, measures="one"), "list of texts"),
        (lambda m: add_strategy(m, NAME, measures=[LocalText("a", "")]), "measure"),
        (lambda m: add_strategy(m, NAME, measures=None), "list of texts"),
        (lambda m: add_strategy(m, NAME, summary="x"), "summary"),
        (lambda m: add_strategy(m, None), "name"),
        (lambda m: edit_strategy(m, "S9", summary=None), "not a strategy"),
        (lambda m: move_strategy(m, "S1", 6), "position"),
        (lambda m: move_strategy(m, "S1", None if False else -2), "position"),
        (lambda m: rename_strategy(m, 3, NAME), "not a strategy"),
        (lambda m: add_district(m, NAME, district_id="city"), "already used"),
        (lambda m: add_district(m, NAME, district_id="shunde"), "already used"),
        (lambda m: remove_district(m, "city"), "not a district"),
        (lambda m: move_district(m, "nanhai", 5), "position"),
    ],
)
def test_malformed_catalogue_edits_are_refused(edit, words):
    with pytest.raises(ModelEditError, match=words):
        edit(FOSHAN)


def test_the_loader_s_strategy_limits_hold_in_the_editor():
    """One strategy is a model (ranked alone); none is not, nor more than twelve."""
    model = FOSHAN
    for strategy in FOSHAN.strategy_ids[:-1]:
        model = remove_strategy(model, strategy)
    assert model.strategy_ids == FOSHAN.strategy_ids[-1:]
    with pytest.raises(ModelEditError, match="would not load"):
        remove_strategy(model, model.strategy_ids[0])
    model = FOSHAN
    while len(model.strategy_ids) < 12:
        model, _ = add_strategy(model, NAME)
    with pytest.raises(ModelEditError, match="would not load.*more than the 12"):
        add_strategy(model, NAME)
