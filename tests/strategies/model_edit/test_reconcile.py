"""A session fitted to an edited model: what still applies is kept, the rest dropped and named,
new pairs start missing and a node they leave unlinked is weighed provisionally."""

from dataclasses import replace

import pytest

from criteria.judgments import PairwiseJudgments
from criteria.text import LocalText
from strategies.evaluation import default_session, evaluate
from strategies.imported_data import DataValue, DistrictData
from strategies.model import load_model
from strategies.model_edit import (
    DropKind,
    ModelEditError,
    add_node,
    add_strategy,
    move_node,
    reconcile,
    remove_district,
    remove_node,
    remove_strategy,
    rename_node,
    what_removal_drops,
)
from strategies.panel.experts import Expert, Panel
from strategies.panel.session_panel import session_evaluation
from strategies.session import PAIRWISE_MODE, IndicatorEdit, lone_planner

FOSHAN = load_model()
NEW = LocalText("新", "New")


def judged_session():
    """Judgments that differ from the defaults, a pairwise criterion, an expert, data."""
    session = default_session(FOSHAN)
    l1 = PairwiseJudgments.from_pairs(
        "L1", ("C1", "C2", "C3"), [("C1", "C2", 3), ("C1", "C3", 5), ("C2", "C3", 2)]
    )
    l3 = PairwiseJudgments.from_pairs(
        "L3", ("C6", "C7", "C8"), [("C6", "C7", 4), ("C7", "C8", 0.5)]
    )
    strategies = PairwiseJudgments.neutral("C6", FOSHAN.strategy_ids).with_value("S1", "S2", 7)
    expert = Expert(
        "e1",
        "Wang Fang",
        criteria_judgments={
            **session.criteria_judgments,
            "L1": l1.with_value("C1", "C2", 1 / 3),
            "L3": l3.with_value("C6", "C7", 2),
        },
        ratings={("S2", "C7"): "strong", ("S6", "C1"): "weak"},
        strategy_judgments={"C6": strategies.with_value("S1", "S6", 3)},
    )
    value = DataValue("ecommerce_market_share", "shunde", "2020", 20.0, "%", "yearbook", "a.csv")
    other = replace(value, place="nanhai", value=19.0)
    session = session.with_criteria_judgments(l1).with_criteria_judgments(l3)
    session = session.with_mode("C6", PAIRWISE_MODE).with_strategy_judgments(strategies)
    session = session.with_indicator_edit(
        IndicatorEdit("ecommerce_market_share", "shunde", 22.0, "memo")
    )
    return replace(
        session,
        experts=Panel((*lone_planner().experts, expert)),
        district_data=DistrictData(values=(value, other)),
    )


SESSION = judged_session()


def kinds(result):
    return {(d.kind, d.subject, d.expert) for d in result.dropped}


@pytest.fixture(autouse=True)
def every_fitted_session_saves(monkeypatch):
    """Each session reconcile gives reads back from its file for the model after the edit
    (the file's own checks: the panel, the data, the judgments)."""
    from strategies.model_edit import reconcile as real
    from strategies.session_file import SessionFileInfo, session_bytes

    def checked(session, before, after):
        result = real(session, before, after)
        session_bytes(result.session, after, SessionFileInfo.new())
        return result

    monkeypatch.setitem(globals(), "reconcile", checked)


def test_rename_keeps_everything_and_drops_nothing():
    after = rename_node(FOSHAN, "C7", NEW)
    result = reconcile(SESSION, FOSHAN, after)
    assert result.dropped == ()
    assert result.session == SESSION


def test_removing_a_leaf_drops_its_pairs_ratings_and_the_expert_s_answers():
    after = remove_node(FOSHAN, "C7")
    result = reconcile(SESSION, FOSHAN, after)
    l3 = result.session.criteria_judgments["L3"]
    assert l3.items == ("C6", "C8") and l3.value("C6", "C8") is None  # only C6–C7, C7–C8 judged
    assert (DropKind.PAIRS, "L3", "") in kinds(result)
    assert (DropKind.CRITERION_RATINGS, "C7", "") in kinds(result)
    assert (DropKind.PAIRS, "L3", "e1") in kinds(result)
    assert (DropKind.CRITERION_RATINGS, "C7", "e1") in kinds(result)
    pairs = next(d for d in result.dropped if d.kind is DropKind.PAIRS and not d.expert)
    assert (pairs.count, pairs.items) == (2, ("C7",))
    assert "Wang Fang" in next(d for d in result.dropped if d.expert).describe("en")
    evaluation = session_evaluation(after, result.session)
    assert evaluation.weights.nodes["L3"].provisional  # C6 and C8 no longer linked


