import pytest

from criteria.ahp import node_weights
from criteria.consistency import InconsistentJudgment, intransitive_triads, most_inconsistent
from criteria.judgments import PairwiseJudgments


def judgments(pairs, items="ABCD"):
    return PairwiseJudgments.from_pairs("n", tuple(items), pairs)


def test_the_odd_judgment_comes_first_with_a_consistent_value():
    # Consistent A:B:C:D = 8:4:2:1 except A vs D, typed as 1/2 instead of 8.
    given = judgments(
        [
            ("A", "B", 2),
            ("A", "C", 4),
            ("A", "D", 1 / 2),
            ("B", "C", 2),
            ("B", "D", 4),
            ("C", "D", 2),
        ]
    )
    weights = node_weights(given)
    worst = most_inconsistent(given, weights)
    assert (worst[0].first, worst[0].second) == ("A", "D")
    assert worst[0].disagreement >= max(j.disagreement for j in worst[1:])
    assert worst[0].consistent_value == pytest.approx(weights.weight("A") / weights.weight("D"))


def test_using_the_consistent_value_lowers_cr():
    given = judgments(
        [
            ("A", "B", 2),
            ("A", "C", 4),
            ("A", "D", 1 / 2),
            ("B", "C", 2),
            ("B", "D", 4),
            ("C", "D", 2),
        ]
    )
    weights = node_weights(given)
    worst = most_inconsistent(given, weights, limit=1)[0]
    repaired = given.with_value(worst.first, worst.second, worst.consistent_value)
    assert node_weights(repaired).consistency_ratio < weights.consistency_ratio


def test_disagreement_is_symmetric_in_direction():
    given = judgments([("A", "B", 3), ("B", "C", 3), ("A", "C", 1 / 3)], items="ABC")
    for entry in most_inconsistent(given, node_weights(given)):
        assert entry.disagreement >= 1.0


def test_consistent_value_is_clipped_to_the_scale():
    given = judgments([("A", "B", 9), ("B", "C", 9)], items="ABC")
    entries = most_inconsistent(given, node_weights(given))
    assert all(1 / 9 <= e.consistent_value <= 9 for e in entries)


def test_intransitive_triad_is_found_once():
    given = judgments([("A", "B", 3), ("B", "C", 3), ("C", "A", 3)], items="ABC")
    assert intransitive_triads(given) == [("A", "B", "C")]


def test_intransitive_triad_in_the_other_direction():
    given = judgments(
        [("B", "A", 2), ("C", "B", 2), ("A", "C", 2), ("A", "D", 1), ("B", "D", 1), ("C", "D", 1)]
    )
    assert intransitive_triads(given) == [("A", "C", "B")]


def test_transitive_and_tied_judgments_give_no_triad():
    given = judgments([("A", "B", 3), ("B", "C", 1), ("A", "C", 1)], items="ABC")
    assert intransitive_triads(given) == []


@pytest.mark.parametrize(
    ("given", "consistent", "nearest", "changes"),
    [
        (3.0, 2.66, 3.0, False),
        (5.0, 2.66, 3.0, True),
        (0.2, 0.237, 0.25, True),
        (1.0, 1.186, 1.0, False),
        (2.66, 2.66, 3.0, True),
    ],
)
def test_nearest_scale_value_of_a_disturbing_judgment(given, consistent, nearest, changes):
    entry = InconsistentJudgment("a", "b", given, 1.5, consistent)
    assert entry.nearest_scale_value == pytest.approx(nearest)
    assert entry.nearest_changes_judgment is changes
