"""λ_max-optimal completion of many incomplete pairwise matrices at once (pure numpy).

Bozóki, Fülöp & Rónyai (2010) complete missing pairs with the values that minimise λ_max of the
completed matrix, as ahpy does (one matrix at a time, scipy's bounded scalar search per entry,
cycled until the entries move less than 1e-4). Written in the logs t of the missing entries,
λ_max is a strictly convex function when the judged pairs connect all items (as
``PairwiseJudgments`` requires), so the optimum is unique and Newton's method finds it to
machine precision in a few steps.

Derivatives of the simple Perron root λ with right vector w and left vector v (v·w = 1), for
A_k = ∂A/∂t_k and the group inverse G = (λI − A)^# = (λI − A + wv)^{-1} − wv (Meyer &
Stewart 1988, Derivatives and perturbations of eigenvectors, SIAM J. Numer. Anal. 25(3)):
    ∂λ/∂t_k = v A_k w,    ∂²λ/∂t_k∂t_l = v A_kl w + v A_k G A_l w + v A_l G A_k w.
Steps that do not lower λ_max are halved (the function is convex, so this always ends).
"""

from __future__ import annotations

import numpy as np

# Newton stops once a step moves no log entry more than this; convergence being quadratic, the
# entries are then exact to about its square (tests: against ahpy, any start, a minimum).
STEP_TOLERANCE = 1e-7
_MAX_NEWTON_STEPS = 100
_MAX_HALVINGS = 40
# λ_max may rise by rounding alone near the optimum; a rise within this is not a failed step.
_RISE_ALLOWED = 1e-13
# Power iterations stop when the vector changes by less than this (it then is within a few
# times this of the Perron vector: the second eigenvalue of these matrices is well below λ_max).
_VECTOR_TOLERANCE = 1e-14
_RIDGE = 1e-12
_MAX_POWER_STEPS = 2000