def test_removing_a_layer_drops_the_node_s_judgments_and_unlinks_its_indicators():
    after = remove_node(FOSHAN, "L1")
    result = reconcile(SESSION, FOSHAN, after)
    assert (DropKind.NODE_JUDGMENTS, "L1", "") in kinds(result)
    assert (DropKind.PAIRS, "goal", "") in kinds(result)
    for leaf in ("C1", "C2", "C3"):
        assert (DropKind.CRITERION_RATINGS, leaf, "") in kinds(result)
    links = [d for d in result.dropped if d.kind is DropKind.INDICATOR_LINK]
    assert {d.items[0] for d in links} == {"C1", "C2", "C3"} & {d.items[0] for d in links}
    assert links and all(d.items[0] in ("C1", "C2", "C3") for d in links)
    assert "L1" not in result.session.criteria_judgments
    evaluate(after, result.session)


def test_moving_a_node_keeps_the_pairs_that_still_apply_and_starts_new_ones_missing():
    after = move_node(FOSHAN, "C8", "L1", 0)
    result = reconcile(SESSION, FOSHAN, after)
    l1, l3 = (result.session.criteria_judgments[n] for n in ("L1", "L3"))
    assert l1.items == ("C8", "C1", "C2", "C3")
    assert (l1.value("C1", "C2"), l1.value("C1", "C3"), l1.value("C2", "C3")) == (3, 5, 2)
    assert all(l1.value("C8", c) is None for c in ("C1", "C2", "C3"))
    assert l3.items == ("C6", "C7") and l3.value("C6", "C7") == 4
    missing = next(d for d in result.dropped if d.kind is DropKind.NEW_PAIRS_MISSING)
    assert (missing.subject, missing.count, missing.items) == ("L1", 3, ("C8",))
    assert "start missing" in missing.describe("en") and "暂缺" in missing.describe("zh")


def test_a_new_item_s_pairs_start_missing_and_the_node_is_provisional():
    after, node = add_node(FOSHAN, "L1", NEW)
    result = reconcile(SESSION, FOSHAN, after)
    l1 = result.session.criteria_judgments["L1"]
    assert l1.missing_pairs() == (("C1", node), ("C2", node), ("C3", node))
    weights = evaluate(after, result.session).weights.nodes["L1"]
    assert weights.provisional and weights.missing_pairs == 3 and not weights.complete
    equal = l1
    for a, b in l1.missing_pairs():
        equal = equal.with_value(a, b, 1.0)
    full = evaluate(after, result.session.with_criteria_judgments(equal)).weights.nodes["L1"]
    assert weights.weights == pytest.approx(full.weights)  # as if the missing pairs were 1
    assert not full.provisional
    assert {result.session.ratings[(s, node)] for s in after.strategy_ids} == {"moderate"}


def test_a_leaf_that_becomes_a_layer_loses_its_ratings_and_pairwise_judgments():
    after, node = add_node(FOSHAN, "C6", NEW)
    result = reconcile(SESSION, FOSHAN, after)
    assert (DropKind.STRATEGY_JUDGMENTS, "C6", "") in kinds(result)
    assert (DropKind.CRITERION_RATINGS, "C6", "") in kinds(result)
    assert (DropKind.STRATEGY_JUDGMENTS, "C6", "e1") in kinds(result)
    assert "C6" not in result.session.effectiveness_modes
    assert result.session.criteria_judgments["C6"].items == (node,)
    session_evaluation(after, result.session)


