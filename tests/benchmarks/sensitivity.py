"""Benchmark of the sensitivity engine; run as ``python -m tests.benchmarks.sensitivity`` from
the checkout's root (so that this checkout's code is measured).

Prints one table: the full bundle for the Foshan model, the same Monte Carlo done naively
(ahpy per sample, timed on a subset and scaled), the bundle with three missing pairs (each sample
completed anew) against the same bundle with today's completion kept fixed (the baseline, run
here), a large synthetic model with its peak memory, and the dynamic-sensitivity call behind a
slider. Times are wall-clock medians; CPU times are printed beside the missing-pairs case, as
the machine may be shared. Run from the repository root to measure this checkout's code.
"""

from __future__ import annotations

import dataclasses
import resource
import statistics
import time
import tracemalloc

import numpy as np

from criteria.ahp import node_weights
from criteria.hierarchy import hierarchy_from_records
from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.ranking import adjusted_weights, competition_ranks, priorities
from strategies.sensitivity.bundle import bundle_from_arrays, sensitivity_bundle
from strategies.sensitivity.dynamic import dynamic_ranking
from strategies.sensitivity.inputs import SensitivityInputs
from strategies.sensitivity.montecarlo import NoiseStream, run_monte_carlo
from strategies.sensitivity.problem import MonteCarloProblem, monte_carlo_problem
from strategies.session import MonteCarloSettings
from tests.strategies.sensitivity.sensitivity_cases import foshan_with_missing_pairs

SETTINGS = MonteCarloSettings(spread=0.2, samples=10_000, seed=20171)
NAIVE_SAMPLES = 500


def timed(action, repeats: int = 5, clock=time.perf_counter) -> float:
    """Median time of action in seconds (wall-clock unless another clock is given)."""
    times = []
    for _ in range(repeats):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def fixed_completion(problem: MonteCarloProblem) -> MonteCarloProblem:
    """The problem with today's completion of missing pairs kept in every sample (the method
    before issue 11): the baseline for the cost of completing each sample anew."""

    def fixed(node):
        return dataclasses.replace(
            node, missing_rows=np.zeros(0, int), missing_columns=np.zeros(0, int)
        )

    return dataclasses.replace(
        problem,
        criteria_nodes=tuple(map(fixed, problem.criteria_nodes)),
        effectiveness_nodes=tuple((c, fixed(n)) for c, n in problem.effectiveness_nodes),
    )


def missing_pairs_rows() -> list[tuple]:
    """Bundle with three missing pairs, completed per sample, against the fixed completion."""
    evaluation = foshan_with_missing_pairs()
    problem = MonteCarloProblem.from_evaluation(evaluation)
    inputs = SensitivityInputs.from_evaluation(evaluation)
    rows = []
    for name, variant in (
        ("fixed completion (baseline)", fixed_completion(problem)),
        ("completed anew per sample", problem),
    ):

        def bundle(variant=variant):
            return bundle_from_arrays(inputs, variant, SETTINGS)

        wall, cpu = timed(bundle, repeats=7), timed(bundle, repeats=7, clock=time.process_time)
        rows.append(
            (
                f"Foshan bundle, 3 missing pairs, MC 10,000: {name}",
                f"{wall * 1e3:.1f} ms",
                f"≤ 500 ms (cpu {cpu * 1e3:.1f} ms)",
                wall <= 0.5,
            )
        )
    ratio = _figure(rows[1]) / _figure(rows[0])
    rows.append(("  ratio per-sample / fixed completion", f"{ratio:.2f}×", "", None))
    return rows


def _figure(row: tuple) -> float:
    return float(row[1].split()[0])


def naive_monte_carlo(problem: MonteCarloProblem, evaluation, samples: int) -> None:
    """The same draws as the engine, weighed with one ahpy call per node and sample."""
    noise = NoiseStream(
        problem, SETTINGS.spread, samples, np.random.default_rng(SETTINGS.seed)
    ).take(samples)
    hierarchy = evaluation.model.hierarchy
    for sample in range(samples):
        local = {}
        for node, part in zip(problem.criteria_nodes, noise, strict=True):
            items = hierarchy.children(node.node)
            matrix = node.perturbed(part[sample : sample + 1])[0]
            pairs = [
                (a, b, float(matrix[i, j]))
                for i, a in enumerate(items)
                for j, b in enumerate(items)
                if i < j
            ]
            local[node.node] = node_weights(PairwiseJudgments.from_pairs(node.node, items, pairs))
        weights = {hierarchy.goal: 1.0}
        for node in hierarchy.walk():
            for child in hierarchy.children(node):
                weights[child] = weights[node] * local[node].weight(child)
        leaf = np.array([weights[c] for c in hierarchy.leaves])
        competition_ranks(
            priorities(adjusted_weights(leaf, problem.need, problem.alpha), problem.effectiveness)
        )


