import math

import numpy as np
import pytest

from criteria.judgments import JudgmentError, JudgmentProblem, PairwiseJudgments

ITEMS = ("A", "B", "C")


def make(pairs, items=ITEMS):
    return PairwiseJudgments.from_pairs("node", items, pairs)


def test_reciprocal_is_implied():
    judgments = make([("A", "B", 3), ("B", "C", 2)])
    assert judgments.value("B", "A") == pytest.approx(1 / 3)
    assert judgments.value("A", "C") is None
    assert judgments.missing_pairs() == (("A", "C"),)


def test_reversed_pair_is_stored_canonically():
    judgments = make([("B", "A", 4), ("A", "C", 1), ("B", "C", 1)])
    assert judgments.pairs()[0] == ("A", "B", pytest.approx(0.25))


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (0, JudgmentProblem.NOT_POSITIVE),
        (-3, JudgmentProblem.NOT_POSITIVE),
        (math.nan, JudgmentProblem.NOT_A_NUMBER),
        ("three", JudgmentProblem.NOT_A_NUMBER),
        (None, JudgmentProblem.NOT_A_NUMBER),
        (True, JudgmentProblem.NOT_A_NUMBER),
        (10, JudgmentProblem.OUT_OF_SCALE),
        (math.inf, JudgmentProblem.OUT_OF_SCALE),
        (1 / 10, JudgmentProblem.OUT_OF_SCALE),
    ],
)
def test_bad_values_are_rejected_with_pair_and_value(value, problem):
    with pytest.raises(JudgmentError) as caught:
        make([("A", "B", value), ("B", "C", 1)])
    assert caught.value.problem is problem
    assert caught.value.pair == ("A", "B")
    message = str(caught.value)
    assert "A vs B" in message and repr(value) in message


def test_scale_ends_typed_as_decimals_are_accepted():
    judgments = make([("A", "B", 0.111), ("B", "C", 9)])
    assert judgments.value("A", "B") == pytest.approx(1 / 9)


def test_conflicting_duplicate_is_rejected():
    with pytest.raises(JudgmentError) as caught:
        make([("A", "B", 3), ("B", "A", 3), ("B", "C", 1)])
    assert caught.value.problem is JudgmentProblem.CONFLICTING_DUPLICATE
    assert "already given as 0.333333" in str(caught.value)


def test_agreeing_duplicate_is_accepted():
    judgments = make([("A", "B", 3), ("B", "A", 1 / 3), ("B", "C", 1)])
    assert judgments.value("A", "B") == pytest.approx(3)


def test_unknown_item_is_rejected():
    with pytest.raises(JudgmentError) as caught:
        make([("A", "Z", 3)])
    assert caught.value.problem is JudgmentProblem.UNKNOWN_ITEM
    assert "'Z'" in str(caught.value)


def test_self_pair_is_rejected():
    with pytest.raises(JudgmentError) as caught:
        make([("A", "A", 1), ("A", "B", 1), ("B", "C", 1)])
    assert caught.value.problem is JudgmentProblem.SELF_PAIR


def test_disconnected_node_is_rejected():
    with pytest.raises(JudgmentError) as caught:
        make([("A", "B", 2)])
    assert caught.value.problem is JudgmentProblem.DISCONNECTED


def test_blanking_a_pair_that_disconnects_is_refused():
    judgments = make([("A", "B", 2), ("B", "C", 2)])
    with pytest.raises(JudgmentError):
        judgments.with_value("A", "B", None)
    assert judgments.with_value("A", "C", 4).with_value("A", "B", None).missing_pairs() == (
        ("A", "B"),
    )


def test_duplicate_items_are_rejected():
    with pytest.raises(JudgmentError) as caught:
        PairwiseJudgments.neutral("node", ("A", "A"))
    assert caught.value.problem is JudgmentProblem.DUPLICATE_ITEM


def test_judgments_may_be_built_unlinked_and_a_value_never_unlinks_them():
    partial = PairwiseJudgments.from_pairs(
        "n", ("A", "B", "C"), [("A", "B", 2)], require_connected=False
    )
    assert not partial.is_connected() and partial.missing_pairs() == (("A", "C"), ("B", "C"))
    assert partial.with_value("A", "C", 3).is_connected()
    assert partial.with_value("A", "B", None).missing_pairs() == (
        ("A", "B"),
        ("A", "C"),
        ("B", "C"),
    )
    linked = partial.with_value("A", "C", 3)
    with pytest.raises(JudgmentError):
        linked.with_value("A", "C", None)  # connected judgments are never made unlinked


def test_unlinked_judgments_weigh_provisionally_as_if_missing_pairs_were_equal():
    from criteria.ahp import node_weights
    from criteria.completion import complete_optimally

    partial = PairwiseJudgments.from_pairs(
        "n", ("A", "B", "C"), [("A", "B", 3)], require_connected=False
    )
    filled = PairwiseJudgments.from_pairs(
        "n", ("A", "B", "C"), [("A", "B", 3), ("A", "C", 1), ("B", "C", 1)]
    )
    weights, full = node_weights(partial), node_weights(filled)
    assert weights.provisional and weights.missing_pairs == 2 and not weights.complete
    assert weights.weights == pytest.approx(full.weights) and not full.provisional
    matrix = np.array([[[1, 3, 5], [1 / 3, 1, 4], [1 / 5, 1 / 4, 1]]], dtype=float)
    completed = complete_optimally(matrix, np.array([0, 1]), np.array([2, 2]))
    assert completed[0, 0, 2] == completed[0, 1, 2] == completed[0, 2, 0] == 1.0