def test_removing_a_strategy_drops_its_ratings_pairs_and_each_expert_s_answers():
    after = remove_strategy(FOSHAN, "S6")
    result = reconcile(SESSION, FOSHAN, after)
    assert (DropKind.STRATEGY_RATINGS, "S6", "") in kinds(result)
    assert (DropKind.STRATEGY_RATINGS, "S6", "e1") in kinds(result)
    assert (DropKind.PAIRS, "C6", "") in kinds(result)
    assert (DropKind.PAIRS, "C6", "e1") in kinds(result)
    assert result.session.strategy_judgments["C6"].value("S1", "S2") == 7
    expert = result.session.experts.experts[1]
    assert ("S6", "C1") not in expert.ratings and expert.ratings[("S2", "C7")] == "strong"
    assert session_evaluation(after, result.session).priorities.shape == (5, 5)


def test_removing_a_district_drops_its_imported_values_and_the_planner_s_values():
    after = remove_district(FOSHAN, "shunde")
    result = reconcile(SESSION, FOSHAN, after)
    assert (DropKind.DISTRICT_DATA, "shunde", "") in kinds(result)
    assert (DropKind.INDICATOR_EDITS, "shunde", "") in kinds(result)
    assert [v.place for v in result.session.district_data.values] == ["nanhai"]
    assert result.session.indicator_edits == ()
    assert "顺德" in next(d for d in result.dropped if d.kind is DropKind.DISTRICT_DATA).describe(
        "zh"
    )
    assert session_evaluation(after, result.session).priorities.shape == (4, 6)


def test_a_new_strategy_is_unjudged_pairwise_and_rated_by_default():
    after, strategy = add_strategy(FOSHAN, NEW)
    result = reconcile(SESSION, FOSHAN, after)
    judged = result.session.strategy_judgments["C6"]
    assert all(judged.value(s, strategy) is None for s in FOSHAN.strategy_ids)
    assert evaluate(after, result.session).effectiveness_nodes["C6"].provisional


def test_what_a_removal_drops_is_known_before_it_happens():
    listed = what_removal_drops(SESSION, FOSHAN, "strategy", "S6")
    assert listed == reconcile(SESSION, FOSHAN, remove_strategy(FOSHAN, "S6")).dropped
    assert what_removal_drops(default_session(FOSHAN), FOSHAN, "district", "sanshui") == ()
    with pytest.raises(ModelEditError):
        what_removal_drops(SESSION, FOSHAN, "goal", "goal")
    with pytest.raises(ModelEditError):
        what_removal_drops(SESSION, FOSHAN, "node", "goal")


def test_monte_carlo_and_panel_resampling_run_on_a_provisional_node():
    import numpy as np

    from strategies.sensitivity.montecarlo import run_monte_carlo
    from strategies.sensitivity.panel_resampling import ResamplingSettings, resample_session
    from strategies.sensitivity.problem import MonteCarloProblem

    after, node = add_node(FOSHAN, "L1", NEW)
    session = reconcile(SESSION, FOSHAN, after).session
    evaluation = evaluate(after, session)
    problem = MonteCarloProblem.from_evaluation(evaluation)
    result = run_monte_carlo(problem, 0.2, 300, np.random.default_rng(1))
    assert result.kept == 300 and np.allclose(result.rank_acceptability.sum(axis=-1), 1.0)
    unperturbed = run_monte_carlo(problem, 0.0, 5, np.random.default_rng(1))
    assert np.allclose(unperturbed.mean_priorities, evaluation.priorities)  # provisional = 1s
    resampled = resample_session(after, session, ResamplingSettings(draws=200, seed=3))
    assert np.allclose(resampled.rank_probability.sum(axis=-1), 1.0)


def test_imported_values_of_an_indicator_the_model_no_longer_has_are_dropped_and_saveable():
    from strategies.model_edit import build_model, model_tables
    from strategies.session_file import SessionFileInfo, session_bytes

    tables = model_tables(FOSHAN)
    rows = tables["indicators"]["indicators"]
    tables["indicators"]["indicators"] = [r for r in rows if r["id"] != "ecommerce_market_share"]
    after = build_model(tables)
    result = reconcile(SESSION, FOSHAN, after)
    dropped = next(d for d in result.dropped if d.kind is DropKind.INDICATOR_DATA)
    assert (dropped.subject, dropped.count) == ("ecommerce_market_share", 2)
    assert "Share of the e-commerce market" in dropped.describe("en")
    assert result.session.district_data.values == ()
    session_bytes(result.session, after, SessionFileInfo.new())  # reads back for after
