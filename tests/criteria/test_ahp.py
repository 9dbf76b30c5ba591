"""AHP weights and consistency, against published examples and an independent eigenvector."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.ahp import Consistency, consistency_threshold, node_weights
from criteria.judgments import PairwiseJudgments

# Saaty, T. L. (2008) 'Decision making with the analytic hierarchy process', Int. J. Services
# Sciences 1(1), 83-98: relative consumption of drinks in the U.S. (also ahpy's README).
DRINKS = ("coffee", "wine", "tea", "beer", "soda", "milk", "water")
DRINKS_MATRIX = np.array(
    [
        [1, 9, 5, 2, 1, 1, 1 / 2],
        [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
        [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
        [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
        [1, 9, 4, 2, 1, 2, 1 / 2],
        [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
        [2, 9, 9, 3, 2, 3, 1],
    ]
)
DRINKS_PUBLISHED = (0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327)
DRINKS_CR_SAATY = 0.022


def from_matrix(items, matrix, node="node"):
    pairs = [
        (a, b, matrix[i, j]) for i, a in enumerate(items) for j, b in enumerate(items) if i < j
    ]
    return PairwiseJudgments.from_pairs(node, items, pairs)


def eigen_weights(matrix):
    values, vectors = np.linalg.eig(matrix)
    principal = np.argmax(values.real)
    vector = np.abs(vectors[:, principal].real)
    return vector / vector.sum(), values[principal].real


def test_drinks_example_matches_saaty_2008():
    result = node_weights(from_matrix(DRINKS, DRINKS_MATRIX), random_index="saaty")
    assert result.weights == pytest.approx(DRINKS_PUBLISHED, abs=0.0006)
    assert result.consistency_ratio == pytest.approx(DRINKS_CR_SAATY, abs=0.0006)
    assert result.status is Consistency.OK


def test_weights_come_back_in_item_order_not_weight_order():
    result = node_weights(from_matrix(DRINKS, DRINKS_MATRIX))
    assert result.items == DRINKS
    assert result.weight("water") == max(result.weights)


def test_random_index_table_changes_cr():
    judgments = from_matrix(DRINKS, DRINKS_MATRIX)
    saaty = node_weights(judgments, "saaty").consistency_ratio
    dd = node_weights(judgments, "dd").consistency_ratio
    _, lambda_max = eigen_weights(DRINKS_MATRIX)
    assert saaty == pytest.approx((lambda_max - 7) / 6 / 1.35, abs=1e-6)
    assert dd == pytest.approx((lambda_max - 7) / 6 / 1.2519, abs=1e-6)


def test_unknown_random_index_is_rejected():
    with pytest.raises(ValueError, match="unknown random index"):
        node_weights(from_matrix(DRINKS, DRINKS_MATRIX), "made-up")


@pytest.mark.parametrize(
    ("size", "threshold"), [(1, None), (2, None), (3, 0.05), (4, 0.08), (5, 0.10), (9, 0.10)]
)
def test_saaty_thresholds(size, threshold):
    assert consistency_threshold(size) == threshold


def test_cr_is_undefined_below_three_items():
    result = node_weights(PairwiseJudgments.from_pairs("n", ("A", "B"), [("A", "B", 4)]))
    assert result.consistency_ratio is None
    assert result.status is Consistency.UNDEFINED
    assert result.weights == pytest.approx((0.8, 0.2))


def test_missing_pair_is_estimated_and_marked_incomplete():
    judgments = PairwiseJudgments.from_pairs("n", "ABC", [("A", "B", 2), ("B", "C", 3)])
    result = node_weights(judgments)
    assert result.status is Consistency.INCOMPLETE
    # The λmax-optimal completion of a chain is the consistent value 2·3 = 6.
    assert result.completed_matrix[0, 2] == pytest.approx(6, rel=1e-3)
    assert result.weights == pytest.approx((0.6, 0.3, 0.1), abs=1e-3)


def test_too_inconsistent_node_is_flagged():
    judgments = PairwiseJudgments.from_pairs(
        "n", "ABC", [("A", "B", 9), ("B", "C", 9), ("C", "A", 9)]
    )
    assert node_weights(judgments).status is Consistency.TOO_INCONSISTENT


scale_values = st.sampled_from([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9])


@st.composite
def reciprocal_matrices(draw, min_size=3, max_size=8):
    size = draw(st.integers(min_size, max_size))
    matrix = np.ones((size, size))
    for i in range(size):
        for j in range(i + 1, size):
            matrix[i, j] = draw(scale_values)
            matrix[j, i] = 1 / matrix[i, j]
    return matrix


@settings(max_examples=60, deadline=None)
@given(reciprocal_matrices())
def test_weights_match_numpy_eigenvector(matrix):
    items = tuple(f"x{i}" for i in range(len(matrix)))
    result = node_weights(from_matrix(items, matrix))
    expected, lambda_max = eigen_weights(matrix)
    assert sum(result.weights) == pytest.approx(1.0, abs=1e-12)
    assert result.weights == pytest.approx(expected, abs=1e-5)
    ri = {3: 0.52, 4: 0.89, 5: 1.11, 6: 1.25, 7: 1.35, 8: 1.40}[len(matrix)]
    assert result.consistency_ratio == pytest.approx(
        abs((lambda_max - len(matrix)) / (len(matrix) - 1) / ri), abs=1e-6
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.2, 5.0), min_size=3, max_size=7))
def test_consistent_matrix_has_zero_cr(raw_weights):
    weights = np.array(raw_weights)
    matrix = weights[:, None] / weights[None, :]
    items = tuple(f"x{i}" for i in range(len(weights)))
    if matrix.max() > 9:
        matrix = matrix ** (np.log(9) / np.log(matrix.max()))  # keep on the scale, consistent
    result = node_weights(from_matrix(items, matrix))
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-6)
    assert result.status is Consistency.OK


@settings(max_examples=40, deadline=None)
@given(reciprocal_matrices(), st.randoms(use_true_random=False))
def test_permuting_items_permutes_weights(matrix, rng):
    items = tuple(f"x{i}" for i in range(len(matrix)))
    order = list(range(len(items)))
    rng.shuffle(order)
    permuted_items = tuple(items[i] for i in order)
    permuted = matrix[np.ix_(order, order)]
    original = node_weights(from_matrix(items, matrix)).as_dict()
    shuffled = node_weights(from_matrix(permuted_items, permuted)).as_dict()
    for item in items:
        assert shuffled[item] == pytest.approx(original[item], abs=1e-6)