def synthetic_problem(seed: int = 1) -> tuple[SensitivityInputs, MonteCarloProblem]:
    """40 leaf criteria in 6 groups, 30 strategies, 100 districts; near-consistent judgments."""
    generator = np.random.default_rng(seed)
    sizes = (7, 7, 7, 7, 6, 6)
    layers = [{"id": f"G{g}", "name_en": f"group {g}"} for g in range(len(sizes))]
    criteria = [
        {"id": f"C{g}_{i}", "layer": f"G{g}"} for g, size in enumerate(sizes) for i in range(size)
    ]
    hierarchy = hierarchy_from_records({"id": "goal"}, layers, criteria)
    judgments = {
        node: _judgments(node, hierarchy.children(node), generator)
        for node in hierarchy.inner_nodes
    }
    effectiveness = generator.random((30, 40))
    effectiveness /= effectiveness.sum(axis=0)
    need = generator.random((100, 40))
    problem = monte_carlo_problem(hierarchy, judgments, effectiveness, need, 0.5)
    from criteria.weights import hierarchy_weights

    weights = hierarchy_weights(hierarchy, judgments).leaf_weights()
    return SensitivityInputs(weights, need, 0.5, effectiveness), problem


def _judgments(node: str, items: tuple[str, ...], generator) -> PairwiseJudgments:
    scores = generator.uniform(1, 5, len(items))
    pairs = [
        (a, b, float(np.clip(scores[i] / scores[j] * np.exp(generator.normal(0, 0.1)), 1 / 9, 9)))
        for i, a in enumerate(items)
        for j, b in enumerate(items)
        if i < j
    ]
    return PairwiseJudgments.from_pairs(node, items, pairs)


def main() -> None:
    model = load_model()
    evaluation = evaluate(model, default_session(model))
    problem = MonteCarloProblem.from_evaluation(evaluation)
    inputs = SensitivityInputs.from_evaluation(evaluation)
    rows = missing_pairs_rows()

    bundle_time = timed(lambda: sensitivity_bundle(evaluation, SETTINGS))
    rows.append(
        (
            "Foshan bundle (8 crit × 101 pts × 5 districts, thresholds, α, MC 10,000)",
            f"{bundle_time * 1e3:.1f} ms",
            "≤ 300 ms",
            bundle_time <= 0.3,
        )
    )

    engine_mc = timed(
        lambda: run_monte_carlo(
            problem, SETTINGS.spread, SETTINGS.samples, np.random.default_rng(SETTINGS.seed)
        ),
        repeats=9,
    )
    start = time.perf_counter()
    naive_monte_carlo(problem, evaluation, NAIVE_SAMPLES)
    naive = (time.perf_counter() - start) * SETTINGS.samples / NAIVE_SAMPLES
    rows.append(
        ("Foshan Monte Carlo 10,000, batched engine", f"{engine_mc * 1e3:.1f} ms", "", None)
    )
    rows.append(
        (
            f"same, naive ahpy per sample ({NAIVE_SAMPLES} timed, ×{SETTINGS.samples // NAIVE_SAMPLES})",
            f"{naive:.2f} s",
            "",
            None,
        )
    )
    ratio = naive / engine_mc
    rows.append(("speed-up naive / batched", f"{ratio:.0f}×", "≥ 100×", ratio >= 100))

    large_inputs, large_problem = synthetic_problem()
    large = timed(lambda: bundle_from_arrays(large_inputs, large_problem, SETTINGS), repeats=1)
    tracemalloc.start()
    bundle_from_arrays(large_inputs, large_problem, SETTINGS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(
        (
            "scaled bundle (40 crit / 6 groups, 30 strategies, 100 districts, MC 10,000)",
            f"{large:.2f} s",
            "≤ 5 s",
            large <= 5.0,
        )
    )
    rows.append(("  peak traced memory (tracemalloc)", f"{peak / 2**20:.0f} MiB", "", None))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("  process max resident set (getrusage)", f"{rss:.0f} MiB", "", None))

    slider = []
    for index in range(2000):
        start = time.perf_counter()
        dynamic_ranking(inputs, index % 8, (index % 100) / 100)
        slider.append(time.perf_counter() - start)
    median = statistics.median(slider)
    rows.append(
        (
            "dynamic slider engine call, median of 2000",
            f"{median * 1e6:.0f} µs",
            "≤ 30 ms (with repaint)",
            median <= 0.03,
        )
    )
    _print(rows)


def _print(rows) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'result':>10}  {'target':<24} met")
    for name, value, target, met in rows:
        mark = "" if met is None else ("yes" if met else "NO")
        print(f"{name.ljust(width)}  {value:>10}  {target:<24} {mark}")


if __name__ == "__main__":
    main()
