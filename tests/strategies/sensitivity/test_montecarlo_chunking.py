"""The chunked Monte Carlo gives the unchunked results, and every bound holds in one place."""

import copy

import numpy as np
import pytest
from sensitivity_cases import draw_noise, foshan, foshan_with_missing_pairs

from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.sensitivity import montecarlo_bounds
from strategies.sensitivity.montecarlo import (
    NOISE_BLOCK,
    NoiseStream,
    _chunk_priorities,
    run_monte_carlo,
)
from strategies.sensitivity.problem import MonteCarloProblem
from strategies.session_file import SessionFileError, session_from_dict
from strategies.session_io.encode import session_to_dict
from strategies.session_io.info import SessionFileInfo

# More than two noise blocks, so that chunks straddle block boundaries.
SAMPLES = 2 * NOISE_BLOCK + 1_234
RESULT_ARRAYS = (
    "rank_acceptability",
    "reference_top",
    "top_stays_top",
    "priority_percentiles",
    "mean_priorities",
)


def _run(problem, chunk_size, discard=False):
    return run_monte_carlo(
        problem,
        0.3,
        SAMPLES,
        np.random.default_rng(11),
        discard_inconsistent=discard,
        chunk_size=chunk_size,
    )


@pytest.mark.parametrize("evaluation", [foshan, foshan_with_missing_pairs])
@pytest.mark.parametrize("discard", [False, True])
def test_any_chunking_gives_exactly_the_unchunked_result(discard, evaluation):
    # With missing pairs each sample is completed on its own, whatever else is in its chunk.
    problem = MonteCarloProblem.from_evaluation(evaluation())
    unchunked = _run(problem, SAMPLES, discard)
    for chunk_size in (NOISE_BLOCK, 3_001, 777):
        chunked = _run(problem, chunk_size, discard)
        assert chunked.kept == unchunked.kept
        for name in RESULT_ARRAYS:
            assert np.array_equal(getattr(chunked, name), getattr(unchunked, name)), name


def test_noise_taken_in_pieces_is_the_noise_drawn_at_once():
    problem = MonteCarloProblem.from_evaluation(foshan())
    whole = draw_noise(problem, 0.5, SAMPLES, np.random.default_rng(4))
    stream = NoiseStream(problem, 0.5, SAMPLES, np.random.default_rng(4))
    pieces = [
        stream.take(size) for size in (5, NOISE_BLOCK, 9_999, SAMPLES - 5 - NOISE_BLOCK - 9_999)
    ]
    for node, expected in enumerate(whole):
        assert np.array_equal(np.concatenate([piece[node] for piece in pieces]), expected)
    with pytest.raises(ValueError, match="more samples"):
        stream.take(1)


def test_percentiles_and_means_stay_close_to_the_full_precision_ones():
    problem = MonteCarloProblem.from_evaluation(foshan())
    result = _run(problem, None)
    noise = draw_noise(problem, 0.3, SAMPLES, np.random.default_rng(11))
    exact = _chunk_priorities(problem, list(noise), False)  # [x, d, s] in float64
    assert result.mean_priorities == pytest.approx(exact.mean(axis=0), abs=1e-9)
    assert result.priority_percentiles == pytest.approx(
        np.percentile(exact, (5.0, 50.0, 95.0), axis=0), abs=1e-8
    )


@pytest.mark.parametrize("samples", [0, -1, montecarlo_bounds.SAMPLES.high + 1, 10**12])
def test_samples_outside_the_bounds_are_refused_before_any_memory_is_taken(samples):
    problem = MonteCarloProblem.from_evaluation(foshan())
    with pytest.raises(ValueError, match=r"samples .* is outside \[1, 1,000,000\]"):
        run_monte_carlo(problem, 0.2, samples, np.random.default_rng(0))


@pytest.mark.parametrize("spread", [-0.1, montecarlo_bounds.SPREAD.high + 0.5, float("nan")])
def test_spreads_outside_the_bounds_are_refused(spread):
    problem = MonteCarloProblem.from_evaluation(foshan())
    with pytest.raises(ValueError, match="spread"):
        run_monte_carlo(problem, spread, 10, np.random.default_rng(0))


def test_the_session_file_takes_exactly_the_core_bounds():
    model = load_model()
    document = session_to_dict(default_session(model), model, SessionFileInfo.new())
    for key, bound in (
        ("samples", montecarlo_bounds.SAMPLES),
        ("seed", montecarlo_bounds.SEED),
        ("spread", montecarlo_bounds.SPREAD),
    ):
        for value in (bound.low, bound.high):
            session = session_from_dict(_with(document, key, value), model).session
            assert getattr(session.monte_carlo, key) == value
        for value in (bound.low - 1, bound.high + 1):
            with pytest.raises(SessionFileError, match=key):
                session_from_dict(_with(document, key, value), model)


def _with(document: dict, key: str, value) -> dict:
    changed = copy.deepcopy(document)
    changed["monte_carlo"][key] = value
    return changed
