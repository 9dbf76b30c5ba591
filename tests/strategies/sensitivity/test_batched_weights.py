import numpy as np
import pytest
from sensitivity_cases import judgments_of

from criteria.ahp import node_weights
from criteria.batched import (
    batched_node_weights,
    principal_eigenvectors,
    random_index_value,
)


def perturbed_matrices(size: int, count: int, spread: float, seed: int) -> np.ndarray:
    generator = np.random.default_rng(seed)
    base = np.log(generator.choice([1, 2, 3, 5, 7], size=(size, size)))
    logs = np.triu(base + generator.normal(0, spread, (count, size, size)), k=1)
    logs = np.clip(logs, -np.log(9), np.log(9))
    return np.exp(logs - np.swapaxes(logs, -1, -2))


@pytest.mark.parametrize("table", ["saaty", "dd"])
@pytest.mark.parametrize("size", [2, 3, 4, 6, 8])
def test_batched_weights_agree_with_ahpy(size, table):
    matrices = perturbed_matrices(size, 6, 0.6, seed=size)
    batch = batched_node_weights(matrices, table)
    items = tuple(f"i{k}" for k in range(size))
    for matrix, weights, ratio in zip(
        matrices, batch.weights, batch.consistency_ratio, strict=True
    ):
        expected = node_weights(judgments_of("n", items, matrix), table)
        assert weights == pytest.approx(np.array(expected.weights), abs=1e-12)
        if size < 3:
            assert np.isnan(ratio) and expected.consistency_ratio is None
        else:
            assert ratio == pytest.approx(expected.consistency_ratio, abs=1e-8)


def test_a_consistent_matrix_gives_its_ratios_and_no_inconsistency():
    weights = np.array([0.5, 0.25, 0.15, 0.1])
    matrix = weights[:, np.newaxis] / weights[np.newaxis, :]
    vector, lambda_max = principal_eigenvectors(matrix[np.newaxis])
    assert vector[0] == pytest.approx(weights, abs=1e-15)
    assert lambda_max[0] == pytest.approx(4.0, abs=1e-12)
    assert batched_node_weights(matrix[np.newaxis], "saaty").consistency_ratio[0] == 0.0


def test_random_index_between_listed_sizes_is_interpolated():
    assert random_index_value(7, "saaty") == 1.35
    assert random_index_value(22, "dd") == pytest.approx(1.5371 + (1.5619 - 1.5371) * 2 / 5)
    with pytest.raises(ValueError):
        random_index_value(5, "unknown")
    with pytest.raises(ValueError):
        random_index_value(16, "saaty")