def complete_optimally(matrices: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Matrices [x, n, n] with their missing entries (rows[k], columns[k]), i < j, set to the
    λ_max-minimising values; the values given there are the starting point (any positive)."""
    matrices = np.array(matrices, dtype=float)
    if rows.size == 0 or matrices.shape[0] == 0:
        return matrices
    if not judged_pairs_connect(matrices.shape[-1], rows, columns):
        # No unique completion: the provisional reading of criteria.ahp, every missing pair 1.
        return _with_entries(matrices, rows, columns, np.zeros((matrices.shape[0], rows.size)))
    uniform = np.full(matrices.shape[:2], 1.0 / matrices.shape[-1])
    right, lambda_max = perron_vectors(matrices, uniform)
    # Near consistency a_ji ≈ w_i/w_j, so the left Perron vector is close to 1/w.
    left = 1.0 / right
    active = np.arange(matrices.shape[0])
    for _ in range(_MAX_NEWTON_STEPS):
        state = (matrices[active], right[active], left[active], lambda_max[active])
        (matrices[active], right[active], left[active], lambda_max[active]), moved = _newton_step(
            *state, rows, columns
        )
        active = active[moved > STEP_TOLERANCE]
        if active.size == 0:
            break
    return matrices


def judged_pairs_connect(size: int, rows: np.ndarray, columns: np.ndarray) -> bool:
    """Whether the pairs (i < j) not listed as missing link every item to every other."""
    missing = set(zip(rows.tolist(), columns.tolist(), strict=True))
    reached, frontier = {0}, [0]
    while frontier:
        i = frontier.pop()
        for j in range(size):
            if j not in reached and j != i and (min(i, j), max(i, j)) not in missing:
                reached.add(j)
                frontier.append(j)
    return len(reached) == size


def _newton_step(
    matrices: np.ndarray,
    right: np.ndarray,
    left: np.ndarray,
    lambda_max: np.ndarray,
    rows: np.ndarray,
    columns: np.ndarray,
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
    """One safeguarded Newton step per matrix: the new matrices, their right vectors, the left
    vectors of the old ones (a start for the next step) and the new roots; and how far each
    moved (largest change of a log entry)."""
    left, _ = perron_vectors(np.swapaxes(matrices, -1, -2), left)
    gradient, hessian = _derivatives(matrices, right, left, lambda_max, rows, columns)
    step = -np.linalg.solve(hessian, gradient[..., np.newaxis])[..., 0]
    logs = np.log(matrices[:, rows, columns])
    scale = np.ones(logs.shape[0])
    for _ in range(_MAX_HALVINGS):
        trial = _with_entries(matrices, rows, columns, logs + scale[:, np.newaxis] * step)
        trial_right, trial_lambda = perron_vectors(trial, right)
        rose = ~(trial_lambda <= lambda_max * (1 + _RISE_ALLOWED))  # NaN counts as a rise
        if not rose.any():
            break
        scale[rose] /= 2
    moved = np.abs(scale[:, np.newaxis] * step).max(axis=1)
    return (trial, trial_right, left, trial_lambda), moved


def perron_vectors(matrices: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Perron vectors [x, n] (summing to 1) and roots [x] of positive matrices by power
    iteration from start; rows leave the work as soon as they have converged."""
    # Item-major layout [n, ..., x]: numpy then loops over the long sample axis innermost.
    working = np.ascontiguousarray(np.moveaxis(matrices, 0, -1))
    current = np.ascontiguousarray((start / start.sum(axis=1, keepdims=True)).T)
    vector, roots = np.empty(current.shape), np.empty(current.shape[1])
    todo = np.arange(current.shape[1])
    for _ in range(_MAX_POWER_STEPS):
        product = np.einsum("ijx,jx->ix", working, current)
        sums = product.sum(axis=0)
        product /= sums
        change = product - current
        moving = np.einsum("ix,ix->x", change, change) > _VECTOR_TOLERANCE**2
        current = product
        # Converged rows may iterate on (they only get closer); drop them in bulk, as copying
        # the working set costs more than a few extra products.
        if moving.sum() <= 0.75 * moving.size:
            vector[:, todo], roots[todo] = current, sums
            todo, working = todo[moving], working[..., moving]
            current, sums = current[:, moving], sums[moving]
            if todo.size == 0:
                break
    vector[:, todo], roots[todo] = current, sums
    return vector.T, roots


def _derivatives(
    matrices: np.ndarray,
    right: np.ndarray,
    left: np.ndarray,
    lambda_max: np.ndarray,
    rows: np.ndarray,
    columns: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Gradient [x, k] and Hessian [x, k, k] of λ_max in the logs of the missing entries."""
    left = left / np.einsum("xi,xi->x", left, right)[:, np.newaxis]
    upper = matrices[:, rows, columns]  # a_ij
    lower = matrices[:, columns, rows]  # a_ji = 1 / a_ij
    forward = left[:, rows] * upper * right[:, columns]  # v_i a_ij w_j
    backward = left[:, columns] * lower * right[:, rows]  # v_j a_ji w_i
    gradient = forward - backward
    size, missing = matrices.shape[-1], rows.size
    # v·A_k as rows [x, k, n] and A_k·w as columns [x, n, k].
    left_terms = np.zeros((matrices.shape[0], missing, size))
    right_terms = np.zeros((matrices.shape[0], size, missing))
    index = np.arange(missing)
    left_terms[:, index, columns] = left[:, rows] * upper
    left_terms[:, index, rows] = -left[:, columns] * lower
    right_terms[:, rows, index] = upper * right[:, columns]
    right_terms[:, columns, index] = -lower * right[:, rows]
    # v A_k G A_l w with G = (λI − A + w v)^{-1} − w v, and v A_k w v A_l w = g_k g_l.
    shifted = (
        lambda_max[:, np.newaxis, np.newaxis] * np.eye(size)
        - matrices
        + right[:, :, np.newaxis] * left[:, np.newaxis, :]
    )
    coupled = (
        left_terms @ np.linalg.solve(shifted, right_terms)
        - gradient[:, :, np.newaxis] * gradient[:, np.newaxis, :]
    )
    hessian = coupled + np.swapaxes(coupled, -1, -2)
    # The tiny ridge keeps the solve defined should rounding leave a Hessian singular.
    hessian[:, index, index] += forward + backward + _RIDGE
    return gradient, hessian


def _with_entries(
    matrices: np.ndarray, rows: np.ndarray, columns: np.ndarray, logs: np.ndarray
) -> np.ndarray:
    filled = matrices.copy()
    filled[:, rows, columns] = np.exp(logs)
    filled[:, columns, rows] = np.exp(-logs)
    return filled
